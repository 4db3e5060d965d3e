// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Reading.h"
#include "telemetry/RollupStore.h"

#include <QHash>
#include <QString>

#include <array>
#include <vector>

namespace atrium {

// Folds readings into 15-minute rollups per (room, metric, bucket) in memory, for one batch
// at a time; ReadingWriter upserts the pending rows in the batch's transaction. Buckets are
// aligned on UTC quarter hours of the reading's source time.
//
// Occupied seconds: a room is occupied when it reports People > 0 (a people counter) or
// Occupancy > 0 (a presence sensor), whichever of the two it reports; a room with both takes
// the latest report of either. Per room the accumulator remembers that state and its source
// time. When a new People or Occupancy reading arrives, the time since the previous one
// counts as occupied if the previous state was occupied, split over the buckets it spans.
// The occupied time is stored on the room's Occupancy rows (count 0 for a room that only has
// a counter), so popularity reads one metric whatever sensors a room has.
// That elapsed time is capped at maxOccupancyGapMs (default two buckets, 30 min): a sensor
// that falls silent while reporting "occupied" must not count hours of presence. Readings
// older than the room's last occupancy time (late deliveries) still count in n/sum/min/max
// but do not move the state. With several occupancy sensors in one room, the latest report
// of any of them sets the room's state. The state lives in memory: after a restart, a room's occupied
// time starts again at its first occupancy reading.
//
// Not thread-safe: used on the ingest thread only.
class RollupAccumulator
{
public:
    static constexpr qint64 kDefaultMaxOccupancyGapMs = 2 * kRollupBucketMs;

    struct Row
    {
        QString roomId;
        Metric metric = Metric::Occupancy;
        RollupBucket bucket; // count == 0: occupied time only; min/max are meaningless
    };

    explicit RollupAccumulator(qint64 maxOccupancyGapMs = kDefaultMaxOccupancyGapMs);
    // Not copied: it keeps a pointer into its own pending buckets.
    RollupAccumulator(const RollupAccumulator&) = delete;
    RollupAccumulator& operator=(const RollupAccumulator&) = delete;

    // Start of the UTC 15-minute bucket holding `ms` (floor, also for times before 1970).
    static qint64 bucketStart(qint64 ms);
    // Start of the UTC day holding `ms` (the daily occupancy summary's key).
    static qint64 dayStart(qint64 ms);

    // Readings without a room or with a non-finite value are ignored.
    void add(const Reading& reading);
    void add(const std::vector<Reading>& batch);

    // Rows accumulated since the last commitPending()/discardPending(), sorted by room,
    // metric and bucket.
    std::vector<Row> pendingRows() const;
    bool hasPending() const { return !m_pending.isEmpty(); }

    // The pending rows were stored: keep the occupancy state they were computed with.
    void commitPending();
    // The write failed: forget the pending rows and restore the occupancy state of the last
    // commit, so that retrying the same batch counts everything exactly once.
    void discardPending();

    qint64 maxOccupancyGapMs() const { return m_maxGapMs; }

private:
    // The pending buckets of one room and quarter hour, one per metric: a message's values
    // (same room, same time) find theirs with one hash look-up.
    struct Key
    {
        QString roomId;
        qint64 bucketMs;
        bool operator==(const Key& other) const = default;
        friend size_t qHash(const Key& key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.roomId, key.bucketMs);
        }
    };
    struct Slot
    {
        std::array<RollupBucket, kAllMetrics.size()> buckets;
        quint32 present = 0; // bit (1 << metric) per bucket in use
    };
    struct Occupancy
    {
        qint64 lastMs = 0;
        bool occupied = false;
    };

    RollupBucket& bucket(const QString& roomId, Metric metric, qint64 bucketMs);
    void addOccupiedSpan(const QString& roomId, qint64 fromMs, qint64 toMs);

    qint64 m_maxGapMs;
    QHash<Key, Slot> m_pending;
    // The slot of the last look-up: valid until the next one, the only place m_pending grows.
    QString m_lastRoom;
    qint64 m_lastBucketMs = 0;
    Slot* m_lastSlot = nullptr;
    QHash<QString, Occupancy> m_occupancy;
    QHash<QString, Occupancy> m_committedOccupancy;
};

} // namespace atrium

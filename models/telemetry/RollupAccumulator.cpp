// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/RollupAccumulator.h"

#include <algorithm>
#include <cmath>

namespace atrium {

RollupAccumulator::RollupAccumulator(qint64 maxOccupancyGapMs) : m_maxGapMs(std::max<qint64>(0, maxOccupancyGapMs)) {}

qint64 RollupAccumulator::bucketStart(qint64 ms)
{
    // UTC quarter hours are local quarter hours in every zone in use (offsets are whole
    // quarter hours, e.g. +05:45), so these buckets also line up with local opening hours.
    qint64 q = ms / kRollupBucketMs;
    if (ms % kRollupBucketMs < 0)
        --q;
    return q * kRollupBucketMs;
}

qint64 RollupAccumulator::dayStart(qint64 ms)
{
    qint64 q = ms / kRollupDayMs;
    if (ms % kRollupDayMs < 0)
        --q;
    return q * kRollupDayMs;
}

RollupBucket& RollupAccumulator::bucket(const QString& roomId, Metric metric, qint64 bucketMs)
{
    auto it = m_pending.find(Key{roomId, metric, bucketMs});
    if (it == m_pending.end()) {
        RollupBucket fresh;
        fresh.startMs = bucketMs;
        it = m_pending.insert(Key{roomId, metric, bucketMs}, fresh);
    }
    return it.value();
}

void RollupAccumulator::addOccupiedSpan(const QString& roomId, qint64 fromMs, qint64 toMs)
{
    for (qint64 start = bucketStart(fromMs); start < toMs; start += kRollupBucketMs) {
        const qint64 overlapMs = std::min(toMs, start + kRollupBucketMs) - std::max(fromMs, start);
        if (overlapMs > 0)
            bucket(roomId, Metric::Occupancy, start).occupiedS += double(overlapMs) / 1000.0;
    }
}

void RollupAccumulator::add(const Reading& reading)
{
    if (reading.roomId.isEmpty() || !std::isfinite(reading.value))
        return;
    RollupBucket& b = bucket(reading.roomId, reading.metric, bucketStart(reading.sourceMs));
    if (b.count == 0) {
        b.min = reading.value;
        b.max = reading.value;
    } else {
        b.min = std::min(b.min, reading.value);
        b.max = std::max(b.max, reading.value);
    }
    ++b.count;
    b.sum += reading.value;

    // People and presence both say whether someone is in the room (see the header).
    if (reading.metric != Metric::Occupancy && reading.metric != Metric::People)
        return;
    auto state = m_occupancy.find(reading.roomId);
    if (state == m_occupancy.end()) {
        m_occupancy.insert(reading.roomId, Occupancy{reading.sourceMs, reading.value > 0});
        return;
    }
    if (reading.sourceMs < state->lastMs)
        return; // a late delivery: the state already moved past it
    if (state->occupied)
        addOccupiedSpan(reading.roomId, state->lastMs, std::min(reading.sourceMs, state->lastMs + m_maxGapMs));
    state->lastMs = reading.sourceMs;
    state->occupied = reading.value > 0;
}

void RollupAccumulator::add(const std::vector<Reading>& batch)
{
    for (const Reading& reading : batch)
        add(reading);
}

std::vector<RollupAccumulator::Row> RollupAccumulator::pendingRows() const
{
    std::vector<Row> rows;
    rows.reserve(m_pending.size());
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        rows.push_back(Row{it.key().roomId, it.key().metric, it.value()});
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.roomId != b.roomId)
            return a.roomId < b.roomId;
        if (a.metric != b.metric)
            return a.metric < b.metric;
        return a.bucket.startMs < b.bucket.startMs;
    });
    return rows;
}

void RollupAccumulator::commitPending()
{
    m_pending.clear();
    m_committedOccupancy = m_occupancy;
}

void RollupAccumulator::discardPending()
{
    m_pending.clear();
    m_occupancy = m_committedOccupancy;
}

} // namespace atrium

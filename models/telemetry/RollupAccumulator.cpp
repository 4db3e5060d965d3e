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
    if (!m_lastSlot || m_lastBucketMs != bucketMs || m_lastRoom != roomId) {
        m_lastSlot = &m_pending[Key{roomId, bucketMs}];
        m_lastRoom = roomId;
        m_lastBucketMs = bucketMs;
    }
    const quint32 bit = 1u << quint8(metric);
    RollupBucket& b = m_lastSlot->buckets[quint8(metric)];
    if (!(m_lastSlot->present & bit)) {
        m_lastSlot->present |= bit;
        b = RollupBucket();
        b.startMs = bucketMs;
    }
    return b;
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
    rows.reserve(size_t(m_pending.size()) * 4);
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        for (const Metric metric : kAllMetrics) {
            if (it->present & (1u << quint8(metric)))
                rows.push_back(Row{it.key().roomId, metric, it->buckets[quint8(metric)]});
        }
    }
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
    m_lastSlot = nullptr;
    m_committedOccupancy = m_occupancy;
}

void RollupAccumulator::discardPending()
{
    m_pending.clear();
    m_lastSlot = nullptr;
    m_occupancy = m_committedOccupancy;
}

} // namespace atrium

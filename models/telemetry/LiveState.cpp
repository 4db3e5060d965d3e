// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/LiveState.h"

#include "core/Clock.h"

namespace atrium {

LiveState::LiveState(const Site& site, const Clock& clock, QObject* parent)
    : QObject(parent), m_site(site), m_clock(clock)
{
    for (const Sensor& sensor : site.sensors)
        m_expectedIntervalS.insert(sensor.id, sensor.expectedIntervalS);
    m_timer.setInterval(kPublishIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveState::fold);
    m_timer.start();
}

void LiveState::post(const std::vector<Reading>& batch)
{
    std::lock_guard lock(m_pendingMutex);
    m_pending.insert(m_pending.end(), batch.begin(), batch.end());
}

void LiveState::flushNow()
{
    fold();
}

void LiveState::fold()
{
    std::vector<Reading> pending;
    {
        std::lock_guard lock(m_pendingMutex);
        pending.swap(m_pending);
    }
    QSet<QString> changed;
    for (const Reading& r : pending) {
        Value& v = m_values[r.roomId][int(r.metric)];
        // A late message carrying an older device time never replaces a newer value.
        if (v.receivedMs != 0 && r.sourceMs < v.sourceMs)
            continue;
        v = Value{r.value, r.sourceMs, r.receivedMs, r.sensorId};
        changed.insert(r.roomId);
        m_staleReported.remove(r.roomId);
    }
    // Rooms that just went silent change colour too: report each once per stale spell.
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (!m_staleReported.contains(it.key()) && roomFreshness(it.key()) == Freshness::Stale) {
            m_staleReported.insert(it.key());
            changed.insert(it.key());
        }
    }
    if (!changed.isEmpty())
        Q_EMIT updated(changed);
}

std::optional<LiveState::Value> LiveState::value(const QString& roomId, Metric metric) const
{
    const auto room = m_values.constFind(roomId);
    if (room == m_values.cend())
        return std::nullopt;
    const auto v = room->constFind(int(metric));
    if (v == room->cend())
        return std::nullopt;
    return *v;
}

LiveState::Freshness LiveState::freshness(const QString& roomId, Metric metric) const
{
    const auto v = value(roomId, metric);
    if (!v)
        return Freshness::NoData;
    const int intervalS = m_expectedIntervalS.value(v->sensorId, 600);
    return m_clock.nowMs() - v->receivedMs > qint64(intervalS) * 1000 ? Freshness::Stale : Freshness::Fresh;
}

LiveState::Freshness LiveState::roomFreshness(const QString& roomId) const
{
    const auto room = m_values.constFind(roomId);
    if (room == m_values.cend() || room->isEmpty())
        return Freshness::NoData;
    for (auto it = room->cbegin(); it != room->cend(); ++it) {
        if (freshness(roomId, Metric(it.key())) == Freshness::Stale)
            return Freshness::Stale;
    }
    return Freshness::Fresh;
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/LiveState.h"

#include "core/Clock.h"
#include "feeds/TopicRouter.h"

namespace atrium {

namespace {
// Site.h's default for a sensor without an interval of its own.
const int kDefaultExpectedIntervalS = Sensor().expectedIntervalS;
static_assert(sizeof(quint32) * 8 > kAllMetrics.size(), "one stale bit per metric");
} // namespace

LiveState::LiveState(const Site& site, const Clock& clock, QObject* parent)
    : QObject(parent), m_clock(clock), m_subscriptions(site.subscriptions)
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

void LiveState::post(std::vector<Reading>&& batch)
{
    std::lock_guard lock(m_pendingMutex);
    if (m_pending.empty()) {
        m_pending.swap(batch);
        return;
    }
    m_pending.insert(m_pending.end(), std::make_move_iterator(batch.begin()), std::make_move_iterator(batch.end()));
}

void LiveState::setExpectedInterval(const QString& sensorId, int seconds)
{
    m_expectedIntervalS.insert(sensorId, seconds);
}

void LiveState::flushNow()
{
    fold();
}

void LiveState::learnInterval(const Reading& reading)
{
    if (m_expectedIntervalS.contains(reading.sensorId))
        return;
    // TopicRouter names a sensor found through a subscription after its topic without the
    // metric level (atrium/<site>/<room>): the topic it came from matches the subscription.
    int intervalS = kDefaultExpectedIntervalS;
    const QString topic = reading.sensorId + QLatin1Char('/') + metricKey(reading.metric);
    for (const Subscription& subscription : m_subscriptions) {
        if (topicMatchesFilter(topic, subscription.filter) ||
            topicMatchesFilter(reading.sensorId, subscription.filter)) {
            intervalS = subscription.expectedIntervalS;
            break;
        }
    }
    m_expectedIntervalS.insert(reading.sensorId, intervalS);
}

bool LiveState::isStale(const Value& value, qint64 nowMs) const
{
    // Silence is judged on the receive time: a device with a wrong clock is still alive.
    const int intervalS = m_expectedIntervalS.value(value.sensorId, kDefaultExpectedIntervalS);
    return nowMs - value.receivedMs > qint64(intervalS) * 1000;
}

void LiveState::fold()
{
    std::vector<Reading> pending;
    {
        std::lock_guard lock(m_pendingMutex);
        pending.swap(m_pending);
    }
    QSet<QString> changed;
    // The values of a message come one after the other, with the same room and sensor: the
    // room's entry is looked up once for them (under load this loop runs for every reading
    // received, on the GUI thread). `room` stays valid until the next look-up, the only place
    // where m_values can grow.
    const QString* roomId = nullptr;
    QHash<int, Value>* room = nullptr;
    const QString* changedRoom = nullptr;
    const QString* learnedSensor = nullptr;
    for (const Reading& r : pending) {
        if (r.roomId.isEmpty())
            continue;
        if (!roomId || *roomId != r.roomId) {
            roomId = &r.roomId;
            room = &m_values[r.roomId];
        }
        const auto held = room->find(int(r.metric));
        // A late message carrying an older device time never replaces a newer value.
        if (held != room->end() && r.sourceMs < held->sourceMs)
            continue;
        if (!learnedSensor || *learnedSensor != r.sensorId) {
            learnInterval(r);
            learnedSensor = &r.sensorId;
        }
        if (held != room->end())
            *held = Value{r.value, r.sourceMs, r.receivedMs, r.sensorId};
        else
            room->insert(int(r.metric), Value{r.value, r.sourceMs, r.receivedMs, r.sensorId});
        if (!changedRoom || *changedRoom != r.roomId) {
            changed.insert(r.roomId);
            changedRoom = &r.roomId;
        }
    }
    // Values that just went silent change colour too: report each once per stale spell.
    const qint64 now = m_clock.nowMs();
    for (auto room = m_values.cbegin(); room != m_values.cend(); ++room) {
        quint32& reported = m_staleReported[room.key()];
        for (auto v = room->cbegin(); v != room->cend(); ++v) {
            const quint32 bit = 1u << v.key();
            if (!isStale(v.value(), now)) {
                reported &= ~bit;
            } else if (!(reported & bit)) {
                reported |= bit;
                changed.insert(room.key());
            }
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
    return isStale(*v, m_clock.nowMs()) ? Freshness::Stale : Freshness::Fresh;
}

LiveState::Freshness LiveState::roomFreshness(const QString& roomId) const
{
    const auto room = m_values.constFind(roomId);
    if (room == m_values.cend() || room->isEmpty())
        return Freshness::NoData;
    const qint64 now = m_clock.nowMs();
    for (auto it = room->cbegin(); it != room->cend(); ++it) {
        if (isStale(it.value(), now))
            return Freshness::Stale;
    }
    return Freshness::Fresh;
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Reading.h"
#include "site/Site.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <mutex>
#include <optional>
#include <vector>

namespace atrium {

class Clock;

// The latest value per room and metric, on the GUI thread. The ingest thread post()s whole
// batches (cheap, under a short lock); a timer folds them in at most kPublishIntervalMs apart
// and emits one updated() per tick with the rooms that changed, so no per-message signal
// ever reaches the GUI. The same tick also reports rooms where a value just went stale
// (received longer ago than its sensor's expectedIntervalS), once per stale spell and metric.
// A reading whose source time is older than the value held never replaces it.
class LiveState : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPublishIntervalMs = 100; // <= 10 updates per second

    struct Value
    {
        double value = 0.0;
        qint64 sourceMs = 0;
        qint64 receivedMs = 0;
        QString sensorId;
    };
    enum class Freshness { NoData, Stale, Fresh };

    LiveState(const Site& site, const Clock& clock, QObject* parent = nullptr);

    void post(const std::vector<Reading>& batch); // any thread
    void post(std::vector<Reading>&& batch);      // any thread

    std::optional<Value> value(const QString& roomId, Metric metric) const;
    Freshness freshness(const QString& roomId, Metric metric) const;
    // Worst of the room's metrics that have data: Fresh only when every one is fresh.
    Freshness roomFreshness(const QString& roomId) const;

    // Staleness threshold of a sensor the site file did not list (assigned later from the UI).
    // Without it, a sensor found through a subscription (atrium/<site>/<room>/...) takes the
    // subscription's expectedIntervalS, any other the Sensor default.
    void setExpectedInterval(const QString& sensorId, int seconds);

    void flushNow(); // folds pending values in immediately (tests, shutdown)

Q_SIGNALS:
    void updated(const QSet<QString>& roomIds);

private:
    void fold();
    bool isStale(const Value& value, qint64 nowMs) const;
    void learnInterval(const Reading& reading);

    const Clock& m_clock;
    QTimer m_timer;
    QHash<QString, int> m_expectedIntervalS; // per sensor id
    std::vector<Subscription> m_subscriptions;
    QHash<QString, QHash<int, Value>> m_values; // room -> metric -> value
    QHash<QString, quint32> m_staleReported;    // room -> bit (1 << metric) per reported stale value
    std::mutex m_pendingMutex;
    std::vector<Reading> m_pending;
};

} // namespace atrium

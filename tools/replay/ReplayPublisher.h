// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReplayEvent.h"
#include "feeds/MqttSession.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

namespace atrium::replay {

// Publishes time-ordered events through an MqttSession, either paced (an event waits until
// (dueMs - first dueMs) / speed has passed) or as fast as the broker takes them. Either way at
// most `window` messages are unconfirmed at once (PUBACK at QoS 1, "sent" at QoS 0), so the
// client never queues unboundedly. Publishing pauses while the session is not connected.
class ReplayPublisher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        double speed = 1.0; // > 0; ignored when fast
        bool fast = false;
        int qos = 1;
        int window = 500;
        // Replace the "ts" of JSON object payloads by the publish time (in `zone`), so that a
        // day replayed at a speed-up reads as live data.
        bool restamp = false;
        QTimeZone zone = QTimeZone::utc();
        int drainTimeoutMs = 30000; // how long to wait for the last confirmations
    };

    struct Stats
    {
        quint64 published = 0; // accepted by the client library
        quint64 confirmed = 0; // PUBACKs at QoS 1, sent messages at QoS 0
        qint64 elapsedMs = 0;  // first publish to last confirmation
        QString error;         // why the run stopped early, empty when it did not
    };

    ReplayPublisher(MqttSession& session, Options options, QObject* parent = nullptr);

    // Starts publishing `events` (time-ordered); finished() follows when every message is
    // confirmed, the drain timeout passes, or publishing fails for good.
    void start(ReplayEvents events);
    const Stats& stats() const { return m_stats; }
    // The stats so far, with the elapsed time up to now while running (for an interruption).
    Stats currentStats() const;
    const Options& options() const { return m_options; }

Q_SIGNALS:
    void finished();

private:
    void pump();
    void onPublished(int messageId);
    void finish(const QString& error = {});
    QByteArray payloadFor(const ReplayEvent& event) const;

    MqttSession& m_session;
    Options m_options;
    ReplayEvents m_events;
    size_t m_next = 0;
    quint64 m_inFlight = 0;
    int m_retries = 0;
    bool m_running = false;
    bool m_pumping = false;
    QElapsedTimer m_clock;
    QTimer m_wait;
    QTimer m_drain;
    Stats m_stats;
};

} // namespace atrium::replay

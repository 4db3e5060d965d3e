// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "feeds/BrokerSettings.h"
#include "feeds/MessageQueue.h"
#include "feeds/RawMessage.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace atrium {

class Clock;
class CommandOutbox;
class MqttSession;

// The console's second MQTT connection, for control traffic: door requests and swipes in,
// answers, allow-lists and actuator commands out. Kept apart from the sensor feed so that a
// burst of readings never delays a door waiting for its answer, and the other way round.
// Incoming messages are handed to the handlers of the matching filters on the thread that
// owns the channel (the GUI thread in the console), within a few milliseconds.
class ControlChannel : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const RawMessage& message)>;

    // `settings.clientId` is suffixed with "-control" (an empty id gets a generated one).
    ControlChannel(BrokerSettings settings, const Clock& clock, QObject* parent = nullptr);
    ~ControlChannel() override;

    // Opens the outbox on the (already migrated) database.
    Status open(const QString& databasePath);

    // Calls `handler` for every message on a topic matching `filter` (subscribed with `qos`).
    // Register before start(); `context` bounds the handler's lifetime.
    void subscribe(const QString& filter, QObject* context, Handler handler, int qos = 1);

    void start();
    void stop(); // idempotent

    MqttSession* session() const { return m_session; }
    // Durable messages (allow-lists, commands): stored first, delivered exactly once.
    CommandOutbox* outbox() const { return m_outbox; }

private:
    void dispatch();

    struct Route
    {
        QString filter;
        QObject* context;
        Handler handler;
    };

    MessageQueue m_queue;
    MqttSession* m_session = nullptr;
    CommandOutbox* m_outbox = nullptr;
    QTimer m_drain;
    std::vector<Route> m_routes;
    std::vector<RawMessage> m_batch;
};

} // namespace atrium

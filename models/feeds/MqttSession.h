// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/BrokerSettings.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace atrium {

class Clock;
class MessageQueue;

// The one Qt-facing wrapper of libmosquitto. The network runs on a thread of its own (libmosquitto
// driven by mosquitto_loop, so the backoff and its reasons are ours);
// received messages are copied into a MessageQueue there and nothing else happens on that
// thread. Reconnects with exponential backoff (forever, capped) and resubscribes every filter
// after each connect, so a restarted broker never leaves the console deaf.
// State changes reach Qt as queued signals on the thread that owns this object.
class MqttSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Reconnecting };
    Q_ENUM(State)

    explicit MqttSession(BrokerSettings settings, QObject* parent = nullptr);
    ~MqttSession() override; // stops the network thread

    // Where received messages go. Must be set before start(); not owned.
    void setQueue(MessageQueue* queue);
    // Stamps receive times; SystemClock by default. Set before start(); not owned.
    void setClock(const Clock& clock);
    // Reconnect backoff: initialMs, doubled after each failed attempt, capped at maxMs
    // (default 1 s to 30 s). Set before start().
    void setReconnectDelays(int initialMs, int maxMs);
    // The MQTT client id in use (BrokerSettings::clientId, or the generated one).
    QString clientId() const;

    // Filters are remembered and (re)subscribed on every connect.
    void subscribe(const QString& filter, int qos = 1);

    void start(); // connects asynchronously; never blocks on the network
    void stop();  // disconnects and joins the network thread

    // Publishes; returns the message id (>0), or -1 when the client could not queue it. A QoS 1/2
    // message published while disconnected is kept by the client and sent after the reconnect.
    // published(mid) is emitted when QoS>0 is acknowledged (PUBACK) or QoS 0 is sent.
    int publish(const QString& topic, const QByteArray& payload, int qos = 1, bool retain = false);
    // The same with MQTT 5 properties: the answer to a request carries the request's correlation
    // data, a request names its response topic. Empty ones are left out. On an MQTT 3.1.1
    // connection the properties are dropped and the message goes out without them.
    struct Properties
    {
        QByteArray responseTopic;
        QByteArray correlationData;
    };
    int publish(const QString& topic, const QByteArray& payload, int qos, bool retain, const Properties& properties);

    State state() const;
    QString lastError() const;
    const BrokerSettings& settings() const { return m_settings; }
    quint64 messagesReceived() const { return m_received.load(std::memory_order_relaxed); }

Q_SIGNALS:
    void stateChanged(atrium::MqttSession::State state, const QString& detail);
    void published(int messageId);

private:
    BrokerSettings m_settings;
    std::atomic<quint64> m_received{0};
    struct Private;
    std::unique_ptr<Private> d;
    friend struct Private;
};

} // namespace atrium

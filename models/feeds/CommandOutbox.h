// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "feeds/MqttSession.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace atrium {

class Clock;

struct OutboxEntry
{
    qint64 id = 0;
    QString topic;
    QByteArray payload;
    int qos = 1;
    bool retain = false;
    QString coalesceKey;
    qint64 createdMs = 0;
    std::optional<qint64> deliveredMs;
    int attempts = 0;
};

// MQTT messages the console must not lose (door allow-lists, actuator commands, retained
// override states). enqueue() writes the message to the database (durable against a power cut)
// before anything goes on the wire; it is published only while the session is connected and
// marked delivered when the broker acknowledges it (PUBACK). Nothing is republished by the
// outbox while libmosquitto still holds it: after a lost connection libmosquitto resends its
// unacknowledged messages itself, so a pending message reaches the broker once. After a restart
// of the console every undelivered message is published again.
class CommandOutbox : public QObject
{
    Q_OBJECT
public:
    explicit CommandOutbox(const Clock& clock, QObject* parent = nullptr);
    ~CommandOutbox() override;

    // Opens the (already migrated) database; pending messages from an earlier run are kept.
    Status open(const QString& databasePath);
    // The session to publish through (not owned). Publishes what is pending once it connects.
    void attach(MqttSession* session);

    // Stores the message, then publishes it if connected. With a coalesce key, an older
    // undelivered message with the same key is superseded (a door needs only its latest list).
    Result<qint64> enqueue(const QString& topic, const QByteArray& payload, int qos = 1, bool retain = false,
                           const QString& coalesceKey = QString());

    std::vector<OutboxEntry> pending() const;
    int pendingCount() const;
    std::optional<OutboxEntry> entry(qint64 id) const;

Q_SIGNALS:
    void delivered(qint64 id, const QString& topic);
    void pendingCountChanged(int count);

private:
    void pump();
    void onPublished(int messageId);
    void onStateChanged(MqttSession::State state);

    const Clock& m_clock;
    QString m_connection;
    MqttSession* m_session = nullptr;
    bool m_connected = false;
    QHash<int, qint64> m_inFlight; // MQTT message id -> outbox id, handed to libmosquitto
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/CommandOutbox.h"

#include "core/Clock.h"
#include "storage/Database.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace atrium {

Q_LOGGING_CATEGORY(lcOutbox, "atrium.outbox")

namespace {

constexpr auto kColumns = "id, topic, payload, qos, retain, coalesce_key, created_ms, delivered_ms, attempts";

OutboxEntry entryFrom(const QSqlQuery& q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.topic = q.value(1).toString();
    e.payload = q.value(2).toByteArray();
    e.qos = q.value(3).toInt();
    e.retain = q.value(4).toBool();
    e.coalesceKey = q.value(5).toString();
    e.createdMs = q.value(6).toLongLong();
    if (!q.value(7).isNull())
        e.deliveredMs = q.value(7).toLongLong();
    e.attempts = q.value(8).toInt();
    return e;
}

} // namespace

CommandOutbox::CommandOutbox(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock) {}

CommandOutbox::~CommandOutbox()
{
    if (!m_connection.isEmpty())
        Database::closeConnection(m_connection);
}

Status CommandOutbox::open(const QString& databasePath)
{
    auto opened = Database::openConnection(databasePath, Database::uniqueConnectionName(QStringLiteral("outbox")),
                                           Database::Durability::PowerCut);
    if (!opened)
        return Status::failure(opened.error());
    m_connection = opened.value();
    return Status::success();
}

void CommandOutbox::attach(MqttSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_inFlight.clear();
    m_connected = session && session->state() == MqttSession::State::Connected;
    if (!session)
        return;
    connect(session, &MqttSession::published, this, &CommandOutbox::onPublished);
    connect(session, &MqttSession::stateChanged, this,
            [this](MqttSession::State state, const QString&) { onStateChanged(state); });
    pump();
}

Result<qint64> CommandOutbox::enqueue(const QString& topic, const QByteArray& payload, int qos, bool retain,
                                      const QString& coalesceKey)
{
    if (m_connection.isEmpty())
        return Result<qint64>::failure(tr("The outbox is not open."));
    if (topic.isEmpty() || topic.contains(QLatin1Char('+')) || topic.contains(QLatin1Char('#')))
        return Result<qint64>::failure(tr("\"%1\" is not a topic a message can be published on.").arg(topic));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return Result<qint64>::failure(tr("Cannot store the message for %1: %2").arg(topic, db.lastError().text()));
    QSqlQuery q(db);
    if (!coalesceKey.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE outbox SET superseded = 1 WHERE coalesce_key = ? AND delivered_ms IS NULL"));
        q.addBindValue(coalesceKey);
        q.exec();
    }
    q.prepare(QStringLiteral("INSERT INTO outbox (topic, payload, qos, retain, coalesce_key, created_ms) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(topic);
    q.addBindValue(payload);
    q.addBindValue(qBound(0, qos, 2));
    q.addBindValue(retain ? 1 : 0);
    q.addBindValue(coalesceKey.isEmpty() ? QVariant() : QVariant(coalesceKey));
    q.addBindValue(m_clock.nowMs());
    if (!q.exec()) {
        const QString error = q.lastError().text();
        db.rollback();
        return Result<qint64>::failure(tr("Cannot store the message for %1: %2").arg(topic, error));
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!db.commit())
        return Result<qint64>::failure(tr("Cannot store the message for %1: %2").arg(topic, db.lastError().text()));
    Q_EMIT pendingCountChanged(pendingCount());
    pump();
    return id;
}

void CommandOutbox::pump()
{
    // state() follows the network thread at once; m_connected follows the queued signals and
    // may still say "connected" just after the broker went away. A message handed over then
    // would be sent by libmosquitto after the reconnect even if a newer one superseded it.
    if (!m_session || !m_connected || m_connection.isEmpty() || m_session->state() != MqttSession::State::Connected)
        return;
    QSet<qint64> handed;
    for (qint64 id : std::as_const(m_inFlight))
        handed.insert(id);
    for (const OutboxEntry& e : pending()) {
        if (handed.contains(e.id))
            continue;
        const int mid = m_session->publish(e.topic, e.payload, e.qos, e.retain);
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE id = ?"));
        q.addBindValue(e.id);
        q.exec();
        if (mid < 0) {
            qCInfo(lcOutbox) << "could not hand message" << e.id << "for" << e.topic << "to the client; kept";
            return; // the session reports why; the next connect pumps again
        }
        m_inFlight.insert(mid, e.id);
    }
}

void CommandOutbox::onPublished(int messageId)
{
    const auto it = m_inFlight.constFind(messageId);
    if (it == m_inFlight.cend())
        return; // another user of the session
    const qint64 id = it.value();
    m_inFlight.erase(it);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE outbox SET delivered_ms = ? WHERE id = ?"));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(id);
    if (!q.exec()) {
        // Stays pending: published again after a restart, which QoS 1 allows.
        qCWarning(lcOutbox) << "cannot mark message" << id << "delivered:" << q.lastError().text();
        return;
    }
    const auto e = entry(id);
    Q_EMIT delivered(id, e ? e->topic : QString());
    Q_EMIT pendingCountChanged(pendingCount());
}

void CommandOutbox::onStateChanged(MqttSession::State state)
{
    const bool wasConnected = m_connected;
    m_connected = state == MqttSession::State::Connected;
    if (state == MqttSession::State::Disconnected) {
        // The session was stopped and its client destroyed with whatever it still held.
        m_inFlight.clear();
    }
    if (m_connected && !wasConnected)
        pump();
}

std::vector<OutboxEntry> CommandOutbox::pending() const
{
    std::vector<OutboxEntry> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM outbox WHERE delivered_ms IS NULL AND superseded = 0 ORDER BY id")
                    .arg(QLatin1String(kColumns))))
        return out;
    while (q.next())
        out.push_back(entryFrom(q));
    return out;
}

int CommandOutbox::pendingCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE delivered_ms IS NULL AND superseded = 0")) && q.next())
        return q.value(0).toInt();
    return 0;
}

std::optional<OutboxEntry> CommandOutbox::entry(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return entryFrom(q);
    return std::nullopt;
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/OverrideStore.h"

#include "automation/AutomationRule.h"
#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace atrium {

namespace {

constexpr auto kColumns = "id, room_id, actuator_id, channel, value, author, reason, expiry_kind, expires_ms, "
                          "overridden_rule, created_ms, ended_ms, end_kind, ended_by, end_reason";

Override overrideFrom(const QSqlQuery& q)
{
    Override o;
    o.id = q.value(0).toLongLong();
    o.roomId = q.value(1).toString();
    o.actuatorId = q.value(2).toString();
    o.channel = channelFromKey(q.value(3).toString()).value_or(Channel::Setpoint);
    o.value = q.value(4).toDouble();
    o.author = q.value(5).toString();
    o.reason = q.value(6).toString();
    o.expiry = overrideExpiryFromKey(q.value(7).toString()).value_or(OverrideExpiry::Minutes);
    if (!q.value(8).isNull())
        o.expiresMs = q.value(8).toLongLong();
    if (!q.value(9).isNull())
        o.overriddenRuleId = q.value(9).toLongLong();
    o.createdMs = q.value(10).toLongLong();
    if (!q.value(11).isNull())
        o.endedMs = q.value(11).toLongLong();
    if (!q.value(12).isNull())
        o.endKind = overrideEndFromKey(q.value(12).toString());
    o.endedBy = q.value(13).toString();
    o.endReason = q.value(14).toString();
    return o;
}

QVariant optional(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

QJsonObject describe(const Override& o)
{
    QJsonObject d{{QStringLiteral("room"), o.roomId},
                  {QStringLiteral("channel"), channelKey(o.channel)},
                  {QStringLiteral("value"), o.value},
                  {QStringLiteral("expiry"), overrideExpiryKey(o.expiry)}};
    if (!o.actuatorId.isEmpty())
        d.insert(QStringLiteral("actuator"), o.actuatorId);
    if (o.expiresMs)
        d.insert(QStringLiteral("expiresMs"), *o.expiresMs);
    if (o.overriddenRuleId)
        d.insert(QStringLiteral("overriddenRule"), *o.overriddenRuleId);
    return d;
}

} // namespace

OverrideStore::OverrideStore(const Clock& clock) : m_clock(clock) {}

OverrideStore::~OverrideStore()
{
    if (!m_connection.isEmpty())
        Database::closeConnection(m_connection);
}

Status OverrideStore::open(const QString& databasePath)
{
    auto opened = Database::openConnection(databasePath, Database::uniqueConnectionName(QStringLiteral("overrides")),
                                           Database::Durability::PowerCut);
    if (!opened)
        return Status::failure(opened.error());
    m_connection = opened.value();
    return Status::success();
}

Result<Override> OverrideStore::add(const Override& candidate, const QString& label)
{
    using R = Result<Override>;
    if (m_connection.isEmpty())
        return R::failure(tr("The overrides are not open."));
    if (candidate.reason.trimmed().isEmpty())
        return R::failure(tr("Say why: an override needs a reason."));
    if (candidate.author.trimmed().isEmpty())
        return R::failure(tr("An override needs its author."));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return R::failure(tr("Cannot save the override: %1").arg(db.lastError().text()));
    const qint64 now = candidate.createdMs;
    // One active override per room, device and channel: a new one replaces the old.
    for (const Override& old :
         select(QStringLiteral("ended_ms IS NULL AND room_id = ? AND actuator_id = ? AND channel = ?"),
                {candidate.roomId, nonNull(candidate.actuatorId), channelKey(candidate.channel)})) {
        if (Status ended =
                end(old.id, OverrideEnd::EndedEarly, now, candidate.author, tr("replaced by a new override"), label);
            !ended) {
            db.rollback();
            return R::failure(ended.error());
        }
    }
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO automation_override (room_id, actuator_id, channel, value, author, reason, "
                       "expiry_kind, expires_ms, overridden_rule, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(candidate.roomId);
    q.addBindValue(nonNull(candidate.actuatorId));
    q.addBindValue(channelKey(candidate.channel));
    q.addBindValue(candidate.value);
    q.addBindValue(candidate.author.trimmed());
    q.addBindValue(candidate.reason.trimmed());
    q.addBindValue(overrideExpiryKey(candidate.expiry));
    q.addBindValue(optional(candidate.expiresMs));
    q.addBindValue(optional(candidate.overriddenRuleId));
    q.addBindValue(now);
    if (!q.exec()) {
        const QString error = q.lastError().text();
        db.rollback();
        return R::failure(tr("Cannot save the override: %1").arg(error));
    }
    Override saved = candidate;
    saved.id = q.lastInsertId().toLongLong();
    saved.author = candidate.author.trimmed();
    saved.reason = candidate.reason.trimmed();
    AuditEntry audit{0,
                     now,
                     saved.author,
                     QStringLiteral("override.set"),
                     QStringLiteral("override"),
                     QString::number(saved.id),
                     label,
                     saved.reason,
                     describe(saved)};
    if (Status logged = AuditLog::record(m_connection, audit); !logged) {
        db.rollback();
        return R::failure(logged.error());
    }
    if (!db.commit())
        return R::failure(tr("Cannot save the override: %1").arg(db.lastError().text()));
    return saved;
}

Status OverrideStore::end(qint64 id, OverrideEnd how, qint64 atMs, const QString& by, const QString& reason,
                          const QString& label)
{
    const auto current = find(id);
    if (!current)
        return Status::failure(tr("Override %1 does not exist.").arg(id));
    if (!current->isActive())
        return Status::failure(tr("This override already ended."));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // Nested in add()'s transaction when it replaces an override; SQLite has no nested
    // transactions, so only open one when none is open.
    const bool own = db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE automation_override SET ended_ms = ?, end_kind = ?, ended_by = ?, end_reason = ? "
                             "WHERE id = ? AND ended_ms IS NULL"));
    q.addBindValue(atMs);
    q.addBindValue(overrideEndKey(how));
    q.addBindValue(nonNull(by));
    q.addBindValue(nonNull(reason));
    q.addBindValue(id);
    const QString action = how == OverrideEnd::EndedEarly  ? QStringLiteral("override.end")
                           : how == OverrideEnd::RoomEmpty ? QStringLiteral("override.room_empty")
                                                           : QStringLiteral("override.expire");
    QJsonObject details = describe(*current);
    details.insert(QStringLiteral("end"), overrideEndKey(how));
    AuditEntry audit{0,      atMs, by, action, QStringLiteral("override"), QString::number(id), label, nonNull(reason),
                     details};
    Status written = q.exec() ? AuditLog::record(m_connection, audit) : Status::failure(q.lastError().text());
    if (!written) {
        if (own)
            db.rollback();
        return Status::failure(tr("Cannot end the override: %1").arg(written.error()));
    }
    if (own && !db.commit())
        return Status::failure(tr("Cannot end the override: %1").arg(db.lastError().text()));
    return Status::success();
}

std::vector<Override> OverrideStore::select(const QString& where, const QVariantList& binds) const
{
    std::vector<Override> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM automation_override WHERE %2 ORDER BY created_ms, id")
                  .arg(QLatin1String(kColumns), where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back(overrideFrom(q));
    return out;
}

std::vector<Override> OverrideStore::active() const
{
    return select(QStringLiteral("ended_ms IS NULL"), {});
}

std::optional<Override> OverrideStore::find(qint64 id) const
{
    auto found = select(QStringLiteral("id = ?"), {id});
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::vector<Override> OverrideStore::createdBetween(qint64 fromMs, qint64 untilMs) const
{
    return select(QStringLiteral("created_ms >= ? AND created_ms < ?"), {fromMs, untilMs});
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/AccessEventLog.h"

#include "access/SqlTransaction.h"
#include "storage/Database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace atrium {

QString accessEventSourceKey(AccessEvent::Source source)
{
    switch (source) {
    case AccessEvent::Source::Request:
        return QStringLiteral("request");
    case AccessEvent::Source::DoorEvent:
        return QStringLiteral("event");
    case AccessEvent::Source::Tasmota:
        return QStringLiteral("tasmota");
    }
    return QString();
}

AccessEventLog::~AccessEventLog()
{
    if (!m_connection.isEmpty())
        Database::closeConnection(m_connection);
}

Status AccessEventLog::open(const QString& databasePath)
{
    // Crash durability: a swipe is a sensor-like record, not something a person typed.
    auto opened = Database::openConnection(databasePath, Database::uniqueConnectionName(QStringLiteral("access-log")),
                                           Database::Durability::Crash);
    if (!opened)
        return Status::failure(opened.error());
    m_connection = opened.value();
    return Status::success();
}

Result<qint64> AccessEventLog::record(const AccessEvent& e)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO access_event (at_ms, door_id, uid, badge_id, member_id, allowed, "
                             "reason_code, reason, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant nullId(QMetaType(QMetaType::LongLong));
    for (const QVariant& v : {QVariant(e.atMs), QVariant(sqlText(e.doorId)), QVariant(sqlText(e.uid)),
                              e.badgeId ? QVariant(*e.badgeId) : nullId, e.memberId ? QVariant(*e.memberId) : nullId,
                              QVariant(e.allowed ? 1 : 0), QVariant(sqlText(e.reasonCode)), QVariant(sqlText(e.reason)),
                              QVariant(accessEventSourceKey(e.source))})
        q.addBindValue(v);
    if (!q.exec())
        return Result<qint64>::failure(tr("Cannot write the access log: %1").arg(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

std::vector<AccessEvent> AccessEventLog::events(const AccessEventFilter& f) const
{
    std::vector<AccessEvent> out;
    QString sql = QStringLiteral("SELECT id, at_ms, door_id, uid, badge_id, member_id, allowed, reason_code, reason, "
                                 "source FROM access_event WHERE at_ms >= ?");
    if (!f.doorId.isEmpty())
        sql += QStringLiteral(" AND door_id = ?");
    if (f.memberId)
        sql += QStringLiteral(" AND member_id = ?");
    if (f.deniedOnly)
        sql += QStringLiteral(" AND allowed = 0");
    sql += QStringLiteral(" ORDER BY at_ms DESC, id DESC LIMIT ?");
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(f.fromMs);
    if (!f.doorId.isEmpty())
        q.addBindValue(f.doorId);
    if (f.memberId)
        q.addBindValue(*f.memberId);
    q.addBindValue(f.limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        AccessEvent e;
        e.id = q.value(0).toLongLong();
        e.atMs = q.value(1).toLongLong();
        e.doorId = q.value(2).toString();
        e.uid = q.value(3).toString();
        if (!q.value(4).isNull())
            e.badgeId = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            e.memberId = q.value(5).toLongLong();
        e.allowed = q.value(6).toBool();
        e.reasonCode = q.value(7).toString();
        e.reason = q.value(8).toString();
        const QString source = q.value(9).toString();
        e.source = source == QLatin1String("event")     ? AccessEvent::Source::DoorEvent
                   : source == QLatin1String("tasmota") ? AccessEvent::Source::Tasmota
                                                        : AccessEvent::Source::Request;
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<OnSitePerson> AccessEventLog::onSiteSince(qint64 fromMs) const
{
    std::vector<OnSitePerson> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    // SQLite returns the bare column of the row holding max() (its documented min/max rule).
    q.prepare(QStringLiteral("SELECT member_id, min(at_ms), max(at_ms), door_id FROM access_event "
                             "WHERE at_ms >= ? AND allowed = 1 AND member_id IS NOT NULL GROUP BY member_id "
                             "ORDER BY min(at_ms)"));
    q.addBindValue(fromMs);
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back(
            {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString()});
    return out;
}

Result<int> AccessEventLog::deleteBefore(qint64 cutoffMs)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM access_event WHERE at_ms < ?"));
    q.addBindValue(cutoffMs);
    if (!q.exec())
        return Result<int>::failure(tr("Cannot trim the access log: %1").arg(q.lastError().text()));
    return q.numRowsAffected();
}

int AccessEventLog::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT count(*) FROM access_event")) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace atrium

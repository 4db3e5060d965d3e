// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/BookingPersonalData.h"

#include "storage/AuditLog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace atrium {

namespace {
QJsonValue isoUtc(const QVariant& ms)
{
    if (ms.isNull())
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::utc()).toString(Qt::ISODate);
}
} // namespace

QJsonValue BookingPersonalData::exportMember(const QString& connectionName, qint64 memberId)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.prepare(QStringLiteral("SELECT id, room, title, public_title, start_ms, end_ms, attendees, notes, status, "
                             "cancel_reason, call_note, checked_in_ms, checked_in_auto, released_ms "
                             "FROM booking WHERE member_id = ? ORDER BY start_ms"));
    q.addBindValue(memberId);
    QJsonArray bookings;
    if (!q.exec())
        return QJsonObject{{QStringLiteral("error"), q.lastError().text()}};
    while (q.next()) {
        bookings.append(QJsonObject{
            {QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("room"), q.value(1).toString()},
            {QStringLiteral("title"), q.value(2).toString()},
            {QStringLiteral("titleShownPublicly"), q.value(3).toBool()},
            {QStringLiteral("start"), isoUtc(q.value(4))},
            {QStringLiteral("end"), isoUtc(q.value(5))},
            {QStringLiteral("attendees"), q.value(6).toInt()},
            {QStringLiteral("notes"), q.value(7).toString()},
            {QStringLiteral("status"), q.value(8).toString()},
            {QStringLiteral("cancelReason"), q.value(9).toString()},
            {QStringLiteral("callNote"), q.value(10).toString()},
            {QStringLiteral("checkedIn"), isoUtc(q.value(11))},
            {QStringLiteral("checkedInBySensor"), q.value(12).toBool()},
            {QStringLiteral("releasedOrCancelled"), isoUtc(q.value(13))},
        });
    }
    return bookings;
}

Status BookingPersonalData::eraseMember(const QString& connectionName, qint64 memberId)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery ids(db);
    ids.prepare(QStringLiteral("SELECT id FROM booking WHERE member_id = ?"));
    ids.addBindValue(memberId);
    if (!ids.exec())
        return Status::failure(ids.lastError().text());
    QList<qint64> bookingIds;
    while (ids.next())
        bookingIds << ids.value(0).toLongLong();

    QSqlQuery blank(db);
    blank.prepare(QStringLiteral("UPDATE booking SET title = '', public_title = 0, notes = '', call_note = '', "
                                 "cancel_reason = '' WHERE member_id = ?"));
    blank.addBindValue(memberId);
    if (!blank.exec())
        return Status::failure(blank.lastError().text());
    for (qint64 id : std::as_const(bookingIds)) {
        const Status s = AuditLog::anonymiseSubject(connectionName, QStringLiteral("booking"), QString::number(id),
                                                    QStringLiteral("booking #%1").arg(id));
        if (!s)
            return s;
    }
    return Status::success();
}

} // namespace atrium

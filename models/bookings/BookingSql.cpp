// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/BookingSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace atrium {

namespace {

const char* const kColumns =
    "b.id, b.uid, b.room, b.member_id, b.title, b.public_title, b.start_ms, b.end_ms, b.attendees, b.notes, "
    "b.status, b.cancel_reason, b.checked_in_ms, b.checked_in_auto, b.released_ms, b.kept_ms, b.call_note, "
    "b.series_id, b.occurrence_ms, b.detached, b.created_ms, b.updated_ms, m.name";

QDateTime utc(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant ms(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

Booking read(const QSqlQuery& q)
{
    Booking b;
    b.id = q.value(0).toLongLong();
    b.uid = q.value(1).toString();
    b.roomId = q.value(2).toString();
    b.memberId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    b.title = q.value(4).toString();
    b.publicTitle = q.value(5).toInt() != 0;
    b.start = utc(q.value(6));
    b.end = utc(q.value(7));
    b.attendees = q.value(8).toInt();
    b.notes = q.value(9).toString();
    b.status = bookingStatusFromKey(q.value(10).toString()).value_or(BookingStatus::Booked);
    b.cancelReason = q.value(11).toString();
    b.checkedInAt = utc(q.value(12));
    b.checkedInAutomatically = q.value(13).toInt() != 0;
    b.releasedAt = utc(q.value(14));
    b.keptAt = utc(q.value(15));
    b.callNote = q.value(16).toString();
    b.seriesId = q.value(17).isNull() ? 0 : q.value(17).toLongLong();
    b.occurrenceStart = utc(q.value(18));
    b.detached = q.value(19).toInt() != 0;
    b.createdMs = q.value(20).toLongLong();
    b.updatedMs = q.value(21).toLongLong();
    b.memberName = q.value(22).toString();
    return b;
}

// Qt SQL binds a null QString as SQL NULL, which the NOT NULL text columns refuse.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void bindAll(QSqlQuery& q, const Booking& b)
{
    q.bindValue(QStringLiteral(":uid"), text(b.uid));
    q.bindValue(QStringLiteral(":room"), text(b.roomId));
    q.bindValue(QStringLiteral(":member"), idOrNull(b.memberId));
    q.bindValue(QStringLiteral(":title"), text(b.title));
    q.bindValue(QStringLiteral(":public"), b.publicTitle ? 1 : 0);
    q.bindValue(QStringLiteral(":start"), b.start.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":end"), b.end.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":attendees"), b.attendees);
    q.bindValue(QStringLiteral(":notes"), text(b.notes));
    q.bindValue(QStringLiteral(":status"), bookingStatusKey(b.status));
    q.bindValue(QStringLiteral(":reason"), text(b.cancelReason));
    q.bindValue(QStringLiteral(":checkedIn"), ms(b.checkedInAt));
    q.bindValue(QStringLiteral(":auto"), b.checkedInAutomatically ? 1 : 0);
    q.bindValue(QStringLiteral(":released"), ms(b.releasedAt));
    q.bindValue(QStringLiteral(":kept"), ms(b.keptAt));
    q.bindValue(QStringLiteral(":call"), text(b.callNote));
    q.bindValue(QStringLiteral(":series"), idOrNull(b.seriesId));
    q.bindValue(QStringLiteral(":occurrence"), ms(b.occurrenceStart));
    q.bindValue(QStringLiteral(":detached"), b.detached ? 1 : 0);
}

} // namespace

std::vector<Booking> BookingSql::select(const QSqlDatabase& db, const QString& where, const QVariantList& binds,
                                        const QString& order)
{
    std::vector<Booking> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM booking b LEFT JOIN member m ON m.id = b.member_id WHERE %2 ORDER BY %3")
                  .arg(QLatin1String(kColumns), where, order));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back(read(q));
    return out;
}

Result<qint64> BookingSql::insert(const QSqlDatabase& db, const Booking& booking, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO booking (uid, room, member_id, title, public_title, start_ms, end_ms, attendees, notes, status, "
        "cancel_reason, checked_in_ms, checked_in_auto, released_ms, kept_ms, call_note, series_id, occurrence_ms, "
        "detached, created_ms, updated_ms) VALUES (:uid, :room, :member, :title, :public, :start, :end, :attendees, "
        ":notes, :status, :reason, :checkedIn, :auto, :released, :kept, :call, :series, :occurrence, :detached, "
        ":now, :now)"));
    bindAll(q, booking);
    q.bindValue(QStringLiteral(":now"), nowMs);
    if (!q.exec())
        return Result<qint64>::failure(q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Status BookingSql::update(const QSqlDatabase& db, const Booking& booking, qint64 nowMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE booking SET uid = :uid, room = :room, member_id = :member, title = :title, public_title = :public, "
        "start_ms = :start, end_ms = :end, attendees = :attendees, notes = :notes, status = :status, "
        "cancel_reason = :reason, checked_in_ms = :checkedIn, checked_in_auto = :auto, released_ms = :released, "
        "kept_ms = :kept, call_note = :call, series_id = :series, occurrence_ms = :occurrence, "
        "detached = :detached, updated_ms = :now WHERE id = :id"));
    bindAll(q, booking);
    q.bindValue(QStringLiteral(":now"), nowMs);
    q.bindValue(QStringLiteral(":id"), booking.id);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

Status BookingSql::remove(const QSqlDatabase& db, qint64 bookingId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM booking WHERE id = ?"));
    q.addBindValue(bookingId);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

QString BookingSql::newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@atrium");
}

} // namespace atrium

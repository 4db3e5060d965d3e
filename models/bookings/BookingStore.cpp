// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/BookingStore.h"

#include "bookings/BookingSql.h"
#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcBookings, "atrium.bookings")

namespace atrium {

BookingStore::BookingStore(const QString& databasePath, const Site& site, const BookingPolicy& policy,
                           const Clock& clock, QObject* parent)
    : QObject(parent), m_actor(tr("front desk")), m_site(site), m_clock(clock), m_rules(site, policy)
{
    // What a person entered must survive a power cut: synchronous=FULL on this connection.
    auto opened =
        Database::openConnection(databasePath, Database::uniqueConnectionName(QStringLiteral("atrium-bookings")),
                                 Database::Durability::PowerCut);
    if (opened) {
        m_connection = opened.value();
    } else {
        m_openError = opened.error();
        qCWarning(lcBookings) << "cannot open bookings:" << m_openError;
    }
}

BookingStore::~BookingStore()
{
    if (!m_connection.isEmpty())
        Database::closeConnection(m_connection);
}

qint64 BookingStore::nowMs() const
{
    return m_clock.nowMs();
}

Result<bool> BookingStore::inTransaction(const std::function<Result<bool>()>& work)
{
    if (m_connection.isEmpty())
        return Result<bool>::failure(m_openError);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return Result<bool>::failure(tr("The bookings cannot be saved: %1").arg(db.lastError().text()));
    Result<bool> result = work();
    if (result.ok() && !db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return Result<bool>::failure(tr("The bookings cannot be saved: %1").arg(error));
    }
    if (!result.ok())
        db.rollback();
    return result;
}

std::vector<Booking> BookingStore::neighbours(const Booking& candidate) const
{
    if (m_connection.isEmpty() || !candidate.start.isValid() || !candidate.end.isValid())
        return {};
    const Room* room = m_site.room(candidate.roomId);
    const qint64 bufferMs = room ? qint64(m_rules.policy().rulesFor(room->type).bufferMinutes) * 60000 : 0;
    return BookingSql::select(QSqlDatabase::database(m_connection),
                              QStringLiteral("b.room = ? AND b.start_ms < ? AND b.end_ms > ? AND b.status IN "
                                             "('booked', 'checked_in')"),
                              {candidate.roomId, candidate.end.toMSecsSinceEpoch() + bufferMs,
                               candidate.start.toMSecsSinceEpoch() - bufferMs});
}

RuleCheck BookingStore::check(const Booking& candidate) const
{
    return m_rules.check(candidate, neighbours(candidate));
}

std::vector<Booking> BookingStore::conflicts(const Booking& candidate) const
{
    std::vector<Booking> out;
    for (Booking& other : neighbours(candidate)) {
        if (candidate.id == 0 || other.id != candidate.id)
            out.push_back(std::move(other));
    }
    return out;
}

Status BookingStore::audit(const QString& action, const Booking& booking, const QString& reason, const QString& actor)
{
    AuditEntry entry;
    entry.atMs = nowMs();
    entry.actor = actor.isEmpty() ? m_actor : actor;
    entry.action = action;
    entry.subjectKind = QStringLiteral("booking");
    entry.subjectId = QString::number(booking.id);
    const Room* room = m_site.room(booking.roomId);
    entry.subjectLabel = QStringLiteral("%1 %2 %3")
                             .arg(room ? room->name : booking.roomId,
                                  booking.start.toTimeZone(m_site.timeZone).toString(QStringLiteral("yyyy-MM-dd")),
                                  m_rules.timeRange(booking));
    // Qt SQL binds a null QString as SQL NULL, which audit_log's NOT NULL columns refuse.
    entry.reason = reason.isNull() ? QStringLiteral("") : reason;
    entry.details = QJsonObject{{QStringLiteral("status"), bookingStatusKey(booking.status)},
                                {QStringLiteral("start_ms"), booking.start.toMSecsSinceEpoch()},
                                {QStringLiteral("end_ms"), booking.end.toMSecsSinceEpoch()},
                                {QStringLiteral("room"), booking.roomId}};
    return AuditLog::record(m_connection, entry);
}

Result<qint64> BookingStore::writeChecked(const Booking& booking, const QString& action, const QString& reason)
{
    const RuleCheck result = check(booking);
    if (!result.ok())
        return Result<qint64>::failure(result.message());
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    qint64 id = booking.id;
    if (id == 0) {
        auto inserted = BookingSql::insert(db, booking, nowMs());
        if (!inserted)
            return Result<qint64>::failure(tr("The booking cannot be saved: %1").arg(inserted.error()));
        id = inserted.value();
    } else if (Status updated = BookingSql::update(db, booking, nowMs()); !updated) {
        return Result<qint64>::failure(tr("The booking cannot be saved: %1").arg(updated.error()));
    }
    Booking logged = booking;
    logged.id = id;
    if (Status logged_ = audit(action, logged, reason); !logged_)
        return Result<qint64>::failure(logged_.error());
    return id;
}

Result<Booking> BookingStore::create(const Booking& candidate)
{
    Booking b = candidate;
    b.id = 0;
    b.status = BookingStatus::Booked;
    b.seriesId = 0;
    b.occurrenceStart = QDateTime();
    b.detached = false;
    b.checkedInAt = b.releasedAt = b.keptAt = QDateTime();
    if (b.uid.isEmpty())
        b.uid = BookingSql::newUid();
    qint64 id = 0;
    auto written = inTransaction([&]() -> Result<bool> {
        auto inserted = writeChecked(b, QStringLiteral("booking.create"));
        if (!inserted)
            return Result<bool>::failure(inserted.error());
        id = inserted.value();
        return true;
    });
    if (!written)
        return Result<Booking>::failure(written.error());
    Q_EMIT changed();
    return *booking(id);
}

Result<Booking> BookingStore::update(const Booking& changedBooking)
{
    const auto stored = booking(changedBooking.id);
    if (!stored)
        return Result<Booking>::failure(tr("This booking no longer exists."));
    if (!stored->isActive())
        return Result<Booking>::failure(
            tr("This booking is %1; it cannot be changed.").arg(bookingStatusDisplayName(stored->status).toLower()));
    Booking b = *stored;
    b.roomId = changedBooking.roomId;
    b.memberId = changedBooking.memberId;
    b.title = changedBooking.title;
    b.publicTitle = changedBooking.publicTitle;
    b.start = changedBooking.start.toUTC();
    b.end = changedBooking.end.toUTC();
    b.attendees = changedBooking.attendees;
    b.notes = changedBooking.notes;
    // An occurrence moved on its own keeps its times when the series is edited later.
    if (b.isRecurring() && (b.start != stored->start || b.end != stored->end || b.roomId != stored->roomId))
        b.detached = true;
    auto written = inTransaction([&]() -> Result<bool> {
        auto updated = writeChecked(b, QStringLiteral("booking.update"));
        if (!updated)
            return Result<bool>::failure(updated.error());
        return true;
    });
    if (!written)
        return Result<Booking>::failure(written.error());
    Q_EMIT changed();
    return *booking(b.id);
}

Result<Booking> BookingStore::move(qint64 bookingId, const QString& roomId, const QDateTime& start,
                                   const QDateTime& end)
{
    auto stored = booking(bookingId);
    if (!stored)
        return Result<Booking>::failure(tr("This booking no longer exists."));
    stored->roomId = roomId;
    stored->start = start;
    stored->end = end;
    return update(*stored);
}

Status BookingStore::stateChange(qint64 bookingId, const QString& action, const QString& actor,
                                 const std::function<Status(Booking&)>& change, const QString& reason)
{
    auto result = inTransaction([&]() -> Result<bool> {
        auto stored = booking(bookingId);
        if (!stored)
            return Result<bool>::failure(tr("This booking no longer exists."));
        if (Status s = change(*stored); !s)
            return Result<bool>::failure(s.error());
        if (Status s = BookingSql::update(QSqlDatabase::database(m_connection), *stored, nowMs()); !s)
            return Result<bool>::failure(tr("The booking cannot be saved: %1").arg(s.error()));
        if (Status s = audit(action, *stored, reason, actor); !s)
            return Result<bool>::failure(s.error());
        return true;
    });
    if (!result)
        return Status::failure(result.error());
    Q_EMIT changed();
    return Status::success();
}

Status BookingStore::cancel(qint64 bookingId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Say why the booking is cancelled."));
    return stateChange(
        bookingId, QStringLiteral("booking.cancel"), QString(),
        [&](Booking& b) {
            if (!b.isActive())
                return Status::failure(
                    tr("This booking is already %1.").arg(bookingStatusDisplayName(b.status).toLower()));
            b.status = BookingStatus::Cancelled;
            b.cancelReason = reason.trimmed();
            b.releasedAt = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
            return Status::success();
        },
        reason.trimmed());
}

Status BookingStore::checkIn(qint64 bookingId, const QDateTime& at, bool automatic)
{
    return stateChange(bookingId, QStringLiteral("booking.check_in"),
                       automatic ? QStringLiteral("automation") : QString(), [&](Booking& b) {
                           if (b.status != BookingStatus::Booked)
                               return Status::failure(
                                   tr("This booking is %1.").arg(bookingStatusDisplayName(b.status).toLower()));
                           if (at >= b.end)
                               return Status::failure(tr("This booking has already ended."));
                           b.status = BookingStatus::CheckedIn;
                           b.checkedInAt = at.toUTC();
                           b.checkedInAutomatically = automatic;
                           return Status::success();
                       });
}

Status BookingStore::release(qint64 bookingId, const QDateTime& at)
{
    return stateChange(bookingId, QStringLiteral("booking.release"), QString(), [&](Booking& b) {
        if (!b.isActive())
            return Status::failure(tr("This booking is already %1.").arg(bookingStatusDisplayName(b.status).toLower()));
        b.status = BookingStatus::Released;
        b.releasedAt = at.toUTC();
        return Status::success();
    });
}

Status BookingStore::markNoShow(qint64 bookingId, const QDateTime& at)
{
    return stateChange(bookingId, QStringLiteral("booking.no_show"), QStringLiteral("automation"), [&](Booking& b) {
        if (b.status != BookingStatus::Booked)
            return Status::failure(tr("This booking is %1.").arg(bookingStatusDisplayName(b.status).toLower()));
        b.status = BookingStatus::NoShow;
        b.releasedAt = at.toUTC();
        return Status::success();
    });
}

Status BookingStore::keep(qint64 bookingId, const QDateTime& at)
{
    return stateChange(bookingId, QStringLiteral("booking.keep"), QString(), [&](Booking& b) {
        if (b.status != BookingStatus::Booked)
            return Status::failure(tr("This booking is %1.").arg(bookingStatusDisplayName(b.status).toLower()));
        b.keptAt = at.toUTC();
        return Status::success();
    });
}

Status BookingStore::setCallNote(qint64 bookingId, const QString& note)
{
    return stateChange(bookingId, QStringLiteral("booking.call_note"), QString(), [&](Booking& b) {
        b.callNote = note.trimmed();
        return Status::success();
    });
}

Result<std::vector<Booking>> BookingStore::createMany(const std::vector<Booking>& candidates)
{
    std::vector<qint64> ids;
    auto result = inTransaction([&]() -> Result<bool> {
        QStringList refusals;
        for (Booking b : candidates) {
            b.id = 0;
            if (b.uid.isEmpty())
                b.uid = BookingSql::newUid();
            // Each is checked against the stored bookings, those just written included.
            auto id = writeChecked(b, QStringLiteral("booking.import"));
            if (!id) {
                const QDateTime local = b.start.toTimeZone(m_site.timeZone);
                refusals << tr("%1: %2").arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), id.error());
                continue;
            }
            ids.push_back(id.value());
        }
        if (!refusals.isEmpty())
            return Result<bool>::failure(tr("Nothing was saved; %n booking(s) clash:", nullptr, int(refusals.size())) +
                                         QLatin1Char('\n') + refusals.join(QLatin1Char('\n')));
        return true;
    });
    if (!result)
        return Result<std::vector<Booking>>::failure(result.error());
    std::vector<Booking> out;
    for (qint64 id : ids) {
        if (auto b = booking(id))
            out.push_back(*b);
    }
    Q_EMIT changed();
    return out;
}

std::optional<Booking> BookingStore::booking(qint64 bookingId) const
{
    if (m_connection.isEmpty())
        return std::nullopt;
    auto rows = BookingSql::select(QSqlDatabase::database(m_connection), QStringLiteral("b.id = ?"), {bookingId});
    if (rows.empty())
        return std::nullopt;
    return rows.front();
}

std::vector<Booking> BookingStore::seriesBookings(qint64 seriesId) const
{
    if (m_connection.isEmpty())
        return {};
    return BookingSql::select(QSqlDatabase::database(m_connection), QStringLiteral("b.series_id = ?"), {seriesId});
}

std::vector<Booking> BookingStore::roomBookings(const QString& roomId, const QDateTime& fromUtc,
                                                const QDateTime& toUtc) const
{
    if (m_connection.isEmpty())
        return {};
    return BookingSql::select(QSqlDatabase::database(m_connection),
                              QStringLiteral("b.room = ? AND b.start_ms < ? AND b.end_ms > ?"),
                              {roomId, toUtc.toMSecsSinceEpoch(), fromUtc.toMSecsSinceEpoch()});
}

std::vector<Booking> BookingStore::bookingsBetween(const QDateTime& fromUtc, const QDateTime& toUtc) const
{
    if (m_connection.isEmpty())
        return {};
    return BookingSql::select(QSqlDatabase::database(m_connection), QStringLiteral("b.start_ms < ? AND b.end_ms > ?"),
                              {toUtc.toMSecsSinceEpoch(), fromUtc.toMSecsSinceEpoch()});
}

std::vector<Booking> BookingStore::dayBookings(QDate day) const
{
    if (m_connection.isEmpty())
        return {};
    return BookingSql::select(QSqlDatabase::database(m_connection), QStringLiteral("b.start_ms < ? AND b.end_ms > ?"),
                              {dayStartUtc(day.addDays(1)).toMSecsSinceEpoch(), dayStartUtc(day).toMSecsSinceEpoch()},
                              QStringLiteral("b.room, b.start_ms, b.id"));
}

QDateTime BookingStore::dayStartUtc(QDate day) const
{
    // Local midnight exists in every zone in use here (DST changes happen at night, not at
    // midnight); Qt moves a time in a gap forward, which is also the day's first instant.
    return QDateTime(day, QTime(0, 0), m_site.timeZone).toUTC();
}

} // namespace atrium

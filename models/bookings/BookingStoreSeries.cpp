// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// BookingStore: recurring bookings. Every occurrence is its own row (so conflicts, day views
// and check-in treat it like any booking); booking_series keeps the rule for later edits.
// Edits write every affected occurrence first and then check each against the database as it
// would be, inside one transaction: a clash anywhere rolls everything back.
#include "bookings/BookingSql.h"
#include "bookings/BookingStore.h"

#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace atrium {

namespace {

// Wall-clock seconds from a to b in `zone`: 09:00 to 10:00 is 3600 even across a DST change.
qint64 wallSecs(const QDateTime& a, const QDateTime& b, const QTimeZone& zone)
{
    const QDateTime la = a.toTimeZone(zone);
    const QDateTime lb = b.toTimeZone(zone);
    return QDateTime(la.date(), la.time(), Qt::UTC).secsTo(QDateTime(lb.date(), lb.time(), Qt::UTC));
}

// `utc` moved by `secs` of wall-clock time in `zone`.
QDateTime wallShift(const QDateTime& utc, qint64 secs, const QTimeZone& zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    const QDateTime naive = QDateTime(local.date(), local.time(), Qt::UTC).addSecs(secs);
    return QDateTime(naive.date(), naive.time(), zone).toUTC();
}

struct SeriesRow
{
    qint64 id = 0;
    QString uid;
    QString rrule;
    QList<QDate> exdates;
    QString zone;
    qint64 firstStartMs = 0;
};

std::optional<SeriesRow> readSeries(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, uid, rrule, exdates, zone, first_start_ms FROM booking_series WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SeriesRow row{q.value(0).toLongLong(), q.value(1).toString(),  q.value(2).toString(), {},
                  q.value(4).toString(),   q.value(5).toLongLong()};
    for (const QString& d : q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        row.exdates << QDate::fromString(d, Qt::ISODate);
    return row;
}

QString exdateText(const QList<QDate>& dates)
{
    QStringList out;
    for (const QDate& d : dates)
        out << d.toString(Qt::ISODate);
    // Never a null QString: Qt SQL would bind it as NULL.
    return dates.isEmpty() ? QStringLiteral("") : out.join(QLatin1Char(','));
}

Result<qint64> writeSeries(const QSqlDatabase& db, const SeriesRow& row, qint64 nowMs)
{
    QSqlQuery q(db);
    if (row.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO booking_series (uid, rrule, exdates, zone, first_start_ms, created_ms) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : {QVariant(row.uid), QVariant(row.rrule), QVariant(exdateText(row.exdates)),
                                  QVariant(row.zone), QVariant(row.firstStartMs), QVariant(nowMs)})
            q.addBindValue(v);
    } else {
        q.prepare(QStringLiteral("UPDATE booking_series SET rrule = ?, exdates = ?, first_start_ms = ? WHERE id = ?"));
        for (const QVariant& v :
             {QVariant(row.rrule), QVariant(exdateText(row.exdates)), QVariant(row.firstStartMs), QVariant(row.id)})
            q.addBindValue(v);
    }
    if (!q.exec())
        return Result<qint64>::failure(q.lastError().text());
    return row.id == 0 ? q.lastInsertId().toLongLong() : row.id;
}

} // namespace

Result<std::vector<PlannedBooking>> BookingStore::planSeries(const Booking& first, const Recurrence& recurrence) const
{
    using Out = Result<std::vector<PlannedBooking>>;
    const QTimeZone& zone = m_site.timeZone;
    if (!first.start.isValid() || !first.end.isValid() || first.end <= first.start)
        return Out::failure(BookingRules::tr("The booking must end after it starts."));
    auto starts = recurrence.occurrences(first.start, zone);
    if (!starts)
        return Out::failure(starts.error());
    const qint64 length = wallSecs(first.start, first.end, zone);
    std::vector<PlannedBooking> plan;
    std::vector<Booking> planned;
    for (const QDateTime& start : starts.value()) {
        Booking b = first;
        b.id = 0;
        b.start = start.toUTC();
        b.end = wallShift(b.start, length, zone);
        b.occurrenceStart = b.start;
        std::vector<Booking> around = neighbours(b);
        around.insert(around.end(), planned.begin(), planned.end());
        plan.push_back(PlannedBooking{b, m_rules.check(b, around)});
        planned.push_back(b);
        planned.back().status = BookingStatus::Booked;
    }
    return plan;
}

// Refusal listing every failing occurrence by its local date.
static QString seriesRefusal(const std::vector<std::pair<QDate, QString>>& failures, int total)
{
    QStringList lines;
    lines << BookingStore::tr("Nothing was saved: %1 of %2 dates clash.").arg(failures.size()).arg(total);
    for (const auto& [date, message] : failures)
        lines << QStringLiteral("%1: %2").arg(QLocale().toString(date, QLocale::ShortFormat),
                                              QString(message).replace(QLatin1Char('\n'), QStringLiteral("; ")));
    return lines.join(QLatin1Char('\n'));
}

Result<std::vector<Booking>> BookingStore::createSeries(const Booking& first, const Recurrence& recurrence)
{
    using Out = Result<std::vector<Booking>>;
    if (!recurrence.isRecurring())
        return Out::failure(tr("Choose how the booking repeats."));
    auto plan = planSeries(first, recurrence);
    if (!plan)
        return Out::failure(plan.error());
    std::vector<std::pair<QDate, QString>> failures;
    for (const PlannedBooking& p : plan.value()) {
        if (!p.check.ok())
            failures.emplace_back(p.booking.start.toTimeZone(m_site.timeZone).date(), p.check.message());
    }
    if (!failures.empty())
        return Out::failure(seriesRefusal(failures, int(plan->size())));
    qint64 seriesId = 0;
    auto written = inTransaction([&]() -> Result<bool> {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        SeriesRow row{0,
                      first.uid.isEmpty() ? BookingSql::newUid() : first.uid,
                      recurrence.toRRule(m_site.timeZone),
                      recurrence.exceptions,
                      m_site.timeZone.id(),
                      plan->front().booking.start.toMSecsSinceEpoch()};
        auto id = writeSeries(db, row, nowMs());
        if (!id)
            return Result<bool>::failure(tr("The bookings cannot be saved: %1").arg(id.error()));
        seriesId = id.value();
        for (const PlannedBooking& p : plan.value()) {
            Booking b = p.booking;
            b.seriesId = seriesId;
            b.uid = row.uid;
            b.status = BookingStatus::Booked;
            auto written = writeChecked(b, QStringLiteral("booking.create"));
            if (!written)
                return Result<bool>::failure(
                    seriesRefusal({{b.start.toTimeZone(m_site.timeZone).date(), written.error()}}, int(plan->size())));
        }
        return true;
    });
    if (!written)
        return Out::failure(written.error());
    Q_EMIT changed();
    return seriesBookings(seriesId);
}

std::optional<Recurrence> BookingStore::recurrenceOf(qint64 seriesId) const
{
    if (m_connection.isEmpty())
        return std::nullopt;
    const auto row = readSeries(QSqlDatabase::database(m_connection), seriesId);
    if (!row)
        return std::nullopt;
    auto recurrence = Recurrence::fromRRule(row->rrule, m_site.timeZone);
    if (!recurrence)
        return std::nullopt;
    recurrence->exceptions = row->exdates;
    return recurrence.value();
}

Result<std::vector<Booking>> BookingStore::updateSeries(qint64 bookingId, const Booking& changedBooking,
                                                        SeriesScope scope, const std::optional<Recurrence>& recurrence)
{
    using Out = Result<std::vector<Booking>>;
    const auto stored = booking(bookingId);
    if (!stored)
        return Out::failure(tr("This booking no longer exists."));
    if (!stored->isRecurring() || (scope == SeriesScope::ThisOccurrence && !recurrence)) {
        Booking b = changedBooking;
        b.id = bookingId;
        auto updated = update(b);
        if (!updated)
            return Out::failure(updated.error());
        return std::vector<Booking>{updated.value()};
    }
    const QTimeZone& zone = m_site.timeZone;
    const qint64 seriesId = stored->seriesId;
    const std::vector<Booking> all = seriesBookings(seriesId);
    const qint64 now = nowMs();
    // Occurrences that already happened (or hold a check-in) stay as they were.
    std::vector<Booking> affected;
    int before = 0;
    for (const Booking& o : all) {
        const bool following = o.occurrenceStart >= stored->occurrenceStart;
        if (scope == SeriesScope::ThisAndFollowing && !following) {
            ++before;
            continue;
        }
        if (o.id == bookingId || (o.status == BookingStatus::Booked && o.start.toMSecsSinceEpoch() >= now))
            affected.push_back(o);
    }
    if (scope == SeriesScope::ThisAndFollowing && before == 0)
        scope = SeriesScope::AllOccurrences; // from the first occurrence on: the whole series
    const qint64 shift = wallSecs(stored->start, changedBooking.start, zone);
    const qint64 length = wallSecs(changedBooking.start, changedBooking.end, zone);

    std::vector<qint64> resultIds;
    auto written = inTransaction([&]() -> Result<bool> {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        auto series = readSeries(db, seriesId);
        if (!series)
            return Result<bool>::failure(tr("This series no longer exists."));
        qint64 targetSeries = seriesId;
        if (scope == SeriesScope::ThisAndFollowing) {
            // Split: the old series ends the day before this occurrence; a new one starts here.
            auto oldRule = Recurrence::fromRRule(series->rrule, zone);
            SeriesRow newRow{0,
                             BookingSql::newUid(),
                             QString(),
                             series->exdates,
                             series->zone,
                             wallShift(stored->occurrenceStart, shift, zone).toMSecsSinceEpoch()};
            Recurrence next = recurrence ? *recurrence : (oldRule ? oldRule.value() : Recurrence{});
            if (!recurrence && next.count > 0)
                next.count = qMax(1, next.count - before);
            newRow.rrule = next.toRRule(zone);
            if (oldRule) {
                Recurrence head = oldRule.value();
                head.count = 0;
                head.until = stored->occurrenceStart.toTimeZone(zone).date().addDays(-1);
                series->rrule = head.toRRule(zone);
            }
            if (auto s = writeSeries(db, *series, nowMs()); !s)
                return Result<bool>::failure(s.error());
            auto id = writeSeries(db, newRow, nowMs());
            if (!id)
                return Result<bool>::failure(id.error());
            targetSeries = id.value();
        }
        std::vector<Booking> results;
        if (recurrence) {
            // A new rule: the affected occurrences are replaced by the ones it gives.
            for (const Booking& o : affected) {
                if (Status s = BookingSql::remove(db, o.id); !s)
                    return Result<bool>::failure(s.error());
            }
            Booking first = changedBooking;
            first.start = scope == SeriesScope::ThisAndFollowing || affected.empty()
                              ? changedBooking.start.toUTC()
                              : wallShift(affected.front().start, shift, zone);
            first.end = wallShift(first.start, length, zone);
            auto starts = recurrence->occurrences(first.start, zone);
            if (!starts)
                return Result<bool>::failure(starts.error());
            for (const QDateTime& start : starts.value()) {
                Booking b = first;
                b.id = 0;
                b.status = BookingStatus::Booked;
                b.start = start.toUTC();
                b.end = wallShift(b.start, length, zone);
                b.occurrenceStart = b.start;
                b.seriesId = targetSeries;
                b.detached = false;
                b.uid = stored->uid;
                auto id = BookingSql::insert(db, b, nowMs());
                if (!id)
                    return Result<bool>::failure(id.error());
                b.id = id.value();
                results.push_back(b);
            }
            if (scope != SeriesScope::ThisAndFollowing) {
                series->rrule = recurrence->toRRule(zone);
                series->exdates = recurrence->exceptions;
                if (auto s = writeSeries(db, *series, nowMs()); !s)
                    return Result<bool>::failure(s.error());
            }
        } else {
            for (Booking o : affected) {
                const bool self = o.id == bookingId;
                if (self || !o.detached) {
                    o.start = self ? changedBooking.start.toUTC() : wallShift(o.start, shift, zone);
                    o.end = wallShift(o.start, length, zone);
                }
                o.roomId = changedBooking.roomId;
                o.memberId = changedBooking.memberId;
                o.title = changedBooking.title;
                o.publicTitle = changedBooking.publicTitle;
                o.attendees = changedBooking.attendees;
                o.notes = changedBooking.notes;
                o.seriesId = targetSeries;
                if (scope == SeriesScope::ThisAndFollowing)
                    o.occurrenceStart = wallShift(o.occurrenceStart, shift, zone);
                if (Status s = BookingSql::update(db, o, nowMs()); !s)
                    return Result<bool>::failure(s.error());
                results.push_back(o);
            }
        }
        // Every occurrence against the database as it now stands (the others of the series included).
        std::vector<std::pair<QDate, QString>> failures;
        for (const Booking& b : results) {
            const RuleCheck c = check(b);
            if (!c.ok())
                failures.emplace_back(b.start.toTimeZone(zone).date(), c.message());
            else if (Status s = audit(QStringLiteral("booking.update"), b, QString()); !s)
                return Result<bool>::failure(s.error());
            resultIds.push_back(b.id);
        }
        if (!failures.empty())
            return Result<bool>::failure(seriesRefusal(failures, int(results.size())));
        return true;
    });
    if (!written)
        return Out::failure(written.error());
    Q_EMIT changed();
    std::vector<Booking> out;
    for (qint64 id : resultIds) {
        if (auto b = booking(id))
            out.push_back(*b);
    }
    std::sort(out.begin(), out.end(), [](const Booking& a, const Booking& b) { return a.start < b.start; });
    return out;
}

Status BookingStore::cancelSeries(qint64 bookingId, SeriesScope scope, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Say why the booking is cancelled."));
    const auto stored = booking(bookingId);
    if (!stored)
        return Status::failure(tr("This booking no longer exists."));
    if (!stored->isRecurring())
        return cancel(bookingId, reason);
    const QTimeZone& zone = m_site.timeZone;
    const qint64 now = nowMs();
    auto done = inTransaction([&]() -> Result<bool> {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        auto series = readSeries(db, stored->seriesId);
        if (!series)
            return Result<bool>::failure(tr("This series no longer exists."));
        auto rule = Recurrence::fromRRule(series->rrule, zone);
        if (scope == SeriesScope::ThisOccurrence) {
            series->exdates << stored->occurrenceStart.toTimeZone(zone).date();
        } else if (scope == SeriesScope::ThisAndFollowing && rule) {
            Recurrence head = rule.value();
            head.count = 0;
            head.until = stored->occurrenceStart.toTimeZone(zone).date().addDays(-1);
            series->rrule = head.toRRule(zone);
        }
        if (auto s = writeSeries(db, *series, now); !s)
            return Result<bool>::failure(s.error());
        for (Booking o : seriesBookings(stored->seriesId)) {
            const bool hit = o.id == bookingId ||
                             (scope == SeriesScope::AllOccurrences && o.start.toMSecsSinceEpoch() >= now) ||
                             (scope == SeriesScope::ThisAndFollowing && o.occurrenceStart > stored->occurrenceStart);
            if (!hit || !o.isActive())
                continue;
            o.status = BookingStatus::Cancelled;
            o.cancelReason = reason.trimmed();
            o.releasedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
            if (Status s = BookingSql::update(db, o, now); !s)
                return Result<bool>::failure(s.error());
            if (Status s = audit(QStringLiteral("booking.cancel"), o, reason.trimmed()); !s)
                return Result<bool>::failure(s.error());
        }
        return true;
    });
    if (!done)
        return Status::failure(done.error());
    Q_EMIT changed();
    return Status::success();
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookings/Booking.h"
#include "bookings/BookingRules.h"
#include "bookings/Recurrence.h"
#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace atrium {

class Clock;

// Which occurrences of a series an edit or a cancellation applies to.
enum class SeriesScope { ThisOccurrence, ThisAndFollowing, AllOccurrences };

// One occurrence of a planned series (or of an import) with what the rules say about it.
struct PlannedBooking
{
    Booking booking;
    RuleCheck check;
};

// The bookings of a site in its SQLite file (tables booking, booking_series; migration 0003).
// Every change is checked with BookingRules first and written in one transaction: a refusal
// says which rule and which booking it clashes with, and nothing is saved. Lives on the GUI
// thread (its own connection); emits changed() after every write.
class BookingStore : public QObject
{
    Q_OBJECT
public:
    BookingStore(const QString& databasePath, const Site& site, const BookingPolicy& policy, const Clock& clock,
                 QObject* parent = nullptr);
    ~BookingStore() override;

    // The connection could not be opened: every call fails with this error.
    QString openError() const { return m_openError; }
    // Who the audit log names for the changes made through this store ("front desk" by default).
    void setActor(const QString& actor) { m_actor = actor; }
    QString actor() const { return m_actor; }
    const BookingRules& rules() const { return m_rules; }
    const Site& site() const { return m_site; }

    // Single bookings. create() ignores candidate.id and returns the stored booking.
    Result<Booking> create(const Booking& candidate);
    Result<Booking> update(const Booking& changed); // a detached occurrence when it is part of a series
    Result<Booking> move(qint64 bookingId, const QString& roomId, const QDateTime& start, const QDateTime& end);
    Status cancel(qint64 bookingId, const QString& reason);

    // What the rules say about a candidate, without saving (for a dialog's live feedback).
    RuleCheck check(const Booking& candidate) const;
    // Stored active bookings the candidate overlaps, buffers included.
    std::vector<Booking> conflicts(const Booking& candidate) const;

    // Series: `first` holds the first occurrence (times, room, member, title...). The plan lists
    // every occurrence with its check; createSeries() saves all of them or none and refuses
    // listing each failing occurrence by date.
    Result<std::vector<PlannedBooking>> planSeries(const Booking& first, const Recurrence& recurrence) const;
    Result<std::vector<Booking>> createSeries(const Booking& first, const Recurrence& recurrence);
    // Edits occurrence `bookingId` as `changed`. ThisAndFollowing and AllOccurrences move every
    // affected occurrence by the same local-time shift and give it the same length, room,
    // member, title, notes and attendees; ThisAndFollowing splits the series (a new series from
    // this occurrence on). A new `recurrence` regenerates the affected occurrences.
    Result<std::vector<Booking>> updateSeries(qint64 bookingId, const Booking& changed, SeriesScope scope,
                                              const std::optional<Recurrence>& recurrence = std::nullopt);
    Status cancelSeries(qint64 bookingId, SeriesScope scope, const QString& reason);
    std::optional<Recurrence> recurrenceOf(qint64 seriesId) const;

    // Front desk state changes (CheckInMonitor uses them too).
    Status checkIn(qint64 bookingId, const QDateTime& at, bool automatic);
    Status release(qint64 bookingId, const QDateTime& at);
    Status markNoShow(qint64 bookingId, const QDateTime& at);
    Status keep(qint64 bookingId, const QDateTime& at);
    Status setCallNote(qint64 bookingId, const QString& note);

    // Saves bookings that were planned elsewhere (an iCalendar import) in one transaction,
    // checking each against the stored bookings and the ones before it; all or nothing.
    Result<std::vector<Booking>> createMany(const std::vector<Booking>& candidates);

    std::optional<Booking> booking(qint64 bookingId) const;
    std::vector<Booking> seriesBookings(qint64 seriesId) const;
    // Bookings of a room overlapping [fromUtc, toUtc), every status, by start.
    std::vector<Booking> roomBookings(const QString& roomId, const QDateTime& fromUtc, const QDateTime& toUtc) const;
    // Bookings of every room overlapping the local day `day` in the site's zone (23 or 25 hours
    // on DST days), every status, by room then start.
    std::vector<Booking> dayBookings(QDate day) const;
    // Every booking overlapping [fromUtc, toUtc), every status.
    std::vector<Booking> bookingsBetween(const QDateTime& fromUtc, const QDateTime& toUtc) const;

    // The UTC interval of a local day in the site's zone.
    QDateTime dayStartUtc(QDate day) const;

Q_SIGNALS:
    void changed();

private:
    qint64 nowMs() const;
    // Stored bookings of the candidate's room that may clash with it (its buffer included).
    std::vector<Booking> neighbours(const Booking& candidate) const;
    // Audit line on the store's connection, inside the caller's transaction.
    Status audit(const QString& action, const Booking& booking, const QString& reason, const QString& actor = {});
    // Checks and writes one changed booking (insert when id is 0) inside an open transaction.
    Result<qint64> writeChecked(const Booking& booking, const QString& action, const QString& reason = {});
    // Runs `work` in one transaction; commits when it succeeds, rolls back otherwise.
    Result<bool> inTransaction(const std::function<Result<bool>()>& work);
    Status stateChange(qint64 bookingId, const QString& action, const QString& actor,
                       const std::function<Status(Booking&)>& change, const QString& reason = {});

    QString m_connection;
    QString m_actor;
    QString m_openError;
    const Site& m_site;
    const Clock& m_clock;
    BookingRules m_rules;
};

} // namespace atrium

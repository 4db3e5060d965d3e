// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace atrium {

// Where a booking stands. Released, no-show and cancelled bookings are kept (booked-vs-used
// figures, the cancel reason); only Booked and CheckedIn hold the room.
// The keys are stored in the database: never rename them.
enum class BookingStatus {
    Booked,    // "booked"
    CheckedIn, // "checked_in": at the desk, or the room's sensor saw people during the grace period
    Released,  // "released": freed before its end (desk action or automatic release)
    NoShow,    // "no_show": ended without a check-in and without being released
    Cancelled, // "cancelled": with a reason
};

QString bookingStatusKey(BookingStatus status);
std::optional<BookingStatus> bookingStatusFromKey(QStringView key);
QString bookingStatusDisplayName(BookingStatus status); // translated

struct Booking
{
    Q_DECLARE_TR_FUNCTIONS(atrium::Booking)
public:
    qint64 id = 0; // 0: not stored yet
    QString roomId;
    qint64 memberId = 0; // member(id); 0: none (an imported event)
    QString memberName;  // read from the member table by the store; not written
    QString title;       // private by default: staff see it, public and exported views say "Booked"
    bool publicTitle = false;
    QDateTime start; // UTC; shown in the site's zone
    QDateTime end;   // UTC, exclusive: a booking ending at 13:00 and one starting at 13:00 do not overlap
    int attendees = 1;
    QString notes;
    BookingStatus status = BookingStatus::Booked;
    QString cancelReason;
    QDateTime checkedInAt;               // UTC; invalid until checked in
    bool checkedInAutomatically = false; // the occupancy sensor, not the desk
    QDateTime releasedAt;                // UTC; when released, marked no-show or cancelled
    QDateTime keptAt;                    // UTC; the desk chose "keep" in the booked-but-empty queue
    QString callNote;                    // the desk's note of a call to the member ("left a message 10:12")

    // Recurrence: occurrences of a series are stored one row each, sharing seriesId.
    qint64 seriesId = 0;       // booking_series(id); 0: a single booking
    QDateTime occurrenceStart; // UTC start the series rule gives this occurrence (iCalendar RECURRENCE-ID)
    bool detached = false;     // edited on its own: keeps its own times when the series is edited

    QString uid; // iCalendar UID: kept from an import, generated otherwise
    qint64 createdMs = 0;
    qint64 updatedMs = 0;

    bool isStored() const { return id > 0; }
    bool isRecurring() const { return seriesId > 0; }
    // Booked or checked in: the booking holds its room.
    bool isActive() const { return status == BookingStatus::Booked || status == BookingStatus::CheckedIn; }
    // Half-open intervals: back-to-back bookings do not overlap.
    bool overlaps(const QDateTime& otherStart, const QDateTime& otherEnd) const
    {
        return start < otherEnd && otherStart < end;
    }
    qint64 durationMinutes() const { return start.secsTo(end) / 60; }
    // The title for a public or exported view: the title when it is public, "Booked" otherwise.
    QString publicDisplayTitle() const;
    // The title staff see: the title, or "Booked" when it is empty.
    QString staffDisplayTitle() const;
};

} // namespace atrium

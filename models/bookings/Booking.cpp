// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/Booking.h"

namespace atrium {

namespace {
struct StatusName
{
    BookingStatus status;
    const char* key;
};
constexpr StatusName kStatuses[] = {
    {BookingStatus::Booked, "booked"},  {BookingStatus::CheckedIn, "checked_in"}, {BookingStatus::Released, "released"},
    {BookingStatus::NoShow, "no_show"}, {BookingStatus::Cancelled, "cancelled"},
};
} // namespace

QString bookingStatusKey(BookingStatus status)
{
    for (const auto& entry : kStatuses) {
        if (entry.status == status)
            return QLatin1String(entry.key);
    }
    return QStringLiteral("booked");
}

std::optional<BookingStatus> bookingStatusFromKey(QStringView key)
{
    for (const auto& entry : kStatuses) {
        if (key == QLatin1String(entry.key))
            return entry.status;
    }
    return std::nullopt;
}

QString bookingStatusDisplayName(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Booked:
        return Booking::tr("Booked");
    case BookingStatus::CheckedIn:
        return Booking::tr("Checked in");
    case BookingStatus::Released:
        return Booking::tr("Released");
    case BookingStatus::NoShow:
        //: The member did not come and the room was not released.
        return Booking::tr("No-show");
    case BookingStatus::Cancelled:
        return Booking::tr("Cancelled");
    }
    return Booking::tr("Booked");
}

QString Booking::publicDisplayTitle() const
{
    //: Shown instead of a private booking title on public views and in exported calendars.
    return publicTitle && !title.trimmed().isEmpty() ? title : tr("Booked");
}

QString Booking::staffDisplayTitle() const
{
    return title.trimmed().isEmpty() ? tr("Booked") : title;
}

} // namespace atrium

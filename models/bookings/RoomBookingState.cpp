// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/RoomBookingState.h"

#include <QCoreApplication>

namespace atrium {

QString roomBookingStateKey(RoomBookingState state)
{
    switch (state) {
    case RoomBookingState::Free:
        return QStringLiteral("free");
    case RoomBookingState::BookedSoon:
        return QStringLiteral("booked_soon");
    case RoomBookingState::InProgress:
        return QStringLiteral("in_progress");
    case RoomBookingState::BookedButEmpty:
        return QStringLiteral("booked_but_empty");
    case RoomBookingState::InUseNotBooked:
        return QStringLiteral("in_use_not_booked");
    }
    return QStringLiteral("free");
}

QString roomBookingStateDisplayName(RoomBookingState state)
{
    switch (state) {
    case RoomBookingState::Free:
        return QCoreApplication::translate("atrium::RoomBookingState", "Free");
    case RoomBookingState::BookedSoon:
        return QCoreApplication::translate("atrium::RoomBookingState", "Booked soon");
    case RoomBookingState::InProgress:
        return QCoreApplication::translate("atrium::RoomBookingState", "In progress");
    case RoomBookingState::BookedButEmpty:
        return QCoreApplication::translate("atrium::RoomBookingState", "Booked but empty");
    case RoomBookingState::InUseNotBooked:
        return QCoreApplication::translate("atrium::RoomBookingState", "In use, not booked");
    }
    return QString();
}

RoomBookingState roomBookingState(const std::vector<Booking>& bookings, std::optional<bool> occupied, qint64 nowMs,
                                  const RoomTypeRules& rules, int bookedSoonMinutes)
{
    const qint64 graceMs = qint64(rules.graceMinutes) * 60 * 1000;
    const qint64 soonMs = qint64(bookedSoonMinutes) * 60 * 1000;
    bool soon = false;
    for (const Booking& b : bookings) {
        if (!b.isActive())
            continue;
        const qint64 start = b.start.toMSecsSinceEpoch();
        const qint64 end = b.end.toMSecsSinceEpoch();
        if (start <= nowMs && nowMs < end) {
            // Within the grace an unchecked booking still counts as in progress: people may be
            // on their way. Booked-but-empty starts when the desk queue takes it.
            if (b.status == BookingStatus::CheckedIn || nowMs < start + graceMs || occupied.value_or(false))
                return RoomBookingState::InProgress;
            return RoomBookingState::BookedButEmpty;
        }
        if (start > nowMs && start - nowMs <= soonMs)
            soon = true;
    }
    if (occupied.value_or(false))
        return RoomBookingState::InUseNotBooked;
    return soon ? RoomBookingState::BookedSoon : RoomBookingState::Free;
}

} // namespace atrium

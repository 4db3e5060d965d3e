// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookings/Booking.h"
#include "bookings/BookingPolicy.h"

#include <QString>

#include <optional>
#include <vector>

namespace atrium {

// The floor layer "bookings": what a room is doing now, booking-wise.
enum class RoomBookingState {
    Free,           // no booking now or soon, nobody seen
    BookedSoon,     // a booking starts within BookingPolicy::bookedSoonMinutes
    InProgress,     // a booking holds the room now (checked in, or still within its grace)
    BookedButEmpty, // booked, grace over, not checked in
    InUseNotBooked, // the sensor sees people and no booking holds the room
};

QString roomBookingStateKey(RoomBookingState state);         // "free", "booked_soon", ...
QString roomBookingStateDisplayName(RoomBookingState state); // translated

// Pure function behind the floor layer. `bookings`: the room's bookings around now (any
// status); `occupied`: what its occupancy sensor says now (nullopt: no fresh value).
RoomBookingState roomBookingState(const std::vector<Booking>& bookings, std::optional<bool> occupied, qint64 nowMs,
                                  const RoomTypeRules& rules, int bookedSoonMinutes);

} // namespace atrium

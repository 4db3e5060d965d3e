// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>
#include <optional>

namespace atrium {

// One booking of a room, as automation needs it: when it starts and ends (UTC ms).
struct BookingInterval
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString title; // may be empty
};

// What automation asks of the bookings (models/bookings). The console wires these to the
// BookingStore; without them, booking rules never fire and "until the booking ends" is refused.
struct BookingSource
{
    // The booking holding the room at `nowMs` (start <= now < end), if any.
    std::function<std::optional<BookingInterval>(const QString& roomId, qint64 nowMs)> current;
    // The next booking starting after `nowMs`, if any.
    std::function<std::optional<BookingInterval>(const QString& roomId, qint64 nowMs)> next;

    explicit operator bool() const { return bool(current) || bool(next); }
};

// What a room says now. Empty optionals: no fresh value (a silent sensor decides nothing).
struct RoomInputs
{
    std::optional<bool> occupied;
    std::optional<double> co2Ppm;
    std::optional<double> temperatureC;
    std::optional<BookingInterval> currentBooking;
    std::optional<BookingInterval> nextBooking;
};

// Where the readings come from: LiveState in the console, a table in tests.
using RoomReadings = std::function<RoomInputs(const QString& roomId)>;

} // namespace atrium

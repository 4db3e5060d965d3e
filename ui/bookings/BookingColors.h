// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookings/Booking.h"

#include <QColor>
#include <QPen>

namespace atrium {

// How a booking looks on the day and week views. Booked and checked-in differ in colour and in
// edge (solid vs double), so the difference does not rest on hue alone; bookings that no
// longer hold the room (released, no-show, cancelled) are outlined only, dashed, in grey.
class BookingColors
{
public:
    static QColor fill(const Booking& booking);
    static QPen edge(const Booking& booking);
    static QColor text(const Booking& booking);
    static QColor attention();   // booked but empty: thick orange edge (Okabe-Ito orange)
    static QColor nowLine();     // the current time (Okabe-Ito vermillion)
    static QColor closedHours(); // outside opening hours
};

} // namespace atrium

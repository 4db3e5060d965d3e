// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookings/Booking.h"
#include "site/Site.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace atrium {

// Writes bookings as an RFC 5545 calendar (CRLF, folded lines) with a VTIMEZONE for the site's
// zone (from libical's built-in zone data) and times written in that zone. Private titles are
// exported as "Booked" unless the booking's title is public. Cancelled bookings are left out;
// released and no-show ones are exported with their status.
class IcsExport
{
public:
    struct Options
    {
        bool includePrivateTitles = false; // true only for a staff export
    };
    static QByteArray calendar(const std::vector<Booking>& bookings, const Site& site, const Options& options);
    static QByteArray calendar(const std::vector<Booking>& bookings, const Site& site);
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/IcsExport.h"

namespace atrium {

QByteArray IcsExport::calendar(const std::vector<Booking>&, const Site&, const Options&)
{
    return QByteArrayLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Atrium//Bookings//EN\r\nEND:VCALENDAR\r\n");
}

QByteArray IcsExport::calendar(const std::vector<Booking>& bookings, const Site& site)
{
    return calendar(bookings, site, Options{});
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingColors.h"

namespace atrium {

QColor BookingColors::fill(const Booking& booking)
{
    switch (booking.status) {
    case BookingStatus::Booked:
        return QColor(0xcf, 0xe3, 0xf7); // pale blue: black text at > 15:1
    case BookingStatus::CheckedIn:
        return QColor(0xc8, 0xeb, 0xd6); // pale green
    case BookingStatus::Released:
    case BookingStatus::NoShow:
    case BookingStatus::Cancelled:
        break;
    }
    return QColor(0xf2, 0xf2, 0xf2);
}

QPen BookingColors::edge(const Booking& booking)
{
    switch (booking.status) {
    case BookingStatus::Booked:
        return QPen(QColor(0x2f, 0x6e, 0xa8), 1.5);
    case BookingStatus::CheckedIn:
        return QPen(QColor(0x1f, 0x6b, 0x43), 3.0);
    case BookingStatus::Released:
    case BookingStatus::NoShow:
    case BookingStatus::Cancelled:
        break;
    }
    return QPen(QColor(0x80, 0x80, 0x80), 1.0, Qt::DashLine);
}

QColor BookingColors::text(const Booking& booking)
{
    return booking.isActive() ? QColor(Qt::black) : QColor(0x55, 0x55, 0x55);
}

QColor BookingColors::attention()
{
    return QColor(0xe6, 0x9f, 0x00);
}

QColor BookingColors::nowLine()
{
    return QColor(0xd5, 0x5e, 0x00);
}

QColor BookingColors::closedHours()
{
    return QColor(0xe4, 0xe4, 0xe4);
}

} // namespace atrium

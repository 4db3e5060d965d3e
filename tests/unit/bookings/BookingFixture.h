// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A small Europe/Paris site for the bookings tests: Ada (meeting room, 8 seats), Booth 1
// (phone booth, 1 seat) and Agora (event space, 40 seats, 30 min cleaning buffer by policy).
// Open Monday to Friday 08:00-20:00 and Sunday 08:00-20:00 (the DST changes fall on Sundays),
// closed on Saturdays.
#pragma once

#include "bookings/Booking.h"
#include "site/Site.h"

#include <QDateTime>
#include <QTimeZone>

namespace atrium::test {

inline Site bookingSite()
{
    Site site;
    site.id = QStringLiteral("test");
    site.name = QStringLiteral("Test site");
    site.timeZone = QTimeZone("Europe/Paris");
    site.openingHours = OpeningHours::weekdays(8 * 60, 20 * 60);
    site.openingHours.days[6] = OpeningHours::Day{true, 8 * 60, 20 * 60};
    site.floors.push_back(Floor{QStringLiteral("ground"), QStringLiteral("Ground"), QString()});
    Room ada;
    ada.id = QStringLiteral("meeting-ada");
    ada.name = QStringLiteral("Ada");
    ada.type = RoomType::MeetingRoom;
    ada.capacity = 8;
    ada.floorId = QStringLiteral("ground");
    Room booth = ada;
    booth.id = QStringLiteral("booth-1");
    booth.name = QStringLiteral("Booth 1");
    booth.type = RoomType::PhoneBooth;
    booth.capacity = 1;
    Room agora = ada;
    agora.id = QStringLiteral("event-space");
    agora.name = QStringLiteral("Agora");
    agora.type = RoomType::EventSpace;
    agora.capacity = 40;
    site.rooms = {ada, booth, agora};
    return site;
}

// A local time in Paris, e.g. paris(2026, 10, 25, 13, 0).
inline QDateTime paris(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Europe/Paris"));
}

inline Booking booking(const QString& room, const QDateTime& start, const QDateTime& end,
                       const QString& title = QStringLiteral("Meeting"), int attendees = 2)
{
    Booking b;
    b.roomId = room;
    b.start = start.toUTC();
    b.end = end.toUTC();
    b.title = title;
    b.attendees = attendees;
    return b;
}

} // namespace atrium::test

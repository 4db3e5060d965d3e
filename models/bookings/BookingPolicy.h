// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "site/Site.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <map>
#include <vector>

namespace atrium {

// Booking rules that depend on the room type.
struct RoomTypeRules
{
    int graceMinutes = 10;    // after the start, time to check in before "booked but empty"
    int bufferMinutes = 0;    // cleaning time kept free before and after each booking
    int minMinutes = 15;      // shortest booking
    int maxMinutes = 10 * 60; // longest booking
};

// Whole local days the site is closed for bookings (holidays, works).
struct Closure
{
    QDate from; // first closed day
    QDate to;   // last closed day (inclusive)
    QString reason;

    bool contains(QDate day) const { return day >= from && day <= to; }
};

// The site's booking policy: sensible defaults, overridden by the optional "bookings" object
// of the site file (docs/bookings.md):
//   "bookings": { "autoRelease": true, "bookedSoonMinutes": 30, "reminderMinutes": 10,
//                 "roomTypes": { "meeting_room": { "graceMinutes": 10, "bufferMinutes": 5,
//                                                  "minMinutes": 15, "maxMinutes": 480 } },
//                 "closures": [ { "from": "2026-12-24", "to": "2026-12-26", "reason": "Christmas" } ] }
struct BookingPolicy
{
    Q_DECLARE_TR_FUNCTIONS(atrium::BookingPolicy)
public:
    RoomTypeRules defaults; // for a room type without rules of its own
    std::map<RoomType, RoomTypeRules> roomTypes;
    bool autoRelease = false;   // release a booked-but-empty room when the grace is over
    int bookedSoonMinutes = 30; // floor state "booked soon" this long before a start
    int reminderMinutes = 10;   // "starting soon" reminder this long before a start
    std::vector<Closure> closures;

    // The defaults: meeting rooms 15 min–10 h, phone booths 15 min–2 h, event spaces 30 min–14 h
    // with a 30 min buffer, grace 10 min everywhere, no automatic release.
    static BookingPolicy standard();

    const RoomTypeRules& rulesFor(RoomType type) const;
    const Closure* closureOn(QDate localDay) const;

    // Overrides from a "bookings" JSON object on top of standard(); errors name the key.
    static Result<BookingPolicy> fromJson(const QJsonObject& bookings);
    // Reads the "bookings" object of a site file; a file without one gives standard().
    static Result<BookingPolicy> fromSiteFile(const QString& sitePath);
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace atrium {

// How a booking repeats: the subset of an RFC 5545 RRULE (§3.3.10) the desk offers — daily,
// weekly on chosen days, monthly on the first start's day of month — ending after a COUNT of
// occurrences or on an UNTIL date, with exception dates (EXDATE). Expansion goes through
// libical in the site's zone, so a 09:00 booking stays at 09:00 local across DST changes.
struct Recurrence
{
    Q_DECLARE_TR_FUNCTIONS(atrium::Recurrence)
public:
    enum class Frequency { None, Daily, Weekly, Monthly };
    // A series without COUNT or UNTIL is cut after this many occurrences (and after
    // kMaxYears years): occurrences are stored one row each.
    static constexpr int kMaxOccurrences = 500;
    static constexpr int kMaxYears = 2;

    Frequency frequency = Frequency::None;
    int interval = 1;              // every `interval` days/weeks/months
    QList<Qt::DayOfWeek> weekdays; // Weekly: chosen days; empty = the first start's weekday
    int count = 0;                 // COUNT; 0 = none
    QDate until;                   // last local date an occurrence may start on; invalid = none
    QList<QDate> exceptions;       // local dates left out (EXDATE)

    bool isRecurring() const { return frequency != Frequency::None; }
    // "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,WE;COUNT=10"; UNTIL is written as the UTC instant of
    // the end of that local day in `zone` (RFC 5545 requires UTC when DTSTART has a TZID).
    QString toRRule(const QTimeZone& zone) const;
    // Reads an RRULE value (without "RRULE:"); refuses frequencies and parts the desk cannot edit
    // (YEARLY, BYSETPOS, ...) naming the part. UNTIL becomes the local date in `zone`.
    static Result<Recurrence> fromRRule(const QString& rrule, const QTimeZone& zone);

    // Local starts (in `zone`) of every occurrence, the first included when it matches the rule,
    // exceptions removed. Refused when the rule yields nothing or `firstStart` is invalid.
    Result<std::vector<QDateTime>> occurrences(const QDateTime& firstStart, const QTimeZone& zone) const;

    // Plain words for the desk: "Every week on Monday and Wednesday, 10 times".
    QString describe() const;

    bool operator==(const Recurrence& other) const = default;
};

} // namespace atrium

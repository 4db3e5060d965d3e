// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookings/Booking.h"
#include "bookings/BookingPolicy.h"
#include "site/Site.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <vector>

namespace atrium {

// One rule a candidate booking breaks, in plain words naming the clashing booking:
// "Ada is booked 13:00–14:00 by Jane Doe (Sprint review)".
struct RuleViolation
{
    enum class Rule {
        InvalidTimes,
        UnknownRoom,
        Overlap,
        Buffer,
        Capacity,
        OpeningHours,
        Closure,
        MinLength,
        MaxLength
    };
    Rule rule = Rule::InvalidTimes;
    QString message;
    qint64 clashingBookingId = 0; // Overlap and Buffer: the stored booking in the way
    QDate date;                   // local date of the candidate, for series listed by date
};

struct RuleCheck
{
    std::vector<RuleViolation> violations;
    bool ok() const { return violations.empty(); }
    bool breaks(RuleViolation::Rule rule) const;
    // Every violation on its own line.
    QString message() const;
};

// Checks a candidate booking against the site and its policy. Pure: the store hands in the
// stored bookings of the room around the candidate's time.
class BookingRules
{
    Q_DECLARE_TR_FUNCTIONS(atrium::BookingRules)
public:
    BookingRules(const Site& site, const BookingPolicy& policy);

    // `roomBookings`: stored bookings of the candidate's room near its time; the candidate
    // itself (same id) and bookings that do not hold the room (released, cancelled...) are ignored.
    RuleCheck check(const Booking& candidate, const std::vector<Booking>& roomBookings) const;

    // "13:00–14:00" in the site's zone; with the date when start and end are on different days.
    QString timeRange(const Booking& booking) const;

    const Site& site() const { return m_site; }
    const BookingPolicy& policy() const { return m_policy; }

private:
    const Site& m_site;
    const BookingPolicy& m_policy;
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace atrium {

class Clock;
struct AccessData;

// Why a door opens or stays shut; stored with every access event and sent to the door.
enum class AccessReason {
    Allowed,
    AllowedDuringBooking,
    UnknownDoor,
    Unreadable,
    UnknownBadge,
    Ambiguous,
    Suspended,
    Lost,
    Revoked,
    Replaced,
    Expired,
    NotYetValid,
    NoGroup,
    NotInGroup,
    OutsideSchedule,
    NoBooking,
};
QString accessReasonKey(AccessReason reason); // "allowed", "suspended", ... (stored, protocol)

struct AccessDecision
{
    bool allowed = false;
    AccessReason reason = AccessReason::UnknownBadge;
    QString text;   // in words, for the log and the door's display: "Badge suspended."
    QString uidKey; // the normalised reading, empty when unreadable
    std::optional<qint64> badgeId;
    std::optional<qint64> memberId;
};

// Decides whether a badge opens a door now, from the access data and the injected clock, with
// the reason in words. Schedules and validity dates are read in the site's time zone.
class AccessRules
{
    Q_DECLARE_TR_FUNCTIONS(atrium::AccessRules)
public:
    // Does this member hold a booking of this site room at this (site-local) time? Wired to the
    // bookings by the console; without it, booking-only grants never hold.
    using BookingCheck = std::function<bool(qint64 memberId, const QString& roomId, const QDateTime& at)>;

    AccessRules(const AccessData& data, const Clock& clock, QTimeZone zone);

    void setBookingCheck(BookingCheck check) { m_bookingCheck = std::move(check); }
    QTimeZone timeZone() const { return m_zone; }

    // `reportedUid` exactly as the door's reader sent it.
    AccessDecision decide(const QString& doorId, const QString& reportedUid) const;
    AccessDecision decideAt(const QString& doorId, const QString& reportedUid, qint64 atMs) const;

private:
    const AccessData& m_data;
    const Clock& m_clock;
    QTimeZone m_zone;
    BookingCheck m_bookingCheck;
};

} // namespace atrium

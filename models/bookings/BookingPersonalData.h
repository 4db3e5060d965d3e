// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QJsonValue>
#include <QString>

namespace atrium {

// What the bookings hold about a member, for MemberStore's GDPR export and erasure handlers
// (docs/personal-data.md). Both run on the connection MemberStore hands in, inside its
// transaction.
class BookingPersonalData
{
public:
    // Every booking of the member (any status): room, times (UTC, ISO 8601), title, notes,
    // attendees, status, cancel reason, call note, check-in.
    static QJsonValue exportMember(const QString& connectionName, qint64 memberId);
    // Blanks the personal parts of the member's bookings (title, notes, call note, cancel
    // reason; the title becomes private) and anonymises their audit lines. Times, room, status
    // and attendee count stay for the booked-vs-used figures; the link to the (now blank)
    // member row stays too.
    static Status eraseMember(const QString& connectionName, qint64 memberId);
};

} // namespace atrium

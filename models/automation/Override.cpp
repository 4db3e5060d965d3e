// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/Override.h"

namespace atrium {

QString overrideExpiryKey(OverrideExpiry expiry)
{
    switch (expiry) {
    case OverrideExpiry::Minutes:
        return QStringLiteral("minutes");
    case OverrideExpiry::UntilTime:
        return QStringLiteral("until_time");
    case OverrideExpiry::BookingEnd:
        return QStringLiteral("booking_end");
    case OverrideExpiry::RoomEmpty:
        break;
    }
    return QStringLiteral("room_empty");
}

std::optional<OverrideExpiry> overrideExpiryFromKey(QStringView key)
{
    for (OverrideExpiry e :
         {OverrideExpiry::Minutes, OverrideExpiry::UntilTime, OverrideExpiry::BookingEnd, OverrideExpiry::RoomEmpty}) {
        if (key == overrideExpiryKey(e))
            return e;
    }
    return std::nullopt;
}

QString overrideEndKey(OverrideEnd end)
{
    switch (end) {
    case OverrideEnd::Expired:
        return QStringLiteral("expired");
    case OverrideEnd::EndedEarly:
        return QStringLiteral("ended");
    case OverrideEnd::RoomEmpty:
        break;
    }
    return QStringLiteral("room_empty");
}

std::optional<OverrideEnd> overrideEndFromKey(QStringView key)
{
    for (OverrideEnd e : {OverrideEnd::Expired, OverrideEnd::EndedEarly, OverrideEnd::RoomEmpty}) {
        if (key == overrideEndKey(e))
            return e;
    }
    return std::nullopt;
}

} // namespace atrium

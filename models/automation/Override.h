// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automation/Actuator.h"

#include <QString>

#include <optional>

namespace atrium {

// How an override ends by itself.
enum class OverrideExpiry {
    Minutes,    // for N minutes: expiresMs = created + N min
    UntilTime,  // until a time of day: expiresMs
    BookingEnd, // until the room's current booking ends: expiresMs = its end at the time it was set
    RoomEmpty,  // until the room has been seen empty for kRoomEmptyGraceMinutes
};

// How it ended.
enum class OverrideEnd { Expired, EndedEarly, RoomEmpty };

// A sensor that blinks "empty" for a minute does not end an override "until the room is empty":
// the room must be seen empty this long, counted from when the override was set.
inline constexpr int kRoomEmptyGraceMinutes = 5;

// A person's decision that beats automation (everything but safety) on one channel, for a room
// (actuatorId empty: every actuator of the room with that channel) or for one device.
struct Override
{
    qint64 id = 0;
    QString roomId;
    QString actuatorId;
    Channel channel = Channel::Setpoint;
    double value = 0.0;
    QString author;
    QString reason;
    OverrideExpiry expiry = OverrideExpiry::Minutes;
    std::optional<qint64> expiresMs; // every kind but RoomEmpty
    std::optional<qint64> overriddenRuleId;
    qint64 createdMs = 0;
    std::optional<qint64> endedMs;
    std::optional<OverrideEnd> endKind;
    QString endedBy;
    QString endReason;

    bool isActive() const { return !endedMs.has_value(); }
    // Active at `nowMs` for the time-bound kinds: the override ends at the exact millisecond of
    // expiresMs (active while now < expiresMs).
    bool expiredAt(qint64 nowMs) const { return expiresMs && nowMs >= *expiresMs; }
};

QString overrideExpiryKey(OverrideExpiry expiry); // "minutes", "until_time", "booking_end", "room_empty"
std::optional<OverrideExpiry> overrideExpiryFromKey(QStringView key);
QString overrideEndKey(OverrideEnd end); // "expired", "ended", "room_empty"
std::optional<OverrideEnd> overrideEndFromKey(QStringView key);

} // namespace atrium

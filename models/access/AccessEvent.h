// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace atrium {

// One swipe at a door, or one question a door asked, with the answer (table access_event).
struct AccessEvent
{
    enum class Source { Request, DoorEvent, Tasmota };

    qint64 id = 0;
    qint64 atMs = 0; // UTC ms, when the console received it
    QString doorId;
    QString uid; // as the reader reported it; empty once anonymised
    std::optional<qint64> badgeId;
    std::optional<qint64> memberId;
    bool allowed = false;
    QString reasonCode; // accessReasonKey(), or what the door sent
    QString reason;     // in words
    Source source = Source::Request;
};

QString accessEventSourceKey(AccessEvent::Source source); // "request", "event", "tasmota"

} // namespace atrium

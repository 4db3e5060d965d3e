// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automation/AutomationStatus.h"
#include "automation/RoomInputs.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace atrium {

// "Why, in words": the sentences the console shows for a room and each of its devices, e.g.
// "21 °C, ventilation medium because booked from 14:00 and CO₂ 1,150 ppm; temperature 23 °C
// set by Front desk until 15:00 (client cold), automatic 21 °C". Numbers follow the locale
// (1 150 ppm in French); times are the site's local time.
class WhyText
{
    Q_DECLARE_TR_FUNCTIONS(atrium::WhyText)
public:
    // What made a rule hold: "booked from 14:00", "occupied since 13:52", "CO₂ 1,150 ppm".
    static QString fact(const ActiveRule& active, const RoomInputs& inputs, qint64 nowMs, const QTimeZone& zone);
    // "until 15:00", "until Tue 09:00", "until the room is empty"
    static QString until(const Override& o, qint64 nowMs, const QTimeZone& zone);
    // "45 min left", "1 h 05 left", "until the room is empty"
    static QString timeLeft(const Override& o, qint64 nowMs);
    // One sentence for the given decisions (one actuator's, or a whole room's).
    static QString sentence(const std::vector<ChannelDecision>& decisions, const std::vector<ActiveRule>& active,
                            const RoomInputs& inputs, qint64 nowMs, const QTimeZone& zone);
    // "a and b", "a, b and c"
    static QString joinAnd(const QStringList& parts);
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SeededRandom.h"
#include "site/Site.h"

#include <vector>

namespace atrium::replay {

// How many people are in a room at each wall-clock minute of one day (index 0 = 00:00,
// 1439 = 23:59), by room type and hour: meeting rooms booked in blocks, open spaces filling
// 9-12 and 14-18 with a lunch dip, phone booths short calls, the kitchen busy at noon and at
// coffee times, private offices with their team, event spaces with the odd workshop or
// evening event. Nobody outside opening hours (a closed day is empty all day).
class OccupancyProfile
{
public:
    static constexpr int kMinutesPerDay = 24 * 60;

    static std::vector<int> peopleByMinute(const Room& room, const OpeningHours::Day& hours, SeededRandom& random);
};

} // namespace atrium::replay

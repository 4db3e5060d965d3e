// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/WeeklySchedule.h"

#include <QString>

#include <vector>

namespace atrium {

struct Door;

// One thing a group may open: a door or every door of a zone, on a weekly schedule, and, for
// meeting-room doors, only while the badge's member has a booking of the door's room.
struct AccessGrant
{
    enum class Target { Door, Zone };
    Target targetKind = Target::Door;
    QString target; // door id or zone name
    WeeklySchedule schedule = WeeklySchedule::always();
    bool bookingOnly = false;

    bool appliesTo(const Door& door) const;
};

// A set of grants shared by many badges ("Members", "Staff", "Ada meetings").
struct AccessGroup
{
    qint64 id = 0;
    QString name;
    std::vector<AccessGrant> grants;
};

} // namespace atrium

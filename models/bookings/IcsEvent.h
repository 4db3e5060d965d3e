// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace atrium {

// One occurrence read from an iCalendar file, its times resolved to UTC. A recurring VEVENT
// gives one IcsEvent per occurrence (RRULE and RDATE expanded, EXDATE removed, RECURRENCE-ID
// instances in place of the occurrence they move).
struct IcsEvent
{
    QString uid;
    QString summary;
    QString description;
    QDateTime start;        // UTC
    QDateTime end;          // UTC, exclusive (an all-day event ends at the next local midnight)
    bool allDay = false;    // DTSTART;VALUE=DATE: local midnight to midnight in the site's zone
    bool floating = false;  // no zone in the file: read as local time in the site's zone
    QString sourceZone;     // TZID as written in the file ("W. Europe Standard Time"); empty for UTC/floating
    QString zoneId;         // the IANA zone it was read in ("Europe/Berlin")
    QDateTime recurrenceId; // UTC; set for an occurrence of a recurring event
    bool moved = false;     // a RECURRENCE-ID instance (moved or edited occurrence)
    int line = 0;           // line of its BEGIN:VEVENT in the file
};

} // namespace atrium

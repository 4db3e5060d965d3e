// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReplayEvent.h"
#include "site/Site.h"

#include <QDate>

#include <cstdint>

namespace atrium::replay {

// A plausible day of sensor readings for every room of a site, as the native atrium profile
// (`atrium/<site>/<room>/<metric>`, {"value", "ts"}): a people count (`people`; phone booths
// report presence on `occupancy` instead, 0 or 1, as a PIR would), CO2, temperature,
// humidity and illuminance, each room reporting every 30-60 simulated seconds with sensor-like
// noise. Deterministic for a seed. The day is the site's local calendar day, 23 or 25 hours
// long on DST days.
//
// Models, deliberately simple and documented where the numbers come from:
// - occupancy by room type and hour (OccupancyProfile), nobody outside opening hours;
// - CO2 by a well-mixed mass balance per room: 20 L/h of CO2 per person (EN 16798-1 default,
//   en16798_categories.md §5, S16), room volume from capacity and floor area per person,
//   ventilation sized for category II (7 L/s per person + 1.4 L/s per m², §7, S10) times a
//   per-room effectiveness, running from an hour before opening to an hour after closing,
//   infiltration only at night; outdoor air at 420 ppm as TAIL assumes (S10);
// - daylight from the sun's position and the window orientation (Daylight), electric light
//   while someone is in;
// - temperature drifting towards the heating/cooling setpoint plus the heat of the people and
//   of the sun through the window; humidity rising with people.
class DayGenerator
{
public:
    struct Options
    {
        QDate date; // local date in the site's zone; invalid: today there
        std::uint32_t seed = 1;
        QString siteId; // topic segment; empty: the site's id
        double outdoorCo2Ppm = 420.0;
        double latitudeDeg = 48.86; // Paris, when the site file does not say
        double longitudeDeg = 2.35;
        int minIntervalS = 30;
        int maxIntervalS = 60;
    };

    DayGenerator(Site site, Options options);

    ReplayEvents generate() const;

    QDate date() const { return m_options.date; }
    qint64 dayStartMs() const;
    qint64 dayEndMs() const; // the next local midnight

private:
    Site m_site;
    Options m_options;
};

} // namespace atrium::replay

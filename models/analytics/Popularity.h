// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/Site.h"
#include "telemetry/RollupStore.h"

#include <QHash>
#include <QString>

#include <vector>

namespace atrium {

// Popularity of a room: the share of its opening hours over a period during which it was
// occupied (0..1), computed from 15-minute occupancy rollups in the site's time zone.
struct PopularityPeriod
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

// Seconds of opening time in [fromMs, toMs) in `zone` (DST days have 23 or 25 hours).
double openingSeconds(const OpeningHours& hours, const QTimeZone& zone, qint64 fromMs, qint64 toMs);

// room id -> share in 0..1; rooms without any occupancy row get 0.
QHash<QString, double> computePopularity(const Site& site, const std::vector<RollupStore::OccupiedBucket>& buckets,
                                         PopularityPeriod period);

// The site's opening hours as bucket shares, for the daily occupancy summary the ingest writer
// keeps (Ingestor::Options::openingWeights). The basis names the time zone and each day's hours.
OpeningWeights popularityWeights(const Site& site);

// The same shares as computePopularity over the rollups, read from the daily occupancy summary
// for the whole UTC days of the period and from the 15-minute rollups for the partial days at
// its ends (or for all of it, while the summary was computed with other opening hours).
// Reads `store` on the calling thread.
Result<QHash<QString, double>> loadPopularity(const Site& site, const RollupStore& store, PopularityPeriod period);

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atrium::bench {

class BenchSite;

struct QueryFigures
{
    quint64 rollupRows = 0;     // rows generated into the database
    double generateSeconds = 0; // time to write them (not a figure of Atrium)
    int days = 0;
    double summarySeconds = 0;      // ReadingWriter summing the generated rollups into occupancy_day (once)
    double popularityMs = 0.0;      // median: loadPopularity over `days` (daily summary + the partial days)
    double rollupsMs = 0.0;         // once: RollupStore::occupiedBuckets over `days` + computePopularity
    double popularityFetchMs = 0.0; // of which RollupStore::occupiedBuckets
    double chartMs = 0.0;           // median: RollupStore::buckets of one room, CO2, last 24 h
    quint64 occupiedBuckets = 0;
    QString error;
};

// Writes `days` (90 for the figure) days of 15-minute rollups (occupancy for all 300 rooms, CO2 for the charted one,
// occupied during weekday opening hours) into a fresh migrated database in `folder` with the sqlite3 C API, then times
// the daily occupancy summary the console's writer would keep, then
// the two queries the console runs through RollupStore (up to `repeats` times, fewer when they are slow; the connection
// is opened before timing).
QueryFigures measureQueries(const BenchSite& site, const QString& folder, int days, int repeats);

} // namespace atrium::bench

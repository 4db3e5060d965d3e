// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Reading.h"
#include "telemetry/RollupStore.h"

#include <QString>

#include <vector>

namespace atrium::bench {

class BenchSite;

struct StoreFigures
{
    quint64 rows = 0;
    double atriumSeconds = 0.0; // ReadingWriter: readings, sensors and rollups
    double plainSeconds = 0.0;  // sqlite3 C API: readings (and the sensor rows) only
    QString error;
    double atriumRowsPerS() const { return atriumSeconds > 0 ? rows / atriumSeconds : 0.0; }
    double plainRowsPerS() const { return plainSeconds > 0 ? rows / plainSeconds : 0.0; }
    double ratio() const { return plainSeconds > 0 && atriumSeconds > 0 ? plainSeconds / atriumSeconds : 0.0; }
};

// The readings of `messages` BenchSite messages, decoded by the console's TopicRouter as the
// ingest thread would (received one millisecond apart). Empty with `error` set on a refusal.
std::vector<Reading> decodeMessages(const BenchSite& site, quint64 messages, QString* error);

// Stores `rows` in batches of `batchRows` into two fresh migrated databases in `folder`:
// through ReadingWriter, and through a plain prepared-statement loop (WAL, synchronous=NORMAL
// like Database, one transaction per batch).
// `weights`: the site's opening hours, so the writer keeps the daily occupancy summary as the
// console's does. Both sides alternate `rounds` times on fresh files; the round with the
// median ratio is returned.
StoreFigures measureStore(const std::vector<Reading>& rows, int batchRows, const QString& folder,
                          const OpeningWeights& weights, int rounds);

} // namespace atrium::bench

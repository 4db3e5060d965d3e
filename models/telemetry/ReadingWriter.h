// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Reading.h"
#include "core/Result.h"
#include "telemetry/RollupAccumulator.h"

#include <QString>

#include <memory>
#include <vector>

namespace atrium {

// The single writer of readings and rollups, on the ingest thread with its own connection.
// write() stores one batch in one transaction: sensors (ids cached after the first lookup),
// raw readings as one `observation` row per message (the values of one sensor with the same
// times, consecutive in the batch as the router emits them), appended in rowid and
// receive-time order with the first rowid of each hour in `observation_hour` (migration
// 0007), then the batch's rollups upserted (n, sum, occupied seconds added; min/max of both).
// A failed write changes nothing: the transaction is rolled back, the rollup state restored
// and the connection reopened on the next call, so the caller retries the same batch. The
// database must have been migrated (Database::migrate) first.
//
// Not thread-safe: create, use and destroy it on one thread (Qt SQL connections are per thread).
class ReadingWriter
{
public:
    explicit ReadingWriter(QString databasePath,
                           qint64 maxOccupancyGapMs = RollupAccumulator::kDefaultMaxOccupancyGapMs);
    ~ReadingWriter();
    ReadingWriter(const ReadingWriter&) = delete;
    ReadingWriter& operator=(const ReadingWriter&) = delete;

    // Keep the daily occupancy summary (occupancy_day, migration 0006) with these opening
    // hours: each write adds its occupied time to it, and open() recomputes it from the rollups
    // when it was computed with other hours. Call before open(); without it, no summary is kept.
    void setOpeningWeights(OpeningWeights weights);

    Status open(); // also done by the first write()
    void close();
    bool isOpen() const;

    // Readings with a non-finite value are skipped (counted in skippedRows()); readings
    // without a room are stored but have no rollup.
    Status write(const std::vector<Reading>& batch);

    // Deletes raw readings received before the hour that holds `cutoffMs` (rollups and the
    // daily summary are kept), at most `maxRows` rows in one transaction, the oldest first.
    // Returns how many rows (messages) were deleted, 0 once none is left. Rows are found through
    // the hour map (observation_hour, migration 0007); a row whose hour is kept is never deleted,
    // even if the receive clock was set back.
    Result<int> pruneRawReadings(qint64 cutoffMs, int maxRows);

    quint64 rowsWritten() const { return m_rowsWritten; }
    quint64 skippedRows() const { return m_skippedRows; }
    const QString& databasePath() const { return m_path; }

private:
    struct Private;
    QString prepareStatements(); // empty when ready
    QString syncDaySummary();    // empty when the summary matches the opening weights
    Status writeInTransaction(const std::vector<Reading>& batch, quint64* written, quint64* skipped);

    QString m_path;
    std::unique_ptr<Private> d;
    RollupAccumulator m_rollups;
    OpeningWeights m_weights;
    quint64 m_rowsWritten = 0;
    quint64 m_skippedRows = 0;
};

} // namespace atrium

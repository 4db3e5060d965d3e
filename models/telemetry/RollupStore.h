// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Metric.h"
#include "core/Result.h"

#include <QString>

#include <vector>

namespace atrium {

// One 15-minute bucket of one room and metric. Occupied seconds count the time the room's
// occupancy was > 0 inside the bucket (occupancy rows only).
struct RollupBucket
{
    qint64 startMs = 0; // UTC, aligned to 15 minutes
    qint64 count = 0;
    double sum = 0.0;
    double min = 0.0;
    double max = 0.0;
    double occupiedS = 0.0;
    double mean() const { return count > 0 ? sum / count : 0.0; }
};

inline constexpr qint64 kRollupBucketMs = 15 * 60 * 1000;

// Read side of the rollups, with its own connection, opened on first use: use an instance on
// one thread only (the GUI thread's analytics, a report worker's own instance). Buckets
// belong to a range when their start lies in [fromMs, toMs); results come oldest first.
class RollupStore
{
public:
    explicit RollupStore(QString databasePath);
    ~RollupStore();
    RollupStore(const RollupStore&) = delete;
    RollupStore& operator=(const RollupStore&) = delete;

    // Every bucket of one room and metric, with or without readings (an occupancy bucket may
    // hold occupied time only: count 0, min/max 0).
    Result<std::vector<RollupBucket>> buckets(const QString& roomId, Metric metric, qint64 fromMs, qint64 toMs) const;
    struct OccupiedBucket
    {
        QString roomId;
        qint64 startMs = 0;
        double occupiedS = 0.0;
    };
    // Occupancy buckets of every room over [fromMs, toMs) that have occupied time, in no
    // particular order; the caller keeps those inside opening hours (analytics/Popularity).
    Result<std::vector<OccupiedBucket>> occupiedBuckets(qint64 fromMs, qint64 toMs) const;

private:
    QString m_path;
    QString m_connection;
};

} // namespace atrium

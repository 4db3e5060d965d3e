// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Metric.h"
#include "core/Result.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>
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
inline constexpr qint64 kRollupDayMs = 24LL * 3600 * 1000;

// How much of each 15-minute bucket lies inside the site's opening hours, for the daily
// occupancy summary (table occupancy_day, migration 0006). `basis` names the hours and time
// zone (two sites with the same basis get the same shares); empty: no summary is kept.
// analytics/Popularity builds it from a Site (popularityWeights).
struct OpeningWeights
{
    QString basis;
    std::function<double(qint64 bucketStartMs)> share; // 0..1
};

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
    // Per room, the occupied seconds inside opening hours of the UTC days starting in
    // [fromDayMs, toDayMs) (both UTC midnights), from the daily summary; std::nullopt when that
    // summary was computed with other opening hours than `basis` (or not yet), in which case
    // the caller reads occupiedBuckets(). Rooms without occupied time are absent.
    Result<std::optional<QHash<QString, double>>> openOccupiedSeconds(const QString& basis, qint64 fromDayMs,
                                                                      qint64 toDayMs) const;

private:
    QString m_path;
    QString m_connection;
};

} // namespace atrium

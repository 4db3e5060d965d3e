// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueryBench.h"

#include "BenchSite.h"
#include "RawMqtt.h"
#include "analytics/Popularity.h"
#include "storage/Database.h"
#include "telemetry/ReadingWriter.h"
#include "telemetry/RollupStore.h"

#include <QDateTime>
#include <QDir>

#include <algorithm>
#include <cmath>
#include <sqlite3.h>

namespace atrium::bench {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kBucketsPerDay = int(kDayMs / kRollupBucketMs);
constexpr double kQueryBudgetMs = 3000;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Bucket-major order: the (metric, bucket) index then appends, and the primary key
// (room, metric, bucket) has one insertion point per room, which stays in the page cache.
QString writeRollups(const BenchSite& bench, const QString& path, qint64 fromMs, int days, quint64* rows)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return QStringLiteral("cannot open %1").arg(path);
    }
    QString error;
    auto exec = [&](const char* sql) {
        if (error.isEmpty() && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            error = QStringLiteral("sqlite3 %1: %2").arg(QLatin1String(sql), QString::fromUtf8(sqlite3_errmsg(db)));
    };
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=NORMAL");
    // Only the generator: a 256 MiB page cache keeps the 300 insertion points of the primary key
    // in memory (the console's connections keep SQLite's default).
    exec("PRAGMA cache_size=-262144");
    sqlite3_stmt* insert = nullptr;
    if (error.isEmpty() && sqlite3_prepare_v2(db,
                                              "INSERT INTO rollup(room, metric, bucket, n, sum, min, max, occupied_s) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                              -1, &insert, nullptr) != SQLITE_OK)
        error = QStringLiteral("sqlite3 prepare: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
    std::vector<QByteArray> rooms;
    for (const Room& room : bench.site().rooms)
        rooms.push_back(room.id.toUtf8());
    exec("BEGIN");
    for (int b = 0; error.isEmpty() && b < days * kBucketsPerDay; ++b) {
        const qint64 bucket = fromMs + b * kRollupBucketMs;
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(bucket, bench.site().timeZone);
        const OpeningHours::Day& day = bench.site().openingHours.days[size_t(local.date().dayOfWeek() - 1)];
        const int minute = local.time().hour() * 60 + local.time().minute();
        const bool open = day.open && minute >= day.openMinute && minute < day.closeMinute;
        for (size_t r = 0; error.isEmpty() && r < rooms.size(); ++r) {
            // Busy rooms and quiet ones, so popularity has something to rank.
            const double occupied = open && (b + int(r)) % (2 + int(r % 5)) != 0 ? 900.0 * (1 + r % 3) / 3 : 0.0;
            const double co2 = 450.0 + (open ? 300.0 + double((b * 7 + int(r) * 13) % 600) : 0.0);
            for (const auto& [metric, n, value, occ] :
                 {std::tuple{Metric::Occupancy, 15, occupied > 0 ? 1.0 : 0.0, occupied},
                  std::tuple{Metric::Co2, 15, co2, 0.0}}) {
                // CO2 for the charted room only: the chart reads one room by primary key, and
                // 2.6 M more rows would double the generation time of every run.
                if (metric == Metric::Co2 && r != 0)
                    continue;
                sqlite3_bind_text(insert, 1, rooms[r].constData(), rooms[r].size(), SQLITE_STATIC);
                sqlite3_bind_int(insert, 2, int(metric));
                sqlite3_bind_int64(insert, 3, bucket);
                sqlite3_bind_int(insert, 4, n);
                sqlite3_bind_double(insert, 5, value * n);
                sqlite3_bind_double(insert, 6, value);
                sqlite3_bind_double(insert, 7, value);
                sqlite3_bind_double(insert, 8, occ);
                if (sqlite3_step(insert) != SQLITE_DONE)
                    error = QStringLiteral("sqlite3 insert rollup: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
                sqlite3_reset(insert);
                ++*rows;
            }
        }
    }
    exec("COMMIT");
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return error;
}

} // namespace

QueryFigures measureQueries(const BenchSite& bench, const QString& folder, int days, int repeats)
{
    QueryFigures f;
    const QString path = QDir(folder).filePath(QStringLiteral("rollups.sqlite"));
    if (Status migrated = Database::migrate(path); !migrated) {
        f.error = migrated.error();
        return f;
    }
    // Whole buckets up to the current one.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 to = now - now % kRollupBucketMs + kRollupBucketMs;
    const qint64 from = to - days * kDayMs;
    const auto generating = BenchClock::now();
    f.error = writeRollups(bench, path, from, days, &f.rollupRows);
    f.generateSeconds = std::chrono::duration<double>(BenchClock::now() - generating).count();
    if (!f.error.isEmpty())
        return f;

    // What the console's writer does on its first start with these rollups (migration 0006).
    const auto summing = BenchClock::now();
    {
        ReadingWriter writer(path);
        writer.setOpeningWeights(popularityWeights(bench.site()));
        if (Status opened = writer.open(); !opened) {
            f.error = opened.error();
            return f;
        }
    }
    f.summarySeconds = std::chrono::duration<double>(BenchClock::now() - summing).count();

    RollupStore store(path);
    const QString chartRoom = bench.site().rooms.front().id;
    std::vector<double> popularity;
    std::vector<double> chart;
    auto msSince = [](BenchClock::time_point start) {
        return std::chrono::duration<double, std::milli>(BenchClock::now() - start).count();
    };
    // The first call opens the store's connection: not part of either query.
    if (auto warm = store.buckets(chartRoom, Metric::Co2, to - kDayMs, to); !warm) {
        f.error = warm.error();
        return f;
    }
    // The 15-minute rollups alone, as before the daily summary: once, it is slow.
    QHash<QString, double> fromRollups;
    {
        const auto start = BenchClock::now();
        auto buckets = store.occupiedBuckets(from, to);
        if (!buckets) {
            f.error = buckets.error();
            return f;
        }
        f.popularityFetchMs = msSince(start);
        fromRollups = computePopularity(bench.site(), buckets.value(), {from, to});
        f.rollupsMs = msSince(start);
        f.occupiedBuckets = buckets.value().size();
    }

    double spentMs = 0;
    // A slow query is timed fewer times so the run stays short.
    for (int i = 0; i < repeats && (i == 0 || spentMs < kQueryBudgetMs); ++i) {
        auto start = BenchClock::now();
        auto shares = loadPopularity(bench.site(), store, {from, to});
        popularity.push_back(msSince(start));
        spentMs += popularity.back();
        if (!shares) {
            f.error = shares.error();
            return f;
        }
        if (shares.value().size() != BenchSite::kRooms) {
            f.error =
                QStringLiteral("popularity covered %1 rooms of %2").arg(shares.value().size()).arg(BenchSite::kRooms);
            return f;
        }
        // Both paths must agree: the summary is only a faster way to the same shares.
        for (auto it = fromRollups.cbegin(); it != fromRollups.cend(); ++it) {
            if (std::abs(shares.value().value(it.key()) - it.value()) > 1e-9) {
                f.error = QStringLiteral("popularity of %1: %2 from the daily summary, %3 from the rollups")
                              .arg(it.key())
                              .arg(shares.value().value(it.key()))
                              .arg(it.value());
                return f;
            }
        }
        start = BenchClock::now();
        auto day = store.buckets(chartRoom, Metric::Co2, to - kDayMs, to);
        chart.push_back(msSince(start));
        if (!day) {
            f.error = day.error();
            return f;
        }
    }
    f.popularityMs = median(popularity);
    f.chartMs = median(chart);
    return f;
}

} // namespace atrium::bench

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreBench.h"

#include "BenchSite.h"
#include "RawMqtt.h"
#include "core/Clock.h"
#include "feeds/TopicRouter.h"
#include "storage/Database.h"
#include "telemetry/ReadingWriter.h"

#include <QDir>
#include <QHash>

#include <algorithm>
#include <array>
#include <optional>
#include <sqlite3.h>

namespace atrium::bench {

namespace {

double secondsSince(BenchClock::time_point start)
{
    return std::chrono::duration<double>(BenchClock::now() - start).count();
}

QString sqliteError(sqlite3* db, const char* what)
{
    return QStringLiteral("sqlite3 %1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db)));
}

// The reference: what a hand-written loop over the C API achieves on the same schema.
QString plainInsert(const std::vector<Reading>& rows, int batchRows, const QString& path)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString error = sqliteError(db, "open");
        sqlite3_close(db);
        return error;
    }
    QString error;
    sqlite3_stmt* insertSensor = nullptr;
    sqlite3_stmt* insertObservation = nullptr;
    auto exec = [&](const char* sql) {
        if (error.isEmpty() && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            error = sqliteError(db, sql);
    };
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=NORMAL");
    exec("PRAGMA foreign_keys=ON");
    if (error.isEmpty() &&
        (sqlite3_prepare_v2(db, "INSERT INTO sensor(key, room) VALUES (?, ?)", -1, &insertSensor, nullptr) !=
             SQLITE_OK ||
         sqlite3_prepare_v2(db,
                            "INSERT INTO observation(received, ts, sensor, occupancy, temperature, humidity, co2, voc, "
                            "pm25, illuminance, noise, battery, people) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            -1, &insertObservation, nullptr) != SQLITE_OK))
        error = sqliteError(db, "prepare");
    // One row per message: the consecutive values of one sensor with the same times.
    std::array<std::optional<double>, kAllMetrics.size()> values;
    const Reading* first = nullptr; // of the row being gathered
    qint64 firstSensor = 0;
    auto flush = [&] {
        if (!first || !error.isEmpty())
            return;
        sqlite3_bind_int64(insertObservation, 1, first->receivedMs);
        sqlite3_bind_int64(insertObservation, 2, first->sourceMs);
        sqlite3_bind_int64(insertObservation, 3, firstSensor);
        for (size_t m = 0; m < values.size(); ++m) {
            if (values[m])
                sqlite3_bind_double(insertObservation, 4 + int(m), *values[m]);
            else
                sqlite3_bind_null(insertObservation, 4 + int(m));
            values[m].reset();
        }
        if (sqlite3_step(insertObservation) != SQLITE_DONE)
            error = sqliteError(db, "insert observation");
        sqlite3_reset(insertObservation);
        first = nullptr;
    };
    QHash<QString, qint64> sensorIds;
    size_t i = 0;
    while (error.isEmpty() && i < rows.size()) {
        exec("BEGIN");
        const size_t end = std::min(rows.size(), i + size_t(batchRows));
        for (; error.isEmpty() && i < end; ++i) {
            const Reading& r = rows[i];
            auto id = sensorIds.constFind(r.sensorId);
            if (id == sensorIds.cend()) {
                const QByteArray key = r.sensorId.toUtf8();
                const QByteArray room = r.roomId.toUtf8();
                sqlite3_bind_text(insertSensor, 1, key.constData(), key.size(), SQLITE_TRANSIENT);
                sqlite3_bind_text(insertSensor, 2, room.constData(), room.size(), SQLITE_TRANSIENT);
                if (sqlite3_step(insertSensor) != SQLITE_DONE)
                    error = sqliteError(db, "insert sensor");
                sqlite3_reset(insertSensor);
                id = sensorIds.insert(r.sensorId, sqlite3_last_insert_rowid(db));
            }
            if (first && (firstSensor != *id || first->receivedMs != r.receivedMs || first->sourceMs != r.sourceMs ||
                          values[size_t(r.metric)]))
                flush();
            if (!first) {
                first = &r;
                firstSensor = *id;
            }
            values[size_t(r.metric)] = r.value;
        }
        flush();
        exec("COMMIT");
    }
    sqlite3_finalize(insertSensor);
    sqlite3_finalize(insertObservation);
    sqlite3_close(db);
    return error;
}

} // namespace

std::vector<Reading> decodeMessages(const BenchSite& site, quint64 messages, QString* error)
{
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    TopicRouter router(site.site(), clock);
    std::vector<Reading> rows;
    rows.reserve(messages * BenchSite::kValuesPerMessage);
    RawMessage message;
    const qint64 start = clock.nowMs() - qint64(messages);
    for (quint64 seq = 0; seq < messages; ++seq) {
        message.topic = BenchSite::topic(int(seq % BenchSite::kSensors));
        message.payload = BenchSite::payload(seq);
        message.receivedMs = start + qint64(seq);
        TopicRouter::Outcome outcome = router.route(message);
        if (!outcome.error.isEmpty() || outcome.unmatched ||
            outcome.readings.size() != size_t(BenchSite::kValuesPerMessage)) {
            if (error)
                *error = QStringLiteral("%1 %2: %3 readings, %4")
                             .arg(QString::fromUtf8(message.topic), QString::fromUtf8(message.payload))
                             .arg(outcome.readings.size())
                             .arg(outcome.unmatched ? QStringLiteral("unmatched") : outcome.error);
            return {};
        }
        std::move(outcome.readings.begin(), outcome.readings.end(), std::back_inserter(rows));
    }
    return rows;
}

namespace {

StoreFigures measureStoreOnce(const std::vector<std::vector<Reading>>& batches, const std::vector<Reading>& rows,
                              int batchRows, const QString& folder, int round, const OpeningWeights& weights)
{
    StoreFigures f;
    f.rows = rows.size();
    const QString atriumPath = QDir(folder).filePath(QStringLiteral("store-atrium-%1.sqlite").arg(round));
    const QString plainPath = QDir(folder).filePath(QStringLiteral("store-plain-%1.sqlite").arg(round));
    for (const QString& path : {atriumPath, plainPath}) {
        if (Status migrated = Database::migrate(path); !migrated) {
            f.error = migrated.error();
            return f;
        }
    }
    {
        ReadingWriter writer(atriumPath);
        writer.setOpeningWeights(weights);
        if (Status opened = writer.open(); !opened) {
            f.error = opened.error();
            return f;
        }
        const auto start = BenchClock::now();
        for (const std::vector<Reading>& batch : batches) {
            if (Status written = writer.write(batch); !written) {
                f.error = written.error();
                return f;
            }
        }
        f.atriumSeconds = secondsSince(start);
    }
    const auto start = BenchClock::now();
    f.error = plainInsert(rows, batchRows, plainPath);
    f.plainSeconds = secondsSince(start);
    return f;
}

} // namespace

StoreFigures measureStore(const std::vector<Reading>& rows, int batchRows, const QString& folder,
                          const OpeningWeights& weights, int rounds)
{
    // Split before timing: the ingest thread hands over a fresh vector per batch.
    std::vector<std::vector<Reading>> batches;
    for (size_t i = 0; i < rows.size(); i += size_t(batchRows))
        batches.emplace_back(rows.begin() + i, rows.begin() + std::min(rows.size(), i + size_t(batchRows)));
    std::vector<StoreFigures> done;
    for (int round = 1; round <= std::max(1, rounds); ++round) {
        StoreFigures f = measureStoreOnce(batches, rows, batchRows, folder, round, weights);
        if (!f.error.isEmpty())
            return f;
        done.push_back(f);
    }
    std::sort(done.begin(), done.end(),
              [](const StoreFigures& a, const StoreFigures& b) { return a.ratio() < b.ratio(); });
    return done[done.size() / 2];
}

} // namespace atrium::bench

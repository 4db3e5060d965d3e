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
    sqlite3_stmt* insertReading = nullptr;
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
         sqlite3_prepare_v2(db, "INSERT INTO reading(received, ts, sensor, metric, value) VALUES (?, ?, ?, ?, ?)", -1,
                            &insertReading, nullptr) != SQLITE_OK))
        error = sqliteError(db, "prepare");
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
            sqlite3_bind_int64(insertReading, 1, r.receivedMs);
            sqlite3_bind_int64(insertReading, 2, r.sourceMs);
            sqlite3_bind_int64(insertReading, 3, *id);
            sqlite3_bind_int(insertReading, 4, int(r.metric));
            sqlite3_bind_double(insertReading, 5, r.value);
            if (sqlite3_step(insertReading) != SQLITE_DONE)
                error = sqliteError(db, "insert reading");
            sqlite3_reset(insertReading);
        }
        exec("COMMIT");
    }
    sqlite3_finalize(insertSensor);
    sqlite3_finalize(insertReading);
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

StoreFigures measureStore(const std::vector<Reading>& rows, int batchRows, const QString& folder,
                          const OpeningWeights& weights)
{
    StoreFigures f;
    f.rows = rows.size();
    const QString atriumPath = QDir(folder).filePath(QStringLiteral("store-atrium.sqlite"));
    const QString plainPath = QDir(folder).filePath(QStringLiteral("store-plain.sqlite"));
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
        // Split before timing: the ingest thread hands over a fresh vector per batch.
        std::vector<std::vector<Reading>> batches;
        for (size_t i = 0; i < rows.size(); i += size_t(batchRows))
            batches.emplace_back(rows.begin() + i, rows.begin() + std::min(rows.size(), i + size_t(batchRows)));
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

} // namespace atrium::bench

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/ReadingWriter.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <bitset>
#include <cmath>
#include <limits>
#include <optional>
#include <sqlite3.h>

namespace atrium {

namespace {

Q_LOGGING_CATEGORY(lcWriter, "atrium.telemetry.writer")

constexpr qint64 kHourMs = 3600 * 1000;

// Columns 4.. are the metrics in atrium::Metric order (migration 0007).
constexpr const char* kInsertObservation =
    "INSERT INTO observation(received, ts, sensor, occupancy, temperature, humidity, co2, voc, pm25, illuminance, "
    "noise, battery, people) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr int kFirstMetricColumn = 4;
static_assert(kAllMetrics.size() == 10 && int(Metric::People) == 9, "observation has a column per metric");

QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::ReadingWriter", text);
}

QString errorOf(const QSqlQuery& q)
{
    return q.lastError().text();
}

} // namespace

namespace {

// The values of one message, gathered for one observation row.
struct Observation
{
    qint64 sensor = 0;
    qint64 receivedMs = 0;
    qint64 sourceMs = 0;
    std::array<double, kAllMetrics.size()> values{};
    std::bitset<kAllMetrics.size()> present;

    bool empty() const { return present.none(); }
    bool accepts(qint64 sensorRow, const Reading& r) const
    {
        return !empty() && sensor == sensorRow && receivedMs == r.receivedMs && sourceMs == r.sourceMs &&
               !present.test(size_t(r.metric));
    }
    void start(qint64 sensorRow, const Reading& r)
    {
        sensor = sensorRow;
        receivedMs = r.receivedMs;
        sourceMs = r.sourceMs;
        present.reset();
    }
    void add(const Reading& r) // after start(), or when accepts()
    {
        values[size_t(r.metric)] = r.value;
        present.set(size_t(r.metric));
    }
};

} // namespace

struct ReadingWriter::Private
{
    struct SensorRow
    {
        qint64 id = 0;
        QString room;
    };

    QString connection;
    // Prepared once per connection: no SQL is parsed per row.
    std::optional<QSqlQuery> begin;
    std::optional<QSqlQuery> commit;
    std::optional<QSqlQuery> rollback;
    // The per-row insert, through the C API on the connection's own handle: Qt's bind and exec
    // cost ~2 us per row on top of SQLite's own work (docs/PERFORMANCE.md, store_ratio).
    sqlite3* handle = nullptr;
    sqlite3_stmt* insertObservation_ = nullptr;
    sqlite3_stmt* insertHour = nullptr;                   // observation_hour: first rowid of each hour (0007)
    qint64 lastHour = std::numeric_limits<qint64>::min(); // the hour of the last row written
    std::optional<QSqlQuery> upsertSensor;
    std::optional<QSqlQuery> selectSensor;
    // Rollups and the daily summary, a few hundred upserts per batch, through the C API too:
    // Qt's bindValue and exec cost ~40 k instructions per statement (callgrind).
    sqlite3_stmt* upsertRollup = nullptr;
    sqlite3_stmt* upsertDay = nullptr;
    QHash<QString, SensorRow> sensors; // sensor key -> row id and room as stored

    Result<qint64> sensorRowId(const Reading& reading);
    Status insertObservation(Observation& row); // and the hour map; leaves `row` empty
    Status upsertDayRow(qint64 day, const QString& room, double seconds);
    QString lastError() const { return QString::fromUtf8(sqlite3_errmsg(handle)); }
};

Result<qint64> ReadingWriter::Private::sensorRowId(const Reading& reading)
{
    const auto cached = sensors.constFind(reading.sensorId);
    if (cached != sensors.cend() && (reading.roomId.isEmpty() || cached->room == reading.roomId))
        return cached->id;
    // New sensor, or one an admin moved to another room: the row keeps the latest room.
    upsertSensor->bindValue(0, reading.sensorId);
    upsertSensor->bindValue(1, reading.roomId);
    if (!upsertSensor->exec())
        return Result<qint64>::failure(tr("sensor %1: %2").arg(reading.sensorId, errorOf(*upsertSensor)));
    selectSensor->bindValue(0, reading.sensorId);
    if (!selectSensor->exec() || !selectSensor->next())
        return Result<qint64>::failure(tr("sensor %1: %2").arg(reading.sensorId, errorOf(*selectSensor)));
    SensorRow row{selectSensor->value(0).toLongLong(), selectSensor->value(1).toString()};
    selectSensor->finish();
    sensors.insert(reading.sensorId, row);
    return row.id;
}

Status ReadingWriter::Private::insertObservation(Observation& row)
{
    if (row.empty())
        return Status::success();
    sqlite3_stmt* insert = insertObservation_;
    sqlite3_bind_int64(insert, 1, row.receivedMs);
    sqlite3_bind_int64(insert, 2, row.sourceMs);
    sqlite3_bind_int64(insert, 3, row.sensor);
    for (size_t m = 0; m < row.values.size(); ++m) {
        if (row.present.test(m))
            sqlite3_bind_double(insert, kFirstMetricColumn + int(m), row.values[m]);
        else
            sqlite3_bind_null(insert, kFirstMetricColumn + int(m));
    }
    const int rc = sqlite3_step(insert);
    sqlite3_reset(insert);
    if (rc != SQLITE_DONE)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(handle)));
    row.present.reset();
    // The first row of a new hour goes into the hour map (an hour seen before keeps its first
    // row: the receive clock was set back).
    if (const qint64 hour = row.receivedMs - row.receivedMs % kHourMs; hour != lastHour) {
        sqlite3_bind_int64(insertHour, 1, hour);
        sqlite3_bind_int64(insertHour, 2, sqlite3_last_insert_rowid(handle));
        const int hourRc = sqlite3_step(insertHour);
        sqlite3_reset(insertHour);
        if (hourRc != SQLITE_DONE)
            return Status::failure(QString::fromUtf8(sqlite3_errmsg(handle)));
        lastHour = hour;
    }
    return Status::success();
}

Status ReadingWriter::Private::upsertDayRow(qint64 day, const QString& room, double seconds)
{
    const QByteArray roomUtf8 = room.toUtf8();
    sqlite3_bind_int64(upsertDay, 1, day);
    sqlite3_bind_text(upsertDay, 2, roomUtf8.constData(), int(roomUtf8.size()), SQLITE_STATIC);
    sqlite3_bind_double(upsertDay, 3, seconds);
    const int rc = sqlite3_step(upsertDay);
    sqlite3_reset(upsertDay);
    sqlite3_clear_bindings(upsertDay);
    return rc == SQLITE_DONE ? Status::success() : Status::failure(lastError());
}

ReadingWriter::ReadingWriter(QString databasePath, qint64 maxOccupancyGapMs)
    : m_path(std::move(databasePath)), d(std::make_unique<Private>()), m_rollups(maxOccupancyGapMs)
{
    d->connection = Database::uniqueConnectionName(QStringLiteral("atrium-writer"));
}

ReadingWriter::~ReadingWriter()
{
    close();
}

bool ReadingWriter::isOpen() const
{
    return d->insertObservation_ != nullptr;
}

void ReadingWriter::close()
{
    const bool hadConnection = QSqlDatabase::contains(d->connection);
    // Statements go before their connection.
    d->begin.reset();
    d->commit.reset();
    d->rollback.reset();
    sqlite3_finalize(d->insertObservation_);
    d->insertObservation_ = nullptr;
    sqlite3_finalize(d->insertHour);
    d->insertHour = nullptr;
    d->lastHour = std::numeric_limits<qint64>::min();
    d->handle = nullptr;
    d->upsertSensor.reset();
    d->selectSensor.reset();
    sqlite3_finalize(d->upsertRollup);
    d->upsertRollup = nullptr;
    sqlite3_finalize(d->upsertDay);
    d->upsertDay = nullptr;
    d->sensors.clear();
    if (hadConnection)
        Database::closeConnection(d->connection);
}

Status ReadingWriter::open()
{
    if (isOpen())
        return Status::success();
    auto opened = Database::openConnection(m_path, d->connection);
    if (!opened)
        return Status::failure(opened.error());
    QString error = prepareStatements();
    if (error.isEmpty())
        error = syncDaySummary();
    if (error.isEmpty())
        return Status::success();
    close();
    return Status::failure(error);
}

QString ReadingWriter::prepareStatements()
{
    QSqlDatabase db = QSqlDatabase::database(d->connection, false);
    {
        QSqlQuery version(db);
        const int expected = Database::latestSchemaVersion();
        if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
            return tr("Cannot read the schema version of %1: %2").arg(m_path, errorOf(version));
        if (const int found = version.value(0).toInt(); found != expected)
            return tr("The database %1 is at schema %2, not %3: it must be migrated first")
                .arg(m_path)
                .arg(found)
                .arg(expected);
    }
    auto prepare = [&](std::optional<QSqlQuery>& query, const QString& sql) {
        query.emplace(db);
        query->setForwardOnly(true);
        return query->prepare(sql);
    };
    // IMMEDIATE takes the write lock up front: the busy timeout then applies, instead of a
    // deferred transaction failing at its first write when another connection wrote meanwhile.
    // (SQLite syntax; a PostgreSQL port uses plain BEGIN.)
    const bool ok =
        prepare(d->begin, QStringLiteral("BEGIN IMMEDIATE")) && prepare(d->commit, QStringLiteral("COMMIT")) &&
        prepare(d->rollback, QStringLiteral("ROLLBACK")) &&
        prepare(d->upsertSensor,
                QStringLiteral("INSERT INTO sensor(key, room) VALUES(?, ?) ON CONFLICT(key) DO UPDATE "
                               "SET room = excluded.room WHERE excluded.room <> '' AND room <> excluded.room")) &&
        prepare(d->selectSensor, QStringLiteral("SELECT id, room FROM sensor WHERE key = ?"));
    if (ok) {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            d->handle = *static_cast<sqlite3* const*>(handle.constData());
        if (!d->handle)
            return tr("Cannot prepare writing to %1: not an SQLite connection").arg(m_path);
        auto prepareC = [&](const char* sql, sqlite3_stmt** statement) {
            return sqlite3_prepare_v3(d->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, statement, nullptr) == SQLITE_OK;
        };
        if (!prepareC(kInsertObservation, &d->insertObservation_) ||
            !prepareC("INSERT OR IGNORE INTO observation_hour(hour, first_rowid) VALUES(?, ?)", &d->insertHour) ||
            // Unqualified columns in DO UPDATE are the stored row. min/max are NULL in a bucket
            // that holds only occupied time; COALESCE keeps whichever side has a value.
            !prepareC("INSERT INTO rollup(room, metric, bucket, n, sum, min, max, occupied_s) "
                      "VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(room, metric, bucket) DO UPDATE SET "
                      "n = n + excluded.n, sum = sum + excluded.sum, "
                      "min = min(coalesce(min, excluded.min), coalesce(excluded.min, min)), "
                      "max = max(coalesce(max, excluded.max), coalesce(excluded.max, max)), "
                      "occupied_s = occupied_s + excluded.occupied_s",
                      &d->upsertRollup) ||
            !prepareC(
                "INSERT INTO occupancy_day(day, room, open_occupied_s) VALUES(?, ?, ?) "
                "ON CONFLICT(day, room) DO UPDATE SET open_occupied_s = open_occupied_s + excluded.open_occupied_s",
                &d->upsertDay))
            return tr("Cannot prepare writing to %1: %2").arg(m_path, d->lastError());
        return QString();
    }
    QString error;
    for (const auto* q : {&d->begin, &d->commit, &d->rollback, &d->upsertSensor, &d->selectSensor}) {
        if (q->has_value() && (*q)->lastError().isValid())
            error = errorOf(**q);
    }
    return tr("Cannot prepare writing to %1: %2").arg(m_path, error);
}

void ReadingWriter::setOpeningWeights(OpeningWeights weights)
{
    m_weights = std::move(weights);
    if (!m_weights.share)
        m_weights.basis.clear();
}

QString ReadingWriter::syncDaySummary()
{
    if (m_weights.basis.isEmpty())
        return QString();
    QSqlDatabase db = QSqlDatabase::database(d->connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT basis FROM occupancy_day_basis WHERE id = 1")))
        return tr("Cannot read the daily occupancy of %1: %2").arg(m_path, errorOf(q));
    if (q.next() && q.value(0).toString() == m_weights.basis)
        return QString();
    q.finish();
    // First start with this schema, or other opening hours: sum the rollups again. Done once,
    // in one transaction, before the first batch is written.
    QElapsedTimer timer;
    timer.start();
    QHash<QPair<qint64, QString>, double> days;
    auto fail = [&](const QSqlQuery& query) {
        const QString error = tr("Cannot recompute the daily occupancy of %1: %2").arg(m_path, errorOf(query));
        d->rollback->exec();
        return error;
    };
    if (!d->begin->exec())
        return fail(*d->begin);
    if (!q.exec(QStringLiteral("DELETE FROM occupancy_day")))
        return fail(q);
    q.prepare(QStringLiteral("SELECT room, bucket, occupied_s FROM rollup WHERE metric = ? AND occupied_s > 0"));
    q.addBindValue(int(Metric::Occupancy));
    if (!q.exec())
        return fail(q);
    quint64 buckets = 0;
    while (q.next()) {
        const qint64 bucket = q.value(1).toLongLong();
        const double seconds = q.value(2).toDouble() * m_weights.share(bucket);
        if (seconds > 0)
            days[{RollupAccumulator::dayStart(bucket), q.value(0).toString()}] += seconds;
        ++buckets;
    }
    q.finish();
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (Status upserted = d->upsertDayRow(it.key().first, it.key().second, it.value()); !upserted) {
            d->rollback->exec();
            return tr("Cannot recompute the daily occupancy of %1: %2").arg(m_path, upserted.error());
        }
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO occupancy_day_basis(id, basis) VALUES(1, ?)"));
    q.addBindValue(m_weights.basis);
    if (!q.exec())
        return fail(q);
    if (!d->commit->exec())
        return fail(*d->commit);
    qCInfo(lcWriter) << "daily occupancy recomputed from" << buckets << "rollups into" << days.size() << "rows in"
                     << timer.elapsed() << "ms";
    return QString();
}

Status ReadingWriter::write(const std::vector<Reading>& batch)
{
    if (batch.empty())
        return Status::success();
    if (Status opened = open(); !opened)
        return opened;
    quint64 written = 0;
    quint64 skipped = 0;
    Status status = writeInTransaction(batch, &written, &skipped);
    if (status) {
        m_rollups.commitPending();
        m_rowsWritten += written;
        m_skippedRows += skipped;
        return status;
    }
    // Nothing of the batch is kept: not the rows, not the rollup state, not sensor ids that
    // were inserted in the rolled-back transaction. The next write reopens the connection,
    // which also recovers from a file that was replaced or a broken handle.
    m_rollups.discardPending();
    if (d->rollback)
        d->rollback->exec();
    close();
    return Status::failure(QCoreApplication::translate("atrium::ReadingWriter", "Cannot store %n reading(s) in %1: %2",
                                                       nullptr, int(batch.size()))
                               .arg(m_path, status.error()));
}

Status ReadingWriter::writeInTransaction(const std::vector<Reading>& batch, quint64* written, quint64* skipped)
{
    m_rollups.discardPending();
    if (!d->begin->exec())
        return Status::failure(errorOf(*d->begin));
    // One row per message: the values of one sensor with the same receive and device times,
    // as the router emits them, one after the other. A metric seen twice starts a new row.
    Observation row;
    const Reading* previous = nullptr;
    qint64 sensor = 0;
    for (const Reading& r : batch) {
        // SQLite stores NaN as NULL, which would read as "no value": such a value is skipped.
        if (!std::isfinite(r.value)) {
            ++*skipped;
            continue;
        }
        // The values of a message come one after the other: one sensor look-up per message.
        if (!previous || previous->sensorId != r.sensorId || previous->roomId != r.roomId) {
            const auto found = d->sensorRowId(r);
            if (!found)
                return Status::failure(found.error());
            sensor = *found;
        }
        previous = &r;
        if (!row.accepts(sensor, r)) {
            if (Status inserted = d->insertObservation(row); !inserted)
                return inserted;
            row.start(sensor, r);
        }
        row.add(r);
        m_rollups.add(r);
        ++*written;
    }
    if (Status inserted = d->insertObservation(row); !inserted)
        return inserted;
    sqlite3_stmt* upsert = d->upsertRollup;
    QHash<QPair<qint64, QString>, double> days; // the batch's share of the daily summary
    for (const RollupAccumulator::Row& row : m_rollups.pendingRows()) {
        if (!m_weights.basis.isEmpty() && row.metric == Metric::Occupancy && row.bucket.occupiedS > 0) {
            if (const double seconds = row.bucket.occupiedS * m_weights.share(row.bucket.startMs); seconds > 0)
                days[{RollupAccumulator::dayStart(row.bucket.startMs), row.roomId}] += seconds;
        }
        const QByteArray room = row.roomId.toUtf8();
        sqlite3_bind_text(upsert, 1, room.constData(), int(room.size()), SQLITE_STATIC);
        sqlite3_bind_int(upsert, 2, int(row.metric));
        sqlite3_bind_int64(upsert, 3, row.bucket.startMs);
        sqlite3_bind_int64(upsert, 4, row.bucket.count);
        sqlite3_bind_double(upsert, 5, row.bucket.sum);
        if (row.bucket.count > 0) {
            sqlite3_bind_double(upsert, 6, row.bucket.min);
            sqlite3_bind_double(upsert, 7, row.bucket.max);
        } else {
            sqlite3_bind_null(upsert, 6);
            sqlite3_bind_null(upsert, 7);
        }
        sqlite3_bind_double(upsert, 8, row.bucket.occupiedS);
        const int rc = sqlite3_step(upsert);
        sqlite3_reset(upsert);
        sqlite3_clear_bindings(upsert); // `room` goes out of scope
        if (rc != SQLITE_DONE)
            return Status::failure(tr("rollup %1/%2: %3").arg(row.roomId, metricKey(row.metric), d->lastError()));
    }
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (Status upserted = d->upsertDayRow(it.key().first, it.key().second, it.value()); !upserted)
            return Status::failure(tr("daily occupancy %1: %2").arg(it.key().second, upserted.error()));
    }
    if (!d->commit->exec())
        return Status::failure(errorOf(*d->commit));
    return Status::success();
}

Result<int> ReadingWriter::pruneRawReadings(qint64 cutoffMs, int maxRows)
{
    if (Status opened = open(); !opened)
        return Result<int>::failure(opened.error());
    const qint64 cutoffHour = cutoffMs - cutoffMs % kHourMs;
    QSqlDatabase db = QSqlDatabase::database(d->connection, false);
    QSqlQuery q(db);
    auto fail = [&](const QSqlQuery& query) {
        const QString error = tr("Cannot delete old readings from %1: %2").arg(m_path, errorOf(query));
        d->rollback->exec();
        return Result<int>::failure(error);
    };
    if (!d->begin->exec())
        return fail(*d->begin);
    // Every row of a kept hour has a rowid at or above its hour's first: below the smallest of
    // those, only rows of older hours remain. Without a kept hour, every row is old.
    q.prepare(QStringLiteral("SELECT coalesce((SELECT min(first_rowid) FROM observation_hour WHERE hour >= ?), "
                             "(SELECT max(rowid) + 1 FROM observation), 0), (SELECT min(rowid) FROM observation)"));
    q.addBindValue(cutoffHour);
    if (!q.exec() || !q.next())
        return fail(q);
    const qint64 bound = q.value(0).toLongLong();
    const qint64 first = q.value(1).isNull() ? bound : q.value(1).toLongLong();
    q.finish();
    // A prefix of the table, in rowid order: SQLite deletes it without scanning the rest.
    const qint64 upTo = std::min(bound, first + std::max(1, maxRows));
    q.prepare(QStringLiteral("DELETE FROM observation WHERE rowid < ?"));
    q.addBindValue(upTo);
    if (!q.exec())
        return fail(q);
    const int deleted = q.numRowsAffected();
    if (upTo == bound) {
        q.prepare(QStringLiteral("DELETE FROM observation_hour WHERE hour < ?"));
        q.addBindValue(cutoffHour);
        if (!q.exec())
            return fail(q);
        // The hour of the last row written may have gone with them (the clock was ahead): its
        // next row must enter the map again, or a later prune would not see the hour.
        d->lastHour = std::numeric_limits<qint64>::min();
    }
    if (!d->commit->exec())
        return fail(*d->commit);
    return deleted;
}

} // namespace atrium

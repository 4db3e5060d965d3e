// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "telemetry/ReadingWriter.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace atrium;

namespace {

qint64 utc(const QString& time)
{
    return QDateTime::fromString(QStringLiteral("2026-03-02T") + time + QStringLiteral("Z"), Qt::ISODateWithMs)
        .toMSecsSinceEpoch();
}

Reading reading(const QString& sensor, const QString& room, Metric metric, double value, qint64 sourceMs,
                qint64 receivedMs = 0)
{
    Reading r;
    r.sensorId = sensor;
    r.roomId = room;
    r.metric = metric;
    r.value = value;
    r.sourceMs = sourceMs;
    r.receivedMs = receivedMs ? receivedMs : sourceMs + 40;
    return r;
}

// Reads the file back with plain SQL, as a user or a report would.
class Inspector
{
public:
    explicit Inspector(const QString& path) : m_name(Database::uniqueConnectionName(QStringLiteral("test-inspect")))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Inspector() { QSqlDatabase::removeDatabase(m_name); }

    QList<QVariantList> rows(const QString& sql) const
    {
        QList<QVariantList> out;
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return out;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            out << row;
        }
        return out;
    }
    QVariant scalar(const QString& sql) const
    {
        const auto all = rows(sql);
        return all.isEmpty() ? QVariant() : all.front().value(0);
    }
    bool exec(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql);
    }

private:
    QString m_name;
};

// Turns a freshly migrated file back into what version 6 left: one `reading` row per value,
// with a per-row time index, and one sensor (id 1, climate-1 in alpha).
bool backToVersion6(const Inspector& db)
{
    for (const char* sql :
         {"DROP VIEW reading", "DROP TABLE observation_hour", "DROP TABLE observation",
          "DROP TABLE IF EXISTS reading_unconverted",
          "CREATE TABLE reading (received INTEGER NOT NULL, ts INTEGER NOT NULL, "
          "sensor INTEGER NOT NULL REFERENCES sensor(id), metric INTEGER NOT NULL, value REAL NOT NULL)",
          "CREATE INDEX reading_received ON reading(received)",
          "INSERT INTO sensor(id, key, room) VALUES(1, 'climate-1', 'alpha')", "PRAGMA user_version = 6"}) {
        if (!db.exec(QLatin1String(sql))) {
            qWarning() << "cannot go back to version 6:" << sql;
            return false;
        }
    }
    return true;
}

} // namespace

class TestReadingWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void storesExactValues_data();
    void storesExactValues();
    void rollupsAddUpAcrossBatches();
    void quarterBoundaryInDatabase();
    void occupiedTimeAcrossBatchesAndBuckets();
    void lateReadingFillsOccupancyOnlyBucket();
    void peopleCounterFillsOccupiedTime();
    void sensorRowsAreReusedAndFollowTheirRoom();
    void nonFiniteValuesAreSkipped();
    void unmigratedDatabaseIsRefusedThenWorks();
    void failedBatchLeavesNothingAndRetriesOnce();
    void hourMapPointsAtFirstRowOfEachHour();
    void pruneDeletesWholeOldHoursOnly();
    void pruneKeepsRowsOfAClockSetBack();
    void pruneAfterAClockAheadKeepsLaterRowsOfItsHour();
    void migrationBuildsHourMapFromExistingReadings();
    void migrationKeepsEveryValue();
    void messageValuesShareOneRow();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_fileIndex = 0;
};

void TestReadingWriter::init()
{
    m_path = m_dir.filePath(QStringLiteral("site-%1.sqlite").arg(++m_fileIndex));
    const Status migrated = Database::migrate(m_path);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
}

void TestReadingWriter::storesExactValues_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<double>("value");
    QTest::addRow("temperature-21.37") << int(Metric::Temperature) << 21.37;
    QTest::addRow("negative-temperature") << int(Metric::Temperature) << -12.5;
    QTest::addRow("humidity-many-decimals") << int(Metric::Humidity) << 45.123456789012;
    QTest::addRow("co2-integer") << int(Metric::Co2) << 912.0;
    QTest::addRow("occupancy-vacant") << int(Metric::Occupancy) << 0.0;
    QTest::addRow("people-count") << int(Metric::People) << 14.0;
    QTest::addRow("illuminance-large") << int(Metric::Illuminance) << 98765.4321;
}

void TestReadingWriter::storesExactValues()
{
    QFETCH(int, metric);
    QFETCH(double, value);
    const qint64 source = utc(QStringLiteral("14:03:07.125"));
    const qint64 received = source + 850;
    {
        ReadingWriter writer(m_path);
        const Status written = writer.write(
            {reading(QStringLiteral("desk-7"), QStringLiteral("alpha"), Metric(metric), value, source, received)});
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(writer.rowsWritten(), quint64(1));
    }
    Inspector db(m_path);
    const auto rows = db.rows(QStringLiteral("SELECT r.received, r.ts, s.key, s.room, r.metric, r.value "
                                             "FROM reading r JOIN sensor s ON s.id = r.sensor"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0][0].toLongLong(), received);
    QCOMPARE(rows[0][1].toLongLong(), source);
    QCOMPARE(rows[0][2].toString(), QStringLiteral("desk-7"));
    QCOMPARE(rows[0][3].toString(), QStringLiteral("alpha"));
    QCOMPARE(rows[0][4].toInt(), metric);
    QCOMPARE(rows[0][5].toDouble(), value); // bit-exact: REAL is a double
}

void TestReadingWriter::rollupsAddUpAcrossBatches()
{
    ReadingWriter writer(m_path);
    const qint64 t = utc(QStringLiteral("14:46:00"));
    const QString s = QStringLiteral("t-1");
    const QString room = QStringLiteral("alpha");
    QVERIFY(writer
                .write({reading(s, room, Metric::Temperature, 21.0, t),
                        reading(s, room, Metric::Temperature, 23.5, t + 60'000)})
                .ok());
    QVERIFY(writer
                .write({reading(s, room, Metric::Temperature, 19.25, t + 120'000),
                        reading(s, room, Metric::Temperature, 25.0, t + 180'000)})
                .ok());
    Inspector db(m_path);
    const auto rows = db.rows(QStringLiteral("SELECT bucket, n, sum, min, max, occupied_s FROM rollup "
                                             "WHERE room = 'alpha' AND metric = %1")
                                  .arg(int(Metric::Temperature)));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0][0].toLongLong(), utc(QStringLiteral("14:45:00")));
    QCOMPARE(rows[0][1].toInt(), 4);
    QCOMPARE(rows[0][2].toDouble(), 88.75);
    QCOMPARE(rows[0][3].toDouble(), 19.25);
    QCOMPARE(rows[0][4].toDouble(), 25.0);
    QCOMPARE(rows[0][5].toDouble(), 0.0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM reading")).toInt(), 4);
}

void TestReadingWriter::quarterBoundaryInDatabase()
{
    ReadingWriter writer(m_path);
    QVERIFY(writer
                .write({reading(QStringLiteral("c-1"), QStringLiteral("beta"), Metric::Co2, 800,
                                utc(QStringLiteral("14:59:59.999"))),
                        reading(QStringLiteral("c-1"), QStringLiteral("beta"), Metric::Co2, 820,
                                utc(QStringLiteral("15:00:00.000")))})
                .ok());
    Inspector db(m_path);
    const auto rows = db.rows(QStringLiteral("SELECT bucket, n, sum FROM rollup WHERE room = 'beta' ORDER BY bucket"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0][0].toLongLong(), utc(QStringLiteral("14:45:00")));
    QCOMPARE(rows[0][2].toDouble(), 800.0);
    QCOMPARE(rows[1][0].toLongLong(), utc(QStringLiteral("15:00:00")));
    QCOMPARE(rows[1][2].toDouble(), 820.0);
}

void TestReadingWriter::occupiedTimeAcrossBatchesAndBuckets()
{
    ReadingWriter writer(m_path);
    const QString pir = QStringLiteral("pir-1");
    const QString room = QStringLiteral("alpha");
    QVERIFY(writer.write({reading(pir, room, Metric::Occupancy, 1, utc(QStringLiteral("14:50:00")))}).ok());
    QVERIFY(writer.write({reading(pir, room, Metric::Occupancy, 0, utc(QStringLiteral("15:05:00")))}).ok());
    Inspector db(m_path);
    const auto rows = db.rows(QStringLiteral("SELECT bucket, n, occupied_s, min, max FROM rollup WHERE room = 'alpha' "
                                             "AND metric = %1 ORDER BY bucket")
                                  .arg(int(Metric::Occupancy)));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0][0].toLongLong(), utc(QStringLiteral("14:45:00")));
    QCOMPARE(rows[0][1].toInt(), 1);
    QCOMPARE(rows[0][2].toDouble(), 600.0);
    QCOMPARE(rows[0][3].toDouble(), 1.0); // min/max kept by the upsert that added occupied time
    QCOMPARE(rows[1][0].toLongLong(), utc(QStringLiteral("15:00:00")));
    QCOMPARE(rows[1][1].toInt(), 1);
    QCOMPARE(rows[1][2].toDouble(), 300.0);
    QCOMPARE(rows[1][4].toDouble(), 0.0);
}

void TestReadingWriter::peopleCounterFillsOccupiedTime()
{
    // A room with only a people counter: its counts are rolled up as People, and the time it
    // held more than nobody lands on the room's Occupancy rows, which popularity reads.
    ReadingWriter writer(m_path);
    const QString counter = QStringLiteral("counter-1");
    const QString room = QStringLiteral("alpha");
    QVERIFY(writer.write({reading(counter, room, Metric::People, 3, utc(QStringLiteral("14:50:00")))}).ok());
    QVERIFY(writer.write({reading(counter, room, Metric::People, 0, utc(QStringLiteral("15:05:00")))}).ok());
    Inspector db(m_path);
    const auto occupied = db.rows(QStringLiteral("SELECT bucket, n, occupied_s FROM rollup WHERE room = 'alpha' "
                                                 "AND metric = %1 ORDER BY bucket")
                                      .arg(int(Metric::Occupancy)));
    QCOMPARE(occupied.size(), 2);
    QCOMPARE(occupied[0][0].toLongLong(), utc(QStringLiteral("14:45:00")));
    QCOMPARE(occupied[0][1].toInt(), 0); // no presence reading, occupied time only
    QCOMPARE(occupied[0][2].toDouble(), 600.0);
    QCOMPARE(occupied[1][0].toLongLong(), utc(QStringLiteral("15:00:00")));
    QCOMPARE(occupied[1][2].toDouble(), 300.0);
    const auto counts = db.rows(QStringLiteral("SELECT bucket, n, sum, max FROM rollup WHERE room = 'alpha' "
                                               "AND metric = %1 ORDER BY bucket")
                                    .arg(int(Metric::People)));
    QCOMPARE(counts.size(), 2);
    QCOMPARE(counts[0][1].toInt(), 1);
    QCOMPARE(counts[0][3].toDouble(), 3.0);
    QCOMPARE(counts[1][2].toDouble(), 0.0);
}

void TestReadingWriter::lateReadingFillsOccupancyOnlyBucket()
{
    ReadingWriter writer(m_path);
    const QString pir = QStringLiteral("pir-2");
    const QString room = QStringLiteral("gamma");
    // Silent for two hours after "occupied": 30 minutes are counted, the second of them in a
    // bucket that has no reading of its own.
    QVERIFY(writer
                .write({reading(pir, room, Metric::Occupancy, 1, utc(QStringLiteral("14:00:00"))),
                        reading(pir, room, Metric::Occupancy, 0, utc(QStringLiteral("16:00:00")))})
                .ok());
    Inspector db(m_path);
    const QString bucketSql = QStringLiteral("SELECT n, occupied_s, min IS NULL, max IS NULL, min, max FROM rollup "
                                             "WHERE room = 'gamma' AND bucket = %1")
                                  .arg(utc(QStringLiteral("14:15:00")));
    auto rows = db.rows(bucketSql);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0][0].toInt(), 0);
    QCOMPARE(rows[0][1].toDouble(), 900.0);
    QVERIFY(rows[0][2].toBool() && rows[0][3].toBool());
    QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(occupied_s) FROM rollup WHERE room = 'gamma'")).toDouble(), 1800.0);
    // A late message dated inside that bucket gives it a min and max.
    QVERIFY(writer.write({reading(pir, room, Metric::Occupancy, 2, utc(QStringLiteral("14:20:00")))}).ok());
    rows = db.rows(bucketSql);
    QCOMPARE(rows[0][0].toInt(), 1);
    QCOMPARE(rows[0][1].toDouble(), 900.0);
    QCOMPARE(rows[0][4].toDouble(), 2.0);
    QCOMPARE(rows[0][5].toDouble(), 2.0);
}

void TestReadingWriter::sensorRowsAreReusedAndFollowTheirRoom()
{
    ReadingWriter writer(m_path);
    const qint64 t = utc(QStringLiteral("08:00:00"));
    QVERIFY(writer
                .write({reading(QStringLiteral("desk-1"), QStringLiteral("alpha"), Metric::Co2, 500, t),
                        reading(QStringLiteral("desk-2"), QStringLiteral("beta"), Metric::Co2, 510, t)})
                .ok());
    QVERIFY(
        writer.write({reading(QStringLiteral("desk-1"), QStringLiteral("alpha"), Metric::Co2, 520, t + 1000)}).ok());
    // An admin moved desk-1 to beta.
    QVERIFY(writer.write({reading(QStringLiteral("desk-1"), QStringLiteral("beta"), Metric::Co2, 530, t + 2000)}).ok());
    Inspector db(m_path);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sensor")).toInt(), 2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT room FROM sensor WHERE key = 'desk-1'")).toString(),
             QStringLiteral("beta"));
    QCOMPARE(db.scalar(QStringLiteral(
                           "SELECT COUNT(*) FROM reading r JOIN sensor s ON s.id = r.sensor WHERE s.key = 'desk-1'"))
                 .toInt(),
             3);
    // The rollups keep the room each reading was taken in.
    QCOMPARE(db.scalar(QStringLiteral("SELECT n FROM rollup WHERE room = 'alpha'")).toInt(), 2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT n FROM rollup WHERE room = 'beta'")).toInt(), 2);
}

void TestReadingWriter::nonFiniteValuesAreSkipped()
{
    ReadingWriter writer(m_path);
    const qint64 t = utc(QStringLiteral("08:00:00"));
    const Status written = writer.write({reading(QStringLiteral("x"), QStringLiteral("alpha"), Metric::Noise, 41.5, t),
                                         reading(QStringLiteral("x"), QStringLiteral("alpha"), Metric::Noise,
                                                 std::numeric_limits<double>::quiet_NaN(), t + 1),
                                         reading(QStringLiteral("x"), QStringLiteral("alpha"), Metric::Noise,
                                                 -std::numeric_limits<double>::infinity(), t + 2)});
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(writer.rowsWritten(), quint64(1));
    QCOMPARE(writer.skippedRows(), quint64(2));
    Inspector db(m_path);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM reading")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT max FROM rollup WHERE room = 'alpha'")).toDouble(), 41.5);
}

void TestReadingWriter::unmigratedDatabaseIsRefusedThenWorks()
{
    const QString path = m_dir.filePath(QStringLiteral("not-migrated.sqlite"));
    ReadingWriter writer(path);
    const std::vector<Reading> batch{
        reading(QStringLiteral("x"), QStringLiteral("alpha"), Metric::Co2, 600, utc(QStringLiteral("09:00:00")))};
    const Status refused = writer.write(batch);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("migrated")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(path), qPrintable(refused.error()));
    QVERIFY(Database::migrate(path).ok());
    const Status written = writer.write(batch);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    Inspector db(path);
    QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM reading")).toDouble(), 600.0);
}

void TestReadingWriter::failedBatchLeavesNothingAndRetriesOnce()
{
    ReadingWriter writer(m_path);
    const QString pir = QStringLiteral("pir-9");
    const QString room = QStringLiteral("delta");
    QVERIFY(writer.write({reading(pir, room, Metric::Occupancy, 1, utc(QStringLiteral("14:50:00")))}).ok());

    // Another program moves the rollup table away: the readings insert fine, the rollup
    // upsert fails, and the whole batch must roll back.
    Inspector db(m_path);
    QVERIFY(db.exec(QStringLiteral("ALTER TABLE rollup RENAME TO rollup_away")));
    const std::vector<Reading> batch{
        reading(QStringLiteral("new-sensor"), room, Metric::Co2, 700, utc(QStringLiteral("15:04:00"))),
        reading(pir, room, Metric::Occupancy, 0, utc(QStringLiteral("15:05:00")))};
    const Status failed = writer.write(batch);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().contains(m_path), qPrintable(failed.error()));
    QVERIFY2(failed.error().contains(QLatin1String("rollup")), qPrintable(failed.error()));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM reading")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sensor WHERE key = 'new-sensor'")).toInt(), 0);
    QCOMPARE(writer.rowsWritten(), quint64(1));

    QVERIFY(db.exec(QStringLiteral("ALTER TABLE rollup_away RENAME TO rollup")));
    const Status retried = writer.write(batch);
    QVERIFY2(retried.ok(), qPrintable(retried.error()));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM reading")).toInt(), 3);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sensor WHERE key = 'new-sensor'")).toInt(), 1);
    // The occupied spell 14:50-15:05 is counted once, not lost and not doubled.
    QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(occupied_s) FROM rollup WHERE room = 'delta'")).toDouble(), 900.0);
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT n FROM rollup WHERE room = 'delta' AND metric = %1").arg(int(Metric::Co2)))
            .toInt(),
        1);
}

void TestReadingWriter::hourMapPointsAtFirstRowOfEachHour()
{
    ReadingWriter writer(m_path);
    const QString co2 = QStringLiteral("co2-1");
    const QString room = QStringLiteral("alpha");
    auto at = [&](const QString& time, double value) {
        return reading(co2, room, Metric::Co2, value, utc(time) - 40, utc(time));
    };
    QVERIFY(writer.write({at(QStringLiteral("10:59:59.999"), 500), at(QStringLiteral("11:00:00"), 510)}).ok());
    QVERIFY(writer.write({at(QStringLiteral("11:59:00"), 520), at(QStringLiteral("12:30:00"), 530)}).ok());

    Inspector db(m_path);
    const auto rows = db.rows(QStringLiteral("SELECT h.hour, o.co2 FROM observation_hour h "
                                             "JOIN observation o ON o.rowid = h.first_rowid ORDER BY h.hour"));
    const QList<QVariantList> expected{{utc(QStringLiteral("10:00:00")), 500.0},
                                       {utc(QStringLiteral("11:00:00")), 510.0},
                                       {utc(QStringLiteral("12:00:00")), 530.0}};
    QCOMPARE(rows, expected);
    // No per-row time index: the map is what finds a time range.
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
                                      "tbl_name = 'observation'"))
                 .toInt(),
             0);
}

void TestReadingWriter::pruneDeletesWholeOldHoursOnly()
{
    ReadingWriter writer(m_path);
    const QString co2 = QStringLiteral("co2-1");
    const QString room = QStringLiteral("alpha");
    std::vector<Reading> batch;
    for (const char* time : {"09:10:00", "09:50:00", "10:05:00", "10:59:00", "11:00:00", "11:30:00"})
        batch.push_back(reading(co2, room, Metric::Co2, 600, utc(QLatin1String(time)) - 40, utc(QLatin1String(time))));
    QVERIFY(writer.write(batch).ok());
    Inspector db(m_path);
    const int bucketsBefore = db.scalar(QStringLiteral("SELECT COUNT(*) FROM rollup")).toInt();

    // Cut at 10:40: only the 09:00 hour ends before the hour that holds the cut.
    // One row per transaction, as the ingest thread does with larger chunks.
    const qint64 cutoff = utc(QStringLiteral("10:40:00"));
    QList<int> deleted;
    for (int i = 0; i < 5; ++i) {
        const Result<int> step = writer.pruneRawReadings(cutoff, 1);
        QVERIFY2(step.ok(), qPrintable(step.error()));
        deleted << step.value();
        if (step.value() == 0)
            break;
    }
    QCOMPARE(deleted, (QList<int>{1, 1, 0}));
    QCOMPARE(db.scalar(QStringLiteral("SELECT MIN(received) FROM reading")).toLongLong(),
             utc(QStringLiteral("10:05:00")));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM reading")).toInt(), 4);
    QCOMPARE(db.scalar(QStringLiteral("SELECT MIN(hour) FROM observation_hour")).toLongLong(),
             utc(QStringLiteral("10:00:00")));
    // The history stays in the rollups.
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM rollup")).toInt(), bucketsBefore);
    QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(n) FROM rollup")).toInt(), 6);

    // A cut after the last hour deletes every row, and new rows start a new map.
    const Result<int> all = writer.pruneRawReadings(utc(QStringLiteral("13:00:00")), 1000);
    QVERIFY(all.ok());
    QCOMPARE(all.value(), 4);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM reading")).toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM observation_hour")).toInt(), 0);
    QVERIFY(writer.write({reading(co2, room, Metric::Co2, 650, utc(QStringLiteral("13:05:00")))}).ok());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM observation_hour")).toInt(), 1);
}

void TestReadingWriter::pruneKeepsRowsOfAClockSetBack()
{
    ReadingWriter writer(m_path);
    const QString co2 = QStringLiteral("co2-1");
    const QString room = QStringLiteral("alpha");
    auto at = [&](const QString& time) { return reading(co2, room, Metric::Co2, 700, utc(time) - 40, utc(time)); };
    // The PC's clock jumps from 12:10 back to 11:20, then runs on.
    QVERIFY(writer.write({at(QStringLiteral("11:05:00")), at(QStringLiteral("12:10:00"))}).ok());
    QVERIFY(writer.write({at(QStringLiteral("11:20:00")), at(QStringLiteral("11:40:00"))}).ok());

    // Cut at 12:00: the 11:00 hour goes, except rows written after the 12:00 hour began, which
    // cannot be told apart from it without a per-row index; they go at a later cut.
    const Result<int> deleted = writer.pruneRawReadings(utc(QStringLiteral("12:00:00")), 1000);
    QVERIFY(deleted.ok());
    QCOMPARE(deleted.value(), 1);
    Inspector db(m_path);
    QCOMPARE(
        db.scalar(
              QStringLiteral("SELECT COUNT(*) FROM reading WHERE received >= %1").arg(utc(QStringLiteral("12:00:00"))))
            .toInt(),
        1);
    QVERIFY(writer.write({at(QStringLiteral("13:30:00"))}).ok());
    QVERIFY(writer.pruneRawReadings(utc(QStringLiteral("13:00:00")), 1000).ok());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM reading")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT received FROM reading")).toLongLong(), utc(QStringLiteral("13:30:00")));
}

void TestReadingWriter::pruneAfterAClockAheadKeepsLaterRowsOfItsHour()
{
    ReadingWriter writer(m_path);
    auto at = [&](const QString& time) {
        return reading(QStringLiteral("co2-1"), QStringLiteral("alpha"), Metric::Co2, 700, utc(time) - 40, utc(time));
    };
    QVERIFY(writer.write({at(QStringLiteral("10:10:00")), at(QStringLiteral("10:20:00"))}).ok());
    // The clock was hours ahead when the prune ran, then is put right: the 10:00 hour went from
    // the map while the writer was still writing in it.
    QVERIFY(writer.pruneRawReadings(utc(QStringLiteral("12:30:00")), 1000).ok());
    QVERIFY(writer.write({at(QStringLiteral("10:55:00")), at(QStringLiteral("11:10:00"))}).ok());
    const Result<int> deleted = writer.pruneRawReadings(utc(QStringLiteral("10:50:00")), 1000);
    QVERIFY2(deleted.ok(), qPrintable(deleted.error()));
    QCOMPARE(deleted.value(), 0);
    Inspector db(m_path);
    QCOMPARE(db.scalar(QStringLiteral("SELECT MIN(received) FROM reading")).toLongLong(),
             utc(QStringLiteral("10:55:00")));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM reading")).toInt(), 2);
}

void TestReadingWriter::migrationBuildsHourMapFromExistingReadings()
{
    // A database as version 6 left it: one row per value, with a per-row time index.
    {
        Inspector db(m_path);
        QVERIFY(backToVersion6(db));
        auto insert = [&](const char* time, Metric metric, double value) {
            return db.exec(QStringLiteral("INSERT INTO reading(received, ts, sensor, metric, value) "
                                          "VALUES(%1, %1, 1, %2, %3)")
                               .arg(utc(QLatin1String(time)))
                               .arg(int(metric))
                               .arg(value));
        };
        QVERIFY(insert("08:15:00", Metric::Co2, 600));
        QVERIFY(insert("08:15:00", Metric::Temperature, 21.25));
        QVERIFY(insert("08:45:00", Metric::Co2, 610));
        QVERIFY(insert("10:00:00", Metric::Co2, 620));
        QVERIFY(insert("10:59:59", Metric::Co2, 630));
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 6")));
    }
    const Status migrated = Database::migrate(m_path);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
    Inspector db(m_path);
    // The two values of 08:15 are one message again.
    const auto rows = db.rows(QStringLiteral("SELECT received, co2, temperature FROM observation ORDER BY rowid"));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0], (QVariantList{utc(QStringLiteral("08:15:00")), 600.0, 21.25}));
    QVERIFY(rows[1][2].isNull());
    const auto hours = db.rows(QStringLiteral("SELECT hour, first_rowid FROM observation_hour ORDER BY hour"));
    const QList<QVariantList> expected{{utc(QStringLiteral("08:00:00")), 1}, {utc(QStringLiteral("10:00:00")), 3}};
    QCOMPARE(hours, expected);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM reading")).toInt(), 5); // the per-value view
    ReadingWriter writer(m_path);
    QVERIFY(writer.pruneRawReadings(utc(QStringLiteral("09:30:00")), 1000).ok());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM observation")).toInt(), 2);
}

void TestReadingWriter::migrationKeepsEveryValue()
{
    // Version 6 rows a plain pivot would lose: a metric twice at one instant, a row stored
    // twice, a sensor deleted by hand (foreign keys are off in this connection, as in the
    // sqlite3 shell), a metric code Atrium never wrote.
    const QString oldRows = QStringLiteral("SELECT received, ts, sensor, metric, value FROM %1 "
                                           "ORDER BY received, ts, sensor, metric, value");
    QList<QVariantList> before;
    {
        Inspector db(m_path);
        QVERIFY(backToVersion6(db));
        auto insert = [&](const char* time, int sensor, int metric, double value) {
            return db.exec(QStringLiteral("INSERT INTO reading(received, ts, sensor, metric, value) "
                                          "VALUES(%1, %1, %2, %3, %4)")
                               .arg(utc(QLatin1String(time)))
                               .arg(sensor)
                               .arg(metric)
                               .arg(value));
        };
        QVERIFY(insert("08:15:00", 1, int(Metric::Occupancy), 1));
        QVERIFY(insert("08:15:00", 1, int(Metric::Occupancy), 0)); // "occupancy" and "presence"
        QVERIFY(insert("08:15:00", 1, int(Metric::Temperature), 21.5));
        QVERIFY(insert("08:15:00", 1, int(Metric::Temperature), 21.5)); // stored twice
        QVERIFY(insert("08:15:00", 1, int(Metric::Co2), 600));
        QVERIFY(insert("08:20:00", 7, int(Metric::Co2), 700)); // sensor 7 is no more
        QVERIFY(insert("08:25:00", 1, 42, 3.5));
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 6")));
        before = db.rows(oldRows.arg(QStringLiteral("reading")));
        QCOMPARE(before.size(), 7);
    }
    const Status migrated = Database::migrate(m_path);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
    Inspector db(m_path);
    const QList<QVariantList> after = db.rows(oldRows.arg(QStringLiteral(
        "(SELECT * FROM reading UNION ALL SELECT received, ts, sensor, metric, value FROM reading_unconverted)")));
    QCOMPARE(after, before);
    // 08:15 is two rows: the second occupancy and temperature start the second.
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM observation WHERE received = %1")
                           .arg(utc(QStringLiteral("08:15:00"))))
                 .toInt(),
             2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT key FROM sensor WHERE id = 7")).toString(),
             QStringLiteral("deleted-sensor-7"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT metric FROM reading_unconverted")).toInt(), 42);
}

void TestReadingWriter::messageValuesShareOneRow()
{
    ReadingWriter writer(m_path);
    const qint64 t = utc(QStringLiteral("09:00:00"));
    const QString climate = QStringLiteral("climate-1");
    const QString pir = QStringLiteral("pir-1");
    const QString room = QStringLiteral("alpha");
    const std::vector<Reading> batch{
        reading(climate, room, Metric::Temperature, 21.5, t),
        reading(climate, room, Metric::Humidity, 41.0, t),
        reading(climate, room, Metric::Co2, std::numeric_limits<double>::quiet_NaN(), t), // skipped
        reading(climate, room, Metric::Battery, 87.0, t),
        reading(pir, room, Metric::Occupancy, 1.0, t),        // another sensor, same instant
        reading(climate, room, Metric::Temperature, 21.6, t), // a second message in the same millisecond
        reading(climate, room, Metric::Co2, 640.0, t + 1000)};
    QVERIFY(writer.write(batch).ok());
    QCOMPARE(writer.rowsWritten(), quint64(6));
    QCOMPARE(writer.skippedRows(), quint64(1));

    Inspector db(m_path);
    const auto rows = db.rows(QStringLiteral("SELECT s.key, o.temperature, o.humidity, o.co2, o.battery, o.occupancy "
                                             "FROM observation o JOIN sensor s ON s.id = o.sensor ORDER BY o.rowid"));
    QStringList shown; // one line per row, "-" for an absent value
    for (const QVariantList& r : rows) {
        QStringList cells;
        for (const QVariant& v : r)
            cells << (v.isNull() ? QStringLiteral("-") : v.toString());
        shown << cells.join(QLatin1Char(' '));
    }
    QCOMPARE(shown, (QStringList{QStringLiteral("climate-1 21.5 41 - 87 -"), QStringLiteral("pir-1 - - - - 1"),
                                 QStringLiteral("climate-1 21.6 - - - -"), QStringLiteral("climate-1 - - 640 - -")}));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM reading")).toInt(), 6);
}

QTEST_GUILESS_MAIN(TestReadingWriter)
#include "TestReadingWriter.moc"

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"
#include "feeds/FeedDiagnostics.h"
#include "feeds/MessageQueue.h"
#include "feeds/TopicRouter.h"
#include "storage/Database.h"
#include "telemetry/Ingestor.h"
#include "telemetry/LiveState.h"
#include "telemetry/RollupStore.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000LL;

Ingestor::Options keepingRawReadings(int days)
{
    Ingestor::Options options;
    options.rawRetentionDays = days;
    return options;
}

qint64 utc(const QString& time)
{
    return QDateTime::fromString(QStringLiteral("2026-03-02T") + time + QStringLiteral("Z"), Qt::ISODateWithMs)
        .toMSecsSinceEpoch();
}

// The atrium profile: atrium/<site>/<room>/<metric>, rooms found through one subscription.
Site demoSite()
{
    Site site;
    site.id = QStringLiteral("demo");
    site.timeZone = QTimeZone::utc();
    for (const char* id : {"alpha", "beta", "gamma"}) {
        Room room;
        room.id = QLatin1String(id);
        room.name = room.id;
        site.rooms.push_back(room);
    }
    site.subscriptions.push_back(Subscription{QStringLiteral("atrium/demo/#"), QStringLiteral("atrium"), 600});
    return site;
}

RawMessage raw(const char* topic, const QByteArray& payload, qint64 receivedMs)
{
    RawMessage message;
    message.topic = QByteArray(topic);
    message.payload = payload;
    message.receivedMs = receivedMs;
    return message;
}

// Reads the file with its own connection, as a report would; waits on the writer's lock.
class Inspector
{
public:
    explicit Inspector(const QString& path) : m_name(Database::uniqueConnectionName(QStringLiteral("test-inspect")))
    {
        m_ok = Database::openConnection(path, m_name).ok();
    }
    ~Inspector() { Database::closeConnection(m_name); }
    bool ok() const { return m_ok; }

    QList<QVariantList> rows(const QString& sql, int columns) const
    {
        QList<QVariantList> out;
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return out;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < columns; ++i)
                row << q.value(i);
            out << row;
        }
        return out;
    }
    QVariant scalar(const QString& sql) const
    {
        const auto all = rows(sql, 1);
        return all.isEmpty() ? QVariant() : all.front().value(0);
    }
    bool exec(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql);
    }

private:
    QString m_name;
    bool m_ok = false;
};

// Everything one ingest pipeline needs, on a fresh database.
struct Pipeline
{
    explicit Pipeline(const QString& path, qint64 nowMs, Ingestor::Options options = {})
        : clock(nowMs), site(demoSite()), router(site, clock), live(site, clock),
          ingestor(path, queue, router, clock, &live, &diagnostics, options)
    {}
    ManualClock clock;
    Site site;
    MessageQueue queue;
    TopicRouter router;
    LiveState live;
    FeedDiagnostics diagnostics;
    Ingestor ingestor;
};

double liveValue(const LiveState& live, const char* room, Metric metric)
{
    const auto v = live.value(QLatin1String(room), metric);
    return v ? v->value : -1.0;
}

} // namespace

class TestIngestor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readingsLandInRowsRollupsAndLiveState();
    void malformedPayloadIsListedAndNotStored_data();
    void malformedPayloadIsListedAndNotStored();
    void unknownRoomIsListedAsUnmatched();
    void stopStoresEverythingQueued_data();
    void stopStoresEverythingQueued();
    void storageErrorIsReportedAndBatchRetried();
    void rawReadingsBeyondRetentionAreDeleted();
    void retentionGoesOnAfterTheClockIsSetBack();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_index = 0;
};

void TestIngestor::init()
{
    m_path = m_dir.filePath(QStringLiteral("site-%1.sqlite").arg(++m_index));
    const Status migrated = Database::migrate(m_path);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
}

void TestIngestor::readingsLandInRowsRollupsAndLiveState()
{
    const qint64 t0 = utc(QStringLiteral("14:50:00"));
    Pipeline p(m_path, t0 + 15 * 60'000);
    p.ingestor.start();
    p.queue.push(raw("atrium/demo/alpha/temperature", "21.5", t0));
    p.queue.push(
        raw("atrium/demo/alpha/co2", R"({"value": 912, "unit": "ppm", "ts": "2026-03-02T14:49:30Z"})", t0 + 100));
    p.queue.push(raw("atrium/demo/beta/occupancy", "1", t0));
    QTRY_COMPARE(p.ingestor.counters().readings, quint64(3));
    p.queue.push(raw("atrium/demo/beta/occupancy", "0", t0 + 15 * 60'000)); // 15:05
    p.ingestor.stop();

    const Ingestor::Counters c = p.ingestor.counters();
    QCOMPARE(c.messages, quint64(4));
    QCOMPARE(c.readings, quint64(4));
    QCOMPARE(c.rejected, quint64(0));
    QCOMPARE(c.unmatched, quint64(0));
    QVERIFY(c.batches >= 2);

    Inspector db(m_path);
    QVERIFY(db.ok());
    // One row per message, in arrival order, with a column per metric.
    const auto rows =
        db.rows(QStringLiteral("SELECT s.key, s.room, o.temperature, o.co2, o.occupancy, o.ts, o.received "
                               "FROM observation o JOIN sensor s ON s.id = o.sensor ORDER BY o.rowid"),
                7);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0][0].toString(), QStringLiteral("atrium/demo/alpha"));
    QCOMPARE(rows[0][1].toString(), QStringLiteral("alpha"));
    QCOMPARE(rows[0][2].toDouble(), 21.5);
    QVERIFY(rows[0][3].isNull());
    QCOMPARE(rows[0][5].toLongLong(), t0); // no device time: the receive time
    QCOMPARE(rows[1][3].toDouble(), 912.0);
    QVERIFY(rows[1][2].isNull());
    QCOMPARE(rows[1][5].toLongLong(), utc(QStringLiteral("14:49:30")));
    QCOMPARE(rows[1][6].toLongLong(), t0 + 100);
    QCOMPARE(rows[3][1].toString(), QStringLiteral("beta"));
    QCOMPARE(rows[3][4].toDouble(), 0.0);
    QVERIFY(!rows[3][4].isNull());
    // The per-value view reads the same.
    QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM reading WHERE metric = %1").arg(int(Metric::Co2))).toDouble(),
             912.0);

    RollupStore rollups(m_path);
    const auto co2 = rollups.buckets(QStringLiteral("alpha"), Metric::Co2, utc(QStringLiteral("14:00:00")),
                                     utc(QStringLiteral("16:00:00")));
    QVERIFY2(co2.ok(), qPrintable(co2.error()));
    QCOMPARE(co2->size(), size_t(1));
    QCOMPARE(co2->front().startMs, utc(QStringLiteral("14:45:00")));
    QCOMPARE(co2->front().max, 912.0);
    const auto occupied = rollups.occupiedBuckets(utc(QStringLiteral("14:00:00")), utc(QStringLiteral("16:00:00")));
    QVERIFY(occupied.ok());
    QCOMPARE(occupied->size(), size_t(2));
    QCOMPARE(occupied->at(0).roomId, QStringLiteral("beta"));
    QCOMPARE(occupied->at(0).occupiedS, 600.0); // 14:50-15:00
    QCOMPARE(occupied->at(1).occupiedS, 300.0); // 15:00-15:05

    QTRY_COMPARE(liveValue(p.live, "alpha", Metric::Temperature), 21.5);
    QTRY_COMPARE(liveValue(p.live, "alpha", Metric::Co2), 912.0);
    QTRY_COMPARE(liveValue(p.live, "beta", Metric::Occupancy), 0.0);
    QCOMPARE(p.live.freshness(QStringLiteral("gamma"), Metric::Co2), LiveState::Freshness::NoData);
}

void TestIngestor::malformedPayloadIsListedAndNotStored_data()
{
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("reasonMentions");
    QTest::addRow("word-instead-of-number")
        << QByteArray("atrium/demo/alpha/temperature") << QByteArray("warm") << QStringLiteral("number");
    QTest::addRow("nan") << QByteArray("atrium/demo/alpha/temperature") << QByteArray("NaN")
                         << QStringLiteral("number");
    QTest::addRow("json-null-value") << QByteArray("atrium/demo/alpha/co2") << QByteArray(R"({"value": null})")
                                     << QStringLiteral("null");
    QTest::addRow("truncated-json") << QByteArray("atrium/demo/alpha/co2") << QByteArray(R"({"value": 91)")
                                    << QStringLiteral("JSON");
    QTest::addRow("empty-payload") << QByteArray("atrium/demo/alpha/co2") << QByteArray() << QStringLiteral("empty");
    QTest::addRow("not-utf8") << QByteArray("atrium/demo/alpha/co2") << QByteArray("\xff\xfe\x32\x30")
                              << QStringLiteral("UTF-8");
    QTest::addRow("unknown-metric") << QByteArray("atrium/demo/alpha/smell") << QByteArray("3")
                                    << QStringLiteral("smell");
    QTest::addRow("implausible-co2") << QByteArray("atrium/demo/alpha/co2") << QByteArray("-50")
                                     << QStringLiteral("plausible");
    QTest::addRow("dated-an-hour-ahead") << QByteArray("atrium/demo/alpha/co2")
                                         << QByteArray(R"({"value": 700, "ts": "2026-03-02T16:00:00Z"})")
                                         << QStringLiteral("ahead");
}

void TestIngestor::malformedPayloadIsListedAndNotStored()
{
    QFETCH(QByteArray, topic);
    QFETCH(QByteArray, payload);
    QFETCH(QString, reasonMentions);
    const qint64 t0 = utc(QStringLiteral("15:00:00"));
    Pipeline p(m_path, t0);
    p.ingestor.start();
    p.queue.push(raw(topic.constData(), payload, t0));
    p.queue.push(raw("atrium/demo/alpha/humidity", "40", t0 + 1)); // the feed goes on
    QTRY_COMPARE(p.ingestor.counters().messages, quint64(2));
    p.ingestor.stop();

    const auto rejected = p.diagnostics.rejected();
    QCOMPARE(rejected.size(), size_t(1));
    QCOMPARE(rejected.front().topic, QString::fromUtf8(topic));
    QCOMPARE(rejected.front().profile, QStringLiteral("atrium"));
    QCOMPARE(rejected.front().lastPayload, payload);
    QVERIFY2(rejected.front().lastReason.contains(reasonMentions, Qt::CaseInsensitive),
             qPrintable(rejected.front().lastReason));
    QCOMPARE(p.ingestor.counters().rejected, quint64(1));
    QCOMPARE(p.ingestor.counters().readings, quint64(1));

    Inspector db(m_path);
    const auto rows = db.rows(QStringLiteral("SELECT metric, value FROM reading"), 2);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0][0].toInt(), int(Metric::Humidity));
    QCOMPARE(rows[0][1].toDouble(), 40.0);
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM rollup WHERE metric <> %1").arg(int(Metric::Humidity))).toInt(),
        0);
    QTRY_COMPARE(liveValue(p.live, "alpha", Metric::Humidity), 40.0);
    QVERIFY(!p.live.value(QStringLiteral("alpha"), Metric::Temperature));
    QVERIFY(!p.live.value(QStringLiteral("alpha"), Metric::Co2));
}

void TestIngestor::unknownRoomIsListedAsUnmatched()
{
    const qint64 t0 = utc(QStringLiteral("15:00:00"));
    Pipeline p(m_path, t0);
    p.ingestor.start();
    p.queue.push(raw("atrium/demo/attic/co2", "505", t0));
    QTRY_COMPARE(p.ingestor.counters().messages, quint64(1));
    p.ingestor.stop();
    const auto unmatched = p.diagnostics.unmatched();
    QCOMPARE(unmatched.size(), size_t(1));
    QCOMPARE(unmatched.front().topic, QStringLiteral("atrium/demo/attic/co2"));
    QCOMPARE(unmatched.front().lastPayload, QByteArray("505"));
    QCOMPARE(p.ingestor.counters().unmatched, quint64(1));
    Inspector db(m_path);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM reading")).toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sensor")).toInt(), 0);
}

void TestIngestor::stopStoresEverythingQueued_data()
{
    QTest::addColumn<bool>("startFirst");
    QTest::addRow("queued-while-running") << true;
    QTest::addRow("queued-before-start") << false;
}

void TestIngestor::stopStoresEverythingQueued()
{
    QFETCH(bool, startFirst);
    constexpr int kMessages = 20000;
    const qint64 t0 = utc(QStringLiteral("09:00:00"));
    // A long latency: the ingest thread sits in its wait while stop() is called.
    Ingestor::Options options;
    options.maxBatch = 500;
    options.maxLatencyMs = 2000;
    Pipeline p(m_path, t0 + kMessages, options);
    if (startFirst)
        p.ingestor.start();
    double expectedSum = 0;
    for (int i = 0; i < kMessages; ++i) {
        const double value = 18.0 + (i % 100) / 10.0;
        expectedSum += value;
        p.queue.push(raw(i % 2 ? "atrium/demo/alpha/temperature" : "atrium/demo/beta/temperature",
                         QByteArray::number(value), t0 + i));
    }
    if (!startFirst)
        p.ingestor.start();
    p.ingestor.stop();
    p.ingestor.stop(); // twice is harmless

    QCOMPARE(p.queue.size(), size_t(0));
    QCOMPARE(p.ingestor.counters().messages, quint64(kMessages));
    QCOMPARE(p.ingestor.counters().readings, quint64(kMessages));
    Inspector db(m_path);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM reading")).toInt(), kMessages);
    QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(n) FROM rollup")).toInt(), kMessages);
    QVERIFY(qAbs(db.scalar(QStringLiteral("SELECT SUM(value) FROM reading")).toDouble() - expectedSum) < 1e-6);
    // The last value of each room is the live one.
    QTRY_COMPARE(liveValue(p.live, "alpha", Metric::Temperature), 18.0 + ((kMessages - 1) % 100) / 10.0);
}

void TestIngestor::storageErrorIsReportedAndBatchRetried()
{
    const qint64 t0 = utc(QStringLiteral("10:00:00"));
    Pipeline p(m_path, t0);
    QSignalSpy errors(&p.ingestor, &Ingestor::storageError);
    Inspector db(m_path);
    // Another program takes the rollup table away: every write of a batch now fails.
    QVERIFY(db.exec(QStringLiteral("ALTER TABLE rollup RENAME TO rollup_away")));
    p.ingestor.start();
    p.queue.push(raw("atrium/demo/gamma/co2", "610", t0));
    p.queue.push(raw("atrium/demo/gamma/co2", "640", t0 + 1000));
    QVERIFY(errors.wait(10000));
    QVERIFY2(errors.first().at(0).toString().contains(m_path), qPrintable(errors.first().at(0).toString()));
    QCOMPARE(p.ingestor.counters().readings, quint64(0));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM reading")).toInt(), 0);
    // The floor view does not wait for storage.
    QTRY_COMPARE(liveValue(p.live, "gamma", Metric::Co2), 640.0);

    p.queue.push(raw("atrium/demo/gamma/co2", "700", t0 + 2000)); // queued meanwhile
    QVERIFY(db.exec(QStringLiteral("ALTER TABLE rollup_away RENAME TO rollup")));
    QTRY_COMPARE_WITH_TIMEOUT(p.ingestor.counters().readings, quint64(3), 15000);
    p.ingestor.stop();
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM reading")).toInt(), 3);
    QCOMPARE(db.scalar(QStringLiteral("SELECT n FROM rollup WHERE room = 'gamma'")).toInt(), 3);
    QCOMPARE(db.scalar(QStringLiteral("SELECT max FROM rollup WHERE room = 'gamma'")).toDouble(), 700.0);
}

void TestIngestor::rawReadingsBeyondRetentionAreDeleted()
{
    const qint64 now = utc(QStringLiteral("15:00:00"));
    Pipeline p(m_path, now, keepingRawReadings(30));
    p.ingestor.start();
    // A replayed history: readings received 40, 31 and 1 day(s) ago, and now.
    for (qint64 age : {40 * kDay, 31 * kDay, kDay, qint64(0)})
        p.queue.push(raw("atrium/demo/alpha/temperature", "21", now - age));
    QTRY_COMPARE(p.ingestor.counters().readings, quint64(4));

    // The writer looks at the retention hourly; a batch after the hour wakes it.
    p.clock.advanceMs(3600 * 1000 + 1);
    p.queue.push(raw("atrium/demo/alpha/temperature", "22", now + 3600 * 1000));
    QTRY_COMPARE(p.ingestor.counters().readings, quint64(5));
    Inspector db(m_path);
    QTRY_COMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM reading")).toInt(), 3);
    QCOMPARE(db.scalar(QStringLiteral("SELECT MIN(received) FROM reading")).toLongLong(), now - kDay);
    p.ingestor.stop();
    // The history of the deleted readings is still in the rollups.
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT SUM(n) FROM rollup WHERE metric = %1").arg(int(Metric::Temperature))).toInt(),
        5);
}

void TestIngestor::retentionGoesOnAfterTheClockIsSetBack()
{
    const qint64 now = utc(QStringLiteral("15:00:00"));
    Pipeline p(m_path, now, keepingRawReadings(30));
    p.ingestor.start();
    // The writer looks at the retention when it starts, before the first batch, then hourly:
    // this reading, replayed after that look, waits for the next one.
    p.queue.push(raw("atrium/demo/alpha/temperature", "21", now - 40 * kDay));
    QTRY_COMPARE(p.ingestor.counters().readings, quint64(1));
    Inspector db(m_path);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM reading")).toInt(), 1);

    // The PC's clock was three days ahead and is put right: the next look is not three days
    // and an hour away, it comes with the next batch.
    const qint64 setBack = now - 3 * kDay;
    p.clock.setNowMs(setBack);
    p.queue.push(raw("atrium/demo/alpha/temperature", "22", setBack));
    QTRY_COMPARE(p.ingestor.counters().readings, quint64(2));
    QTRY_COMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM reading")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT received FROM reading")).toLongLong(), setBack);
    p.ingestor.stop();
}

QTEST_MAIN(TestIngestor)
#include "TestIngestor.moc"

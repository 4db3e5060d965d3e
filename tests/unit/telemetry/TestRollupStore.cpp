// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "telemetry/ReadingWriter.h"
#include "telemetry/RollupStore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;

namespace {

qint64 utc(const QString& time)
{
    return QDateTime::fromString(QStringLiteral("2026-03-02T") + time + QStringLiteral("Z"), Qt::ISODateWithMs)
        .toMSecsSinceEpoch();
}

Reading reading(const QString& room, Metric metric, double value, const QString& time)
{
    Reading r;
    r.sensorId = room + QStringLiteral("-") + metricKey(metric);
    r.roomId = room;
    r.metric = metric;
    r.value = value;
    r.sourceMs = utc(time);
    r.receivedMs = r.sourceMs;
    return r;
}

} // namespace

class TestRollupStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bucketsOfOneRoomAndMetric_data();
    void bucketsOfOneRoomAndMetric();
    void bucketValues();
    void occupancyOnlyBucketHasNoCount();
    void occupiedBucketsOfEveryRoom();
    void unmigratedFileNamesTheProblem();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestRollupStore::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("site.sqlite"));
    QVERIFY(Database::migrate(m_path).ok());
    ReadingWriter writer(m_path);
    const Status written = writer.write({
        reading(QStringLiteral("alpha"), Metric::Co2, 600, QStringLiteral("09:01:00")),
        reading(QStringLiteral("alpha"), Metric::Co2, 800, QStringLiteral("09:14:59.999")),
        reading(QStringLiteral("alpha"), Metric::Co2, 900, QStringLiteral("09:15:00")),
        reading(QStringLiteral("alpha"), Metric::Co2, 1000, QStringLiteral("10:40:00")),
        reading(QStringLiteral("alpha"), Metric::Temperature, 21, QStringLiteral("09:05:00")),
        reading(QStringLiteral("beta"), Metric::Co2, 450, QStringLiteral("09:05:00")),
        // alpha occupied 09:10-09:20, beta 09:00-09:05 then silent for hours (capped at 30 min).
        reading(QStringLiteral("alpha"), Metric::Occupancy, 1, QStringLiteral("09:10:00")),
        reading(QStringLiteral("alpha"), Metric::Occupancy, 0, QStringLiteral("09:20:00")),
        reading(QStringLiteral("beta"), Metric::Occupancy, 2, QStringLiteral("09:00:00")),
        reading(QStringLiteral("beta"), Metric::Occupancy, 0, QStringLiteral("12:00:00")),
    });
    QVERIFY2(written.ok(), qPrintable(written.error()));
}

void TestRollupStore::bucketsOfOneRoomAndMetric_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("starts");
    QTest::addRow("whole-morning") << QStringLiteral("08:00:00") << QStringLiteral("12:00:00")
                                   << QStringList{QStringLiteral("09:00"), QStringLiteral("09:15"),
                                                  QStringLiteral("10:30")};
    QTest::addRow("end-is-exclusive") << QStringLiteral("09:00:00") << QStringLiteral("09:15:00")
                                      << QStringList{QStringLiteral("09:00")};
    QTest::addRow("start-is-inclusive") << QStringLiteral("09:15:00") << QStringLiteral("10:00:00")
                                        << QStringList{QStringLiteral("09:15")};
    QTest::addRow("from-inside-a-bucket-skips-it")
        << QStringLiteral("09:05:00") << QStringLiteral("10:00:00") << QStringList{QStringLiteral("09:15")};
    QTest::addRow("empty-range") << QStringLiteral("11:00:00") << QStringLiteral("12:00:00") << QStringList{};
}

void TestRollupStore::bucketsOfOneRoomAndMetric()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, starts);
    const RollupStore store(m_path);
    const auto buckets = store.buckets(QStringLiteral("alpha"), Metric::Co2, utc(from), utc(to));
    QVERIFY2(buckets.ok(), qPrintable(buckets.error()));
    QStringList got;
    for (const RollupBucket& b : buckets.value())
        got << QDateTime::fromMSecsSinceEpoch(b.startMs, Qt::UTC).toString(QStringLiteral("HH:mm"));
    QCOMPARE(got, starts);
}

void TestRollupStore::bucketValues()
{
    const RollupStore store(m_path);
    const auto buckets = store.buckets(QStringLiteral("alpha"), Metric::Co2, utc(QStringLiteral("09:00:00")),
                                       utc(QStringLiteral("09:15:00")));
    QVERIFY(buckets.ok());
    QCOMPARE(buckets->size(), size_t(1));
    const RollupBucket& b = buckets->front();
    QCOMPARE(b.startMs, utc(QStringLiteral("09:00:00")));
    QCOMPARE(b.count, qint64(2));
    QCOMPARE(b.sum, 1400.0);
    QCOMPARE(b.min, 600.0);
    QCOMPARE(b.max, 800.0);
    QCOMPARE(b.mean(), 700.0);
    QCOMPARE(b.occupiedS, 0.0);
    const auto beta = store.buckets(QStringLiteral("beta"), Metric::Co2, utc(QStringLiteral("09:00:00")),
                                    utc(QStringLiteral("09:15:00")));
    QCOMPARE(beta->front().max, 450.0);
}

void TestRollupStore::occupancyOnlyBucketHasNoCount()
{
    const RollupStore store(m_path);
    const auto buckets = store.buckets(QStringLiteral("beta"), Metric::Occupancy, utc(QStringLiteral("09:15:00")),
                                       utc(QStringLiteral("09:30:00")));
    QVERIFY(buckets.ok());
    QCOMPARE(buckets->size(), size_t(1));
    QCOMPARE(buckets->front().count, qint64(0));
    QCOMPARE(buckets->front().occupiedS, 900.0);
    QCOMPARE(buckets->front().mean(), 0.0);
}

void TestRollupStore::occupiedBucketsOfEveryRoom()
{
    const RollupStore store(m_path);
    const auto buckets = store.occupiedBuckets(utc(QStringLiteral("08:00:00")), utc(QStringLiteral("13:00:00")));
    QVERIFY2(buckets.ok(), qPrintable(buckets.error()));
    QStringList got;
    for (const auto& b : buckets.value())
        got << QStringLiteral("%1 %2 %3")
                   .arg(b.roomId, QDateTime::fromMSecsSinceEpoch(b.startMs, Qt::UTC).toString(QStringLiteral("HH:mm")))
                   .arg(b.occupiedS);
    // Only buckets with occupied time, no CO2 or temperature rows; beta's silence is capped.
    // The order is the index's (bucket, room): popularity only sums them.
    got.sort();
    QCOMPARE(got, (QStringList{QStringLiteral("alpha 09:00 300"), QStringLiteral("alpha 09:15 300"),
                               QStringLiteral("beta 09:00 900"), QStringLiteral("beta 09:15 900")}));
    const auto later = store.occupiedBuckets(utc(QStringLiteral("09:15:00")), utc(QStringLiteral("09:30:00")));
    QCOMPARE(later->size(), size_t(2));
}

void TestRollupStore::unmigratedFileNamesTheProblem()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
    const RollupStore store(path);
    const auto buckets = store.buckets(QStringLiteral("alpha"), Metric::Co2, 0, utc(QStringLiteral("12:00:00")));
    QVERIFY(!buckets.ok());
    QVERIFY2(buckets.error().contains(QLatin1String("alpha")), qPrintable(buckets.error()));
    QVERIFY2(buckets.error().contains(QLatin1String("rollup")), qPrintable(buckets.error()));
}

QTEST_GUILESS_MAIN(TestRollupStore)
#include "TestRollupStore.moc"

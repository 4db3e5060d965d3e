// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/RollupAccumulator.h"

#include <QDateTime>
#include <QTest>

#include <cmath>
#include <limits>

using namespace atrium;

namespace {

// "14:59:59.999" on 2 March 2026, UTC.
qint64 utc(const QString& time)
{
    const QDateTime dt =
        QDateTime::fromString(QStringLiteral("2026-03-02T") + time + QStringLiteral("Z"), Qt::ISODateWithMs);
    Q_ASSERT(dt.isValid());
    return dt.toMSecsSinceEpoch();
}

Reading reading(const QString& room, Metric metric, double value, qint64 sourceMs)
{
    Reading r;
    r.sensorId = room + QStringLiteral("-sensor");
    r.roomId = room;
    r.metric = metric;
    r.value = value;
    r.sourceMs = sourceMs;
    r.receivedMs = sourceMs;
    return r;
}

const RollupAccumulator::Row* findRow(const std::vector<RollupAccumulator::Row>& rows, const QString& room,
                                      Metric metric, qint64 bucketMs)
{
    for (const auto& row : rows) {
        if (row.roomId == room && row.metric == metric && row.bucket.startMs == bucketMs)
            return &row;
    }
    return nullptr;
}

// Events folded in order: "HH:mm:ss=value" is a presence (Occupancy) report, "HH:mm:ss=N people"
// a people count. Returns the occupied seconds per bucket "HH:mm" (found on Occupancy rows).
QMap<QString, double> occupiedByBucket(RollupAccumulator& acc, const QStringList& events)
{
    for (const QString& event : events) {
        const QStringList parts = event.split(QLatin1Char('='));
        QString value = parts.at(1);
        const bool counted = value.endsWith(QLatin1String(" people"));
        if (counted)
            value.chop(int(qstrlen(" people")));
        acc.add(reading(QStringLiteral("alpha"), counted ? Metric::People : Metric::Occupancy, value.toDouble(),
                        utc(parts.at(0))));
    }
    QMap<QString, double> out;
    for (const auto& row : acc.pendingRows()) {
        if (row.bucket.occupiedS > 0 && row.metric == Metric::Occupancy)
            out.insert(QDateTime::fromMSecsSinceEpoch(row.bucket.startMs, Qt::UTC).toString(QStringLiteral("HH:mm")),
                       row.bucket.occupiedS);
    }
    return out;
}

QMap<QString, double> expectedMap(const QStringList& entries)
{
    QMap<QString, double> out;
    for (const QString& entry : entries)
        out.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1).toDouble());
    return out;
}

} // namespace

class TestRollupAccumulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketStart_data();
    void bucketStart();
    void quarterBoundarySplitsBuckets();
    void aggregatesPerRoomAndMetric();
    void pendingRowsArePerBatch();
    void occupiedSeconds_data();
    void occupiedSeconds();
    void occupiedSpellAcrossBatches();
    void discardRestoresOccupancyState();
    void ignoresRoomlessAndNonFinite();
};

void TestRollupAccumulator::bucketStart_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<qint64>("expected");
    QTest::addRow("last-ms-of-14:45-bucket")
        << utc(QStringLiteral("14:59:59.999")) << utc(QStringLiteral("14:45:00.000"));
    QTest::addRow("exactly-15:00") << utc(QStringLiteral("15:00:00.000")) << utc(QStringLiteral("15:00:00.000"));
    QTest::addRow("mid-bucket") << utc(QStringLiteral("15:07:30.250")) << utc(QStringLiteral("15:00:00.000"));
    QTest::addRow("epoch") << qint64(0) << qint64(0);
    QTest::addRow("one-ms-before-epoch") << qint64(-1) << -kRollupBucketMs;
    QTest::addRow("quarter-before-epoch") << -kRollupBucketMs << -kRollupBucketMs;
}

void TestRollupAccumulator::bucketStart()
{
    QFETCH(qint64, ms);
    QFETCH(qint64, expected);
    QCOMPARE(RollupAccumulator::bucketStart(ms), expected);
}

void TestRollupAccumulator::quarterBoundarySplitsBuckets()
{
    RollupAccumulator acc;
    acc.add(reading(QStringLiteral("alpha"), Metric::Temperature, 20.5, utc(QStringLiteral("14:59:59.999"))));
    acc.add(reading(QStringLiteral("alpha"), Metric::Temperature, 22.0, utc(QStringLiteral("15:00:00.000"))));
    const auto rows = acc.pendingRows();
    QCOMPARE(rows.size(), size_t(2));
    const auto* before = findRow(rows, QStringLiteral("alpha"), Metric::Temperature, utc(QStringLiteral("14:45:00")));
    const auto* after = findRow(rows, QStringLiteral("alpha"), Metric::Temperature, utc(QStringLiteral("15:00:00")));
    QVERIFY(before && after);
    QCOMPARE(before->bucket.count, qint64(1));
    QCOMPARE(before->bucket.sum, 20.5);
    QCOMPARE(after->bucket.count, qint64(1));
    QCOMPARE(after->bucket.sum, 22.0);
}

void TestRollupAccumulator::aggregatesPerRoomAndMetric()
{
    RollupAccumulator acc;
    const qint64 t = utc(QStringLiteral("09:02:00"));
    acc.add(reading(QStringLiteral("alpha"), Metric::Co2, 650, t));
    acc.add(reading(QStringLiteral("alpha"), Metric::Co2, 910, t + 60'000));
    acc.add(reading(QStringLiteral("alpha"), Metric::Co2, 480, t + 120'000));
    acc.add(reading(QStringLiteral("alpha"), Metric::Humidity, 41, t));
    acc.add(reading(QStringLiteral("beta"), Metric::Co2, 1200, t));
    const auto rows = acc.pendingRows();
    QCOMPARE(rows.size(), size_t(3));
    const auto* co2 = findRow(rows, QStringLiteral("alpha"), Metric::Co2, utc(QStringLiteral("09:00:00")));
    QVERIFY(co2);
    QCOMPARE(co2->bucket.count, qint64(3));
    QCOMPARE(co2->bucket.sum, 2040.0);
    QCOMPARE(co2->bucket.min, 480.0);
    QCOMPARE(co2->bucket.max, 910.0);
    QCOMPARE(co2->bucket.mean(), 680.0);
    QCOMPARE(co2->bucket.occupiedS, 0.0);
    const auto* beta = findRow(rows, QStringLiteral("beta"), Metric::Co2, utc(QStringLiteral("09:00:00")));
    QVERIFY(beta);
    QCOMPARE(beta->bucket.max, 1200.0);
    // Sorted by room, then metric, then bucket: the writer upserts in a stable order.
    QCOMPARE(rows.front().roomId, QStringLiteral("alpha"));
    QCOMPARE(rows.back().roomId, QStringLiteral("beta"));
}

void TestRollupAccumulator::pendingRowsArePerBatch()
{
    RollupAccumulator acc;
    const qint64 t = utc(QStringLiteral("10:05:00"));
    acc.add(reading(QStringLiteral("alpha"), Metric::Temperature, 21.0, t));
    acc.add(reading(QStringLiteral("alpha"), Metric::Temperature, 23.5, t + 1000));
    acc.commitPending();
    QVERIFY(!acc.hasPending());
    acc.add(reading(QStringLiteral("alpha"), Metric::Temperature, 19.25, t + 2000));
    const auto rows = acc.pendingRows();
    QCOMPARE(rows.size(), size_t(1));
    // Only the second batch: the database adds it to what the first batch stored.
    QCOMPARE(rows.front().bucket.count, qint64(1));
    QCOMPARE(rows.front().bucket.min, 19.25);
    QCOMPARE(rows.front().bucket.max, 19.25);
}

void TestRollupAccumulator::occupiedSeconds_data()
{
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QStringList>("expected"); // bucket=seconds, buckets with occupied time only
    QTest::addRow("occupied-14:50-vacant-15:05-spans-two-buckets")
        << QStringList{QStringLiteral("14:50:00=1"), QStringLiteral("15:05:00=0")}
        << QStringList{QStringLiteral("14:45=600"), QStringLiteral("15:00=300")};
    QTest::addRow("people-counter-only-three-then-none")
        << QStringList{QStringLiteral("14:50:00=3 people"), QStringLiteral("15:05:00=0 people")}
        << QStringList{QStringLiteral("14:45=600"), QStringLiteral("15:00=300")};
    QTest::addRow("people-counter-one-person-is-occupied")
        << QStringList{QStringLiteral("14:50:00=1 people"), QStringLiteral("14:55:00=0 people")}
        << QStringList{QStringLiteral("14:45=300")};
    QTest::addRow("people-counter-zero-counts-nothing")
        << QStringList{QStringLiteral("14:50:00=0 people"), QStringLiteral("15:05:00=0 people")} << QStringList{};
    // A room with both a counter and a presence sensor: the latest report of either decides.
    QTest::addRow("counter-and-presence-latest-report-decides")
        << QStringList{QStringLiteral("14:50:00=2 people"), QStringLiteral("14:55:00=0"), QStringLiteral("15:00:00=1"),
                       QStringLiteral("15:05:00=0 people")}
        << QStringList{QStringLiteral("14:45=300"), QStringLiteral("15:00=300")};
    QTest::addRow("count-on-presence-row-still-occupied")
        << QStringList{QStringLiteral("14:50:00=3"), QStringLiteral("15:05:00=0")}
        << QStringList{QStringLiteral("14:45=600"), QStringLiteral("15:00=300")};
    QTest::addRow("vacant-spell-counts-nothing")
        << QStringList{QStringLiteral("14:50:00=0"), QStringLiteral("15:05:00=1")} << QStringList{};
    QTest::addRow("repeated-occupied-reports-add-up")
        << QStringList{QStringLiteral("14:50:00=1"), QStringLiteral("14:55:00=1"), QStringLiteral("15:00:30=1"),
                       QStringLiteral("15:01:00=0")}
        << QStringList{QStringLiteral("14:45=600"), QStringLiteral("15:00=60")};
    QTest::addRow("sub-second-precision")
        << QStringList{QStringLiteral("14:59:59.500=1"), QStringLiteral("15:00:00.250=0")}
        << QStringList{QStringLiteral("14:45=0.5"), QStringLiteral("15:00=0.25")};
    // A sensor silent for two hours after "occupied" counts at most the 30-minute cap.
    QTest::addRow("silent-gap-capped-at-two-buckets")
        << QStringList{QStringLiteral("14:00:00=1"), QStringLiteral("16:00:00=0")}
        << QStringList{QStringLiteral("14:00=900"), QStringLiteral("14:15=900")};
    QTest::addRow("gap-just-under-cap-counts-whole")
        << QStringList{QStringLiteral("14:10:00=1"), QStringLiteral("14:39:59=0")}
        << QStringList{QStringLiteral("14:00=300"), QStringLiteral("14:15=900"), QStringLiteral("14:30=599")};
    QTest::addRow("late-delivery-does-not-move-state")
        << QStringList{QStringLiteral("14:50:00=1"), QStringLiteral("15:05:00=0"), QStringLiteral("14:55:00=1"),
                       QStringLiteral("15:10:00=0")}
        << QStringList{QStringLiteral("14:45=600"), QStringLiteral("15:00=300")};
}

void TestRollupAccumulator::occupiedSeconds()
{
    QFETCH(QStringList, events);
    QFETCH(QStringList, expected);
    RollupAccumulator acc;
    QCOMPARE(occupiedByBucket(acc, events), expectedMap(expected));
}

void TestRollupAccumulator::occupiedSpellAcrossBatches()
{
    RollupAccumulator acc;
    acc.add(reading(QStringLiteral("alpha"), Metric::Occupancy, 1, utc(QStringLiteral("14:50:00"))));
    acc.commitPending();
    acc.add(reading(QStringLiteral("alpha"), Metric::Occupancy, 0, utc(QStringLiteral("15:05:00"))));
    const auto rows = acc.pendingRows();
    const auto* earlier = findRow(rows, QStringLiteral("alpha"), Metric::Occupancy, utc(QStringLiteral("14:45:00")));
    const auto* later = findRow(rows, QStringLiteral("alpha"), Metric::Occupancy, utc(QStringLiteral("15:00:00")));
    QVERIFY(earlier && later);
    // The earlier bucket gets occupied time only; its reading was stored with the first batch.
    QCOMPARE(earlier->bucket.count, qint64(0));
    QCOMPARE(earlier->bucket.occupiedS, 600.0);
    QCOMPARE(later->bucket.count, qint64(1));
    QCOMPARE(later->bucket.occupiedS, 300.0);
}

void TestRollupAccumulator::discardRestoresOccupancyState()
{
    RollupAccumulator acc;
    acc.add(reading(QStringLiteral("alpha"), Metric::Occupancy, 1, utc(QStringLiteral("14:50:00"))));
    acc.commitPending();
    const std::vector<Reading> batch{
        reading(QStringLiteral("alpha"), Metric::Occupancy, 0, utc(QStringLiteral("15:05:00")))};
    acc.add(batch);
    acc.discardPending(); // the write failed
    QVERIFY(!acc.hasPending());
    acc.add(batch); // the retry
    const auto rows = acc.pendingRows();
    const auto* earlier = findRow(rows, QStringLiteral("alpha"), Metric::Occupancy, utc(QStringLiteral("14:45:00")));
    QVERIFY2(earlier, "the retried batch still closes the occupied spell");
    QCOMPARE(earlier->bucket.occupiedS, 600.0);
}

void TestRollupAccumulator::ignoresRoomlessAndNonFinite()
{
    RollupAccumulator acc;
    const qint64 t = utc(QStringLiteral("11:00:00"));
    acc.add(reading(QString(), Metric::Co2, 700, t));
    acc.add(reading(QStringLiteral("alpha"), Metric::Co2, std::numeric_limits<double>::quiet_NaN(), t));
    acc.add(reading(QStringLiteral("alpha"), Metric::Co2, std::numeric_limits<double>::infinity(), t));
    acc.add(reading(QStringLiteral("alpha"), Metric::Co2, 720, t));
    const auto rows = acc.pendingRows();
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows.front().bucket.count, qint64(1));
    QCOMPARE(rows.front().bucket.sum, 720.0);
}

QTEST_GUILESS_MAIN(TestRollupAccumulator)
#include "TestRollupAccumulator.moc"

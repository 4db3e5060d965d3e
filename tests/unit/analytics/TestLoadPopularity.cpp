// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// loadPopularity reads the daily occupancy summary (migration 0006) that ReadingWriter keeps;
// whatever path it takes, the shares must be those computePopularity gives over the 15-minute
// rollups of the same period.
#include "analytics/Popularity.h"
#include "storage/Database.h"
#include "telemetry/ReadingWriter.h"
#include "telemetry/RollupStore.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;

namespace {

const QTimeZone kParis("Europe/Paris");

// A local wall-clock time in Paris, as UTC ms.
qint64 paris(const QString& dateTime)
{
    const QDateTime parsed = QDateTime::fromString(dateTime, Qt::ISODate);
    return QDateTime(parsed.date(), parsed.time(), kParis).toMSecsSinceEpoch();
}

Site siteWithHours(int openMinute, int closeMinute)
{
    Site site;
    site.id = QStringLiteral("popularity");
    site.timeZone = kParis;
    site.openingHours = OpeningHours::weekdays(openMinute, closeMinute);
    for (const char* id : {"alpha", "beta", "gamma"}) {
        Room room;
        room.id = QLatin1String(id);
        room.name = room.id;
        site.rooms.push_back(room);
    }
    return site;
}

// Presence reports every 10 minutes from 2026-03-23 to 2026-04-06 (over the spring DST change),
// each room with its own rhythm; gamma never reports.
std::vector<std::vector<Reading>> dailyBatches()
{
    std::vector<std::vector<Reading>> days;
    const qint64 start = paris(QStringLiteral("2026-03-23T00:00:00"));
    const qint64 end = paris(QStringLiteral("2026-04-06T00:00:00"));
    std::vector<Reading> day;
    int step = 0;
    for (qint64 t = start; t < end; t += 10 * 60 * 1000, ++step) {
        for (const auto& [room, period] :
             {std::pair{QStringLiteral("alpha"), 3}, std::pair{QStringLiteral("beta"), 7}}) {
            Reading r;
            r.sensorId = room + QStringLiteral("-presence");
            r.roomId = room;
            r.metric = Metric::Occupancy;
            r.value = step % period != 0 ? 1.0 : 0.0;
            r.sourceMs = t;
            r.receivedMs = t;
            day.push_back(r);
        }
        if ((step + 1) % 144 == 0) {
            days.push_back(std::move(day));
            day.clear();
        }
    }
    if (!day.empty())
        days.push_back(std::move(day));
    return days;
}

} // namespace

class TestLoadPopularity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSharesAsTheRollups_data();
    void sameSharesAsTheRollups();
    void otherOpeningHoursReadTheRollups();
    void summaryRecomputedForNewOpeningHours();
    void summaryBuiltFromRollupsWrittenWithoutIt();

private:
    static void compareShares(const Site& site, const QString& path, PopularityPeriod period);

    QTemporaryDir m_dir;
    QString m_path;
    // 08:10 opens inside a bucket, so prorated buckets are part of every day.
    const Site m_site = siteWithHours(8 * 60 + 10, 18 * 60);
};

void TestLoadPopularity::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("summary.sqlite"));
    QVERIFY(Database::migrate(m_path).ok());
    ReadingWriter writer(m_path);
    writer.setOpeningWeights(popularityWeights(m_site));
    for (const std::vector<Reading>& batch : dailyBatches()) {
        const Status written = writer.write(batch);
        QVERIFY2(written.ok(), qPrintable(written.error()));
    }
}

void TestLoadPopularity::compareShares(const Site& site, const QString& path, PopularityPeriod period)
{
    const RollupStore store(path);
    auto buckets = store.occupiedBuckets(period.fromMs, period.toMs);
    QVERIFY2(buckets.ok(), qPrintable(buckets.error()));
    const QHash<QString, double> expected = computePopularity(site, buckets.value(), period);
    auto loaded = loadPopularity(site, store, period);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded.value().keys().size(), 3);
    for (const Room& room : site.rooms) {
        const double got = loaded.value().value(room.id, -1);
        const double want = expected.value(room.id, -2);
        QVERIFY2(
            qAbs(got - want) < 1e-9,
            qPrintable(QStringLiteral("%1: %2 instead of %3").arg(room.id).arg(got, 0, 'g', 12).arg(want, 0, 'g', 12)));
    }
    QVERIFY(loaded.value().value(QStringLiteral("alpha")) > 0.3);
    QCOMPARE(loaded.value().value(QStringLiteral("gamma")), 0.0);
}

void TestLoadPopularity::sameSharesAsTheRollups_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    // Local times; UTC days start at 01:00 or 02:00 in Paris.
    QTest::addRow("whole-utc-days") << QStringLiteral("2026-03-24T01:00:00") << QStringLiteral("2026-03-28T01:00:00");
    QTest::addRow("partial-days-at-both-ends")
        << QStringLiteral("2026-03-24T13:37:00") << QStringLiteral("2026-04-02T07:12:00");
    QTest::addRow("across-the-dst-change")
        << QStringLiteral("2026-03-27T09:00:00") << QStringLiteral("2026-03-31T17:00:00");
    QTest::addRow("within-one-day") << QStringLiteral("2026-03-25T10:00:00") << QStringLiteral("2026-03-25T16:05:00");
    QTest::addRow("two-weeks") << QStringLiteral("2026-03-23T00:00:00") << QStringLiteral("2026-04-06T00:00:00");
}

void TestLoadPopularity::sameSharesAsTheRollups()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    compareShares(m_site, m_path, {paris(from), paris(to)});
}

void TestLoadPopularity::otherOpeningHoursReadTheRollups()
{
    const Site other = siteWithHours(7 * 60, 21 * 60 + 30);
    const RollupStore store(m_path);
    auto summary =
        store.openOccupiedSeconds(popularityWeights(other).basis, paris(QStringLiteral("2026-03-24T01:00:00")),
                                  paris(QStringLiteral("2026-03-28T01:00:00")));
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QVERIFY(!summary.value().has_value()); // kept for 08:10-18:00, so not usable here
    compareShares(other, m_path,
                  {paris(QStringLiteral("2026-03-24T13:37:00")), paris(QStringLiteral("2026-04-02T07:12:00"))});
}

void TestLoadPopularity::summaryRecomputedForNewOpeningHours()
{
    // A copy: the other tests keep the summary for the original hours.
    const QString path = m_dir.filePath(QStringLiteral("new-hours.sqlite"));
    QVERIFY(QFile::copy(m_path, path));
    const Site other = siteWithHours(7 * 60, 21 * 60 + 30);
    {
        ReadingWriter writer(path);
        writer.setOpeningWeights(popularityWeights(other));
        const Status opened = writer.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }
    const RollupStore store(path);
    auto summary =
        store.openOccupiedSeconds(popularityWeights(other).basis, paris(QStringLiteral("2026-03-24T01:00:00")),
                                  paris(QStringLiteral("2026-03-28T01:00:00")));
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QVERIFY(summary.value().has_value());
    QVERIFY(summary.value()->value(QStringLiteral("beta")) > 0);
    compareShares(other, path,
                  {paris(QStringLiteral("2026-03-24T13:37:00")), paris(QStringLiteral("2026-04-02T07:12:00"))});
}

void TestLoadPopularity::summaryBuiltFromRollupsWrittenWithoutIt()
{
    // A database written before migration 0006 had no summary: the first writer that keeps one
    // sums the rollups already there.
    const QString path = m_dir.filePath(QStringLiteral("upgraded.sqlite"));
    QVERIFY(Database::migrate(path).ok());
    {
        ReadingWriter writer(path);
        for (const std::vector<Reading>& batch : dailyBatches())
            QVERIFY(writer.write(batch).ok());
    }
    const QString basis = popularityWeights(m_site).basis;
    const qint64 from = paris(QStringLiteral("2026-03-24T01:00:00"));
    const qint64 to = paris(QStringLiteral("2026-03-28T01:00:00"));
    {
        auto summary = RollupStore(path).openOccupiedSeconds(basis, from, to);
        QVERIFY(summary.ok());
        QVERIFY(!summary.value().has_value());
    }
    {
        ReadingWriter writer(path);
        writer.setOpeningWeights(popularityWeights(m_site));
        QVERIFY(writer.open().ok());
    }
    auto rebuilt = RollupStore(path).openOccupiedSeconds(basis, from, to);
    auto original = RollupStore(m_path).openOccupiedSeconds(basis, from, to);
    QVERIFY(rebuilt.ok() && original.ok());
    QVERIFY(rebuilt.value().has_value() && original.value().has_value());
    for (const QString& room : {QStringLiteral("alpha"), QStringLiteral("beta")})
        QVERIFY2(qAbs(rebuilt.value()->value(room) - original.value()->value(room)) < 1e-6, qPrintable(room));
    compareShares(m_site, path,
                  {paris(QStringLiteral("2026-03-24T13:37:00")), paris(QStringLiteral("2026-04-02T07:12:00"))});
}

QTEST_GUILESS_MAIN(TestLoadPopularity)
#include "TestLoadPopularity.moc"

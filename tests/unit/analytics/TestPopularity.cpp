// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/Popularity.h"

#include <QDateTime>
#include <QTest>

using atrium::OpeningHours;
using atrium::RollupStore;

namespace {

const QTimeZone kParis(QByteArrayLiteral("Europe/Paris"));

qint64 local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kParis).toMSecsSinceEpoch();
}

// Open every day, midnight to midnight: the opening time of a day is its real length.
OpeningHours allDay()
{
    OpeningHours hours;
    for (auto& day : hours.days)
        day = OpeningHours::Day{true, 0, 24 * 60};
    return hours;
}

atrium::Site site()
{
    atrium::Site s;
    s.id = QStringLiteral("test");
    s.timeZone = kParis;
    s.openingHours = OpeningHours::weekdays(8 * 60, 19 * 60);
    for (const char* id : {"meeting-1", "booth-1"}) {
        atrium::Room room;
        room.id = QLatin1String(id);
        s.rooms.push_back(room);
    }
    return s;
}

// Fully occupied 15-minute buckets of a room over [fromMs, toMs).
void occupy(std::vector<RollupStore::OccupiedBucket>& buckets, const QString& room, qint64 fromMs, qint64 toMs)
{
    for (qint64 t = fromMs; t < toMs; t += atrium::kRollupBucketMs)
        buckets.push_back({room, t, atrium::kRollupBucketMs / 1000.0});
}

} // namespace

class TestPopularity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openingSeconds_data();
    void openingSeconds();
    void fullDayDuringOpeningHoursIsOne();
    void occupancyOutsideOpeningHoursIgnored();
    void partialShare();
    void dstDays_data();
    void dstDays();
    void weekendClosed();
    void clampedToOne();
};

void TestPopularity::openingSeconds_data()
{
    QTest::addColumn<OpeningHours>("hours");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<double>("seconds");
    const auto office = OpeningHours::weekdays(8 * 60, 19 * 60);
    // 2026-03-29 (Sunday) has 23 hours in Europe/Paris, 2026-10-25 (Sunday) has 25.
    QTest::addRow("ordinary-day-24h") << allDay() << local(2026, 3, 27, 0) << local(2026, 3, 28, 0) << 24 * 3600.0;
    QTest::addRow("spring-forward-23h") << allDay() << local(2026, 3, 29, 0) << local(2026, 3, 30, 0) << 23 * 3600.0;
    QTest::addRow("fall-back-25h") << allDay() << local(2026, 10, 25, 0) << local(2026, 10, 26, 0) << 25 * 3600.0;
    QTest::addRow("office-monday-11h") << office << local(2026, 3, 30, 0) << local(2026, 3, 31, 0) << 11 * 3600.0;
    QTest::addRow("office-week-55h") << office << local(2026, 3, 23, 0) << local(2026, 3, 30, 0) << 55 * 3600.0;
    QTest::addRow("office-dst-week-55h") << office << local(2026, 3, 26, 0) << local(2026, 4, 2, 0) << 55 * 3600.0;
    QTest::addRow("clipped-to-period") << office << local(2026, 3, 30, 17) << local(2026, 3, 31, 9) << 3 * 3600.0;
    QTest::addRow("empty-period") << office << local(2026, 3, 30, 9) << local(2026, 3, 30, 9) << 0.0;
}

void TestPopularity::openingSeconds()
{
    QFETCH(OpeningHours, hours);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(double, seconds);
    QCOMPARE(atrium::openingSeconds(hours, kParis, from, to), seconds);
}

void TestPopularity::fullDayDuringOpeningHoursIsOne()
{
    const auto s = site();
    std::vector<RollupStore::OccupiedBucket> buckets;
    occupy(buckets, QStringLiteral("meeting-1"), local(2026, 3, 30, 8), local(2026, 3, 30, 19));
    const auto shares = atrium::computePopularity(s, buckets, {local(2026, 3, 30, 0), local(2026, 3, 31, 0)});
    QCOMPARE(shares.value(QStringLiteral("meeting-1")), 1.0);
    // A room without any occupancy row is listed with 0.
    QVERIFY(shares.contains(QStringLiteral("booth-1")));
    QCOMPARE(shares.value(QStringLiteral("booth-1")), 0.0);
}

void TestPopularity::occupancyOutsideOpeningHoursIgnored()
{
    const auto s = site();
    std::vector<RollupStore::OccupiedBucket> buckets;
    // Night cleaning crew 20:00-23:00 and an early bird 06:00-08:00: outside opening hours.
    occupy(buckets, QStringLiteral("meeting-1"), local(2026, 3, 30, 20), local(2026, 3, 30, 23));
    occupy(buckets, QStringLiteral("meeting-1"), local(2026, 3, 30, 6), local(2026, 3, 30, 8));
    // Booth: the night plus 08:00-13:30 inside opening hours (5.5 h of 11 h).
    occupy(buckets, QStringLiteral("booth-1"), local(2026, 3, 30, 0), local(2026, 3, 30, 13, 30));
    const auto shares = atrium::computePopularity(s, buckets, {local(2026, 3, 30, 0), local(2026, 3, 31, 0)});
    QCOMPARE(shares.value(QStringLiteral("meeting-1")), 0.0);
    QCOMPARE(shares.value(QStringLiteral("booth-1")), 0.5);
}

void TestPopularity::partialShare()
{
    const auto s = site();
    std::vector<RollupStore::OccupiedBucket> buckets;
    // Five weekdays of 11 h; occupied 10:00-12:00 on Monday and Wednesday (half a bucket each
    // quarter on Wednesday): (2 h + 1 h) / 55 h.
    occupy(buckets, QStringLiteral("meeting-1"), local(2026, 3, 23, 10), local(2026, 3, 23, 12));
    for (qint64 t = local(2026, 3, 25, 10); t < local(2026, 3, 25, 12); t += atrium::kRollupBucketMs)
        buckets.push_back({QStringLiteral("meeting-1"), t, 450.0});
    // Rows of a room that is not on the site are ignored.
    occupy(buckets, QStringLiteral("removed-room"), local(2026, 3, 23, 10), local(2026, 3, 23, 12));
    const auto shares = atrium::computePopularity(s, buckets, {local(2026, 3, 23, 0), local(2026, 3, 30, 0)});
    QCOMPARE(shares.value(QStringLiteral("meeting-1")), 3.0 / 55.0);
    QVERIFY(!shares.contains(QStringLiteral("removed-room")));
}

void TestPopularity::dstDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<double>("hours");
    QTest::addRow("spring-forward-2026-03-29") << QDate(2026, 3, 29) << 23.0;
    QTest::addRow("fall-back-2026-10-25") << QDate(2026, 10, 25) << 25.0;
}

void TestPopularity::dstDays()
{
    QFETCH(QDate, date);
    QFETCH(double, hours);
    auto s = site();
    s.openingHours = allDay();
    const qint64 from = QDateTime(date, QTime(0, 0), kParis).toMSecsSinceEpoch();
    const qint64 to = QDateTime(date.addDays(1), QTime(0, 0), kParis).toMSecsSinceEpoch();
    QCOMPARE(double(to - from) / 3600000.0, hours);

    std::vector<RollupStore::OccupiedBucket> buckets;
    // Occupied the whole real day: exactly 1.0, whether it has 23 or 25 hours.
    occupy(buckets, QStringLiteral("meeting-1"), from, to);
    // Occupied 12 real hours from local midnight: 12/23 or 12/25, not 12/24.
    occupy(buckets, QStringLiteral("booth-1"), from, from + 12 * 3600 * 1000LL);
    const auto shares = atrium::computePopularity(s, buckets, {from, to});
    QCOMPARE(shares.value(QStringLiteral("meeting-1")), 1.0);
    QCOMPARE(shares.value(QStringLiteral("booth-1")), 12.0 / hours);
}

void TestPopularity::weekendClosed()
{
    const auto s = site(); // Monday to Friday
    std::vector<RollupStore::OccupiedBucket> buckets;
    // Saturday 2026-03-28 and Sunday 2026-03-29, busy all day: closed, so nothing counts.
    occupy(buckets, QStringLiteral("meeting-1"), local(2026, 3, 28, 8), local(2026, 3, 29, 19));
    QCOMPARE(atrium::openingSeconds(s.openingHours, kParis, local(2026, 3, 28, 0), local(2026, 3, 30, 0)), 0.0);
    const auto weekend = atrium::computePopularity(s, buckets, {local(2026, 3, 28, 0), local(2026, 3, 30, 0)});
    QCOMPARE(weekend.value(QStringLiteral("meeting-1")), 0.0);
    // Over the week, the weekend's occupancy does not raise the share either.
    const auto week = atrium::computePopularity(s, buckets, {local(2026, 3, 23, 0), local(2026, 3, 30, 0)});
    QCOMPARE(week.value(QStringLiteral("meeting-1")), 0.0);
}

void TestPopularity::clampedToOne()
{
    const auto s = site();
    std::vector<RollupStore::OccupiedBucket> buckets;
    // Duplicated rows (two sensors in one room) would sum to 2.0.
    occupy(buckets, QStringLiteral("meeting-1"), local(2026, 3, 30, 8), local(2026, 3, 30, 19));
    occupy(buckets, QStringLiteral("meeting-1"), local(2026, 3, 30, 8), local(2026, 3, 30, 19));
    const auto shares = atrium::computePopularity(s, buckets, {local(2026, 3, 30, 0), local(2026, 3, 31, 0)});
    QCOMPARE(shares.value(QStringLiteral("meeting-1")), 1.0);
}

QTEST_GUILESS_MAIN(TestPopularity)
#include "TestPopularity.moc"

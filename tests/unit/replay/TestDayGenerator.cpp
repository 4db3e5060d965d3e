// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DayGenerator.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <map>

using atrium::Room;
using atrium::RoomType;
using atrium::replay::DayGenerator;
using atrium::replay::ReplayEvents;

namespace {

const QTimeZone kParis(QByteArrayLiteral("Europe/Paris"));

Room room(const char* id, RoomType type, int capacity, const char* window)
{
    Room r;
    r.id = QLatin1String(id);
    r.name = r.id;
    r.type = type;
    r.capacity = capacity;
    r.windowOrientation = QLatin1String(window);
    r.naturalLight = !r.windowOrientation.isEmpty();
    return r;
}

atrium::Site testSite()
{
    atrium::Site site;
    site.id = QStringLiteral("test");
    site.timeZone = kParis;
    site.openingHours = atrium::OpeningHours::weekdays(8 * 60, 19 * 60);
    site.rooms = {room("meeting-1", RoomType::MeetingRoom, 8, "N"), room("meeting-2", RoomType::MeetingRoom, 6, "N"),
                  room("meeting-3", RoomType::MeetingRoom, 4, ""), room("meeting-4", RoomType::MeetingRoom, 10, "S"),
                  room("open-space", RoomType::OpenSpace, 20, "S"), room("booth", RoomType::PhoneBooth, 1, ""),
                  room("kitchen", RoomType::Kitchen, 10, "W"),
                  // Nobody ever stays in these: their light is daylight alone.
                  room("store-east", RoomType::Other, 0, "E"), room("store-west", RoomType::Other, 0, "W")};
    return site;
}

struct Sample
{
    qint64 ms;
    double value;
    QString ts;
};

// room -> metric -> samples in time order, read back from the published payloads.
using Series = std::map<QString, std::map<QString, std::vector<Sample>>>;

Series seriesOf(const ReplayEvents& events)
{
    Series series;
    for (const auto& event : events) {
        const QStringList parts = event.topic.split(QLatin1Char('/'));
        const QJsonObject payload = QJsonDocument::fromJson(event.payload).object();
        series[parts.value(2)][parts.value(3)].push_back(
            {event.dueMs, payload.value("value").toDouble(), payload.value("ts").toString()});
    }
    return series;
}

qint64 at(const QDate& date, int h, int m = 0)
{
    return QDateTime(date, QTime(h, m), kParis).toMSecsSinceEpoch();
}

// The last value published at or before `ms`.
double valueAt(const std::vector<Sample>& samples, qint64 ms)
{
    double value = std::nan("");
    for (const auto& s : samples) {
        if (s.ms > ms)
            break;
        value = s.value;
    }
    return value;
}

ReplayEvents generate(const QDate& date, std::uint32_t seed = 7, atrium::Site site = testSite())
{
    DayGenerator::Options options;
    options.date = date;
    options.seed = seed;
    return DayGenerator(std::move(site), options).generate();
}

} // namespace

class TestDayGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topicsAndCadence();
    void co2NeverBelowOutdoor();
    void occupiedMeetingRoomHasMoreCo2AtElevenThanAtSeven();
    void eastBrighterInTheMorningWestInTheEvening();
    void openSpaceFillsWithLunchDip();
    void phoneBoothHoldsOnePerson();
    void deterministicWithSeed();
    void dstDays_data();
    void dstDays();
    void closedDayIsEmpty();
};

void TestDayGenerator::topicsAndCadence()
{
    const QDate date(2026, 4, 15); // a Wednesday
    const auto events = generate(date);
    const Series series = seriesOf(events);
    QCOMPARE(series.size(), size_t(9));
    for (const auto& [roomId, metrics] : series) {
        QStringList keys;
        for (const auto& entry : metrics)
            keys << entry.first;
        // People counters everywhere, a presence sensor (occupancy 0/1) in the phone booth.
        if (roomId == QLatin1String("booth"))
            QCOMPARE(keys, (QStringList{"co2", "humidity", "illuminance", "occupancy", "temperature"}));
        else
            QCOMPARE(keys, (QStringList{"co2", "humidity", "illuminance", "people", "temperature"}));
        const auto& samples = metrics.at(QStringLiteral("co2"));
        // Every 30-60 simulated seconds through the 24 h day.
        QVERIFY2(samples.size() >= 24 * 60 && samples.size() <= 24 * 120, qPrintable(roomId));
        for (size_t i = 1; i < samples.size(); ++i) {
            const qint64 gap = samples[i].ms - samples[i - 1].ms;
            QVERIFY2(gap >= 30000 && gap <= 65000, qPrintable(QStringLiteral("%1: gap %2 ms").arg(roomId).arg(gap)));
        }
    }
    QVERIFY(events.front().topic.startsWith(QStringLiteral("atrium/test/")));
}

void TestDayGenerator::co2NeverBelowOutdoor()
{
    for (std::uint32_t seed : {1u, 2u, 3u}) {
        const Series series = seriesOf(generate(QDate(2026, 4, 15), seed));
        for (const auto& [roomId, metrics] : series) {
            for (const auto& s : metrics.at(QStringLiteral("co2")))
                QVERIFY2(s.value >= 420.0,
                         qPrintable(QStringLiteral("%1 %2 ppm at %3").arg(roomId).arg(s.value).arg(s.ts)));
        }
    }
}

void TestDayGenerator::occupiedMeetingRoomHasMoreCo2AtElevenThanAtSeven()
{
    const QDate date(2026, 4, 15);
    const Series series = seriesOf(generate(date));
    int checked = 0;
    for (const char* id : {"meeting-1", "meeting-2", "meeting-3", "meeting-4"}) {
        const auto& metrics = series.at(QLatin1String(id));
        // Occupied for the whole quarter hour before 11:00.
        bool occupied = true;
        for (const auto& s : metrics.at(QStringLiteral("people"))) {
            if (s.ms >= at(date, 10, 45) && s.ms <= at(date, 11, 0))
                occupied = occupied && s.value > 0;
        }
        if (!occupied)
            continue;
        ++checked;
        const double early = valueAt(metrics.at(QStringLiteral("co2")), at(date, 7, 0));
        const double eleven = valueAt(metrics.at(QStringLiteral("co2")), at(date, 11, 0));
        QVERIFY2(eleven > early + 50,
                 qPrintable(QStringLiteral("%1: %2 ppm at 11:00, %3 at 07:00").arg(id).arg(eleven).arg(early)));
    }
    QVERIFY2(checked > 0, "no meeting room occupied at 11:00 with this seed; pick another");
}

void TestDayGenerator::eastBrighterInTheMorningWestInTheEvening()
{
    const QDate date(2026, 4, 15);
    const Series series = seriesOf(generate(date));
    const auto& east = series.at(QStringLiteral("store-east")).at(QStringLiteral("illuminance"));
    const auto& west = series.at(QStringLiteral("store-west")).at(QStringLiteral("illuminance"));
    QVERIFY2(valueAt(east, at(date, 9)) > valueAt(west, at(date, 9)) + 100,
             qPrintable(QStringLiteral("09:00 east %1 lx, west %2 lx")
                            .arg(valueAt(east, at(date, 9)))
                            .arg(valueAt(west, at(date, 9)))));
    QVERIFY2(valueAt(west, at(date, 18)) > valueAt(east, at(date, 18)) + 100,
             qPrintable(QStringLiteral("18:00 east %1 lx, west %2 lx")
                            .arg(valueAt(east, at(date, 18)))
                            .arg(valueAt(west, at(date, 18)))));
    // Dark at night, whatever the window.
    QCOMPARE(valueAt(east, at(date, 2)), 0.0);
    QCOMPARE(valueAt(west, at(date, 23)), 0.0);
}

void TestDayGenerator::openSpaceFillsWithLunchDip()
{
    const QDate date(2026, 4, 15);
    const Series series = seriesOf(generate(date));
    const auto& people = series.at(QStringLiteral("open-space")).at(QStringLiteral("people"));
    auto mean = [&](int fromH, int fromM, int toH, int toM) {
        double sum = 0;
        int n = 0;
        for (const auto& s : people) {
            if (s.ms >= at(date, fromH, fromM) && s.ms < at(date, toH, toM)) {
                sum += s.value;
                ++n;
            }
        }
        return n > 0 ? sum / n : 0.0;
    };
    const double night = mean(2, 0, 6, 0);
    const double morning = mean(10, 30, 11, 45);
    const double lunch = mean(12, 40, 13, 10);
    const double afternoon = mean(14, 45, 16, 30);
    QCOMPARE(night, 0.0);
    QVERIFY2(morning > 10 && afternoon > 10, qPrintable(QStringLiteral("%1 / %2").arg(morning).arg(afternoon)));
    QVERIFY2(lunch < morning * 0.7 && lunch < afternoon * 0.7,
             qPrintable(QStringLiteral("lunch %1, morning %2, afternoon %3").arg(lunch).arg(morning).arg(afternoon)));
    for (const auto& s : people)
        QVERIFY(s.value <= 20);
}

void TestDayGenerator::phoneBoothHoldsOnePerson()
{
    const Series series = seriesOf(generate(QDate(2026, 4, 15)));
    // The booth's presence sensor says 0 or 1, never a count.
    const auto& people = series.at(QStringLiteral("booth")).at(QStringLiteral("occupancy"));
    QVERIFY(!series.at(QStringLiteral("booth")).count(QStringLiteral("people")));
    int busy = 0;
    for (const auto& s : people) {
        QVERIFY(s.value == 0 || s.value == 1);
        busy += s.value > 0;
    }
    // Short calls: busy some of the day, never most of it.
    QVERIFY2(busy > 0 && busy < int(people.size()) / 2, qPrintable(QString::number(busy)));
}

void TestDayGenerator::deterministicWithSeed()
{
    const QDate date(2026, 4, 15);
    const auto a = generate(date, 42);
    const auto b = generate(date, 42);
    QCOMPARE(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].dueMs, b[i].dueMs);
        QCOMPARE(a[i].topic, b[i].topic);
        QCOMPARE(a[i].payload, b[i].payload);
    }
    const auto c = generate(date, 43);
    bool differs = a.size() != c.size();
    for (size_t i = 0; !differs && i < a.size(); ++i)
        differs = a[i].payload != c[i].payload;
    QVERIFY(differs);
}

void TestDayGenerator::dstDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("hours");
    QTest::addColumn<QString>("offsetAt0130");
    QTest::addColumn<QString>("offsetAt0330");
    QTest::addRow("spring-forward-2026-03-29") << QDate(2026, 3, 29) << 23 << "+01:00"
                                               << "+02:00";
    QTest::addRow("fall-back-2026-10-25") << QDate(2026, 10, 25) << 25 << "+02:00"
                                          << "+01:00";
}

void TestDayGenerator::dstDays()
{
    QFETCH(QDate, date);
    QFETCH(int, hours);
    QFETCH(QString, offsetAt0130);
    QFETCH(QString, offsetAt0330);
    DayGenerator::Options options;
    options.date = date;
    DayGenerator generator(testSite(), options);
    QCOMPARE(generator.dayEndMs() - generator.dayStartMs(), hours * 3600000LL);
    const auto events = generator.generate();
    QVERIFY(events.front().dueMs >= generator.dayStartMs());
    QVERIFY(events.back().dueMs < generator.dayEndMs());
    const Series series = seriesOf(events);
    const auto& co2 = series.at(QStringLiteral("kitchen")).at(QStringLiteral("co2"));
    // The whole real day is covered: about one sample every 45 s over 23 or 25 hours.
    QVERIFY2(co2.size() > size_t(hours * 60) && co2.size() < size_t(hours * 120),
             qPrintable(QString::number(co2.size())));
    QVERIFY(co2.back().ms > generator.dayEndMs() - 65000);
    // Payload times carry the offset valid at that instant.
    for (const auto& s : co2) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(s.ms, kParis);
        if (local.time().hour() == 0)
            continue;
        if (s.ms < at(date, 1, 45) && local.time().hour() == 1)
            QVERIFY2(s.ts.endsWith(offsetAt0130), qPrintable(s.ts));
        if (local.time().hour() == 3)
            QVERIFY2(s.ts.endsWith(offsetAt0330), qPrintable(s.ts));
    }
}

void TestDayGenerator::closedDayIsEmpty()
{
    const Series series = seriesOf(generate(QDate(2026, 4, 19))); // a Sunday, closed
    for (const auto& [roomId, metrics] : series) {
        const QString occupancyKey =
            metrics.count(QStringLiteral("people")) ? QStringLiteral("people") : QStringLiteral("occupancy");
        for (const auto& s : metrics.at(occupancyKey))
            QCOMPARE(s.value, 0.0);
        // No people, no ventilation need: CO2 stays near outdoor air.
        for (const auto& s : metrics.at(QStringLiteral("co2")))
            QVERIFY2(s.value < 520, qPrintable(roomId));
    }
}

QTEST_GUILESS_MAIN(TestDayGenerator)
#include "TestDayGenerator.moc"

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"
#include "telemetry/LiveState.h"

#include <QSignalSpy>
#include <QTest>

#include <thread>

using namespace atrium;

Q_DECLARE_METATYPE(atrium::LiveState::Freshness)

namespace {

constexpr qint64 kT0 = 1'772'460'000'000; // 2026-03-02 14:00 UTC

Site testSite()
{
    Site site;
    site.id = QStringLiteral("demo");
    for (const char* id : {"alpha", "beta", "gamma"}) {
        Room room;
        room.id = QLatin1String(id);
        site.rooms.push_back(room);
    }
    site.sensors.push_back(Sensor{QStringLiteral("alpha-co2"), QStringLiteral("z/alpha-co2"),
                                  QStringLiteral("zigbee2mqtt"), QStringLiteral("alpha"), 60});
    site.sensors.push_back(Sensor{QStringLiteral("alpha-temp"), QStringLiteral("z/alpha-temp"),
                                  QStringLiteral("zigbee2mqtt"), QStringLiteral("alpha"), 300});
    site.sensors.push_back(Sensor{QStringLiteral("beta-pir"), QStringLiteral("z/beta-pir"),
                                  QStringLiteral("zigbee2mqtt"), QStringLiteral("beta"), 120});
    return site;
}

Reading reading(const QString& sensor, const QString& room, Metric metric, double value, qint64 sourceMs,
                qint64 receivedMs)
{
    Reading r;
    r.sensorId = sensor;
    r.roomId = room;
    r.metric = metric;
    r.value = value;
    r.sourceMs = sourceMs;
    r.receivedMs = receivedMs;
    return r;
}

QSet<QString> rooms(const QSignalSpy& spy, int index)
{
    return spy.at(index).at(0).value<QSet<QString>>();
}

} // namespace

class TestLiveState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thousandPostsOneSignal();
    void postsFromAnotherThread();
    void freshness_data();
    void freshness();
    void staleReportedOncePerSpell();
    void eachMetricGoingStaleIsReported();
    void olderSourceTimeDoesNotOverwrite_data();
    void olderSourceTimeDoesNotOverwrite();
    void unknownSensorUsesDefaultOrSetInterval();
    void subscriptionSensorUsesSubscriptionInterval();
};

void TestLiveState::thousandPostsOneSignal()
{
    const Site site = testSite();
    ManualClock clock(kT0);
    LiveState live(site, clock);
    QSignalSpy spy(&live, &LiveState::updated);
    // No event loop runs while posting, so all 1000 land between two timer ticks.
    for (int i = 0; i < 1000; ++i)
        live.post(
            {reading(QStringLiteral("alpha-co2"), QStringLiteral("alpha"), Metric::Co2, 400 + i, kT0 + i, kT0 + i)});
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(rooms(spy, 0), QSet<QString>{QStringLiteral("alpha")});
    QCOMPARE(live.value(QStringLiteral("alpha"), Metric::Co2)->value, 1399.0);
    // Nothing new: the following ticks stay quiet.
    QVERIFY(!spy.wait(3 * LiveState::kPublishIntervalMs));
    QCOMPARE(spy.count(), 1);
}

void TestLiveState::postsFromAnotherThread()
{
    const Site site = testSite();
    ManualClock clock(kT0);
    LiveState live(site, clock);
    QSignalSpy spy(&live, &LiveState::updated);
    std::thread ingest([&] {
        std::vector<Reading> batch;
        for (int i = 0; i < 500; ++i) {
            batch.push_back(reading(QStringLiteral("alpha-temp"), QStringLiteral("alpha"), Metric::Temperature,
                                    20 + i / 100.0, kT0 + i, kT0 + i));
            batch.push_back(reading(QStringLiteral("beta-pir"), QStringLiteral("beta"), Metric::Occupancy, i % 2,
                                    kT0 + i, kT0 + i));
        }
        live.post(std::move(batch));
    });
    ingest.join();
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(rooms(spy, 0), (QSet<QString>{QStringLiteral("alpha"), QStringLiteral("beta")}));
    QCOMPARE(live.value(QStringLiteral("alpha"), Metric::Temperature)->value, 24.99);
    QCOMPARE(live.value(QStringLiteral("beta"), Metric::Occupancy)->value, 1.0);
}

void TestLiveState::freshness_data()
{
    QTest::addColumn<bool>("posted");
    QTest::addColumn<qint64>("ageMs");
    QTest::addColumn<LiveState::Freshness>("expected");
    // alpha-co2 is expected every 60 s.
    QTest::addRow("no-data") << false << qint64(0) << LiveState::Freshness::NoData;
    QTest::addRow("just-received") << true << qint64(0) << LiveState::Freshness::Fresh;
    QTest::addRow("exactly-the-interval") << true << qint64(60'000) << LiveState::Freshness::Fresh;
    QTest::addRow("one-ms-past-the-interval") << true << qint64(60'001) << LiveState::Freshness::Stale;
    QTest::addRow("an-hour-silent") << true << qint64(3'600'000) << LiveState::Freshness::Stale;
}

void TestLiveState::freshness()
{
    QFETCH(bool, posted);
    QFETCH(qint64, ageMs);
    QFETCH(LiveState::Freshness, expected);
    const Site site = testSite();
    ManualClock clock(kT0);
    LiveState live(site, clock);
    if (posted)
        live.post({reading(QStringLiteral("alpha-co2"), QStringLiteral("alpha"), Metric::Co2, 812, kT0 - 500, kT0)});
    live.flushNow();
    clock.advanceMs(ageMs);
    QCOMPARE(live.freshness(QStringLiteral("alpha"), Metric::Co2), expected);
    QCOMPARE(live.roomFreshness(QStringLiteral("alpha")), expected);
    QCOMPARE(live.value(QStringLiteral("alpha"), Metric::Co2).has_value(), posted);
    // Another metric of the same room and another room have no data.
    QCOMPARE(live.freshness(QStringLiteral("alpha"), Metric::Humidity), LiveState::Freshness::NoData);
    QCOMPARE(live.roomFreshness(QStringLiteral("gamma")), LiveState::Freshness::NoData);
}

void TestLiveState::staleReportedOncePerSpell()
{
    const Site site = testSite();
    ManualClock clock(kT0);
    LiveState live(site, clock);
    live.post({reading(QStringLiteral("beta-pir"), QStringLiteral("beta"), Metric::Occupancy, 1, kT0, kT0)});
    live.flushNow();
    QSignalSpy spy(&live, &LiveState::updated);

    clock.advanceMs(120'001); // beta-pir is expected every 120 s
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(rooms(spy, 0), QSet<QString>{QStringLiteral("beta")});
    QCOMPARE(live.roomFreshness(QStringLiteral("beta")), LiveState::Freshness::Stale);
    QVERIFY2(!spy.wait(3 * LiveState::kPublishIntervalMs), "a stale room is reported once, not on every tick");

    // It speaks again: fresh, reported; silent again: stale, reported once more.
    live.post({reading(QStringLiteral("beta-pir"), QStringLiteral("beta"), Metric::Occupancy, 0, clock.nowMs(),
                       clock.nowMs())});
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(live.roomFreshness(QStringLiteral("beta")), LiveState::Freshness::Fresh);
    clock.advanceMs(200'000);
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.count(), 3);
    QCOMPARE(live.roomFreshness(QStringLiteral("beta")), LiveState::Freshness::Stale);
    QVERIFY(!spy.wait(3 * LiveState::kPublishIntervalMs));
}

void TestLiveState::eachMetricGoingStaleIsReported()
{
    const Site site = testSite();
    ManualClock clock(kT0);
    LiveState live(site, clock);
    live.post({reading(QStringLiteral("alpha-co2"), QStringLiteral("alpha"), Metric::Co2, 700, kT0, kT0),
               reading(QStringLiteral("alpha-temp"), QStringLiteral("alpha"), Metric::Temperature, 21, kT0, kT0)});
    live.flushNow();
    QSignalSpy spy(&live, &LiveState::updated);
    clock.advanceMs(61'000); // CO2 (60 s) is stale, temperature (300 s) is not
    QVERIFY(spy.wait(2000));
    QCOMPARE(live.freshness(QStringLiteral("alpha"), Metric::Co2), LiveState::Freshness::Stale);
    QCOMPARE(live.freshness(QStringLiteral("alpha"), Metric::Temperature), LiveState::Freshness::Fresh);
    // The temperature layer changes colour later: the room is reported again then.
    clock.advanceMs(240'000);
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(live.freshness(QStringLiteral("alpha"), Metric::Temperature), LiveState::Freshness::Stale);
}

void TestLiveState::olderSourceTimeDoesNotOverwrite_data()
{
    QTest::addColumn<bool>("sameBatch");
    QTest::addRow("same-batch") << true;
    QTest::addRow("later-batch") << false;
}

void TestLiveState::olderSourceTimeDoesNotOverwrite()
{
    QFETCH(bool, sameBatch);
    const Site site = testSite();
    ManualClock clock(kT0);
    LiveState live(site, clock);
    const Reading newer =
        reading(QStringLiteral("alpha-temp"), QStringLiteral("alpha"), Metric::Temperature, 22.5, kT0, kT0);
    // Delivered later (a device flushing its buffer), but measured earlier.
    const Reading older = reading(QStringLiteral("alpha-temp"), QStringLiteral("alpha"), Metric::Temperature, 18.0,
                                  kT0 - 60'000, kT0 + 5000);
    if (sameBatch) {
        live.post({newer, older});
    } else {
        live.post({newer});
        live.flushNow();
        live.post({older});
    }
    live.flushNow();
    QCOMPARE(live.value(QStringLiteral("alpha"), Metric::Temperature)->value, 22.5);
    QCOMPARE(live.value(QStringLiteral("alpha"), Metric::Temperature)->sourceMs, kT0);
    // A newer one does replace it.
    live.post({reading(QStringLiteral("alpha-temp"), QStringLiteral("alpha"), Metric::Temperature, 23.0, kT0 + 1,
                       kT0 + 6000)});
    live.flushNow();
    QCOMPARE(live.value(QStringLiteral("alpha"), Metric::Temperature)->value, 23.0);
}

void TestLiveState::unknownSensorUsesDefaultOrSetInterval()
{
    const Site site = testSite();
    ManualClock clock(kT0);
    LiveState live(site, clock);
    const QString sensor = QStringLiteral("atrium/demo/gamma");
    live.post({reading(sensor, QStringLiteral("gamma"), Metric::Illuminance, 320, kT0, kT0)});
    live.flushNow();
    clock.advanceMs(Sensor().expectedIntervalS * 1000LL);
    QCOMPARE(live.freshness(QStringLiteral("gamma"), Metric::Illuminance), LiveState::Freshness::Fresh);
    clock.advanceMs(1);
    QCOMPARE(live.freshness(QStringLiteral("gamma"), Metric::Illuminance), LiveState::Freshness::Stale);
    live.setExpectedInterval(sensor, 3600);
    QCOMPARE(live.freshness(QStringLiteral("gamma"), Metric::Illuminance), LiveState::Freshness::Fresh);
}

void TestLiveState::subscriptionSensorUsesSubscriptionInterval()
{
    Site site = testSite();
    site.subscriptions.push_back(Subscription{QStringLiteral("atrium/demo/#"), QStringLiteral("atrium"), 30});
    ManualClock clock(kT0);
    LiveState live(site, clock);
    // TopicRouter's sensor id for atrium/demo/gamma/co2.
    live.post({reading(QStringLiteral("atrium/demo/gamma"), QStringLiteral("gamma"), Metric::Co2, 640, kT0, kT0),
               reading(QStringLiteral("alpha-co2"), QStringLiteral("alpha"), Metric::Co2, 640, kT0, kT0)});
    live.flushNow();
    clock.advanceMs(30'001);
    QCOMPARE(live.freshness(QStringLiteral("gamma"), Metric::Co2), LiveState::Freshness::Stale);
    QCOMPARE(live.freshness(QStringLiteral("alpha"), Metric::Co2), LiveState::Freshness::Fresh); // its own 60 s
}

QTEST_MAIN(TestLiveState)
#include "TestLiveState.moc"

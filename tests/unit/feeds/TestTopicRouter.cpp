// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"
#include "feeds/TopicRouter.h"

#include <QDateTime>
#include <QTest>

#include <atomic>
#include <thread>

using namespace atrium;

namespace {

// 2026-03-02 10:00 UTC, a Monday.
const qint64 kNow = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

Site makeSite()
{
    Site site;
    site.id = QStringLiteral("hq");
    site.timeZone = QTimeZone("Europe/Paris");
    for (const char* id : {"boardroom", "kitchen", "focus-1"}) {
        Room room;
        room.id = QString::fromLatin1(id);
        room.name = room.id;
        site.rooms.push_back(room);
    }
    site.sensors.push_back(Sensor{QStringLiteral("aq-1"), QStringLiteral("zigbee2mqtt/Air Quality Sensor"),
                                  QStringLiteral("zigbee2mqtt"), QStringLiteral("boardroom"), 600});
    // A sensor whose exact topic also matches the atrium subscription: the sensor wins.
    site.sensors.push_back(Sensor{QStringLiteral("legacy-thermo"), QStringLiteral("atrium/hq/kitchen/temperature"),
                                  QStringLiteral("atrium"), QStringLiteral("focus-1"), 600});
    site.subscriptions.push_back(Subscription{QStringLiteral("atrium/hq/#"), QStringLiteral("atrium")});
    site.subscriptions.push_back(Subscription{QStringLiteral("zigbee2mqtt/#"), QStringLiteral("zigbee2mqtt")});
    site.subscriptions.push_back(Subscription{QStringLiteral("tele/+/SENSOR"), QStringLiteral("tasmota")});
    return site;
}

RawMessage message(const char* topic, const QByteArray& payload, qint64 receivedMs = kNow)
{
    return RawMessage{QByteArray(topic), payload, receivedMs};
}

} // namespace

class TestTopicRouter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void routes_data();
    void routes();
    void fillsSourceTime();
    void keepsDeviceTime();
    void refusesFuture_data();
    void refusesFuture();
    void assignTurnsUnmatchedIntoReadings();
    void assignWhileRouting();
    void subscriptionFilters();
};

void TestTopicRouter::routes_data()
{
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("sensorId");
    QTest::addColumn<QString>("roomId");
    QTest::addColumn<int>("readings");
    QTest::addColumn<bool>("unmatched");
    QTest::addColumn<QString>("errorMentions");

    QTest::addRow("sensor-exact-topic") << QByteArray("zigbee2mqtt/Air Quality Sensor")
                                        << QByteArray("{\"co2\":363,\"temperature\":21}") << "zigbee2mqtt"
                                        << "aq-1"
                                        << "boardroom" << 2 << false << "";
    QTest::addRow("sensor-before-room-hint")
        << QByteArray("atrium/hq/kitchen/temperature") << QByteArray("21.5") << "atrium"
        << "legacy-thermo"
        << "focus-1" << 1 << false << "";
    QTest::addRow("subscription-room-hint") << QByteArray("atrium/hq/boardroom/co2") << QByteArray("640") << "atrium"
                                            << "atrium/hq/boardroom"
                                            << "boardroom" << 1 << false << "";
    QTest::addRow("room-hint-unknown-room") << QByteArray("atrium/hq/attic/co2") << QByteArray("640") << "atrium"
                                            << ""
                                            << "" << 0 << true << "";
    QTest::addRow("subscription-no-sensor")
        << QByteArray("zigbee2mqtt/Hall motion") << QByteArray("{\"occupancy\":true}") << "zigbee2mqtt"
        << ""
        << "" << 0 << true << "";
    QTest::addRow("side-topic-not-unmatched")
        << QByteArray("zigbee2mqtt/bridge/state") << QByteArray("online") << "zigbee2mqtt"
        << ""
        << "" << 0 << false << "";
    QTest::addRow("no-subscription") << QByteArray("elsewhere/device") << QByteArray("1") << ""
                                     << ""
                                     << "" << 0 << true << "";
    QTest::addRow("malformed-on-sensor") << QByteArray("zigbee2mqtt/Air Quality Sensor") << QByteArray("{\"co2\":null}")
                                         << "zigbee2mqtt"
                                         << ""
                                         << "" << 0 << false << "\"co2\" is null";
    QTest::addRow("malformed-without-sensor")
        << QByteArray("zigbee2mqtt/Hall motion") << QByteArray("{\"occupancy\":") << "zigbee2mqtt"
        << ""
        << "" << 0 << false << "invalid JSON";
    QTest::addRow("profile-without-decoder") << QByteArray("tele/plug/SENSOR") << QByteArray("{}") << "tasmota"
                                             << ""
                                             << "" << 0 << false << "\"tasmota\"";
}

void TestTopicRouter::routes()
{
    QFETCH(QByteArray, topic);
    QFETCH(QByteArray, payload);
    QFETCH(QString, profile);
    QFETCH(QString, sensorId);
    QFETCH(QString, roomId);
    QFETCH(int, readings);
    QFETCH(bool, unmatched);
    QFETCH(QString, errorMentions);

    const ManualClock clock(kNow);
    const TopicRouter router(makeSite(), clock);
    const TopicRouter::Outcome outcome = router.route(RawMessage{topic, payload, kNow});
    QCOMPARE(outcome.profile, profile);
    QCOMPARE(outcome.unmatched, unmatched);
    if (errorMentions.isEmpty())
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    else
        QVERIFY2(outcome.error.contains(errorMentions), qPrintable(outcome.error));
    QCOMPARE(int(outcome.readings.size()), readings);
    for (const Reading& r : outcome.readings) {
        QCOMPARE(r.sensorId, sensorId);
        QCOMPARE(r.roomId, roomId);
    }
}

void TestTopicRouter::fillsSourceTime()
{
    const ManualClock clock(kNow);
    const TopicRouter router(makeSite(), clock);
    const TopicRouter::Outcome outcome = router.route(message("atrium/hq/boardroom/temperature", "21.5", kNow - 250));
    QCOMPARE(outcome.readings.size(), size_t(1));
    QCOMPARE(outcome.readings[0].metric, Metric::Temperature);
    QCOMPARE(outcome.readings[0].value, 21.5);
    QCOMPARE(outcome.readings[0].sourceMs, kNow - 250);
    QCOMPARE(outcome.readings[0].receivedMs, kNow - 250);
}

void TestTopicRouter::keepsDeviceTime()
{
    const ManualClock clock(kNow);
    const TopicRouter router(makeSite(), clock);
    // Local time without offset, read in the site's zone (Paris, UTC+1 in March before the switch).
    const TopicRouter::Outcome outcome =
        router.route(message("atrium/hq/boardroom/co2", "{\"value\":700,\"ts\":\"2026-03-02T10:58:00\"}"));
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.readings.size(), size_t(1));
    QCOMPARE(outcome.readings[0].sourceMs, kNow - 2 * 60 * 1000);
    QCOMPARE(outcome.readings[0].receivedMs, kNow);
}

void TestTopicRouter::refusesFuture_data()
{
    QTest::addColumn<qint64>("aheadMs");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("one-minute-ahead") << qint64(60 * 1000) << true;
    QTest::addRow("at-tolerance") << TopicRouter::kFutureToleranceMs << true;
    QTest::addRow("just-beyond-tolerance") << TopicRouter::kFutureToleranceMs + 1000 << false;
    QTest::addRow("a-year-ahead") << qint64(365) * 24 * 3600 * 1000 << false;
}

void TestTopicRouter::refusesFuture()
{
    QFETCH(qint64, aheadMs);
    QFETCH(bool, accepted);
    ManualClock clock(kNow);
    const TopicRouter router(makeSite(), clock);
    const qint64 deviceMs = kNow + aheadMs;
    const QByteArray payload = "{\"co2\":500,\"temperature\":20,\"last_seen\":" + QByteArray::number(deviceMs) + "}";
    const TopicRouter::Outcome outcome = router.route(message("zigbee2mqtt/Air Quality Sensor", payload));
    if (accepted) {
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.readings.size(), size_t(2));
        QCOMPARE(outcome.readings[0].sourceMs, deviceMs);
        return;
    }
    QVERIFY(outcome.readings.empty());
    const QString when = QDateTime::fromMSecsSinceEpoch(deviceMs, Qt::UTC).toString(Qt::ISODate);
    QVERIFY2(outcome.error.contains(when), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(QStringLiteral("ahead")), qPrintable(outcome.error));

    // The same reading is fine once the clock has caught up.
    clock.setNowMs(deviceMs);
    QCOMPARE(router.route(message("zigbee2mqtt/Air Quality Sensor", payload)).readings.size(), size_t(2));
}

void TestTopicRouter::assignTurnsUnmatchedIntoReadings()
{
    const ManualClock clock(kNow);
    TopicRouter router(makeSite(), clock);
    const RawMessage hall = message("zigbee2mqtt/Hall motion", "{\"occupancy\":true,\"battery\":90}");
    QVERIFY(router.route(hall).unmatched);

    router.assign(Sensor{QStringLiteral("hall-pir"), QStringLiteral("zigbee2mqtt/Hall motion"),
                         QStringLiteral("zigbee2mqtt"), QStringLiteral("kitchen"), 300});
    const TopicRouter::Outcome outcome = router.route(hall);
    QVERIFY(!outcome.unmatched);
    QCOMPARE(outcome.readings.size(), size_t(2));
    QCOMPARE(outcome.readings[0].sensorId, QStringLiteral("hall-pir"));
    QCOMPARE(outcome.readings[0].roomId, QStringLiteral("kitchen"));

    // Reassigning the same sensor id to another topic moves it.
    router.assign(Sensor{QStringLiteral("hall-pir"), QStringLiteral("zigbee2mqtt/Hall motion 2"),
                         QStringLiteral("zigbee2mqtt"), QStringLiteral("kitchen"), 300});
    QVERIFY(router.route(hall).unmatched);
    QCOMPARE(router.route(message("zigbee2mqtt/Hall motion 2", "{\"occupancy\":false}")).readings.at(0).roomId,
             QStringLiteral("kitchen"));
}

void TestTopicRouter::assignWhileRouting()
{
    const ManualClock clock(kNow);
    TopicRouter router(makeSite(), clock);
    std::atomic<bool> done{false};
    std::atomic<int> routed{0};
    std::atomic<int> wrong{0};
    // The ingest thread routes while the GUI thread assigns rooms: every outcome must be one
    // of the two consistent states, never a torn one.
    std::thread ingest([&] {
        const RawMessage m = message("zigbee2mqtt/Desk 7", "{\"occupancy\":true}");
        while (!done.load()) {
            const TopicRouter::Outcome o = router.route(m);
            const bool ok = o.unmatched ? o.readings.empty()
                                        : (o.readings.size() == 1 && o.readings[0].sensorId == QLatin1String("desk-7"));
            if (!ok)
                ++wrong;
            ++routed;
        }
    });
    for (int i = 0; i < 300; ++i) {
        router.assign(Sensor{QStringLiteral("desk-7"),
                             i % 2 ? QStringLiteral("zigbee2mqtt/Desk 7") : QStringLiteral("zigbee2mqtt/Desk 8"),
                             QStringLiteral("zigbee2mqtt"),
                             i % 3 ? QStringLiteral("kitchen") : QStringLiteral("focus-1"), 300});
    }
    QTRY_VERIFY(routed.load() > 100);
    done = true;
    ingest.join();
    QCOMPARE(wrong.load(), 0);
    // The last assignment (i = 299: odd, not a multiple of 3) is what routes now.
    const TopicRouter::Outcome last = router.route(message("zigbee2mqtt/Desk 7", "{\"occupancy\":true}"));
    QCOMPARE(last.readings.at(0).roomId, QStringLiteral("kitchen"));
}

void TestTopicRouter::subscriptionFilters()
{
    const ManualClock clock(kNow);
    Site site = makeSite();
    site.sensors.push_back(Sensor{QStringLiteral("shelly"), QStringLiteral("shellies/ht-1/sensor/temperature"),
                                  QStringLiteral("atrium"), QStringLiteral("kitchen"), 600});
    const TopicRouter router(site, clock);
    // Sensor topics under a subscribed filter are not subscribed twice.
    QCOMPARE(router.subscriptionFilters(),
             (QStringList{"atrium/hq/#", "zigbee2mqtt/#", "tele/+/SENSOR", "shellies/ht-1/sensor/temperature"}));
}

QTEST_GUILESS_MAIN(TestTopicRouter)
#include "TestTopicRouter.moc"

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedData.h"
#include "access/AccessData.h"
#include "access/AccessRules.h"
#include "access/DeniedAttemptMonitor.h"
#include "access/DoorProtocol.h"
#include "feeds/RawMessage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace atrium;

namespace {

RawMessage message(const QByteArray& topic, const QByteArray& payload)
{
    RawMessage m;
    m.topic = topic;
    m.payload = payload;
    return m;
}

AccessData twoBadges()
{
    AccessData d;
    Door front;
    front.id = QStringLiteral("front");
    front.zone = QStringLiteral("building");
    front.salt = QStringLiteral("00112233445566778899aabbccddeeff");
    d.doors = {front};
    AccessGrant g;
    g.targetKind = AccessGrant::Target::Zone;
    g.target = QStringLiteral("building");
    g.schedule = WeeklySchedule::parse(QStringLiteral("mon-fri 07:00-22:00")).value();
    d.groups = {{1, QStringLiteral("Members"), {g}}};
    for (const char* key : {"04A1B2C3", "00BC614E"}) {
        Badge b;
        b.id = qint64(d.badges.size() + 1);
        b.uid = b.uidKey = QLatin1String(key);
        b.memberId = b.id;
        b.groupId = 1;
        d.badges.push_back(b);
    }
    return d;
}

} // namespace

class TestDoorProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void readsTheTasmotaRc522Capture();
    void answersWithTheReasonAndId();
    void allowListHoldsSaltedHashesOnly();
    void allowListDigestFollowsChanges();
    void repeatedRefusalsRaiseOneAlert();
};

void TestDoorProtocol::parses_data()
{
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("kind"); // request, event, tasmota, ignored, error
    QTest::addColumn<QString>("door");
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QString>("detail"); // correlation id, door decision or error text
    QTest::addRow("request") << QByteArray("atrium-access/hq/front/request")
                             << QByteArray(R"({"id":"r-17","uid":"04A1B2C3"})") << "request"
                             << "front"
                             << "04A1B2C3"
                             << "r-17";
    QTest::addRow("request-numeric-id") << QByteArray("atrium-access/hq/front/request")
                                        << QByteArray(R"({"id":42,"uid":"00BC614E"})") << "request"
                                        << "front"
                                        << "00BC614E"
                                        << "42";
    QTest::addRow("event-allow") << QByteArray("atrium-access/hq/garage/event")
                                 << QByteArray(R"({"uid":"0012345678","decision":"allow"})") << "event"
                                 << "garage"
                                 << "0012345678"
                                 << "allow";
    QTest::addRow("pn532") << QByteArray("tele/desk-reader/SENSOR")
                           << QByteArray(R"({"Time":"2019-01-10T19:41:58","PN532":{"UID":"94D8FC5F","DATA":""}})")
                           << "tasmota"
                           << "desk-reader"
                           << "94D8FC5F"
                           << "";
    QTest::addRow("tasmota-sensor-reading")
        << QByteArray("tele/tasmota/SENSOR") << QByteArray(R"({"BH1750":{"Illuminance":79}})") << "ignored"
        << ""
        << ""
        << "";
    QTest::addRow("other-site") << QByteArray("atrium-access/annex/front/request")
                                << QByteArray(R"({"uid":"04A1B2C3"})") << "ignored"
                                << ""
                                << ""
                                << "";
    QTest::addRow("our-own-answer") << QByteArray("atrium-access/hq/front/response")
                                    << QByteArray(R"({"decision":"allow"})") << "ignored"
                                    << ""
                                    << ""
                                    << "";
    QTest::addRow("not-json") << QByteArray("atrium-access/hq/front/request") << QByteArray("04A1B2C3") << "error"
                              << ""
                              << ""
                              << "atrium-access/hq/front/request: not a JSON object";
    QTest::addRow("no-uid") << QByteArray("atrium-access/hq/front/request") << QByteArray(R"({"id":"x"})") << "error"
                            << ""
                            << ""
                            << "\"uid\" is missing";
    QTest::addRow("bad-decision") << QByteArray("atrium-access/hq/front/event")
                                  << QByteArray(R"({"uid":"04A1B2C3","decision":"yes"})") << "error"
                                  << ""
                                  << ""
                                  << "\"decision\" must be \"allow\" or \"deny\"";
}

void TestDoorProtocol::parses()
{
    QFETCH(QByteArray, topic);
    QFETCH(QByteArray, payload);
    QFETCH(QString, kind);
    QFETCH(QString, door);
    QFETCH(QString, uid);
    QFETCH(QString, detail);
    const DoorProtocol protocol(QStringLiteral("hq"));
    const auto parsed = protocol.parse(message(topic, payload));
    if (kind == QLatin1String("error")) {
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(detail), qPrintable(parsed.error()));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    if (kind == QLatin1String("ignored")) {
        QVERIFY(!parsed.value().has_value());
        return;
    }
    const DoorMessage& m = *parsed.value();
    const QString k = m.kind == DoorMessage::Kind::Request     ? QStringLiteral("request")
                      : m.kind == DoorMessage::Kind::DoorEvent ? QStringLiteral("event")
                                                               : QStringLiteral("tasmota");
    QCOMPARE(k, kind);
    QCOMPARE(m.doorId, door);
    QCOMPARE(m.uid, uid);
    if (m.kind == DoorMessage::Kind::Request)
        QCOMPARE(m.correlationId, detail);
    if (m.kind == DoorMessage::Kind::DoorEvent)
        QCOMPARE(*m.doorAllowed ? QStringLiteral("allow") : QStringLiteral("deny"), detail);
}

void TestDoorProtocol::readsTheTasmotaRc522Capture()
{
    ATRIUM_REQUIRE_SHARED(payloadPath, "mqtt/tasmota/rc522_rfid_badge.json");
    ATRIUM_REQUIRE_SHARED(topicPath, "mqtt/tasmota/rc522_rfid_badge.topic");
    QFile payload(payloadPath);
    QFile topic(topicPath);
    QVERIFY(payload.open(QIODevice::ReadOnly) && topic.open(QIODevice::ReadOnly));
    const auto parsed = DoorProtocol(QStringLiteral("hq")).parse(message(topic.readAll().trimmed(), payload.readAll()));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QVERIFY(parsed.value().has_value());
    QCOMPARE(parsed.value()->kind, DoorMessage::Kind::Tasmota);
    QCOMPARE(parsed.value()->doorId, QStringLiteral("rfid-test"));
    QCOMPARE(parsed.value()->uid, QStringLiteral("BA839D07"));
}

void TestDoorProtocol::answersWithTheReasonAndId()
{
    DoorMessage request;
    request.doorId = QStringLiteral("front");
    request.correlationId = QStringLiteral("r-17");
    AccessDecision d;
    d.allowed = false;
    d.reason = AccessReason::Suspended;
    d.text = QStringLiteral("Badge suspended.");
    const QJsonObject o =
        QJsonDocument::fromJson(DoorProtocol::response(request, QStringLiteral("front"), d, 0)).object();
    QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("r-17"));
    QCOMPARE(o.value(QStringLiteral("decision")).toString(), QStringLiteral("deny"));
    QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("suspended"));
    QCOMPARE(o.value(QStringLiteral("message")).toString(), QStringLiteral("Badge suspended."));
    QCOMPARE(o.value(QStringLiteral("at")).toString(), QStringLiteral("1970-01-01T00:00:00Z"));
}

void TestDoorProtocol::allowListHoldsSaltedHashesOnly()
{
    const AccessData d = twoBadges();
    const AllowList list = DoorProtocol::allowList(d.doors[0], d, QTimeZone("Europe/Paris"), QDate(2026, 3, 2), 3);
    QCOMPARE(list.entries, 2);
    QVERIFY(!list.payload.contains("04A1B2C3"));
    QVERIFY(!list.payload.contains("00BC614E"));
    const QJsonObject o = QJsonDocument::fromJson(list.payload).object();
    QCOMPARE(o.value(QStringLiteral("version")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Paris"));
    QStringList hashes;
    for (const QJsonValue& e : o.value(QStringLiteral("entries")).toArray()) {
        hashes << e[QStringLiteral("hash")].toString();
        QCOMPARE(e[QStringLiteral("schedule")].toString(), QStringLiteral("mon-fri 07:00-22:00"));
    }
    // What a door computes itself: SHA-256 over the salt text followed by the normalised UID.
    QVERIFY(hashes.contains(DoorProtocol::uidHash(d.doors[0].salt, QStringLiteral("04A1B2C3"))));
    QCOMPARE(DoorProtocol::uidHash(QStringLiteral("00"), QStringLiteral("04A1B2C3")),
             QStringLiteral("%1").arg(
                 QString::fromLatin1(QCryptographicHash::hash("0004A1B2C3", QCryptographicHash::Sha256).toHex())));
}

void TestDoorProtocol::allowListDigestFollowsChanges()
{
    AccessData d = twoBadges();
    const QTimeZone zone("Europe/Paris");
    const QDate today(2026, 3, 2);
    const AllowList a = DoorProtocol::allowList(d.doors[0], d, zone, today, 1);
    std::reverse(d.badges.begin(), d.badges.end());
    const AllowList sameBadgesOtherOrder = DoorProtocol::allowList(d.doors[0], d, zone, today, 2);
    QCOMPARE(sameBadgesOtherOrder.digest, a.digest);
    d.badges[0].status = BadgeStatus::Suspended;
    const AllowList suspended = DoorProtocol::allowList(d.doors[0], d, zone, today, 2);
    QVERIFY(suspended.digest != a.digest);
    QCOMPARE(suspended.entries, 1);
    d.badges[1].validUntil = today.addDays(-1);
    QCOMPARE(DoorProtocol::allowList(d.doors[0], d, zone, today, 3).entries, 0);
}

void TestDoorProtocol::repeatedRefusalsRaiseOneAlert()
{
    DeniedAttemptMonitor monitor(3, 120000);
    QVERIFY(!monitor.record(QStringLiteral("front"), 0, false));
    QVERIFY(!monitor.record(QStringLiteral("front"), 1000, true));
    QVERIFY(!monitor.record(QStringLiteral("garage"), 2000, false));
    QVERIFY(!monitor.record(QStringLiteral("front"), 3000, false));
    const auto alert = monitor.record(QStringLiteral("front"), 4000, false);
    QVERIFY(alert.has_value());
    QCOMPARE(*alert, 3);
    QVERIFY(!monitor.record(QStringLiteral("front"), 5000, false)); // same burst: said once
    // Three refusals spread over more than the window are not a burst.
    QVERIFY(!monitor.record(QStringLiteral("garage"), 200000, false));
    QVERIFY(!monitor.record(QStringLiteral("garage"), 400000, false));
    // A new burst after the window alerts again.
    QVERIFY(!monitor.record(QStringLiteral("front"), 300000, false));
    QVERIFY(!monitor.record(QStringLiteral("front"), 301000, false));
    QCOMPARE(monitor.record(QStringLiteral("front"), 302000, false).value_or(0), 3);
}

QTEST_GUILESS_MAIN(TestDoorProtocol)
#include "TestDoorProtocol.moc"

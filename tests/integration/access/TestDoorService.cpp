// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MosquittoBroker.h"
#include "MqttTestSupport.h"
#include "SharedData.h"
#include "access/AccessEventLog.h"
#include "access/BadgeStore.h"
#include "access/DoorService.h"
#include "core/Clock.h"
#include "feeds/CommandOutbox.h"
#include "feeds/ControlChannel.h"
#include "feeds/MessageQueue.h"
#include "feeds/MqttSession.h"
#include "people/MemberStore.h"
#include "storage/Database.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace atrium;
using atrium::test::MosquittoBroker;
using atrium::test::settingsFor;
using atrium::test::waitForState;

namespace {

constexpr int kWaitMs = 10000;
const QTimeZone kParis("Europe/Paris");

} // namespace

// The console's door side against a real mosquitto: a door asks and gets the console's answer
// (MQTT 5 response topic and correlation data), Tasmota tag reads are logged, and an allow-list
// changed while the broker is down reaches the door once after the broker is back.
class TestDoorService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void answersOnTheMqtt5ResponseTopic();
    void answersOnTheDoorsResponseTopicWithoutMqtt5();
    void logsTasmotaTagReads();
    void allowListChangedWhileBrokerDownArrivesOnce();

private:
    // Messages the fake door received since the last call, by topic.
    std::vector<RawMessage> drainDoor();
    // Publishes a request until the console answers (its subscription may still be on its way).
    std::optional<RawMessage> ask(const QByteArray& payload, const MqttSession::Properties& props,
                                  const QByteArray& answerTopic);

    MosquittoBroker m_broker;
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(10, 0), kParis).toMSecsSinceEpoch()};
    std::unique_ptr<MemberStore> m_members;
    std::unique_ptr<BadgeStore> m_badges;
    std::unique_ptr<AccessEventLog> m_log;
    std::unique_ptr<ControlChannel> m_channel;
    std::unique_ptr<DoorService> m_doors;
    MessageQueue m_doorQueue;
    std::unique_ptr<MqttSession> m_door;
    qint64 m_jane = 0;
    qint64 m_paulBadge = 0;
};

void TestDoorService::initTestCase()
{
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("site.sqlite"));
    QVERIFY(Database::migrate(path).ok());
    m_members = std::make_unique<MemberStore>(m_clock);
    QVERIFY(m_members->open(path).ok());
    m_badges = std::make_unique<BadgeStore>(m_clock, kParis);
    QVERIFY(m_badges->open(path, m_members.get()).ok());
    m_log = std::make_unique<AccessEventLog>();
    QVERIFY(m_log->open(path).ok());

    Door front;
    front.id = QStringLiteral("front");
    front.name = QStringLiteral("Front door");
    front.zone = QStringLiteral("building");
    front.tasmotaDevice = QStringLiteral("rfid-test");
    QVERIFY(m_badges->saveDoor(front, QStringLiteral("admin")).ok());
    AccessGrant g;
    g.targetKind = AccessGrant::Target::Zone;
    g.target = QStringLiteral("building");
    auto group = m_badges->saveGroup({0, QStringLiteral("Members"), {g}}, QStringLiteral("admin"));
    QVERIFY(group.ok());
    Member jane;
    jane.name = QStringLiteral("Jane Doe");
    m_jane = m_members->add(jane, QStringLiteral("desk"))->id;
    Member paul;
    paul.name = QStringLiteral("Paul Martin");
    const qint64 paulId = m_members->add(paul, QStringLiteral("desk"))->id;
    QVERIFY(m_badges
                ->issue({m_jane, QStringLiteral("04A1B2C3"), QString(), group->id, {}, {}}, QStringLiteral("desk"),
                        QString())
                .ok());
    auto paulBadge =
        m_badges->issue({paulId, QStringLiteral("BA839D07"), QString(), group->id, {}, {}}, QStringLiteral("desk"), {});
    QVERIFY(paulBadge.ok());
    m_paulBadge = paulBadge->id;

    m_channel = std::make_unique<ControlChannel>(settingsFor(m_broker, QStringLiteral("console")), m_clock);
    m_channel->session()->setReconnectDelays(200, 1000);
    QVERIFY(m_channel->open(path).ok());
    m_doors = std::make_unique<DoorService>(*m_badges, *m_log, m_clock, QStringLiteral("hq"));
    m_doors->attach(m_channel.get());
    m_channel->start();

    m_door = std::make_unique<MqttSession>(settingsFor(m_broker, QStringLiteral("door-front")));
    m_door->setReconnectDelays(200, 1000);
    m_door->setQueue(&m_doorQueue);
    m_door->subscribe(QStringLiteral("door/front/answers"), 1);
    m_door->subscribe(QStringLiteral("atrium-access/hq/front/response"), 1);
    m_door->subscribe(QStringLiteral("atrium-access/hq/front/allowlist"), 1);
    m_door->subscribe(QStringLiteral("door/probe"), 1);
    m_door->start();
    QVERIFY(waitForState(*m_door, MqttSession::State::Connected));
    QVERIFY(waitForState(*m_channel->session(), MqttSession::State::Connected));
}

void TestDoorService::cleanupTestCase()
{
    m_door.reset();
    m_channel.reset();
    m_broker.stop();
}

std::vector<RawMessage> TestDoorService::drainDoor()
{
    std::vector<RawMessage> out;
    m_doorQueue.takeAll(out);
    return out;
}

std::optional<RawMessage> TestDoorService::ask(const QByteArray& payload, const MqttSession::Properties& props,
                                               const QByteArray& answerTopic)
{
    const QByteArray id = QJsonDocument::fromJson(payload).object().value(QStringLiteral("id")).toString().toUtf8();
    for (int attempt = 0; attempt < 10; ++attempt) {
        m_door->publish(QStringLiteral("atrium-access/hq/front/request"), payload, 1, false, props);
        const QDeadlineTimer deadline(1000);
        while (!deadline.hasExpired()) {
            QTest::qWait(20); // lets the channel's drain timer and queued signals run
            for (RawMessage& m : drainDoor()) {
                if (m.topic == answerTopic && m.payload.contains("\"id\":\"" + id + "\""))
                    return std::move(m);
            }
        }
    }
    return std::nullopt;
}

void TestDoorService::answersOnTheMqtt5ResponseTopic()
{
    QSignalSpy recorded(m_doors.get(), &DoorService::eventRecorded);
    MqttSession::Properties props;
    props.responseTopic = "door/front/answers";
    props.correlationData = QByteArray("\x00\x01req-7", 7);
    const auto answer = ask(R"({"id":"a-1","uid":"04a1b2c3"})", props, "door/front/answers");
    QVERIFY(answer.has_value());
    QCOMPARE(answer->correlationData, props.correlationData);
    const QJsonObject o = QJsonDocument::fromJson(answer->payload).object();
    QCOMPARE(o.value(QStringLiteral("decision")).toString(), QStringLiteral("allow"));
    QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("allowed"));
    QCOMPARE(o.value(QStringLiteral("door")).toString(), QStringLiteral("front"));

    // A suspended badge is refused with the reason, and the swipe is in the log with its member.
    QVERIFY(m_badges->suspend(m_paulBadge, QStringLiteral("desk"), QStringLiteral("unpaid")).ok());
    const auto refused = ask(R"({"id":"a-2","uid":"BA839D07"})", props, "door/front/answers");
    QVERIFY(refused.has_value());
    const QJsonObject r = QJsonDocument::fromJson(refused->payload).object();
    QCOMPARE(r.value(QStringLiteral("decision")).toString(), QStringLiteral("deny"));
    QCOMPARE(r.value(QStringLiteral("reason")).toString(), QStringLiteral("suspended"));
    QCOMPARE(r.value(QStringLiteral("message")).toString(), QStringLiteral("Badge suspended."));
    QTRY_VERIFY(recorded.count() >= 2);
    AccessEventFilter denied;
    denied.deniedOnly = true;
    const auto events = m_log->events(denied);
    QVERIFY(!events.empty());
    QCOMPARE(events.front().reasonCode, QStringLiteral("suspended"));
    QCOMPARE(events.front().badgeId, std::optional<qint64>(m_paulBadge));
    QVERIFY(m_badges->reactivate(m_paulBadge, QStringLiteral("desk"), QStringLiteral("paid")).ok());
}

void TestDoorService::answersOnTheDoorsResponseTopicWithoutMqtt5()
{
    const auto answer = ask(R"({"id":"b-1","uid":"DEADBEEF"})", {}, "atrium-access/hq/front/response");
    QVERIFY(answer.has_value());
    QVERIFY(answer->correlationData.isEmpty());
    const QJsonObject o = QJsonDocument::fromJson(answer->payload).object();
    QCOMPARE(o.value(QStringLiteral("decision")).toString(), QStringLiteral("deny"));
    QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("unknown_badge"));
}

void TestDoorService::logsTasmotaTagReads()
{
    ATRIUM_REQUIRE_SHARED(payloadPath, "mqtt/tasmota/rc522_rfid_badge.json");
    QFile file(payloadPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray payload = file.readAll();
    m_clock.advanceMs(10 * 60 * 1000); // past the refusals of the tests before
    QSignalSpy alerts(m_doors.get(), &DoorService::deniedAlert);
    QVERIFY(m_badges->suspend(m_paulBadge, QStringLiteral("desk"), QStringLiteral("card found in the street")).ok());
    // Paul's suspended card (UID BA839D07, the capture's) tried three times at the front door.
    for (int i = 0; i < 3; ++i)
        m_door->publish(QStringLiteral("tele/rfid-test/SENSOR"), payload, 0, false);
    QTRY_COMPARE_WITH_TIMEOUT(alerts.count(), 1, kWaitMs);
    QCOMPARE(alerts.at(0).at(0).toString(), QStringLiteral("front"));
    QVERIFY(alerts.at(0).at(2).toString().contains(QStringLiteral("Front door")));
    AccessEventFilter f;
    f.doorId = QStringLiteral("front");
    const auto events = m_log->events(f);
    QCOMPARE(events.front().uid, QStringLiteral("BA839D07"));
    QCOMPARE(events.front().source, AccessEvent::Source::Tasmota);
    QCOMPARE(events.front().reason, QStringLiteral("Badge suspended."));
}

void TestDoorService::allowListChangedWhileBrokerDownArrivesOnce()
{
    CommandOutbox* outbox = m_channel->outbox();
    QTRY_COMPARE_WITH_TIMEOUT(outbox->pendingCount(), 0, kWaitMs);
    const qint64 before = m_badges->data().door(QStringLiteral("front"))->allowListVersion;

    m_broker.stop();
    QVERIFY(waitForState(*m_channel->session(), MqttSession::State::Reconnecting));
    QVERIFY(m_badges
                ->reportLost(m_badges->badgesOf(m_jane).front().id, QStringLiteral("desk"),
                             QStringLiteral("lost on the metro"))
                .ok());
    QCOMPARE(outbox->pendingCount(), 1); // stored, waiting for the broker
    const qint64 version = m_badges->data().door(QStringLiteral("front"))->allowListVersion;
    QCOMPARE(version, before + 1);
    drainDoor();

    QSignalSpy delivered(outbox, &CommandOutbox::delivered);
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
    QVERIFY(delivered.wait(kWaitMs) || delivered.count() > 0);
    QCOMPARE(outbox->pendingCount(), 0);
    QVERIFY(waitForState(*m_door, MqttSession::State::Connected));

    // The door gets the new list (retained on its subscription or live), and only once: a
    // probe sent after it by the console arrives behind any duplicate.
    std::vector<RawMessage> lists;
    bool probed = false;
    const QDeadlineTimer deadline(kWaitMs);
    while (!deadline.hasExpired() && !probed) {
        QTest::qWait(50);
        for (RawMessage& m : drainDoor()) {
            if (m.topic == "atrium-access/hq/front/allowlist")
                lists.push_back(std::move(m));
            else if (m.topic == "door/probe")
                probed = true;
        }
        if (!lists.empty() && !probed)
            m_channel->session()->publish(QStringLiteral("door/probe"), "probe", 1, false);
    }
    QVERIFY(probed);
    QCOMPARE(lists.size(), size_t(1));
    const QJsonObject list = QJsonDocument::fromJson(lists.front().payload).object();
    QCOMPARE(list.value(QStringLiteral("version")).toInteger(), version);
    // Jane's badge is lost and Paul's suspended: nobody is on the list; no UID is in it.
    QCOMPARE(list.value(QStringLiteral("entries")).toArray().size(), 0);
    QVERIFY(!lists.front().payload.contains("04A1B2C3"));
}

QTEST_GUILESS_MAIN(TestDoorService)
#include "TestDoorService.moc"

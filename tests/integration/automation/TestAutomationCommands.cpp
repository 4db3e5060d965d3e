// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MosquittoBroker.h"
#include "MqttTestSupport.h"
#include "automation/AutomationService.h"
#include "core/Clock.h"
#include "feeds/CommandOutbox.h"
#include "feeds/MessageQueue.h"
#include "feeds/MqttSession.h"
#include "site/Site.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDeadlineTimer>
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
constexpr qint64 kMinuteMs = 60 * 1000;

Site makeSite()
{
    Site site;
    site.id = QStringLiteral("hq");
    site.timeZone = QTimeZone("Europe/Paris");
    Room ada;
    ada.id = QStringLiteral("meeting-ada");
    ada.name = QStringLiteral("Ada");
    ada.type = RoomType::MeetingRoom;
    ada.capacity = 8;
    Room turing = ada;
    turing.id = QStringLiteral("meeting-turing");
    turing.name = QStringLiteral("Turing");
    site.rooms = {ada, turing};
    return site;
}

std::vector<Actuator> makeActuators()
{
    Actuator hvac;
    hvac.id = QStringLiteral("ada-hvac");
    hvac.roomId = QStringLiteral("meeting-ada");
    hvac.kind = ActuatorKind::Hvac;
    Actuator lights;
    lights.id = QStringLiteral("ada-lights");
    lights.roomId = QStringLiteral("meeting-ada");
    lights.kind = ActuatorKind::Lights;
    lights.profile = CommandProfile::Zigbee2Mqtt;
    lights.device = QStringLiteral("Ada ceiling");
    Actuator ac;
    ac.id = QStringLiteral("turing-ac");
    ac.roomId = QStringLiteral("meeting-turing");
    ac.kind = ActuatorKind::Hvac;
    ac.profile = CommandProfile::HomeAssistant;
    ac.topics = {{QStringLiteral("temperature_command_topic"), QStringLiteral("turing/ac/temperature/set")},
                 {QStringLiteral("mode_command_topic"), QStringLiteral("turing/ac/mode/set")}};
    return {hvac, lights, ac};
}

} // namespace

// Automation against a real mosquitto: what a device on the broker receives.
class TestAutomationCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rulePublishesTheCommand();
    void overrideWinsAndItsExpiryRestoresAutomation();
    void commandsWhileTheBrokerIsDownArriveOnceAfterRestart();

private:
    // Messages received on `topic` so far (the device's view), draining the queue.
    QList<RawMessage> received(const QString& topic);
    bool waitForMessages(const QString& topic, int count, int timeoutMs = kWaitMs);
    // Publishes a marker from the console's own session and waits for it: everything the
    // console published before it has arrived (one client's QoS 1 messages stay in order).
    bool flush();

    MosquittoBroker m_broker;
    std::unique_ptr<QTemporaryDir> m_dir;
    Site m_site = makeSite();
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(13, 40), QTimeZone("Europe/Paris")).toMSecsSinceEpoch()};
    RoomInputs m_ada;
    std::unique_ptr<MqttSession> m_console;
    std::unique_ptr<CommandOutbox> m_outbox;
    std::unique_ptr<AutomationService> m_service;
    MessageQueue m_deviceQueue;
    std::unique_ptr<MqttSession> m_device;
    QList<RawMessage> m_seen;
    int m_marker = 0;
};

void TestAutomationCommands::initTestCase()
{
    if (MosquittoBroker::executable().isEmpty())
        QSKIP("mosquitto is not installed");
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
}

void TestAutomationCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString db = m_dir->filePath(QStringLiteral("site.sqlite"));
    QVERIFY(Database::migrate(db));
    BrokerSettings console;
    console.host = m_broker.host();
    console.port = m_broker.port();
    console.clientId = QStringLiteral("console-control");
    m_console = std::make_unique<MqttSession>(console);
    // After a broker restart the devices must be back (and subscribed) before the console
    // reconnects, or what it delivers goes to nobody: the console retries 3 s after, the devices 0.2 s.
    const bool outage =
        QTest::currentTestFunction() == QLatin1String("commandsWhileTheBrokerIsDownArriveOnceAfterRestart");
    m_console->setReconnectDelays(outage ? 3000 : 200, outage ? 3000 : 1000);
    m_outbox = std::make_unique<CommandOutbox>(m_clock);
    QVERIFY(m_outbox->open(db));
    m_outbox->attach(m_console.get());
    m_service = std::make_unique<AutomationService>(m_site, makeActuators(), m_clock);
    QVERIFY(m_service->open(db));
    m_service->setOutbox(m_outbox.get());
    m_ada = {};
    m_service->setReadings(
        [this](const QString& roomId) { return roomId == QLatin1String("meeting-ada") ? m_ada : RoomInputs{}; });
    // Only one rule, so each test knows every command to expect.
    for (const AutomationRule& r : m_service->rules())
        QVERIFY(m_service->removeRule(r.id, QStringLiteral("test")));
    AutomationRule occupied;
    occupied.name = QStringLiteral("Comfort while occupied");
    occupied.priority = RulePriority::Booking;
    occupied.condition.kind = ConditionKind::Occupied;
    occupied.actions = {{Channel::Setpoint, 21}, {Channel::LightsOn, 1}};
    QVERIFY(m_service->saveRule(occupied, QStringLiteral("test")));

    BrokerSettings device;
    device.host = m_broker.host();
    device.port = m_broker.port();
    device.clientId = QStringLiteral("devices");
    m_device = std::make_unique<MqttSession>(device);
    m_device->setReconnectDelays(200, 1000);
    m_device->setQueue(&m_deviceQueue);
    m_device->subscribe(QStringLiteral("atrium-control/#"), 1);
    m_device->subscribe(QStringLiteral("zigbee2mqtt/+/set"), 1);
    m_device->subscribe(QStringLiteral("turing/#"), 1);
    m_device->subscribe(QStringLiteral("marker/#"), 1);
    m_console->start();
    m_device->start();
    QVERIFY(waitForState(*m_console, MqttSession::State::Connected));
    QVERIFY(waitForState(*m_device, MqttSession::State::Connected));
    // The subscription is live once a marker comes back.
    QVERIFY(flush());
    m_seen.clear();
}

void TestAutomationCommands::cleanup()
{
    m_service.reset();
    m_outbox.reset();
    if (m_console)
        m_console->stop();
    if (m_device)
        m_device->stop();
    m_console.reset();
    m_device.reset();
    std::vector<RawMessage> rest;
    m_deviceQueue.takeAll(rest);
    m_dir.reset();
    if (!m_broker.isRunning())
        QVERIFY(m_broker.start());
}

QList<RawMessage> TestAutomationCommands::received(const QString& topic)
{
    std::vector<RawMessage> batch;
    m_deviceQueue.takeAll(batch);
    for (RawMessage& m : batch)
        m_seen.append(std::move(m));
    QList<RawMessage> out;
    for (const RawMessage& m : std::as_const(m_seen)) {
        if (QString::fromUtf8(m.topic) == topic)
            out.append(m);
    }
    return out;
}

bool TestAutomationCommands::waitForMessages(const QString& topic, int count, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (received(topic).size() < count) {
        if (deadline.hasExpired())
            return false;
        m_deviceQueue.waitFor(1, 50);
        QCoreApplication::processEvents();
    }
    return true;
}

bool TestAutomationCommands::flush()
{
    const QString topic = QStringLiteral("marker/%1").arg(++m_marker);
    const QDeadlineTimer deadline(kWaitMs);
    while (!deadline.hasExpired()) {
        m_console->publish(topic, "marker", 1);
        if (waitForMessages(topic, 1, 500))
            return true;
    }
    return false;
}

void TestAutomationCommands::rulePublishesTheCommand()
{
    m_ada.occupied = true;
    m_service->evaluate(m_clock.nowMs());
    QVERIFY(waitForMessages(QStringLiteral("atrium-control/hq/meeting-ada/ada-hvac/set"), 1));
    QVERIFY(waitForMessages(QStringLiteral("zigbee2mqtt/Ada ceiling/set"), 1));
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->pendingCount(), 0, kWaitMs);
    QVERIFY(flush());
    const auto setpoint = received(QStringLiteral("atrium-control/hq/meeting-ada/ada-hvac/set"));
    QCOMPARE(setpoint.size(), 1);
    QCOMPARE(setpoint.front().payload, QByteArray("{\"setpoint\":21}"));
    const auto lights = received(QStringLiteral("zigbee2mqtt/Ada ceiling/set"));
    QCOMPARE(lights.size(), 1);
    QCOMPARE(lights.front().payload, QByteArray("{\"state\":\"ON\"}"));
    // Nothing changed: nothing is sent again.
    m_service->evaluate(m_clock.nowMs() + kMinuteMs);
    QVERIFY(flush());
    QCOMPARE(received(QStringLiteral("atrium-control/hq/meeting-ada/ada-hvac/set")).size(), 1);
}

void TestAutomationCommands::overrideWinsAndItsExpiryRestoresAutomation()
{
    const QString topic = QStringLiteral("turing/ac/temperature/set");
    const QString state = QStringLiteral("atrium-control/hq/meeting-turing/override/setpoint");
    AutomationService::OverrideRequest r;
    r.roomId = QStringLiteral("meeting-turing");
    r.channel = Channel::Setpoint;
    r.value = 23.5;
    r.author = QStringLiteral("Front desk");
    r.reason = QStringLiteral("client cold");
    r.minutes = 60;
    // A rule for Turing so that there is automation to come back to.
    AutomationRule schedule;
    schedule.name = QStringLiteral("Opening hours");
    schedule.priority = RulePriority::Schedule;
    schedule.scope = QStringLiteral("room:meeting-turing");
    schedule.condition.kind = ConditionKind::TimeWindow;
    schedule.condition.windowStart = 8 * 60;
    schedule.condition.windowEnd = 19 * 60;
    schedule.actions = {{Channel::Setpoint, 20}};
    QVERIFY(m_service->saveRule(schedule, QStringLiteral("test")));
    QVERIFY(waitForMessages(topic, 1));
    QCOMPARE(received(topic).last().payload, QByteArray("20.0"));

    const auto o = m_service->setOverride(r);
    QVERIFY2(o, qPrintable(o.error()));
    QVERIFY(waitForMessages(topic, 2));
    QCOMPARE(received(topic).last().payload, QByteArray("23.5"));
    QVERIFY(waitForMessages(state, 1));
    const QJsonObject retained = QJsonDocument::fromJson(received(state).last().payload).object();
    QCOMPARE(retained.value(QStringLiteral("reason")).toString(), QStringLiteral("client cold"));
    QCOMPARE(retained.value(QStringLiteral("value")).toDouble(), 23.5);

    // A device connecting now still finds the override state (retained).
    {
        MessageQueue late;
        BrokerSettings s;
        s.host = m_broker.host();
        s.port = m_broker.port();
        s.clientId = QStringLiteral("late-device");
        MqttSession lateDevice(s);
        lateDevice.setQueue(&late);
        lateDevice.subscribe(state, 1);
        lateDevice.start();
        // Retained: it arrives on subscribing, with nothing published since.
        QVERIFY(late.waitFor(1, kWaitMs) > 0);
        lateDevice.stop();
    }

    m_service->evaluate(*o->expiresMs);
    QVERIFY(waitForMessages(topic, 3));
    QCOMPARE(received(topic).last().payload, QByteArray("20.0")); // automation resumed
    QVERIFY(waitForMessages(state, 2));
    QCOMPARE(received(state).last().payload, QByteArray()); // retained state cleared
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->pendingCount(), 0, kWaitMs);

    // And the broker forgot it: a new subscriber gets nothing retained.
    MessageQueue after;
    BrokerSettings s;
    s.host = m_broker.host();
    s.port = m_broker.port();
    s.clientId = QStringLiteral("after-device");
    MqttSession afterDevice(s);
    afterDevice.setQueue(&after);
    afterDevice.subscribe(QStringLiteral("atrium-control/#"), 1);
    afterDevice.subscribe(QStringLiteral("marker/after"), 1);
    afterDevice.start();
    QVERIFY(waitForState(afterDevice, MqttSession::State::Connected));
    std::vector<RawMessage> got;
    const QDeadlineTimer deadline(kWaitMs);
    bool markerSeen = false;
    while (!markerSeen && !deadline.hasExpired()) {
        m_console->publish(QStringLiteral("marker/after"), "m", 1);
        after.waitFor(1, 100);
        std::vector<RawMessage> batch;
        after.takeAll(batch);
        for (RawMessage& m : batch) {
            markerSeen = markerSeen || m.topic == "marker/after";
            if (m.topic != "marker/after")
                got.push_back(std::move(m));
        }
    }
    QVERIFY(markerSeen);
    QVERIFY2(got.empty(), got.empty() ? "" : got.front().topic.constData());
    afterDevice.stop();
}

void TestAutomationCommands::commandsWhileTheBrokerIsDownArriveOnceAfterRestart()
{
    m_broker.stop();
    QVERIFY(waitForState(*m_console, MqttSession::State::Reconnecting));
    // While the broker is down: the room fills up (two commands) and the front desk
    // overrides Turing (a command and a retained state).
    m_ada.occupied = true;
    m_service->evaluate(m_clock.nowMs());
    AutomationService::OverrideRequest r;
    r.roomId = QStringLiteral("meeting-turing");
    r.channel = Channel::Mode;
    r.value = double(HvacMode::Cool);
    r.author = QStringLiteral("Front desk");
    r.reason = QStringLiteral("sunny afternoon");
    r.minutes = 30;
    QVERIFY(m_service->setOverride(r));
    QCOMPARE(m_outbox->pendingCount(), 4);

    QString error;
    QVERIFY2(m_broker.restart(&error), qPrintable(error));
    QVERIFY(waitForState(*m_device, MqttSession::State::Connected));
    // The devices' subscriptions are live once their own probe comes back.
    const QDeadlineTimer deadline(kWaitMs);
    bool subscribed = false;
    while (!subscribed && !deadline.hasExpired()) {
        m_device->publish(QStringLiteral("marker/device"), "probe", 1);
        subscribed = waitForMessages(QStringLiteral("marker/device"), 1, 200);
    }
    QVERIFY(subscribed);
    QVERIFY2(m_console->state() != MqttSession::State::Connected, "the console came back before the devices");
    QCOMPARE(m_outbox->pendingCount(), 4); // still nothing delivered
    QVERIFY(waitForState(*m_console, MqttSession::State::Connected));
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->pendingCount(), 0, kWaitMs);
    QVERIFY(flush());
    QCOMPARE(received(QStringLiteral("atrium-control/hq/meeting-ada/ada-hvac/set")).size(), 1);
    QCOMPARE(received(QStringLiteral("zigbee2mqtt/Ada ceiling/set")).size(), 1);
    QCOMPARE(received(QStringLiteral("turing/ac/mode/set")).size(), 1);
    QCOMPARE(received(QStringLiteral("turing/ac/mode/set")).front().payload, QByteArray("cool"));
    QCOMPARE(received(QStringLiteral("atrium-control/hq/meeting-turing/override/mode")).size(), 1);
}

QTEST_GUILESS_MAIN(TestAutomationCommands)
#include "TestAutomationCommands.moc"

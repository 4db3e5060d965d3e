// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/ActuatorLoader.h"
#include "automation/CommandEncoder.h"
#include "site/SiteLoader.h"

#include <QTest>

using namespace atrium;

class TestCommandEncoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void payloads_data();
    void payloads();
    void refusals_data();
    void refusals();
    void sampleSiteActuators();
    void loaderErrors_data();
    void loaderErrors();
};

namespace {

Actuator make(const QString& profile, ActuatorKind kind)
{
    Actuator a;
    a.id = QStringLiteral("ada-dev");
    a.name = QStringLiteral("Ada device");
    a.roomId = QStringLiteral("meeting-ada");
    a.kind = kind;
    a.profile = *commandProfileFromKey(profile);
    a.device = QStringLiteral("Ada ceiling");
    a.topics = {{QStringLiteral("temperature_command_topic"), QStringLiteral("ada/climate/temperature/set")},
                {QStringLiteral("mode_command_topic"), QStringLiteral("ada/climate/mode/set")},
                {QStringLiteral("command_topic"), QStringLiteral("ada/light/set")},
                {QStringLiteral("brightness_command_topic"), QStringLiteral("ada/light/brightness/set")},
                {QStringLiteral("percentage_command_topic"), QStringLiteral("ada/fan/percentage/set")},
                {QStringLiteral("set_position_topic"), QStringLiteral("ada/cover/position/set")}};
    return a;
}

} // namespace

void TestCommandEncoder::payloads_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QByteArray>("payload");
    const int hvac = int(ActuatorKind::Hvac);
    const int lights = int(ActuatorKind::Lights);
    const int fan = int(ActuatorKind::Ventilation);
    const int blinds = int(ActuatorKind::Blinds);
    QTest::addRow("atrium-setpoint") << "atrium" << hvac << "setpoint" << 21.0
                                     << "atrium-control/hq/meeting-ada/ada-dev/set" << QByteArray("{\"setpoint\":21}");
    QTest::addRow("atrium-half-degree") << "atrium" << hvac << "setpoint" << 21.5
                                        << "atrium-control/hq/meeting-ada/ada-dev/set"
                                        << QByteArray("{\"setpoint\":21.5}");
    QTest::addRow("atrium-mode") << "atrium" << hvac << "mode" << 1.0 << "atrium-control/hq/meeting-ada/ada-dev/set"
                                 << QByteArray("{\"mode\":\"heat\"}");
    QTest::addRow("atrium-lights") << "atrium" << lights << "lights" << 1.0
                                   << "atrium-control/hq/meeting-ada/ada-dev/set" << QByteArray("{\"lights\":true}");
    QTest::addRow("z2m-setpoint") << "zigbee2mqtt" << hvac << "setpoint" << 21.0 << "zigbee2mqtt/Ada ceiling/set"
                                  << QByteArray("{\"occupied_heating_setpoint\":21}");
    QTest::addRow("z2m-mode") << "zigbee2mqtt" << hvac << "mode" << 3.0 << "zigbee2mqtt/Ada ceiling/set"
                              << QByteArray("{\"system_mode\":\"auto\"}");
    QTest::addRow("z2m-lights-off") << "zigbee2mqtt" << lights << "lights" << 0.0 << "zigbee2mqtt/Ada ceiling/set"
                                    << QByteArray("{\"state\":\"OFF\"}");
    // zigbee2mqtt brightness runs 0..254 (bridge/devices exposes value_max 254).
    QTest::addRow("z2m-brightness") << "zigbee2mqtt" << lights << "light_level" << 50.0 << "zigbee2mqtt/Ada ceiling/set"
                                    << QByteArray("{\"brightness\":127}");
    QTest::addRow("z2m-fan") << "zigbee2mqtt" << fan << "ventilation" << 2.0 << "zigbee2mqtt/Ada ceiling/set"
                             << QByteArray("{\"fan_mode\":\"medium\"}");
    QTest::addRow("z2m-blinds") << "zigbee2mqtt" << blinds << "blinds" << 40.0 << "zigbee2mqtt/Ada ceiling/set"
                                << QByteArray("{\"position\":40}");
    QTest::addRow("ha-temperature") << "homeassistant" << hvac << "setpoint" << 21.0 << "ada/climate/temperature/set"
                                    << QByteArray("21.0");
    QTest::addRow("ha-mode") << "homeassistant" << hvac << "mode" << 0.0 << "ada/climate/mode/set" << QByteArray("off");
    QTest::addRow("ha-light") << "homeassistant" << lights << "lights" << 1.0 << "ada/light/set" << QByteArray("ON");
    QTest::addRow("ha-brightness") << "homeassistant" << lights << "light_level" << 100.0 << "ada/light/brightness/set"
                                   << QByteArray("255");
    QTest::addRow("ha-fan") << "homeassistant" << fan << "ventilation" << 1.0 << "ada/fan/percentage/set"
                            << QByteArray("33");
    QTest::addRow("ha-cover") << "homeassistant" << blinds << "blinds" << 100.0 << "ada/cover/position/set"
                              << QByteArray("100");
}

void TestCommandEncoder::payloads()
{
    QFETCH(QString, profile);
    QFETCH(int, kind);
    QFETCH(QString, channel);
    QFETCH(double, value);
    QFETCH(QString, topic);
    QFETCH(QByteArray, payload);
    const auto command = CommandEncoder::encode(QStringLiteral("hq"), make(profile, ActuatorKind(kind)),
                                                *channelFromKey(channel), value);
    QVERIFY2(command, qPrintable(command.error()));
    QCOMPARE(command->topic, topic);
    QCOMPARE(command->payload, payload);
}

void TestCommandEncoder::refusals_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("neverDrive");
    QTest::addColumn<QString>("message");
    QTest::addRow("lock") << int(ActuatorKind::Lock) << "lights" << 1.0 << true
                          << "Ada device must never be driven from the console (lock): ask whoever runs it on site.";
    QTest::addRow("marked-never-drive") << int(ActuatorKind::Lights) << "lights" << 1.0 << true
                                        << "Ada device must never be driven from the console (lights): ask whoever "
                                           "runs it on site.";
    QTest::addRow("wrong-channel") << int(ActuatorKind::Lights) << "setpoint" << 21.0 << false
                                   << "Ada device has no temperature to set.";
    QTest::addRow("ventilation-level-9") << int(ActuatorKind::Ventilation) << "ventilation" << 9.0 << false
                                         << "9 is not a possible ventilation.";
}

void TestCommandEncoder::refusals()
{
    QFETCH(int, kind);
    QFETCH(QString, channel);
    QFETCH(double, value);
    QFETCH(bool, neverDrive);
    QFETCH(QString, message);
    Actuator a = make(QStringLiteral("zigbee2mqtt"), ActuatorKind(kind));
    a.neverDrive = neverDrive;
    const auto command = CommandEncoder::encode(QStringLiteral("hq"), a, *channelFromKey(channel), value);
    QVERIFY(!command);
    QCOMPARE(command.error(), message);
}

void TestCommandEncoder::sampleSiteActuators()
{
    SiteLoader::Options options;
    options.checkPlans = false;
    const auto site = SiteLoader::load(QStringLiteral(ATRIUM_SAMPLE_SITE), options);
    QVERIFY2(site, qPrintable(site.error()));
    const auto actuators = ActuatorLoader::load(QStringLiteral(ATRIUM_SAMPLE_SITE), *site);
    QVERIFY2(actuators, qPrintable(actuators.error()));
    QVERIFY(actuators->size() >= 10);
    int locks = 0;
    QSet<CommandProfile> profiles;
    for (const Actuator& a : *actuators) {
        QVERIFY(site->room(a.roomId));
        profiles.insert(a.profile);
        if (a.kind == ActuatorKind::Lock) {
            ++locks;
            QVERIFY(a.neverDrive);
        }
    }
    QVERIFY(locks >= 1);
    QCOMPARE(profiles.size(), 3);
}

void TestCommandEncoder::loaderErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown-room") << QByteArray("{\"actuators\": [\n {\"id\": \"a\", \"room\": \"nowhere\", \"kind\": "
                                                "\"hvac\"}\n]}")
                                  << "site.json line 2: actuators[0].room: unknown room 'nowhere'";
    QTest::addRow("unknown-kind") << QByteArray("{\"actuators\": [\n {\"id\": \"a\", \"room\": \"meeting-ada\",\n "
                                                "\"kind\": \"kettle\"}\n]}")
                                  << "site.json line 3: actuators[0].kind: unknown kind 'kettle' (known: hvac, "
                                     "ventilation, lights, blinds, lock, other)";
    QTest::addRow("z2m-without-device")
        << QByteArray("{\"actuators\": [{\"id\": \"a\", \"room\": \"meeting-ada\", \"kind\": \"lights\", "
                      "\"profile\": \"zigbee2mqtt\"}]}")
        << "site.json line 1: actuators[0].device: a zigbee2mqtt actuator needs its friendly name";
    QTest::addRow("duplicate") << QByteArray(
                                      "{\"actuators\": [{\"id\": \"a\", \"room\": \"meeting-ada\", \"kind\": "
                                      "\"hvac\"},\n{\"id\": \"a\", \"room\": \"meeting-ada\", \"kind\": \"hvac\"}]}")
                               << "site.json line 2: actuators[1].id: duplicate actuator id 'a'";
}

void TestCommandEncoder::loaderErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    Site site;
    Room ada;
    ada.id = QStringLiteral("meeting-ada");
    site.rooms = {ada};
    const auto loaded = ActuatorLoader::parse(json, QStringLiteral("/tmp/site.json"), site);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error(), message);
}

QTEST_GUILESS_MAIN(TestCommandEncoder)
#include "TestCommandEncoder.moc"

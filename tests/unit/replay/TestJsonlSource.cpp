// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonlSource.h"
#include "SharedData.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using atrium::replay::JsonlSource;

namespace {

const QTimeZone kParis(QByteArrayLiteral("Europe/Paris"));

qint64 utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

class TestJsonlSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zigbee2mqttCapture();
    void everySharedCaptureLoads_data();
    void everySharedCaptureLoads();
    void payloadKinds_data();
    void payloadKinds();
    void times_data();
    void times();
    void linesWithoutTimeFollowThePreviousOne();
    void badLineIsNamed_data();
    void badLineIsNamed();
    void missingFile();
};

void TestJsonlSource::zigbee2mqttCapture()
{
    ATRIUM_REQUIRE_SHARED(path, "mqtt/zigbee2mqtt/ikea_e1745_motion_and_aqara_wsdcgq11lm.jsonl");
    const auto events = JsonlSource::read(path, kParis);
    QVERIFY2(events.ok(), qPrintable(events.error()));
    QCOMPARE(events->size(), size_t(3));
    QCOMPARE(events->at(0).topic, QStringLiteral("zigbee2mqtt/0x680ae2fffe3487ce"));
    QCOMPARE(events->at(2).topic, QStringLiteral("zigbee2mqtt/0x00158d00040862ed"));
    // The payload string is published byte for byte as captured.
    QCOMPARE(events->at(2).payload,
             QByteArray("{\"battery\":100,\"voltage\":3005,\"temperature\":20.71,\"humidity\":22.98,"
                        "\"pressure\":986.4,\"linkquality\":160}"));
    QVERIFY(events->at(1).payload.endsWith("\"occupancy\":false}"));
}

void TestJsonlSource::everySharedCaptureLoads_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<int>("count");
    QTest::addRow("z2m-network-snapshot") << "mqtt/zigbee2mqtt/z2m_frontend_network_snapshot.jsonl" << 28;
    QTest::addRow("tuya-co2-log") << "mqtt/zigbee2mqtt/tuya_ts0601_air_quality_co2_log.jsonl" << 6;
    QTest::addRow("tasmota-radar") << "mqtt/tasmota/ld2410s_presence_radar.jsonl" << -1;
    QTest::addRow("esphome-plain-values") << "mqtt/esphome/esphome_state_topics_plain_values.jsonl" << -1;
}

void TestJsonlSource::everySharedCaptureLoads()
{
    QFETCH(QString, relative);
    QFETCH(int, count);
    const QString path = atrium::test::sharedDataFile(relative);
    if (path.isEmpty())
        QSKIP(qPrintable(QStringLiteral("shared data file %1 not found").arg(relative)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const int lines = int(file.readAll().trimmed().count('\n')) + 1;
    const auto events = JsonlSource::read(path, kParis);
    QVERIFY2(events.ok(), qPrintable(events.error()));
    QCOMPARE(int(events->size()), count >= 0 ? count : lines);
    for (const auto& event : *events)
        QVERIFY(!event.topic.isEmpty());
}

void TestJsonlSource::payloadKinds_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("payload");
    QTest::addRow("string-verbatim") << QByteArray(R"({"topic":"a/b","payload":"{\"x\": 1}"})")
                                     << QByteArray("{\"x\": 1}");
    QTest::addRow("object-compact") << QByteArray(R"({"topic":"a/b","payload":{"x": 1, "y": "on"}})")
                                    << QByteArray("{\"x\":1,\"y\":\"on\"}");
    QTest::addRow("array") << QByteArray(R"({"topic":"a/b","payload":[1,2]})") << QByteArray("[1,2]");
    QTest::addRow("number") << QByteArray(R"({"topic":"a/b","payload":21.5})") << QByteArray("21.5");
    QTest::addRow("bool") << QByteArray(R"({"topic":"a/b","payload":true})") << QByteArray("true");
    QTest::addRow("null-is-empty") << QByteArray(R"({"topic":"a/b","payload":null})") << QByteArray();
    QTest::addRow("plain-text") << QByteArray(R"({"topic":"a/b","payload":"ON"})") << QByteArray("ON");
}

void TestJsonlSource::payloadKinds()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, payload);
    const auto events = JsonlSource::parse(line, QStringLiteral("t.jsonl"), kParis);
    QVERIFY2(events.ok(), qPrintable(events.error()));
    QCOMPARE(events->size(), size_t(1));
    QCOMPARE(events->front().payload, payload);
}

void TestJsonlSource::times_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("due");
    QTest::addRow("iso-with-offset") << QByteArray(R"({"topic":"a","payload":"1","time":"2026-03-29T03:30:00+02:00"})")
                                     << utc(2026, 3, 29, 1, 30);
    QTest::addRow("iso-utc") << QByteArray(R"({"topic":"a","payload":"1","time":"2026-01-10T08:00:00.250Z"})")
                             << utc(2026, 1, 10, 8, 0) + 250;
    QTest::addRow("local-in-site-zone-winter")
        << QByteArray(R"({"topic":"a","payload":"1","time":"2026-01-10 09:00:00"})") << utc(2026, 1, 10, 8, 0);
    QTest::addRow("local-in-site-zone-summer")
        << QByteArray(R"({"topic":"a","payload":"1","ts":"2026-07-10T09:00"})") << utc(2026, 7, 10, 7, 0);
    QTest::addRow("epoch-seconds") << QByteArray(R"({"topic":"a","payload":"1","ts":1765292604})")
                                   << qint64(1765292604000);
    QTest::addRow("epoch-milliseconds") << QByteArray(R"({"topic":"a","payload":"1","ts":1765292604979})")
                                        << qint64(1765292604979);
    QTest::addRow("no-time") << QByteArray(R"({"topic":"a","payload":"1"})") << qint64(0);
}

void TestJsonlSource::times()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, due);
    const auto events = JsonlSource::parse(line, QStringLiteral("t.jsonl"), kParis);
    QVERIFY2(events.ok(), qPrintable(events.error()));
    QCOMPARE(events->front().dueMs, due);
}

void TestJsonlSource::linesWithoutTimeFollowThePreviousOne()
{
    const QByteArray data = "{\"topic\":\"a\",\"payload\":\"1\",\"ts\":1000}\n"
                            "{\"topic\":\"b\",\"payload\":\"2\"}\n"
                            "\n"
                            "{\"topic\":\"c\",\"payload\":\"3\",\"ts\":500}\n"
                            "{\"topic\":\"d\",\"payload\":\"4\",\"ts\":2000}\n";
    const auto events = JsonlSource::parse(data, QStringLiteral("t.jsonl"), kParis);
    QVERIFY2(events.ok(), qPrintable(events.error()));
    QCOMPARE(events->size(), size_t(4));
    // Time-ordered: c (500 s) first; b stays right after a, due with it.
    QStringList order;
    for (const auto& e : *events)
        order << e.topic;
    QCOMPARE(order, (QStringList{"c", "a", "b", "d"}));
    QCOMPARE(events->at(1).dueMs, events->at(2).dueMs);
}

void TestJsonlSource::badLineIsNamed_data()
{
    QTest::addColumn<QByteArray>("badLine");
    QTest::addColumn<QString>("message");
    QTest::addRow("truncated-json") << QByteArray(R"({"topic":"a","payload":"1")")
                                    << "capture.jsonl line 3: not valid JSON";
    QTest::addRow("array-not-object") << QByteArray("[1,2]") << "capture.jsonl line 3: expected a JSON object";
    QTest::addRow("missing-topic") << QByteArray(R"({"payload":"1"})") << "capture.jsonl line 3: \"topic\" is missing";
    QTest::addRow("topic-not-string") << QByteArray(R"({"topic":5,"payload":"1"})")
                                      << "capture.jsonl line 3: \"topic\" is missing or not";
    QTest::addRow("wildcard-topic") << QByteArray(R"({"topic":"zigbee2mqtt/+","payload":"1"})")
                                    << "capture.jsonl line 3: topic \"zigbee2mqtt/+\" holds an MQTT wildcard";
    QTest::addRow("missing-payload") << QByteArray(R"({"topic":"a"})")
                                     << "capture.jsonl line 3: \"payload\" is missing";
    QTest::addRow("bad-time") << QByteArray(R"({"topic":"a","payload":"1","time":"yesterday"})")
                              << "capture.jsonl line 3: \"time\" is neither";
}

void TestJsonlSource::badLineIsNamed()
{
    QFETCH(QByteArray, badLine);
    QFETCH(QString, message);
    // A blank line 2 still counts, so the bad one is line 3.
    const QByteArray data =
        "{\"topic\":\"ok\",\"payload\":\"1\"}\n\n" + badLine + "\n{\"topic\":\"ok\",\"payload\":\"2\"}\n";
    const auto events = JsonlSource::parse(data, QStringLiteral("capture.jsonl"), kParis);
    QVERIFY(!events.ok());
    QVERIFY2(events.error().startsWith(message), qPrintable(events.error()));
}

void TestJsonlSource::missingFile()
{
    const auto events = JsonlSource::read(QStringLiteral("/nonexistent/capture.jsonl"), kParis);
    QVERIFY(!events.ok());
    QVERIFY2(events.error().contains(QStringLiteral("/nonexistent/capture.jsonl")), qPrintable(events.error()));
}

QTEST_GUILESS_MAIN(TestJsonlSource)
#include "TestJsonlSource.moc"

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedData.h"
#include "feeds/DecoderRegistry.h"
#include "feeds/Zigbee2MqttDecoder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <map>

using namespace atrium;

namespace {

qint64 utcMs(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toMSecsSinceEpoch();
}

using Values = std::map<int, double>; // metric -> value

Values valuesOf(const DecodeOutcome& outcome)
{
    Values out;
    for (const DecodedValue& v : outcome.values)
        out[int(v.metric)] = v.value;
    return out;
}

struct Sample
{
    QString where; // file and line, for failure messages
    QByteArray topic;
    QByteArray payload;
};

// Every z2m sample: lines of the .jsonl captures and .json/.topic pairs. A .json without a
// .topic is an element of the bridge/devices array (see SOURCES.md), published on that topic.
std::vector<Sample> loadSamples(const QString& dir)
{
    std::vector<Sample> samples;
    const QDir folder(dir);
    for (const QString& name : folder.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        int line = 0;
        while (!file.atEnd()) {
            const QByteArray text = file.readLine().trimmed();
            ++line;
            if (text.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(text).object();
            samples.push_back({QStringLiteral("%1:%2").arg(name).arg(line), o.value(u"topic").toString().toUtf8(),
                               o.value(u"payload").toString().toUtf8()});
        }
    }
    for (const QString& name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile payload(folder.filePath(name));
        QFile topic(folder.filePath(name.chopped(5) + QStringLiteral(".topic")));
        if (!payload.open(QIODevice::ReadOnly))
            continue;
        const QByteArray t =
            topic.open(QIODevice::ReadOnly) ? topic.readAll().trimmed() : QByteArray("zigbee2mqtt/bridge/devices");
        samples.push_back({name, t, payload.readAll()});
    }
    return samples;
}

} // namespace

class TestZigbee2MqttDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesValues_data();
    void decodesValues();
    void skipsSideTopics_data();
    void skipsSideTopics();
    void refusesMalformed_data();
    void refusesMalformed();
    void lastSeen_data();
    void lastSeen();
    void sharedSamplesDecode();
    void sharedSamplesValues();

private:
    Zigbee2MqttDecoder m_decoder;
};

void TestZigbee2MqttDecoder::decodesValues_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<Values>("expected");

    const int occ = int(Metric::Occupancy);
    const int temp = int(Metric::Temperature);
    const int hum = int(Metric::Humidity);
    const int lux = int(Metric::Illuminance);
    const int bat = int(Metric::Battery);
    QTest::addRow("occupancy-true") << QByteArray("{\"occupancy\":true,\"linkquality\":39}") << Values{{occ, 1.0}};
    QTest::addRow("occupancy-false") << QByteArray("{\"occupancy\":false}") << Values{{occ, 0.0}};
    QTest::addRow("occupancy-ON") << QByteArray("{\"occupancy\":\"ON\"}") << Values{{occ, 1.0}};
    QTest::addRow("occupancy-OFF") << QByteArray("{\"occupancy\":\"OFF\"}") << Values{{occ, 0.0}};
    QTest::addRow("occupancy-1") << QByteArray("{\"occupancy\":1}") << Values{{occ, 1.0}};
    QTest::addRow("occupancy-0") << QByteArray("{\"occupancy\":0}") << Values{{occ, 0.0}};
    QTest::addRow("occupancy-string-1") << QByteArray("{\"occupancy\":\"1\"}") << Values{{occ, 1.0}};
    QTest::addRow("presence-key") << QByteArray("{\"presence\":true}") << Values{{occ, 1.0}};
    // Occupancy is presence: a count on an occupancy key means "someone is there".
    QTest::addRow("occupancy-count-means-present") << QByteArray("{\"occupancy\":3}") << Values{{occ, 1.0}};
    const int people = int(Metric::People);
    QTest::addRow("people-key") << QByteArray("{\"people\":4}") << Values{{people, 4.0}};
    QTest::addRow("people-count-key") << QByteArray("{\"people_count\":\"12\"}") << Values{{people, 12.0}};
    QTest::addRow("occupancy-count-key") << QByteArray("{\"occupancy_count\":0}") << Values{{people, 0.0}};
    QTest::addRow("presence-and-people") << QByteArray("{\"presence\":true,\"people\":2}")
                                         << Values{{occ, 1.0}, {people, 2.0}};
    QTest::addRow("people-first-key-wins") << QByteArray("{\"people_count\":5,\"people\":5}") << Values{{people, 5.0}};
    QTest::addRow("numbers-as-strings") << QByteArray("{\"temperature\":\"21.5\",\"humidity\":\"40\"}")
                                        << Values{{temp, 21.5}, {hum, 40.0}};
    QTest::addRow("air-quality-keys") << QByteArray("{\"co2\":412,\"voc\":120,\"pm25\":8.5,\"noise\":41}")
                                      << Values{{int(Metric::Co2), 412.0},
                                                {int(Metric::Voc), 120.0},
                                                {int(Metric::Pm25), 8.5},
                                                {int(Metric::Noise), 41.0}};
    // Older converters put a raw log-scale value in `illuminance` next to lux.
    QTest::addRow("illuminance-lux-preferred")
        << QByteArray("{\"illuminance\":17782,\"illuminance_lux\":60}") << Values{{lux, 60.0}};
    QTest::addRow("illuminance-lux-preferred-other-order")
        << QByteArray("{\"illuminance_lux\":60,\"illuminance\":17782}") << Values{{lux, 60.0}};
    QTest::addRow("illuminance-alone") << QByteArray("{\"illuminance\":250}") << Values{{lux, 250.0}};
    QTest::addRow("battery") << QByteArray("{\"battery\":87,\"voltage\":3005}") << Values{{bat, 87.0}};
    QTest::addRow("linkquality-only") << QByteArray("{\"linkquality\":120}") << Values{};
    QTest::addRow("unknown-keys-ignored")
        << QByteArray("{\"contact\":true,\"pressure\":986.4,\"temperature\":20.71}") << Values{{temp, 20.71}};
}

void TestZigbee2MqttDecoder::decodesValues()
{
    QFETCH(QByteArray, payload);
    QFETCH(Values, expected);
    const DecodeOutcome outcome = m_decoder.decode(RawMessage{"zigbee2mqtt/Office desk", payload, 1000}, {});
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.values.size(), expected.size());
    const Values got = valuesOf(outcome);
    for (const auto& [metric, value] : expected) {
        QVERIFY2(got.count(metric), qPrintable(metricKey(Metric(metric))));
        QCOMPARE(got.at(metric), value);
    }
    QVERIFY(outcome.roomHint.isEmpty());
}

void TestZigbee2MqttDecoder::skipsSideTopics_data()
{
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<QByteArray>("payload");
    QTest::addRow("bridge-state") << QByteArray("zigbee2mqtt/bridge/state") << QByteArray("online");
    QTest::addRow("bridge-devices-array") << QByteArray("zigbee2mqtt/bridge/devices") << QByteArray("[{\"a\":1}]");
    QTest::addRow("availability-string") << QByteArray("zigbee2mqtt/hue1/availability") << QByteArray("offline");
    QTest::addRow("availability-object") << QByteArray("zigbee2mqtt/living room/ac power/availability")
                                         << QByteArray("{\"state\":\"Offline\"}");
    QTest::addRow("set-command") << QByteArray("zigbee2mqtt/lamp/set") << QByteArray("{\"state\":\"ON\"}");
    QTest::addRow("set-attribute") << QByteArray("zigbee2mqtt/lamp/set/brightness") << QByteArray("120");
    QTest::addRow("get-command") << QByteArray("zigbee2mqtt/lamp/get") << QByteArray("{\"state\":\"\"}");
}

void TestZigbee2MqttDecoder::skipsSideTopics()
{
    QFETCH(QByteArray, topic);
    QFETCH(QByteArray, payload);
    const DecodeOutcome outcome = m_decoder.decode(RawMessage{topic, payload, 1000}, {});
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QVERIFY(outcome.values.empty());
}

void TestZigbee2MqttDecoder::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QStringList>("reasonMentions");

    QTest::addRow("nan-string") << QByteArray("{\"temperature\":\"NaN\"}")
                                << QStringList{"\"temperature\"", "\"NaN\" is not a number"};
    QTest::addRow("nan-token") << QByteArray("{\"temperature\":NaN,\"humidity\":40}")
                               << QStringList{"invalid JSON at byte 15", "NaN"};
    QTest::addRow("infinity-string") << QByteArray("{\"co2\":\"Infinity\"}") << QStringList{"\"co2\"", "not a number"};
    QTest::addRow("null-temperature") << QByteArray("{\"temperature\":null,\"linkquality\":3}")
                                      << QStringList{"\"temperature\" is null"};
    QTest::addRow("null-occupancy") << QByteArray("{\"occupancy\":null}") << QStringList{"\"occupancy\" is null"};
    QTest::addRow("non-utf8") << QByteArray("{\"temperature\":21,\"name\":\"caf\xe9\"}")
                              << QStringList{"not UTF-8", "0xE9", "byte 29"};
    QTest::addRow("truncated-string") << QByteArray("{\"temperature\":21.5,\"friendly_name\":\"Meeting ro")
                                      << QStringList{"invalid JSON at byte", "unterminated string"};
    QTest::addRow("truncated-object") << QByteArray("{\"temperature\":21.5,\"humidity\":4")
                                      << QStringList{"invalid JSON at byte"};
    QTest::addRow("oversized") << (QByteArray("{\"temperature\":21,\"x\":\"") + QByteArray(65536, 'a') + "\"}")
                               << QStringList{"larger than", "65536"};
    QTest::addRow("not-json") << QByteArray("42 degrees") << QStringList{"invalid JSON at byte"};
    QTest::addRow("not-an-object") << QByteArray("[{\"temperature\":21}]")
                                   << QStringList{"expected a JSON object", "array"};
    QTest::addRow("humidity-140") << QByteArray("{\"humidity\":140}")
                                  << QStringList{"\"humidity\"", "140 %", "plausible range"};
    QTest::addRow("temperature-400") << QByteArray("{\"temperature\":400}")
                                     << QStringList{"\"temperature\"", "400 °C", "plausible range"};
    QTest::addRow("battery-250") << QByteArray("{\"battery\":250}") << QStringList{"\"battery\"", "250 %"};
    QTest::addRow("people-2000") << QByteArray("{\"people\":2000}")
                                 << QStringList{"\"people\"", "2000 people", "plausible range 0 to 1000"};
    QTest::addRow("people-negative") << QByteArray("{\"people_count\":-1}")
                                     << QStringList{"\"people_count\"", "-1 people", "plausible range"};
    QTest::addRow("occupancy-negative") << QByteArray("{\"occupancy\":-1}")
                                        << QStringList{"\"occupancy\"", "-1 is outside the plausible range 0 to 1"};
    QTest::addRow("people-boolean") << QByteArray("{\"people\":true}") << QStringList{"\"people\""};
    QTest::addRow("occupancy-word") << QByteArray("{\"occupancy\":\"maybe\"}")
                                    << QStringList{"\"occupancy\"", "\"maybe\""};
    QTest::addRow("bad-last-seen") << QByteArray("{\"temperature\":20,\"last_seen\":\"soon\"}")
                                   << QStringList{"\"last_seen\"", "\"soon\""};
}

void TestZigbee2MqttDecoder::refusesMalformed()
{
    QFETCH(QByteArray, payload);
    QFETCH(QStringList, reasonMentions);
    const DecodeOutcome outcome = m_decoder.decode(RawMessage{"zigbee2mqtt/Meeting room", payload, 1000}, {});
    QVERIFY2(!outcome.ok(), "a malformed payload was accepted");
    QVERIFY(outcome.values.empty());
    for (const QString& part : reasonMentions)
        QVERIFY2(outcome.error.contains(part),
                 qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, outcome.error)));
}

void TestZigbee2MqttDecoder::lastSeen_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<qint64>("sourceMs");
    QTest::addRow("epoch-ms") << QByteArray("{\"co2\":363,\"last_seen\":1765292604979}") << "UTC"
                              << qint64(1765292604979);
    QTest::addRow("epoch-ms-string") << QByteArray("{\"co2\":363,\"last_seen\":\"1765292604979\"}") << "UTC"
                                     << qint64(1765292604979);
    QTest::addRow("epoch-seconds") << QByteArray("{\"co2\":363,\"last_seen\":1765292604}") << "UTC"
                                   << qint64(1765292604000);
    QTest::addRow("iso-offset") << QByteArray("{\"co2\":363,\"last_seen\":\"2022-05-16T20:46:44+08:00\"}")
                                << "Europe/Paris" << utcMs(2022, 5, 16, 12, 46, 44);
    QTest::addRow("iso-z-ms") << QByteArray("{\"co2\":363,\"last_seen\":\"2025-12-09T15:03:24.979Z\"}")
                              << "Europe/Paris" << utcMs(2025, 12, 9, 15, 3, 24) + 979;
    QTest::addRow("local-paris-summer") << QByteArray("{\"co2\":363,\"last_seen\":\"2025-07-01T09:00:00\"}")
                                        << "Europe/Paris" << utcMs(2025, 7, 1, 7, 0);
    // 26 October 2025: Paris falls back from UTC+2 to UTC+1 at 03:00; by 15:00 it is UTC+1.
    QTest::addRow("local-paris-fall-back-day") << QByteArray("{\"co2\":363,\"last_seen\":\"2025-10-26T15:00:00\"}")
                                               << "Europe/Paris" << utcMs(2025, 10, 26, 14, 0);
}

void TestZigbee2MqttDecoder::lastSeen()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, zone);
    QFETCH(qint64, sourceMs);
    DecodeContext context;
    context.siteZone = QTimeZone(zone.toUtf8());
    const DecodeOutcome outcome = m_decoder.decode(RawMessage{"zigbee2mqtt/Air Quality Sensor", payload, 5}, context);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.values.size(), size_t(1));
    QCOMPARE(outcome.values.front().value, 363.0);
    QVERIFY(outcome.values.front().sourceMs.has_value());
    QCOMPARE(*outcome.values.front().sourceMs, sourceMs);
}

void TestZigbee2MqttDecoder::sharedSamplesDecode()
{
    ATRIUM_REQUIRE_SHARED(anyFile, "mqtt/zigbee2mqtt/tuya_ts0601_air_quality_co2_log.jsonl");
    const std::vector<Sample> samples = loadSamples(QFileInfo(anyFile).absolutePath());
    QVERIFY(samples.size() >= 40);
    const PayloadDecoder* decoder = DecoderRegistry::builtin().decoder(u"zigbee2mqtt");
    QVERIFY(decoder);
    DecodeContext context;
    context.siteZone = QTimeZone("Europe/Paris");
    for (const Sample& sample : samples) {
        QVERIFY2(!sample.topic.isEmpty(), qPrintable(sample.where));
        const DecodeOutcome outcome = decoder->decode(RawMessage{sample.topic, sample.payload, 1}, context);
        QVERIFY2(outcome.ok(), qPrintable(sample.where + QStringLiteral(": ") + outcome.error));
    }
}

void TestZigbee2MqttDecoder::sharedSamplesValues()
{
    ATRIUM_REQUIRE_SHARED(anyFile, "mqtt/zigbee2mqtt/tuya_ts0601_air_quality_co2_log.jsonl");
    std::map<QString, DecodeOutcome> byPlace;
    DecodeContext context;
    context.siteZone = QTimeZone("Europe/Paris");
    for (const Sample& sample : loadSamples(QFileInfo(anyFile).absolutePath()))
        byPlace[sample.where] = m_decoder.decode(RawMessage{sample.topic, sample.payload, 1}, context);

    // Tuya air-quality box, friendly name with a space, last_seen in epoch milliseconds.
    const DecodeOutcome& air = byPlace.at(QStringLiteral("tuya_ts0601_air_quality_co2_log.jsonl:1"));
    const Values airValues = valuesOf(air);
    QCOMPARE(airValues.at(int(Metric::Co2)), 363.0);
    QCOMPARE(airValues.at(int(Metric::Temperature)), 21.0);
    QCOMPARE(airValues.at(int(Metric::Humidity)), 50.0);
    QCOMPARE(airValues.at(int(Metric::Voc)), 2.0);
    QCOMPARE(airValues.size(), size_t(4)); // formaldehyd and linkquality are not metrics
    for (const DecodedValue& v : air.values)
        QCOMPARE(v.sourceMs.value_or(0), qint64(1765292604979));

    // Aqara WSDCGQ11LM published under a friendly name with spaces and a comma.
    const DecodeOutcome& aqara = byPlace.at(QStringLiteral("aqara_wsdcgq11lm_state_friendly_name_with_spaces.json"));
    const Values aqaraValues = valuesOf(aqara);
    QCOMPARE(aqaraValues.at(int(Metric::Temperature)), 20.74);
    QCOMPARE(aqaraValues.at(int(Metric::Humidity)), 44.43);
    QCOMPARE(aqaraValues.at(int(Metric::Battery)), 100.0);
    QVERIFY(!aqara.values.front().sourceMs.has_value());

    // The other WSDCGQ11LM capture, by IEEE address.
    const Values ieee = valuesOf(byPlace.at(QStringLiteral("ikea_e1745_motion_and_aqara_wsdcgq11lm.jsonl:3")));
    QCOMPARE(ieee.at(int(Metric::Temperature)), 20.71);
    QCOMPARE(ieee.at(int(Metric::Humidity)), 22.98);

    // IKEA E1745 motion: occupancy true then false.
    QCOMPARE(valuesOf(byPlace.at(QStringLiteral("ikea_e1745_motion_and_aqara_wsdcgq11lm.jsonl:1")))
                 .at(int(Metric::Occupancy)),
             1.0);
    QCOMPARE(valuesOf(byPlace.at(QStringLiteral("ikea_e1745_motion_and_aqara_wsdcgq11lm.jsonl:2")))
                 .at(int(Metric::Occupancy)),
             0.0);

    // Hue motion: illuminance and illuminance_lux both 0 give one illuminance value.
    const DecodeOutcome& hue = byPlace.at(QStringLiteral("hue_motion_9290012607_pairing_log.jsonl:6"));
    QCOMPARE(hue.values.size(), size_t(4)); // battery, occupancy, temperature, illuminance
    QCOMPARE(valuesOf(hue).at(int(Metric::Temperature)), 23.35);
    // Its first line is the bridge pairing log: nothing to read, no error.
    QVERIFY(byPlace.at(QStringLiteral("hue_motion_9290012607_pairing_log.jsonl:1")).values.empty());

    // Frontend snapshot: friendly name with '/', ISO last_seen at +08:00.
    const DecodeOutcome& livingroom = byPlace.at(QStringLiteral("z2m_frontend_network_snapshot.jsonl:23"));
    QCOMPARE(valuesOf(livingroom).at(int(Metric::Humidity)), 65.59);
    QCOMPARE(valuesOf(livingroom).at(int(Metric::Temperature)), 25.84);
    QCOMPARE(livingroom.values.front().sourceMs.value_or(0), utcMs(2022, 5, 16, 12, 37, 54));

    // Aqara RTCGQ11LM: occupancy and illuminance_lux.
    const Values motion = valuesOf(byPlace.at(QStringLiteral("aqara_rtcgq11lm_motion_state.json")));
    QCOMPARE(motion.at(int(Metric::Occupancy)), 1.0);
    QCOMPARE(motion.at(int(Metric::Illuminance)), 7.0);
}

QTEST_GUILESS_MAIN(TestZigbee2MqttDecoder)
#include "TestZigbee2MqttDecoder.moc"

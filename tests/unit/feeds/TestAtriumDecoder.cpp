// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/AtriumDecoder.h"
#include "feeds/DecoderRegistry.h"

#include <QDateTime>
#include <QTest>

using namespace atrium;

namespace {
qint64 utcMs(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toMSecsSinceEpoch();
}

constexpr qint64 kNoSourceTime = -1;
} // namespace

class TestAtriumDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesValues_data();
    void decodesValues();
    void refusesMalformed_data();
    void refusesMalformed();
    void isRegistered();

private:
    AtriumDecoder m_decoder;
};

void TestAtriumDecoder::decodesValues_data()
{
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("metric");
    QTest::addColumn<double>("value");
    QTest::addColumn<qint64>("sourceMs");

    const int temp = int(Metric::Temperature);
    const int occ = int(Metric::Occupancy);
    QTest::addRow("plain-number") << QByteArray("atrium/hq/r1/temperature") << QByteArray("21.5") << "UTC" << temp
                                  << 21.5 << kNoSourceTime;
    QTest::addRow("plain-number-with-newline") << QByteArray("atrium/hq/r1/co2") << QByteArray(" 812\n") << "UTC"
                                               << int(Metric::Co2) << 812.0 << kNoSourceTime;
    QTest::addRow("plain-true") << QByteArray("atrium/hq/r1/occupancy") << QByteArray("true") << "UTC" << occ << 1.0
                                << kNoSourceTime;
    QTest::addRow("plain-ON") << QByteArray("atrium/hq/r1/occupancy") << QByteArray("ON") << "UTC" << occ << 1.0
                              << kNoSourceTime;
    QTest::addRow("plain-OFF") << QByteArray("atrium/hq/r1/occupancy") << QByteArray("OFF") << "UTC" << occ << 0.0
                               << kNoSourceTime;
    QTest::addRow("plain-off-lower") << QByteArray("atrium/hq/r1/occupancy") << QByteArray("off") << "UTC" << occ << 0.0
                                     << kNoSourceTime;
    QTest::addRow("plain-1") << QByteArray("atrium/hq/r1/occupancy") << QByteArray("1") << "UTC" << occ << 1.0
                             << kNoSourceTime;
    QTest::addRow("plain-0") << QByteArray("atrium/hq/r1/occupancy") << QByteArray("0") << "UTC" << occ << 0.0
                             << kNoSourceTime;
    // Occupancy is presence: a count published on the occupancy metric means "someone is there".
    QTest::addRow("count-on-occupancy-means-present")
        << QByteArray("atrium/hq/r1/occupancy") << QByteArray("7") << "UTC" << occ << 1.0 << kNoSourceTime;
    const int people = int(Metric::People);
    QTest::addRow("people-count") << QByteArray("atrium/hq/r1/people") << QByteArray("7") << "UTC" << people << 7.0
                                  << kNoSourceTime;
    QTest::addRow("people-zero") << QByteArray("atrium/hq/r1/people") << QByteArray("0") << "UTC" << people << 0.0
                                 << kNoSourceTime;
    QTest::addRow("people-alias") << QByteArray("atrium/hq/r1/people_count") << QByteArray("{\"value\":\"3\"}") << "UTC"
                                  << people << 3.0 << kNoSourceTime;
    QTest::addRow("people-with-unit") << QByteArray("atrium/hq/r1/people")
                                      << QByteArray("{\"value\":11,\"unit\":\"persons\"}") << "UTC" << people << 11.0
                                      << kNoSourceTime;
    QTest::addRow("presence-alias") << QByteArray("atrium/hq/r1/presence") << QByteArray("true") << "UTC" << occ << 1.0
                                    << kNoSourceTime;
    QTest::addRow("metric-alias") << QByteArray("atrium/hq/r1/lux") << QByteArray("430") << "UTC"
                                  << int(Metric::Illuminance) << 430.0 << kNoSourceTime;
    QTest::addRow("json-value") << QByteArray("atrium/hq/r1/humidity") << QByteArray("{\"value\":45.5}") << "UTC"
                                << int(Metric::Humidity) << 45.5 << kNoSourceTime;
    QTest::addRow("json-number-as-string") << QByteArray("atrium/hq/r1/humidity") << QByteArray("{\"value\":\"45.5\"}")
                                           << "UTC" << int(Metric::Humidity) << 45.5 << kNoSourceTime;
    QTest::addRow("json-bool-true") << QByteArray("atrium/hq/r1/occupancy") << QByteArray("{\"value\":true}") << "UTC"
                                    << occ << 1.0 << kNoSourceTime;
    QTest::addRow("json-string-1") << QByteArray("atrium/hq/r1/occupancy") << QByteArray("{\"value\":\"1\"}") << "UTC"
                                   << occ << 1.0 << kNoSourceTime;
    QTest::addRow("fahrenheit-symbol") << QByteArray("atrium/hq/r1/temperature")
                                       << QByteArray("{\"value\":71.6,\"unit\":\"°F\"}") << "UTC" << temp << 22.0
                                       << kNoSourceTime;
    QTest::addRow("fahrenheit-word") << QByteArray("atrium/hq/r1/temperature")
                                     << QByteArray("{\"value\":\"32\",\"unit\":\"fahrenheit\"}") << "UTC" << temp << 0.0
                                     << kNoSourceTime;
    QTest::addRow("fahrenheit-letter") << QByteArray("atrium/hq/r1/temperature")
                                       << QByteArray("{\"value\":212,\"unit\":\"F\"}") << "UTC" << temp << 100.0
                                       << kNoSourceTime;
    QTest::addRow("kelvin") << QByteArray("atrium/hq/r1/temperature") << QByteArray("{\"value\":294.15,\"unit\":\"K\"}")
                            << "UTC" << temp << 21.0 << kNoSourceTime;
    QTest::addRow("ts-epoch-seconds") << QByteArray("atrium/hq/r1/temperature")
                                      << QByteArray("{\"value\":20,\"ts\":1765292604}") << "UTC" << temp << 20.0
                                      << qint64(1765292604000);
    QTest::addRow("ts-epoch-ms") << QByteArray("atrium/hq/r1/temperature")
                                 << QByteArray("{\"value\":20,\"ts\":1765292604979}") << "UTC" << temp << 20.0
                                 << qint64(1765292604979);
    QTest::addRow("ts-epoch-ms-string") << QByteArray("atrium/hq/r1/temperature")
                                        << QByteArray("{\"value\":20,\"ts\":\"1765292604979\"}") << "UTC" << temp
                                        << 20.0 << qint64(1765292604979);
    QTest::addRow("ts-iso-z") << QByteArray("atrium/hq/r1/temperature")
                              << QByteArray("{\"value\":20,\"ts\":\"2026-01-15T09:30:00Z\"}") << "Europe/Paris" << temp
                              << 20.0 << utcMs(2026, 1, 15, 9, 30);
    QTest::addRow("ts-iso-offset") << QByteArray("atrium/hq/r1/temperature")
                                   << QByteArray("{\"value\":20,\"ts\":\"2022-05-16T20:46:44+08:00\"}")
                                   << "Europe/Paris" << temp << 20.0 << utcMs(2022, 5, 16, 12, 46, 44);
    // Winter: Paris is UTC+1.
    QTest::addRow("ts-local-paris-winter")
        << QByteArray("atrium/hq/r1/temperature") << QByteArray("{\"value\":20,\"ts\":\"2026-01-15T12:00:00\"}")
        << "Europe/Paris" << temp << 20.0 << utcMs(2026, 1, 15, 11, 0);
    // 29 March 2026 is the spring-forward day: at noon Paris is already UTC+2.
    QTest::addRow("ts-local-paris-dst-day")
        << QByteArray("atrium/hq/r1/temperature") << QByteArray("{\"value\":20,\"ts\":\"2026-03-29T12:00:00\"}")
        << "Europe/Paris" << temp << 20.0 << utcMs(2026, 3, 29, 10, 0);
    QTest::addRow("ts-local-paris-before-switch")
        << QByteArray("atrium/hq/r1/temperature") << QByteArray("{\"value\":20,\"ts\":\"2026-03-29T01:30:00\"}")
        << "Europe/Paris" << temp << 20.0 << utcMs(2026, 3, 29, 0, 30);
    QTest::addRow("ts-local-utc-site") << QByteArray("atrium/hq/r1/temperature")
                                       << QByteArray("{\"value\":20,\"ts\":\"2026-03-29T12:00:00\"}") << "UTC" << temp
                                       << 20.0 << utcMs(2026, 3, 29, 12, 0);
    QTest::addRow("ts-null-means-none") << QByteArray("atrium/hq/r1/temperature")
                                        << QByteArray("{\"value\":20,\"ts\":null}") << "UTC" << temp << 20.0
                                        << kNoSourceTime;
}

void TestAtriumDecoder::decodesValues()
{
    QFETCH(QByteArray, topic);
    QFETCH(QByteArray, payload);
    QFETCH(QString, zone);
    QFETCH(int, metric);
    QFETCH(double, value);
    QFETCH(qint64, sourceMs);

    DecodeContext context;
    context.siteZone = QTimeZone(zone.toUtf8());
    QVERIFY(context.siteZone.isValid());
    const DecodeOutcome outcome = m_decoder.decode(RawMessage{topic, payload, 1000}, context);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.roomHint, QStringLiteral("r1"));
    QCOMPARE(outcome.values.size(), size_t(1));
    const DecodedValue& v = outcome.values.front();
    QCOMPARE(int(v.metric), metric);
    QVERIFY2(qAbs(v.value - value) < 1e-9, qPrintable(QString::number(v.value, 'g', 12)));
    if (sourceMs == kNoSourceTime) {
        QVERIFY(!v.sourceMs.has_value());
    } else {
        QVERIFY(v.sourceMs.has_value());
        QCOMPARE(*v.sourceMs, sourceMs);
    }
}

void TestAtriumDecoder::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QStringList>("reasonMentions");

    const QByteArray t("atrium/hq/r1/temperature");
    QTest::addRow("nan-plain") << t << QByteArray("nan") << QStringList{"\"value\"", "not a number"};
    QTest::addRow("NaN-string-in-json") << t << QByteArray("{\"value\":\"NaN\"}")
                                        << QStringList{"\"value\"", "\"NaN\" is not a number"};
    QTest::addRow("NaN-token-in-json") << t << QByteArray("{\"value\":NaN}")
                                       << QStringList{"invalid JSON at byte", "NaN"};
    QTest::addRow("infinity-plain") << t << QByteArray("Infinity") << QStringList{"not a number"};
    QTest::addRow("huge-number-overflows")
        << t << QByteArray("{\"value\":1e400}") << QStringList{"invalid JSON at byte 14"};
    QTest::addRow("null-plain") << t << QByteArray("null") << QStringList{"\"value\" is null"};
    QTest::addRow("null-in-json") << t << QByteArray("{\"value\":null}") << QStringList{"\"value\" is null"};
    QTest::addRow("value-missing") << t << QByteArray("{\"unit\":\"°C\"}") << QStringList{"\"value\"", "missing"};
    QTest::addRow("non-utf8") << t << QByteArray("21.5\xff\xfe") << QStringList{"not UTF-8", "0xFF", "byte 4"};
    QTest::addRow("non-utf8-overlong") << t << QByteArray("\xc0\xaf") << QStringList{"not UTF-8", "byte 0"};
    QTest::addRow("truncated-json") << t << QByteArray("{\"value\":21.5,\"unit\":\"°C")
                                    << QStringList{"invalid JSON at byte", "unterminated string"};
    QTest::addRow("truncated-object") << t << QByteArray("{\"value\":21.5,") << QStringList{"invalid JSON at byte"};
    QTest::addRow("oversized") << t << (QByteArray("{\"value\":21.5,\"pad\":\"") + QByteArray(70000, 'x') + "\"}")
                               << QStringList{"larger than", "65536"};
    QTest::addRow("empty") << t << QByteArray("") << QStringList{"empty payload"};
    QTest::addRow("word-for-temperature") << t << QByteArray("warm") << QStringList{"\"warm\" is not a number"};
    QTest::addRow("bool-for-temperature") << t << QByteArray("{\"value\":true}") << QStringList{"true is not a number"};
    QTest::addRow("temperature-400") << t << QByteArray("400") << QStringList{"400 °C", "plausible range"};
    QTest::addRow("humidity-140") << QByteArray("atrium/hq/r1/humidity") << QByteArray("{\"value\":140}")
                                  << QStringList{"\"value\"", "140 %", "plausible range"};
    QTest::addRow("fahrenheit-out-of-range")
        << t << QByteArray("{\"value\":750,\"unit\":\"°F\"}") << QStringList{"plausible range"};
    QTest::addRow("negative-co2") << QByteArray("atrium/hq/r1/co2") << QByteArray("-5")
                                  << QStringList{"-5 ppm", "plausible range"};
    QTest::addRow("people-over-1000") << QByteArray("atrium/hq/r1/people") << QByteArray("1500")
                                      << QStringList{"1500 people", "plausible range 0 to 1000"};
    QTest::addRow("people-as-boolean") << QByteArray("atrium/hq/r1/people") << QByteArray("true")
                                       << QStringList{"\"value\""};
    QTest::addRow("unknown-unit") << t << QByteArray("{\"value\":20,\"unit\":\"mph\"}")
                                  << QStringList{"\"mph\"", "temperature"};
    QTest::addRow("bad-ts") << t << QByteArray("{\"value\":20,\"ts\":\"yesterday\"}")
                            << QStringList{"\"ts\"", "\"yesterday\""};
    QTest::addRow("unknown-metric") << QByteArray("atrium/hq/r1/radon") << QByteArray("12")
                                    << QStringList{"unknown metric", "\"radon\""};
    QTest::addRow("topic-too-short") << QByteArray("atrium/hq/temperature") << QByteArray("21")
                                     << QStringList{"atrium/hq/temperature", "atrium/<site>/<room>/<metric>"};
    QTest::addRow("json-array") << t << QByteArray("[21]") << QStringList{"\"[21]\" is not a number"};
}

void TestAtriumDecoder::refusesMalformed()
{
    QFETCH(QByteArray, topic);
    QFETCH(QByteArray, payload);
    QFETCH(QStringList, reasonMentions);

    const DecodeOutcome outcome = m_decoder.decode(RawMessage{topic, payload, 1000}, DecodeContext{});
    QVERIFY2(!outcome.ok(), "a malformed payload was accepted");
    QVERIFY(outcome.values.empty());
    for (const QString& part : reasonMentions)
        QVERIFY2(outcome.error.contains(part),
                 qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, outcome.error)));
}

void TestAtriumDecoder::isRegistered()
{
    const PayloadDecoder* decoder = DecoderRegistry::builtin().decoder(u"atrium");
    QVERIFY(decoder);
    QCOMPARE(decoder->profile(), QStringLiteral("atrium"));
    QVERIFY(DecoderRegistry::builtin().profiles().contains(QStringLiteral("zigbee2mqtt")));
    QVERIFY(!DecoderRegistry::builtin().decoder(u"tasmota"));
}

QTEST_GUILESS_MAIN(TestAtriumDecoder)
#include "TestAtriumDecoder.moc"

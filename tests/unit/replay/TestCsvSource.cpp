// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvSource.h"
#include "SharedData.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using atrium::Metric;
using atrium::replay::CsvSource;
using atrium::replay::ReplayEvent;

namespace {

const QTimeZone kParis(QByteArrayLiteral("Europe/Paris"));

CsvSource::Options options(std::initializer_list<CsvSource::RoomTarget> rooms = {{QStringLiteral("r1"), 0}})
{
    CsvSource::Options o;
    o.siteId = QStringLiteral("demo");
    o.rooms = rooms;
    o.zone = kParis;
    return o;
}

QJsonObject payload(const ReplayEvent& event)
{
    return QJsonDocument::fromJson(event.payload).object();
}

// The UCI layout: 7 header names, 8 fields per row (a quoted row number first).
const QByteArray kUci = "\"date\",\"Temperature\",\"Humidity\",\"Light\",\"CO2\",\"HumidityRatio\",\"Occupancy\"\n"
                        "\"1\",\"2015-02-04 17:51:00\",23.18,27.272,426,721.25,0.00479298817650529,1\n"
                        "\"2\",\"2015-02-04 17:51:59\",23.15,27.2675,429.5,714,0.00478344094931065,1\n"
                        "\"3\",\"2015-02-04 17:53:00\",23.15,27.245,426,713.5,0.00477946352442199,0\n";

} // namespace

class TestCsvSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uciHeaderAndQuotedFields();
    void uciTrainingFile();
    void quotedFieldsAndOtherLayouts_data();
    void quotedFieldsAndOtherLayouts();
    void columnMapping();
    void timeShiftPerRoom();
    void latestRowLandsAtNow();
    void emptyCellsSkipped();
    void badLineIsNamed_data();
    void badLineIsNamed();
};

void TestCsvSource::uciHeaderAndQuotedFields()
{
    const auto events = CsvSource::parse(kUci, QStringLiteral("uci.txt"), options());
    QVERIFY2(events.ok(), qPrintable(events.error()));
    // 3 rows x 5 default columns (HumidityRatio is not mapped).
    QCOMPARE(events->size(), size_t(15));
    QStringList topics;
    for (size_t i = 0; i < 5; ++i)
        topics << events->at(i).topic;
    QCOMPARE(topics, (QStringList{"atrium/demo/r1/temperature", "atrium/demo/r1/humidity", "atrium/demo/r1/illuminance",
                                  "atrium/demo/r1/co2", "atrium/demo/r1/occupancy"}));
    // Local time in Europe/Paris (UTC+1 in February), written with its offset.
    const QJsonObject first = payload(events->at(0));
    QCOMPARE(first.value("value").toDouble(), 23.18);
    QCOMPARE(first.value("ts").toString(), QStringLiteral("2015-02-04T17:51:00.000+01:00"));
    QCOMPARE(events->at(0).dueMs, QDateTime(QDate(2015, 2, 4), QTime(16, 51), QTimeZone::utc()).toMSecsSinceEpoch());
    QCOMPARE(payload(events->at(2)).value("value").toDouble(), 426.0);  // Light -> illuminance
    QCOMPARE(payload(events->at(3)).value("value").toDouble(), 721.25); // CO2
    QCOMPARE(payload(events->at(14)).value("value").toDouble(), 0.0);   // last row's Occupancy
    QCOMPARE(payload(events->at(5)).value("ts").toString(), QStringLiteral("2015-02-04T17:51:59.000+01:00"));
}

void TestCsvSource::uciTrainingFile()
{
    ATRIUM_REQUIRE_SHARED(path, "timeseries/uci_occupancy_detection/datatraining.txt");
    const auto events = CsvSource::read(path, options({{QStringLiteral("a"), 0}, {QStringLiteral("b"), 0}}));
    QVERIFY2(events.ok(), qPrintable(events.error()));
    // 8143 rows (SOURCES.md) x 5 metrics x 2 rooms.
    QCOMPARE(events->size(), size_t(8143 * 5 * 2));
    // Last row "2015-02-10 09:33:00": 21.1 °C ... Occupancy 1.
    const ReplayEvent& last = events->back();
    QCOMPARE(last.topic, QStringLiteral("atrium/demo/b/occupancy"));
    QCOMPARE(payload(last).value("ts").toString(), QStringLiteral("2015-02-10T09:33:00.000+01:00"));
    for (size_t i = 1; i < events->size(); ++i)
        QVERIFY(events->at(i - 1).dueMs <= events->at(i).dueMs);
}

void TestCsvSource::quotedFieldsAndOtherLayouts_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<double>("co2");
    QTest::addColumn<QString>("ts");
    // datatest2.txt does not quote the timestamp.
    QTest::addRow("unquoted-timestamp") << QByteArray("\"date\",\"CO2\"\n\"1\",2015-02-11 14:48:00,812.5\n") << 812.5
                                        << "2015-02-11T14:48:00.000+01:00";
    QTest::addRow("quoted-comma-and-escaped-quote")
        << QByteArray("time,note,CO2\n2026-03-30 09:00:00,\"window open, \"\"wide\"\"\",\"640\"\n") << 640.0
        << "2026-03-30T09:00:00.000+02:00";
    QTest::addRow("crlf-and-bom") << QByteArray("\xEF\xBB\xBFtimestamp,CO2\r\n2026-01-05T08:30:00Z,500\r\n") << 500.0
                                  << "2026-01-05T09:30:00.000+01:00";
    QTest::addRow("explicit-offset-robod") << QByteArray("datetime,CO2\n2021-09-07 00:00 +08:00,430.1000061000001\n")
                                           << 430.1000061000001 << "2021-09-06T18:00:00.000+02:00";
    QTest::addRow("semicolons") << QByteArray("date;CO2\n2026-03-30 10:00;700\n") << 700.0
                                << "2026-03-30T10:00:00.000+02:00";
    QTest::addRow("quoted-line-break") << QByteArray("date,note,CO2\n2026-03-30 10:00,\"two\nlines\",701\n") << 701.0
                                       << "2026-03-30T10:00:00.000+02:00";
}

void TestCsvSource::quotedFieldsAndOtherLayouts()
{
    QFETCH(QByteArray, csv);
    QFETCH(double, co2);
    QFETCH(QString, ts);
    const auto events = CsvSource::parse(csv, QStringLiteral("x.csv"), options());
    QVERIFY2(events.ok(), qPrintable(events.error()));
    QCOMPARE(events->size(), size_t(1));
    QCOMPARE(events->front().topic, QStringLiteral("atrium/demo/r1/co2"));
    QCOMPARE(payload(events->front()).value("value").toDouble(), co2);
    QCOMPARE(payload(events->front()).value("ts").toString(), ts);
}

void TestCsvSource::columnMapping()
{
    auto o = options();
    o.siteId = QStringLiteral("hq");
    // Case-insensitive column names; HumidityRatio is not mapped by default but can be.
    o.columns = {{QStringLiteral("co2"), Metric::Co2},
                 {QStringLiteral("LIGHT"), Metric::Illuminance},
                 {QStringLiteral("Occupancy"), Metric::Occupancy}};
    const auto events = CsvSource::parse(kUci, QStringLiteral("uci.txt"), o);
    QVERIFY2(events.ok(), qPrintable(events.error()));
    QCOMPARE(events->size(), size_t(9));
    QCOMPARE(events->at(0).topic, QStringLiteral("atrium/hq/r1/co2"));
    QCOMPARE(events->at(1).topic, QStringLiteral("atrium/hq/r1/illuminance"));
    QCOMPARE(events->at(2).topic, QStringLiteral("atrium/hq/r1/occupancy"));

    // A column named explicitly must exist.
    o.columns = {{QStringLiteral("Pressure"), Metric::Co2}};
    const auto missing = CsvSource::parse(kUci, QStringLiteral("uci.txt"), o);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().startsWith(QStringLiteral("uci.txt line 1: no column \"Pressure\"")),
             qPrintable(missing.error()));
}

void TestCsvSource::timeShiftPerRoom()
{
    auto o = options({{QStringLiteral("ada"), 0}, {QStringLiteral("turing"), -90 * 60 * 1000LL}});
    o.columns = {{QStringLiteral("CO2"), Metric::Co2}};
    const auto events = CsvSource::parse(kUci, QStringLiteral("uci.txt"), o);
    QVERIFY2(events.ok(), qPrintable(events.error()));
    QCOMPARE(events->size(), size_t(6));
    // Turing's series runs 90 minutes earlier, so it comes first in time.
    QCOMPARE(events->at(0).topic, QStringLiteral("atrium/demo/turing/co2"));
    QCOMPARE(payload(events->at(0)).value("ts").toString(), QStringLiteral("2015-02-04T16:21:00.000+01:00"));
    QCOMPARE(events->at(3).topic, QStringLiteral("atrium/demo/ada/co2"));
    QCOMPARE(payload(events->at(3)).value("ts").toString(), QStringLiteral("2015-02-04T17:51:00.000+01:00"));
    QCOMPARE(events->at(3).dueMs - events->at(0).dueMs, 90 * 60 * 1000LL);
}

void TestCsvSource::latestRowLandsAtNow()
{
    const qint64 now = QDateTime(QDate(2026, 12, 3), QTime(14, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    auto o = options({{QStringLiteral("ada"), 0}, {QStringLiteral("turing"), -30 * 60 * 1000LL}});
    o.columns = {{QStringLiteral("CO2"), Metric::Co2}};
    o.latestRowAtMs = now;
    const auto events = CsvSource::parse(kUci, QStringLiteral("uci.txt"), o);
    QVERIFY2(events.ok(), qPrintable(events.error()));
    QCOMPARE(events->back().topic, QStringLiteral("atrium/demo/ada/co2"));
    QCOMPARE(events->back().dueMs, now);
    QCOMPARE(payload(events->back()).value("ts").toString(), QStringLiteral("2026-12-03T15:00:00.000+01:00"));
    // Spacing between rows is kept: the first row is 2 min earlier than the last.
    QCOMPARE(events->front().dueMs, now - 30 * 60 * 1000LL - 120 * 1000LL);
}

void TestCsvSource::emptyCellsSkipped()
{
    const QByteArray csv = "date,Temperature,CO2\n2026-03-30 10:00,,600\n2026-03-30 10:01,21.5,NA\n";
    const auto events = CsvSource::parse(csv, QStringLiteral("gaps.csv"), options());
    QVERIFY2(events.ok(), qPrintable(events.error()));
    QCOMPARE(events->size(), size_t(2));
    QCOMPARE(events->at(0).topic, QStringLiteral("atrium/demo/r1/co2"));
    QCOMPARE(events->at(1).topic, QStringLiteral("atrium/demo/r1/temperature"));
}

void TestCsvSource::badLineIsNamed_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    const QByteArray header = "\"date\",\"Temperature\",\"CO2\"\n\"1\",\"2015-02-04 17:51:00\",23.18,426\n";
    QTest::addRow("too-few-fields") << header + "\"2\",\"2015-02-04 17:52:00\",23.1\n"
                                    << "uci.txt line 3: 3 fields where line 2 has 4";
    QTest::addRow("not-a-number") << header + "\"2\",\"2015-02-04 17:52:00\",23.1,4x6\n"
                                  << "uci.txt line 3: \"4x6\" in column \"CO2\" is not a number";
    QTest::addRow("bad-date") << header + "\"2\",\"2015-02-31 17:52:00\",23.1,430\n"
                              << "uci.txt line 3: \"2015-02-31 17:52:00\" in column \"date\" is not a date and time";
    QTest::addRow("unclosed-quote") << header + "\"2\",\"2015-02-04 17:52:00,23.1,430\n"
                                    << "uci.txt line 3: a quoted field is never closed";
    QTest::addRow("too-many-fields-first-row")
        << QByteArray("date,CO2\n1,2026-03-30 10:00,400,5\n") << "uci.txt line 2: 4 fields where the header names 2";
    QTest::addRow("no-date-column") << QByteArray("when,CO2\nmonday,400\n") << "uci.txt line 1: no date column";
    QTest::addRow("nothing-mapped") << QByteArray("date,Pressure\n2026-03-30 10:00,1013\n")
                                    << "uci.txt line 1: none of the mapped columns";
    QTest::addRow("header-only") << QByteArray("date,CO2\n") << "uci.txt: no data rows";
}

void TestCsvSource::badLineIsNamed()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const auto events = CsvSource::parse(csv, QStringLiteral("uci.txt"), options());
    QVERIFY(!events.ok());
    QVERIFY2(events.error().startsWith(message), qPrintable(events.error()));
}

QTEST_GUILESS_MAIN(TestCsvSource)
#include "TestCsvSource.moc"

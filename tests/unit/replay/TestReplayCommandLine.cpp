// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplayCommandLine.h"

#include <QTest>

using atrium::Metric;
using atrium::replay::ReplayCommandLine;
using atrium::replay::ReplayConfig;

namespace {

QStringList args(const QString& line)
{
    return QStringList{QStringLiteral("atrium-replay")} + line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestReplayCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvWithRoomsMapsAndShifts();
    void generateDefaults();
    void jsonlFastQos0();
    void help();
    void refusals_data();
    void refusals();
};

void TestReplayCommandLine::csvWithRoomsMapsAndShifts()
{
    const auto config = ReplayCommandLine::parse(
        args("--broker mqtt://10.0.0.5:1884 --csv data.txt --room ada --room turing --map CO2=co2 --map Light=lux "
             "--shift turing=-45 --speed 60 --site-id hq --rows 100"));
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->broker.host, QStringLiteral("10.0.0.5"));
    QCOMPARE(config->broker.port, quint16(1884));
    QCOMPARE(config->source, ReplayConfig::Source::Csv);
    QCOMPARE(config->file, QStringLiteral("data.txt"));
    QCOMPARE(config->rooms, (QStringList{"ada", "turing"}));
    QCOMPARE(config->columns.size(), 2);
    QCOMPARE(config->columns.at(1).first, QStringLiteral("Light"));
    QVERIFY(config->columns.at(1).second == Metric::Illuminance);
    QCOMPARE(config->shiftMinutes.value(QStringLiteral("turing")), -45);
    QCOMPARE(config->speed, 60.0);
    QVERIFY(!config->fast);
    QCOMPARE(config->qos, 1);
    QCOMPARE(config->siteId, QStringLiteral("hq"));
    QCOMPARE(config->maxRows, 100);
}

void TestReplayCommandLine::generateDefaults()
{
    const auto config = ReplayCommandLine::parse(
        args("--broker mqtt://127.0.0.1 --generate --date 2026-03-29 --from 08:30 --seed 9 --loop --restamp"));
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->source, ReplayConfig::Source::Generate);
    QCOMPARE(config->date, QDate(2026, 3, 29));
    QCOMPARE(config->from, QTime(8, 30));
    QCOMPARE(config->seed, 9u);
    QVERIFY(config->loop);
    QVERIFY(config->restamp);
    QCOMPARE(config->speed, 1.0);
    QCOMPARE(config->broker.port, quint16(1883));
}

void TestReplayCommandLine::jsonlFastQos0()
{
    const auto config = ReplayCommandLine::parse(args("--broker mqtt://h:1 --jsonl cap.jsonl --fast --qos 0 --quiet"));
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QVERIFY(config->fast);
    QCOMPARE(config->qos, 0);
    QVERIFY(config->quiet);
}

void TestReplayCommandLine::help()
{
    const auto config = ReplayCommandLine::parse(args("--help"));
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QVERIFY(config->showHelp);
    QVERIFY(config->helpText.contains(QStringLiteral("--generate")));
}

void TestReplayCommandLine::refusals_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("message");
    QTest::addRow("no-broker") << "--generate"
                               << "--broker URL is required";
    QTest::addRow("bad-broker") << "--broker http://x --generate"
                                << "--broker: ";
    QTest::addRow("no-source") << "--broker mqtt://h"
                               << "choose exactly one source";
    QTest::addRow("two-sources") << "--broker mqtt://h --generate --jsonl a"
                                 << "choose exactly one source";
    QTest::addRow("csv-without-room") << "--broker mqtt://h --csv a.txt"
                                      << "--csv needs at least one --room";
    QTest::addRow("room-with-slash") << "--broker mqtt://h --csv a.txt --room a/b"
                                     << "--room: \"a/b\"";
    QTest::addRow("room-without-csv") << "--broker mqtt://h --generate --room a"
                                      << "--room only applies to --csv";
    QTest::addRow("map-not-pair") << "--broker mqtt://h --csv a --room r --map CO2"
                                  << "--map: \"CO2\" is not COLUMN=METRIC";
    QTest::addRow("map-unknown-metric") << "--broker mqtt://h --csv a --room r --map CO2=smell"
                                        << "--map: unknown metric \"smell\"";
    QTest::addRow("shift-unknown-room") << "--broker mqtt://h --csv a --room r --shift x=10"
                                        << "--shift: room \"x\"";
    QTest::addRow("shift-not-minutes") << "--broker mqtt://h --csv a --room r --shift r=ten"
                                       << "--shift: \"r=ten\"";
    QTest::addRow("speed-zero") << "--broker mqtt://h --generate --speed 0"
                                << "--speed: \"0\" is not a number above 0";
    QTest::addRow("speed-and-fast") << "--broker mqtt://h --generate --speed 2 --fast"
                                    << "--speed and --fast exclude";
    QTest::addRow("qos-2") << "--broker mqtt://h --generate --qos 2"
                           << "--qos: \"2\" must be 0 or 1";
    QTest::addRow("bad-date") << "--broker mqtt://h --generate --date 2026-02-30"
                              << "--date: \"2026-02-30\"";
    QTest::addRow("bad-from") << "--broker mqtt://h --generate --from 25:00"
                              << "--from: \"25:00\"";
    QTest::addRow("from-without-generate") << "--broker mqtt://h --jsonl a --from 08:00"
                                           << "--from only applies";
    QTest::addRow("date-without-generate") << "--broker mqtt://h --jsonl a --date 2026-01-01"
                                           << "--date only applies";
    QTest::addRow("bad-zone") << "--broker mqtt://h --generate --zone Mars/Olympus"
                              << "--zone: \"Mars/Olympus\"";
    QTest::addRow("unknown-option") << "--broker mqtt://h --generate --sped 2"
                                    << "Unknown option 'sped'";
    QTest::addRow("stray-argument") << "--broker mqtt://h --generate extra"
                                    << "unexpected argument \"extra\"";
}

void TestReplayCommandLine::refusals()
{
    QFETCH(QString, line);
    QFETCH(QString, message);
    const auto config = ReplayCommandLine::parse(args(line));
    QVERIFY(!config.ok());
    QVERIFY2(config.error().startsWith(message), qPrintable(config.error()));
}

QTEST_GUILESS_MAIN(TestReplayCommandLine)
#include "TestReplayCommandLine.moc"

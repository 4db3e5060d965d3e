// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// iCalendar import and export with the real libical: what RFC 5545 allows, the quirks of
// real exports (shared data), refusals naming the line, and a round trip through the store.
#include "BookingFixture.h"
#include "SharedData.h"
#include "bookings/BookingStore.h"
#include "bookings/IcsExport.h"
#include "bookings/IcsImport.h"
#include "core/Clock.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;
using atrium::test::booking;
using atrium::test::paris;

namespace {

QByteArray calendar(const QByteArray& body)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + body + "END:VCALENDAR\r\n";
}

// "uid summary start-end" per event, times local in `zone`.
QStringList describe(const std::vector<IcsEvent>& events, const QTimeZone& zone)
{
    QStringList out;
    for (const IcsEvent& e : events)
        out << QStringLiteral("%1 %2 %3-%4")
                   .arg(e.uid, e.summary, e.start.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        e.end.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return out;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestIcsImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void features_data();
    void features();
    void refusals_data();
    void refusals();
    void sharedFiles_data();
    void sharedFiles();
    void everySharedFileReads_data();
    void everySharedFileReads();
    void roundTripThroughTheStore();
};

void TestIcsImport::features_data()
{
    QTest::addColumn<QByteArray>("ics");
    QTest::addColumn<QStringList>("expected"); // in Europe/Paris

    QTest::addRow("utc") << calendar("BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Call\r\nDTSTART:20261207T120000Z\r\n"
                                     "DTEND:20261207T130000Z\r\nEND:VEVENT\r\n")
                         << QStringList{"a Call 2026-12-07 13:00-2026-12-07 14:00"};
    QTest::addRow("floating is site time") << calendar("BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Call\r\n"
                                                       "DTSTART:20260705T090000\r\nDTEND:20260705T100000\r\n"
                                                       "END:VEVENT\r\n")
                                           << QStringList{"a Call 2026-07-05 09:00-2026-07-05 10:00"};
    QTest::addRow("windows zone name") << calendar("BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Call\r\n"
                                                   "DTSTART;TZID=Romance Standard Time:20261207T090000\r\n"
                                                   "DURATION:PT90M\r\nEND:VEVENT\r\n")
                                       << QStringList{"a Call 2026-12-07 09:00-2026-12-07 10:30"};
    QTest::addRow("new york zone") << calendar("BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Call\r\n"
                                               "DTSTART;TZID=America/New_York:20261207T090000\r\n"
                                               "DURATION:PT1H\r\nEND:VEVENT\r\n")
                                   << QStringList{"a Call 2026-12-07 15:00-2026-12-07 16:00"};
    QTest::addRow("outlook display name") << calendar("BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Call\r\n"
                                                      "DTSTART;TZID=\"(UTC+01:00) Brussels, Copenhagen, Madrid, "
                                                      "Paris\":20261207T090000\r\nDURATION:PT1H\r\nEND:VEVENT\r\n")
                                          << QStringList{"a Call 2026-12-07 09:00-2026-12-07 10:00"};
    QTest::addRow("all-day, DTEND exclusive") << calendar("BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Offsite\r\n"
                                                          "DTSTART;VALUE=DATE:20261025\r\nDTEND;VALUE=DATE:20261027\r\n"
                                                          "END:VEVENT\r\n")
                                              << QStringList{"a Offsite 2026-10-25 00:00-2026-10-27 00:00"};
    QTest::addRow("daily across fall-back, EXDATE")
        << calendar("BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Standup\r\nDTSTART;TZID=Europe/Paris:20261024T093000\r\n"
                    "DTEND;TZID=Europe/Paris:20261024T094500\r\nRRULE:FREQ=DAILY;COUNT=4\r\n"
                    "EXDATE;TZID=Europe/Paris:20261025T093000\r\nEND:VEVENT\r\n")
        << QStringList{"a Standup 2026-10-24 09:30-2026-10-24 09:45", "a Standup 2026-10-26 09:30-2026-10-26 09:45",
                       "a Standup 2026-10-27 09:30-2026-10-27 09:45"};
    QTest::addRow("RDATE and moved instance")
        << calendar("BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Review\r\nDTSTART;TZID=Europe/Paris:20261207T100000\r\n"
                    "DTEND;TZID=Europe/Paris:20261207T110000\r\nRDATE;TZID=Europe/Paris:20261209T160000\r\n"
                    "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Review (moved)\r\n"
                    "RECURRENCE-ID;TZID=Europe/Paris:20261207T100000\r\n"
                    "DTSTART;TZID=Europe/Paris:20261208T140000\r\nDTEND;TZID=Europe/Paris:20261208T150000\r\n"
                    "END:VEVENT\r\n")
        << QStringList{"a Review (moved) 2026-12-08 14:00-2026-12-08 15:00",
                       "a Review 2026-12-09 16:00-2026-12-09 17:00"};
    QTest::addRow("vendor-prefixed tzid") << calendar("BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Call\r\n"
                                                      "DTSTART;TZID=/citadel.org/20260414_1/Europe/Paris:"
                                                      "20270328T090000\r\nDTEND;TZID=/citadel.org/20260414_1/"
                                                      "Europe/Paris:20270328T100000\r\nEND:VEVENT\r\n")
                                          << QStringList{"a Call 2027-03-28 09:00-2027-03-28 10:00"};
}

void TestIcsImport::features()
{
    QFETCH(QByteArray, ics);
    QFETCH(QStringList, expected);
    const QTimeZone paris("Europe/Paris");
    auto events = IcsImport::parse(ics, paris);
    QVERIFY2(events.ok(), qPrintable(events.error()));
    QCOMPARE(describe(events.value(), paris), expected);
}

void TestIcsImport::refusals_data()
{
    QTest::addColumn<QByteArray>("ics");
    QTest::addColumn<QString>("error");
    QTest::addRow("not a calendar") << QByteArray("hello\r\n")
                                    << QStringLiteral(
                                           "line 1: not an iCalendar file (it must start with BEGIN:VCALENDAR)");
    QTest::addRow("bad date") << calendar("BEGIN:VEVENT\r\nUID:a\r\nDTSTART:2026-12-07 09:00\r\nEND:VEVENT\r\n")
                              << QStringLiteral("line 6: DTSTART \"2026-12-07 09:00\" is not a date or a date and time "
                                                "(YYYYMMDD or YYYYMMDDTHHMMSS)");
    QTest::addRow("unclosed event") << calendar("BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261207T090000Z\r\n")
                                    << QStringLiteral("line 7: END:VCALENDAR closes BEGIN:VEVENT of line 4");
    QTest::addRow("line without a value") << calendar("BEGIN:VEVENT\r\nUID:a\r\nSUMMARY\r\nEND:VEVENT\r\n")
                                          << QStringLiteral("line 6: SUMMARY has no value (no ':' outside quotes)");
    QTest::addRow("bad duration") << calendar("BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261207T090000Z\r\n"
                                              "DURATION:1 hour\r\nEND:VEVENT\r\n")
                                  << QStringLiteral("line 7: DURATION \"1 hour\" is not a duration (e.g. PT1H30M)");
    QTest::addRow("bad rule") << calendar("BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261207T090000Z\r\n"
                                          "RRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\n")
                              << QStringLiteral("line 7: RRULE \"FREQ=SOMETIMES\" is not a recurrence rule");
    QTest::addRow("not utf-8") << calendar("BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:R\xe9union\r\nEND:VEVENT\r\n")
                               << QStringLiteral("line 6: this is not UTF-8 text");
}

void TestIcsImport::refusals()
{
    QFETCH(QByteArray, ics);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("refused.sqlite"));
    QVERIFY(Database::migrate(path).ok());
    const Site site = test::bookingSite();
    const BookingPolicy policy = BookingPolicy::standard();
    ManualClock clock(paris(2026, 12, 1, 9).toMSecsSinceEpoch());
    BookingStore store(path, site, policy, clock);
    auto preview = IcsImport::preview(store, ics, QStringLiteral("meeting-ada"), IcsImport::Options{});
    QVERIFY(!preview.ok());
    QCOMPARE(preview.error(), error);
    QVERIFY(store.bookingsBetween(paris(2000, 1, 1, 0), paris(2100, 1, 1, 0)).empty());
}

void TestIcsImport::sharedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QString>("zone");         // the event's own zone, for its local times
    QTest::addColumn<QStringList>("expected"); // "summary start-end" local in `zone`, every occurrence of `uid`

    QTest::addRow("google: weekly wednesday, both occurrences moved (RECURRENCE-ID)")
        << "icalendar/google_europe_paris_recurring_overrides.ics"
        << "4v7fuk6men5n884tkthb0hgjgu@google.com"
        << "Europe/Paris"
        << QStringList{"XXX 2024-01-11 10:00-2024-01-11 12:00", "XXX 2024-01-18 09:00-2024-01-18 10:30"};
    QTest::addRow("google: utc event shown in paris")
        << "icalendar/google_europe_paris_recurring_overrides.ics"
        << "3dg38kvvnppsu7qamrrpf3g0oe@google.com"
        << "Europe/Paris" << QStringList{"XXX 2024-01-09 14:00-2024-01-09 16:00"};
    QTest::addRow("thunderbird: daily berlin, one renamed")
        << "icalendar/thunderbird_recurring_events_moved.ics"
        << "5d4c6843-9300-4f91-8d88-6094d4b0b840"
        << "Europe/Berlin"
        << QStringList{"test7 2019-03-18 04:00-2019-03-18 05:00", "test7 - edited 2019-03-19 04:00-2019-03-19 05:00",
                       "test7 2019-03-20 04:00-2019-03-20 05:00"};
    QTest::addRow("thunderbird: moved instances, DTEND with DURATION:PT0S")
        << "icalendar/thunderbird_recurring_events_moved.ics"
        << "a0c78729-30b1-4ba3-a86e-6aedd995d788"
        << "Europe/Berlin"
        << QStringList{"New Event 2019-03-07 02:00-2019-03-07 03:00", "New Event 2019-03-08 01:00-2019-03-08 02:00",
                       "New Event 2019-03-09 03:00-2019-03-09 04:00", "New Event 2019-03-10 02:00-2019-03-10 03:00"};
    QTest::addRow("exchange: windows zone W. Europe")
        << "icalendar/exchange2010_windows_timezone_names.ics"
        << "040000008200E00074C5B7101A82E0080000000070DE40F38786D601000000000000000010000000D2A9BA8A3668CA4ABB2CC683826"
           "8179F"
        << "Europe/Berlin" << QStringList{"test 2020-09-10 09:00-2020-09-10 09:30"};
    QTest::addRow("exchange: pacific zone")
        << "icalendar/exchange2010_windows_timezone_names.ics"
        << "040000008200E00074C5B7101A82E008000000007070639B9D82D601000000000000000010000000690B7C3173632247A60664DDD8E"
           "0160E"
        << "America/Los_Angeles" << QStringList{"Not the actual summary 1 2020-09-15 08:30-2020-09-15 09:30"};
}

void TestIcsImport::sharedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, uid);
    QFETCH(QString, zone);
    QFETCH(QStringList, expected);
    ATRIUM_REQUIRE_SHARED(path, "icalendar");
    const QString fullPath = test::sharedDataFile(file);
    QVERIFY2(!fullPath.isEmpty(), qPrintable(file));
    QStringList notes;
    auto events = IcsImport::parse(readFile(fullPath), QTimeZone("Europe/Paris"), IcsImport::Options{}, &notes);
    QVERIFY2(events.ok(), qPrintable(events.error()));
    std::vector<IcsEvent> mine;
    for (const IcsEvent& e : events.value()) {
        if (e.uid == uid)
            mine.push_back(e);
    }
    QStringList got;
    for (const QString& line : describe(mine, QTimeZone(zone.toUtf8())))
        got << line.mid(uid.size() + 1);
    QCOMPARE(got, expected);
}

void TestIcsImport::everySharedFileReads_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("events");              // occurrences read (open-ended rules: their first 2 years)
    QTest::addColumn<QString>("firstLocalStart"); // in Europe/Paris
    QTest::addRow("google") << "google_europe_paris_recurring_overrides.ics" << 1242
                            << QStringLiteral("2022-12-06 09:00");
    QTest::addRow("thunderbird") << "thunderbird_recurring_events_moved.ics" << 7 << QStringLiteral("2019-03-07 02:00");
    QTest::addRow("exchange windows names")
        << "exchange2010_windows_timezone_names.ics" << 372 << QStringLiteral("2020-06-09 09:00");
    QTest::addRow("outlook web access") << "exchange2010_owa_quoted_display_tzid.ics" << 89
                                        << QStringLiteral("2020-10-28 03:30");
    QTest::addRow("zimbra rdate exdate") << "icaljs_recur_instances_rdate_exdate.ics" << 26
                                         << QStringLiteral("2012-10-03 00:00");
    QTest::addRow("rfc 5545 rdate") << "rfc5545_rdate_examples.ics" << 26 << QStringLiteral("1996-04-03 04:00");
    QTest::addRow("vtimezone only") << "libical_vtimezone_Europe_Paris.ics" << 0 << QString();
}

void TestIcsImport::everySharedFileReads()
{
    QFETCH(QString, file);
    QFETCH(int, events);
    QFETCH(QString, firstLocalStart);
    ATRIUM_REQUIRE_SHARED(path, "icalendar");
    QStringList notes;
    const QTimeZone paris("Europe/Paris");
    auto read = IcsImport::parse(readFile(path + u'/' + file), paris, IcsImport::Options{}, &notes);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    qInfo() << file << read->size() << "events;" << notes;
    QCOMPARE(int(read->size()), events);
    if (!firstLocalStart.isEmpty())
        QCOMPARE(read->front().start.toTimeZone(paris).toString(QStringLiteral("yyyy-MM-dd HH:mm")), firstLocalStart);
}

void TestIcsImport::roundTripThroughTheStore()
{
    QTemporaryDir dir;
    const Site site = test::bookingSite();
    const BookingPolicy policy = BookingPolicy::standard();
    ManualClock clock(paris(2026, 10, 1, 9).toMSecsSinceEpoch());
    const QString first = dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    QVERIFY(Database::migrate(first).ok());
    QVERIFY(Database::migrate(second).ok());
    BookingStore from(first, site, policy, clock);
    Booking secret = booking(QStringLiteral("meeting-ada"), paris(2026, 10, 25, 9), paris(2026, 10, 25, 10, 30),
                             QStringLiteral("Salary talks; Jane, Bob"));
    Booking open = booking(QStringLiteral("meeting-ada"), paris(2027, 3, 28, 14), paris(2027, 3, 28, 15),
                           QStringLiteral("Open day"));
    open.publicTitle = true;
    QVERIFY(from.create(secret).ok());
    QVERIFY(from.create(open).ok());

    const QByteArray ics = IcsExport::calendar(from.bookingsBetween(paris(2026, 1, 1, 0), paris(2028, 1, 1, 0)), site);
    QVERIFY(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"));
    QVERIFY(ics.contains("DTSTART;TZID=Europe/Paris:20261025T090000\r\n"));
    QVERIFY2(!ics.contains("Salary"), "a private title never leaves the desk");
    QFile out(test::testOutputDir() + QStringLiteral("/roundtrip.ics"));
    if (out.open(QIODevice::WriteOnly))
        out.write(ics);

    BookingStore to(second, site, policy, clock);
    auto preview = IcsImport::preview(to, ics, QStringLiteral("meeting-ada"), IcsImport::Options{});
    QVERIFY2(preview.ok(), qPrintable(preview.error()));
    QCOMPARE(preview->conflictCount(), 0);
    auto saved = IcsImport::commit(to, preview.value());
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    const auto back = to.bookingsBetween(paris(2026, 1, 1, 0), paris(2028, 1, 1, 0));
    QCOMPARE(back.size(), size_t(2));
    QCOMPARE(back[0].start, paris(2026, 10, 25, 9).toUTC());
    QCOMPARE(back[0].end, paris(2026, 10, 25, 10, 30).toUTC());
    QCOMPARE(back[0].title, QStringLiteral("Booked"));
    QCOMPARE(back[1].start.toTimeZone(site.timeZone).time(), QTime(14, 0));
    QCOMPARE(back[1].title, QStringLiteral("Open day"));

    // A second import of the same file clashes with what the first saved: nothing is added.
    auto again = IcsImport::preview(to, ics, QStringLiteral("meeting-ada"), IcsImport::Options{});
    QVERIFY(again.ok());
    QCOMPARE(again->conflictCount(), 2);
    QVERIFY(!IcsImport::commit(to, again.value()).ok());
    QCOMPARE(to.bookingsBetween(paris(2026, 1, 1, 0), paris(2028, 1, 1, 0)).size(), size_t(2));
}

QTEST_GUILESS_MAIN(TestIcsImport)
#include "TestIcsImport.moc"

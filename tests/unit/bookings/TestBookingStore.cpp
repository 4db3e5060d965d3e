// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// BookingStore on a real SQLite file: rules enforced on save, refusals that save nothing,
// Europe/Paris days of 23 and 25 hours, cancellations kept, and series edits (one, this and
// following, all).
#include "BookingFixture.h"
#include "bookings/BookingStore.h"
#include "core/Clock.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace atrium;
using atrium::test::booking;
using atrium::test::paris;

class TestBookingStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void init();
    void cleanup();
    void refusalNamesTheClashAndSavesNothing();
    void dstDays_data();
    void dstDays();
    void cancelKeepsTheBookingAndFreesTheRoom();
    void seriesAcrossFallBackKeepsWallClock();
    void seriesConflictListedByDateNothingSaved();
    void seriesEdits_data();
    void seriesEdits();
    void cancelSeries_data();
    void cancelSeries();

private:
    int countRows() const;
    Booking janeSprintReview() const;

    QTemporaryDir m_dir;
    Site m_site = test::bookingSite();
    BookingPolicy m_policy = BookingPolicy::standard();
    ManualClock m_clock{paris(2026, 10, 1, 9).toMSecsSinceEpoch()};
    std::unique_ptr<BookingStore> m_store;
    qint64 m_jane = 0;
};

void TestBookingStore::init()
{
    QVERIFY(m_dir.isValid());
    m_site = test::bookingSite();
    const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()) +
                                        QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
    QFile::remove(path);
    const Status migrated = Database::migrate(path);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
    {
        // The member table is the people domain's; a plain row is all a booking needs.
        const QString name = Database::uniqueConnectionName(QStringLiteral("test-member"));
        {
            auto opened = Database::openConnection(path, name);
            QVERIFY(opened.ok());
            QSqlQuery q(QSqlDatabase::database(name));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO member (name, kind, created_ms, updated_ms) "
                                          "VALUES ('Jane Doe', 'freelancer', 0, 0)")));
            m_jane = q.lastInsertId().toLongLong();
        }
        Database::closeConnection(name);
    }
    m_store = std::make_unique<BookingStore>(path, m_site, m_policy, m_clock);
    QVERIFY2(m_store->openError().isEmpty(), qPrintable(m_store->openError()));
}

void TestBookingStore::cleanup()
{
    m_store.reset();
}

int TestBookingStore::countRows() const
{
    return int(m_store->bookingsBetween(paris(2020, 1, 1, 0), paris(2030, 1, 1, 0)).size());
}

Booking TestBookingStore::janeSprintReview() const
{
    Booking b = booking(QStringLiteral("meeting-ada"), paris(2026, 12, 7, 13), paris(2026, 12, 7, 14),
                        QStringLiteral("Sprint review"), 6);
    b.memberId = m_jane;
    return b;
}

void TestBookingStore::refusalNamesTheClashAndSavesNothing()
{
    QSignalSpy changed(m_store.get(), &BookingStore::changed);
    auto first = m_store->create(janeSprintReview());
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first->memberName, QStringLiteral("Jane Doe"));
    QCOMPARE(first->start.toTimeZone(m_site.timeZone).time(), QTime(13, 0));
    QCOMPARE(changed.count(), 1);

    auto clash = m_store->create(booking(QStringLiteral("meeting-ada"), paris(2026, 12, 7, 13, 59),
                                         paris(2026, 12, 7, 15), QStringLiteral("Demo")));
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error(), QStringLiteral("Ada is booked 13:00–14:00 by Jane Doe (Sprint review)."));
    QCOMPARE(countRows(), 1);
    QCOMPARE(changed.count(), 1);

    auto backToBack = m_store->create(
        booking(QStringLiteral("meeting-ada"), paris(2026, 12, 7, 14), paris(2026, 12, 7, 15), QStringLiteral("Demo")));
    QVERIFY2(backToBack.ok(), qPrintable(backToBack.error()));

    // Moving the demo onto the review is refused and leaves it where it was.
    auto moved = m_store->move(backToBack->id, QStringLiteral("meeting-ada"), paris(2026, 12, 7, 13, 30),
                               paris(2026, 12, 7, 14, 30));
    QVERIFY(!moved.ok());
    QCOMPARE(m_store->booking(backToBack->id)->start, paris(2026, 12, 7, 14).toUTC());
    QCOMPARE(
        m_store
            ->conflicts(booking(QStringLiteral("meeting-ada"), paris(2026, 12, 7, 13, 30), paris(2026, 12, 7, 14, 30)))
            .size(),
        size_t(2));
}

void TestBookingStore::dstDays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("dayHours");
    QTest::addColumn<QTime>("localStart");
    QTest::addColumn<QTime>("localEnd");
    QTest::addColumn<QString>("utcStart");
    QTest::addColumn<int>("minutes");

    // 2027-03-28: 02:00 CET -> 03:00 CEST, a 23-hour day.
    QTest::addRow("spring-forward 2027-03-28 morning")
        << QDate(2027, 3, 28) << 23 << QTime(8, 0) << QTime(9, 30) << QStringLiteral("2027-03-28T06:00:00Z") << 90;
    QTest::addRow("spring-forward 2027-03-28 evening")
        << QDate(2027, 3, 28) << 23 << QTime(18, 0) << QTime(20, 0) << QStringLiteral("2027-03-28T16:00:00Z") << 120;
    // 2026-10-25: 03:00 CEST -> 02:00 CET, a 25-hour day.
    QTest::addRow("fall-back 2026-10-25 morning")
        << QDate(2026, 10, 25) << 25 << QTime(8, 0) << QTime(9, 30) << QStringLiteral("2026-10-25T07:00:00Z") << 90;
    QTest::addRow("fall-back 2026-10-25 evening")
        << QDate(2026, 10, 25) << 25 << QTime(18, 0) << QTime(20, 0) << QStringLiteral("2026-10-25T17:00:00Z") << 120;
    QTest::addRow("day before spring-forward")
        << QDate(2027, 3, 27) << 24 << QTime(8, 0) << QTime(9, 0) << QStringLiteral("2027-03-27T07:00:00Z") << 60;
}

void TestBookingStore::dstDays()
{
    QFETCH(QDate, day);
    QFETCH(int, dayHours);
    QFETCH(QTime, localStart);
    QFETCH(QTime, localEnd);
    QFETCH(QString, utcStart);
    QFETCH(int, minutes);
    // Saturday 27 March 2027 is closed in the fixture: open it for this row.
    m_site.openingHours.days[5] = OpeningHours::Day{true, 8 * 60, 20 * 60};
    const QTimeZone& zone = m_site.timeZone;
    auto created = m_store->create(booking(QStringLiteral("meeting-ada"), QDateTime(day, localStart, zone),
                                           QDateTime(day, localEnd, zone), QStringLiteral("Standup")));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(m_store->dayStartUtc(day).secsTo(m_store->dayStartUtc(day.addDays(1))), qint64(dayHours) * 3600);

    // Stored as UTC, shown in Paris time, found in that local day and no other.
    const auto stored = m_store->booking(created->id);
    QCOMPARE(stored->start.toString(Qt::ISODate), utcStart);
    QCOMPARE(stored->durationMinutes(), qint64(minutes));
    QCOMPARE(stored->start.toTimeZone(zone).time(), localStart);
    QCOMPARE(stored->end.toTimeZone(zone).time(), localEnd);
    const auto dayList = m_store->dayBookings(day);
    QCOMPARE(dayList.size(), size_t(1));
    QCOMPARE(dayList.front().id, created->id);
    QVERIFY(m_store->dayBookings(day.addDays(-1)).empty());
    QVERIFY(m_store->dayBookings(day.addDays(1)).empty());
}

void TestBookingStore::cancelKeepsTheBookingAndFreesTheRoom()
{
    auto review = m_store->create(janeSprintReview());
    QVERIFY(review.ok());
    QVERIFY(!m_store->cancel(review->id, QString()).ok());
    const Status cancelled = m_store->cancel(review->id, QStringLiteral("Client postponed"));
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.error()));
    const auto stored = m_store->booking(review->id);
    QCOMPARE(stored->status, BookingStatus::Cancelled);
    QCOMPARE(stored->cancelReason, QStringLiteral("Client postponed"));
    QCOMPARE(countRows(), 1);
    auto replacement = m_store->create(janeSprintReview());
    QVERIFY2(replacement.ok(), qPrintable(replacement.error()));
    QCOMPARE(m_store->dayBookings(QDate(2026, 12, 7)).size(), size_t(2));
}

void TestBookingStore::seriesAcrossFallBackKeepsWallClock()
{
    Booking first = janeSprintReview();
    first.start = paris(2026, 10, 19, 9).toUTC();
    first.end = paris(2026, 10, 19, 10).toUTC();
    Recurrence weekly;
    weekly.frequency = Recurrence::Frequency::Weekly;
    weekly.weekdays = {Qt::Monday, Qt::Wednesday};
    weekly.count = 6;
    weekly.exceptions = {QDate(2026, 10, 21)};
    auto series = m_store->createSeries(first, weekly);
    QVERIFY2(series.ok(), qPrintable(series.error()));
    QStringList got;
    for (const Booking& b : series.value())
        got << b.start.toTimeZone(m_site.timeZone).toString(QStringLiteral("ddd dd/MM HH:mm")) + u'-' +
                   b.end.toTimeZone(m_site.timeZone).toString(QStringLiteral("HH:mm"));
    QCOMPARE(got, QStringList({QStringLiteral("Mon 19/10 09:00-10:00"), QStringLiteral("Mon 26/10 09:00-10:00"),
                               QStringLiteral("Wed 28/10 09:00-10:00"), QStringLiteral("Mon 02/11 09:00-10:00"),
                               QStringLiteral("Wed 04/11 09:00-10:00")}));
    // Before and after the change: 07:00 UTC, then 08:00 UTC.
    QCOMPARE(series->front().start.toString(Qt::ISODate), QStringLiteral("2026-10-19T07:00:00Z"));
    QCOMPARE(series->at(1).start.toString(Qt::ISODate), QStringLiteral("2026-10-26T08:00:00Z"));
    const auto rule = m_store->recurrenceOf(series->front().seriesId);
    QVERIFY(rule.has_value());
    QCOMPARE(rule->count, 6);
    QCOMPARE(rule->weekdays, QList<Qt::DayOfWeek>({Qt::Monday, Qt::Wednesday}));
    QCOMPARE(rule->exceptions, QList<QDate>({QDate(2026, 10, 21)}));
}

void TestBookingStore::seriesConflictListedByDateNothingSaved()
{
    auto blocker = m_store->create(booking(QStringLiteral("meeting-ada"), paris(2026, 11, 4, 9, 30),
                                           paris(2026, 11, 4, 10, 30), QStringLiteral("Board")));
    QVERIFY(blocker.ok());
    Booking first = janeSprintReview();
    first.start = paris(2026, 10, 19, 9).toUTC();
    first.end = paris(2026, 10, 19, 10).toUTC();
    Recurrence weekly;
    weekly.frequency = Recurrence::Frequency::Weekly;
    weekly.weekdays = {Qt::Monday, Qt::Wednesday, Qt::Saturday};
    weekly.until = QDate(2026, 11, 4);
    const auto plan = m_store->planSeries(first, weekly);
    QVERIFY(plan.ok());
    QCOMPARE(plan->size(), size_t(8));
    auto series = m_store->createSeries(first, weekly);
    QVERIFY(!series.ok());
    QCOMPARE(series.error(), QStringLiteral("Nothing was saved: 3 of 8 dates clash.\n"
                                            "24/10/2026: The site is closed on Saturdays.\n"
                                            "31/10/2026: The site is closed on Saturdays.\n"
                                            "04/11/2026: Ada is booked 09:30–10:30 (Board)."));
    QCOMPARE(countRows(), 1);
}

void TestBookingStore::seriesEdits_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<int>("editedIndex");
    QTest::addColumn<QStringList>("expected"); // local start-end of the five occurrences, by date

    // A daily 10:00-11:00 series, Monday 2 to Friday 6 November 2026; the edit moves the
    // chosen occurrence to 14:00-15:30 and renames it.
    QTest::addRow("one") << int(SeriesScope::ThisOccurrence) << 2
                         << QStringList{"02 10:00-11:00 Sync", "03 10:00-11:00 Sync", "04 14:00-15:30 Retro",
                                        "05 10:00-11:00 Sync", "06 10:00-11:00 Sync"};
    QTest::addRow("following") << int(SeriesScope::ThisAndFollowing) << 2
                               << QStringList{"02 10:00-11:00 Sync", "03 10:00-11:00 Sync", "04 14:00-15:30 Retro",
                                              "05 14:00-15:30 Retro", "06 14:00-15:30 Retro"};
    QTest::addRow("all") << int(SeriesScope::AllOccurrences) << 2
                         << QStringList{"02 14:00-15:30 Retro", "03 14:00-15:30 Retro", "04 14:00-15:30 Retro",
                                        "05 14:00-15:30 Retro", "06 14:00-15:30 Retro"};
    QTest::addRow("following from the first is all")
        << int(SeriesScope::ThisAndFollowing) << 0
        << QStringList{"02 14:00-15:30 Retro", "03 14:00-15:30 Retro", "04 14:00-15:30 Retro", "05 14:00-15:30 Retro",
                       "06 14:00-15:30 Retro"};
}

void TestBookingStore::seriesEdits()
{
    QFETCH(int, scope);
    QFETCH(int, editedIndex);
    QFETCH(QStringList, expected);
    Booking first =
        booking(QStringLiteral("meeting-ada"), paris(2026, 11, 2, 10), paris(2026, 11, 2, 11), QStringLiteral("Sync"));
    Recurrence daily;
    daily.frequency = Recurrence::Frequency::Daily;
    daily.count = 5;
    auto series = m_store->createSeries(first, daily);
    QVERIFY2(series.ok(), qPrintable(series.error()));
    Booking edited = series->at(editedIndex);
    const QDate day = edited.start.toTimeZone(m_site.timeZone).date();
    edited.start = QDateTime(day, QTime(14, 0), m_site.timeZone).toUTC();
    edited.end = QDateTime(day, QTime(15, 30), m_site.timeZone).toUTC();
    edited.title = QStringLiteral("Retro");
    auto result = m_store->updateSeries(edited.id, edited, SeriesScope(scope));
    QVERIFY2(result.ok(), qPrintable(result.error()));

    QStringList got;
    QSet<qint64> seriesIds;
    for (const Booking& b : m_store->bookingsBetween(paris(2026, 11, 1, 0), paris(2026, 11, 8, 0))) {
        got << QStringLiteral("%1-%2 %3")
                   .arg(b.start.toTimeZone(m_site.timeZone).toString(QStringLiteral("dd HH:mm")),
                        b.end.toTimeZone(m_site.timeZone).toString(QStringLiteral("HH:mm")), b.title);
        seriesIds.insert(b.seriesId);
    }
    QCOMPARE(got, expected);
    // "This and following" from the middle splits the series in two.
    QCOMPARE(seriesIds.size(), scope == int(SeriesScope::ThisAndFollowing) && editedIndex > 0 ? 2 : 1);
    if (scope == int(SeriesScope::ThisAndFollowing) && editedIndex > 0) {
        const auto head = m_store->recurrenceOf(series->front().seriesId);
        QVERIFY(head.has_value());
        QCOMPARE(head->until, QDate(2026, 11, 3));
        QCOMPARE(head->count, 0);
    }
}

void TestBookingStore::cancelSeries_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("statuses");
    QTest::addRow("one") << int(SeriesScope::ThisOccurrence) << QStringLiteral("BBCBB");
    QTest::addRow("following") << int(SeriesScope::ThisAndFollowing) << QStringLiteral("BBCCC");
    QTest::addRow("all") << int(SeriesScope::AllOccurrences) << QStringLiteral("CCCCC");
}

void TestBookingStore::cancelSeries()
{
    QFETCH(int, scope);
    QFETCH(QString, statuses);
    Recurrence daily;
    daily.frequency = Recurrence::Frequency::Daily;
    daily.count = 5;
    auto series = m_store->createSeries(
        booking(QStringLiteral("meeting-ada"), paris(2026, 11, 2, 10), paris(2026, 11, 2, 11), QStringLiteral("Sync")),
        daily);
    QVERIFY(series.ok());
    const Status cancelled = m_store->cancelSeries(series->at(2).id, SeriesScope(scope), QStringLiteral("Team away"));
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.error()));
    QString got;
    for (const Booking& b : m_store->seriesBookings(series->front().seriesId))
        got += b.status == BookingStatus::Cancelled ? u'C' : u'B';
    QCOMPARE(got, statuses);
}

QTEST_GUILESS_MAIN(TestBookingStore)
#include "TestBookingStore.moc"

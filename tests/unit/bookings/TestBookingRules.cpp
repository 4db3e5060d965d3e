// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingFixture.h"
#include "bookings/BookingPolicy.h"
#include "bookings/BookingRules.h"

#include <QJsonDocument>
#include <QTest>

using namespace atrium;
using atrium::test::booking;
using atrium::test::paris;
using Rule = RuleViolation::Rule;

Q_DECLARE_METATYPE(atrium::Booking)

class TestBookingRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void rules_data();
    void rules();
    void refusalNamesTheClashingBooking();
    void policyFromSiteFileJson_data();
    void policyFromSiteFileJson();
};

namespace {
// Jane Doe's sprint review in Ada, Monday 7 December 2026, 13:00-14:00.
Booking sprintReview()
{
    Booking b = booking(QStringLiteral("meeting-ada"), paris(2026, 12, 7, 13), paris(2026, 12, 7, 14),
                        QStringLiteral("Sprint review"));
    b.id = 7;
    b.memberId = 1;
    b.memberName = QStringLiteral("Jane Doe");
    return b;
}
Booking agoraEvent()
{
    Booking b = booking(QStringLiteral("event-space"), paris(2026, 12, 7, 10), paris(2026, 12, 7, 12),
                        QStringLiteral("Meetup"), 30);
    b.id = 8;
    return b;
}
} // namespace

void TestBookingRules::rules_data()
{
    QTest::addColumn<Booking>("candidate");
    QTest::addColumn<QList<int>>("broken"); // RuleViolation::Rule values, in order

    const QString ada = QStringLiteral("meeting-ada");
    const QString agora = QStringLiteral("event-space");
    auto rules = [](std::initializer_list<Rule> list) {
        QList<int> out;
        for (Rule r : list)
            out << int(r);
        return out;
    };
    QTest::addRow("back-to-back after") << booking(ada, paris(2026, 12, 7, 14), paris(2026, 12, 7, 15)) << rules({});
    QTest::addRow("back-to-back before") << booking(ada, paris(2026, 12, 7, 12), paris(2026, 12, 7, 13)) << rules({});
    QTest::addRow("overlap by one minute at the end")
        << booking(ada, paris(2026, 12, 7, 12), paris(2026, 12, 7, 13, 1)) << rules({Rule::Overlap});
    QTest::addRow("overlap by one minute at the start")
        << booking(ada, paris(2026, 12, 7, 13, 59), paris(2026, 12, 7, 15)) << rules({Rule::Overlap});
    QTest::addRow("inside") << booking(ada, paris(2026, 12, 7, 13, 15), paris(2026, 12, 7, 13, 45))
                            << rules({Rule::Overlap});
    QTest::addRow("other room same time")
        << booking(QStringLiteral("booth-1"), paris(2026, 12, 7, 13), paris(2026, 12, 7, 14), QString(), 1)
        << rules({});
    QTest::addRow("capacity: 8 in Ada") << booking(ada, paris(2026, 12, 7, 9), paris(2026, 12, 7, 10), {}, 8)
                                        << rules({});
    QTest::addRow("capacity: 9 in Ada") << booking(ada, paris(2026, 12, 7, 9), paris(2026, 12, 7, 10), {}, 9)
                                        << rules({Rule::Capacity});
    QTest::addRow("buffer: Agora 30 min after an event")
        << booking(agora, paris(2026, 12, 7, 12, 30), paris(2026, 12, 7, 14), {}, 20) << rules({});
    QTest::addRow("buffer: Agora 10 min after an event")
        << booking(agora, paris(2026, 12, 7, 12, 10), paris(2026, 12, 7, 14), {}, 20) << rules({Rule::Buffer});
    QTest::addRow("buffer: Agora back-to-back before an event")
        << booking(agora, paris(2026, 12, 7, 8), paris(2026, 12, 7, 10), {}, 20) << rules({Rule::Buffer});
    QTest::addRow("opening hours: 07:30 start")
        << booking(ada, paris(2026, 12, 7, 7, 30), paris(2026, 12, 7, 9)) << rules({Rule::OpeningHours});
    QTest::addRow("opening hours: ends at closing")
        << booking(ada, paris(2026, 12, 7, 19), paris(2026, 12, 7, 20)) << rules({});
    QTest::addRow("opening hours: past closing")
        << booking(ada, paris(2026, 12, 7, 19), paris(2026, 12, 7, 20, 30)) << rules({Rule::OpeningHours});
    QTest::addRow("opening hours: Saturday closed")
        << booking(ada, paris(2026, 12, 5, 10), paris(2026, 12, 5, 11)) << rules({Rule::OpeningHours});
    QTest::addRow("closure: Christmas") << booking(ada, paris(2026, 12, 24, 10), paris(2026, 12, 24, 11))
                                        << rules({Rule::Closure});
    QTest::addRow("min length: 10 min") << booking(ada, paris(2026, 12, 7, 9), paris(2026, 12, 7, 9, 10))
                                        << rules({Rule::MinLength});
    QTest::addRow("max length: booth 3 h")
        << booking(QStringLiteral("booth-1"), paris(2026, 12, 7, 9), paris(2026, 12, 7, 12), {}, 1)
        << rules({Rule::MaxLength});
    QTest::addRow("end before start") << booking(ada, paris(2026, 12, 7, 10), paris(2026, 12, 7, 9))
                                      << rules({Rule::InvalidTimes});
    QTest::addRow("unknown room") << booking(QStringLiteral("attic"), paris(2026, 12, 7, 9), paris(2026, 12, 7, 10))
                                  << rules({Rule::UnknownRoom});
    // Spring forward, Sunday 29 March 2026 and 28 March 2027: 02:00 -> 03:00. An 08:00-09:00
    // booking is one hour long and inside the opening hours.
    QTest::addRow("spring-forward day 2027-03-28 08:00-09:00")
        << booking(ada, paris(2027, 3, 28, 8), paris(2027, 3, 28, 9)) << rules({});
    // Fall back, Sunday 25 October 2026: 03:00 -> 02:00; 19:00-20:00 is still inside the hours.
    QTest::addRow("fall-back day 2026-10-25 19:00-20:00")
        << booking(ada, paris(2026, 10, 25, 19), paris(2026, 10, 25, 20)) << rules({});
    QTest::addRow("fall-back day 2026-10-25 07:00-09:00")
        << booking(ada, paris(2026, 10, 25, 7), paris(2026, 10, 25, 9)) << rules({Rule::OpeningHours});
}

void TestBookingRules::rules()
{
    QFETCH(Booking, candidate);
    QFETCH(QList<int>, broken);
    const Site site = test::bookingSite();
    BookingPolicy policy = BookingPolicy::standard();
    policy.closures.push_back(Closure{QDate(2026, 12, 24), QDate(2026, 12, 26), QStringLiteral("Christmas")});
    const BookingRules rules(site, policy);
    const RuleCheck check = rules.check(candidate, {sprintReview(), agoraEvent()});
    QList<int> got;
    for (const RuleViolation& v : check.violations)
        got << int(v.rule);
    QVERIFY2(got == broken, qPrintable(check.message()));
    QCOMPARE(check.ok(), broken.isEmpty());
    for (const RuleViolation& v : check.violations)
        QVERIFY2(!v.message.isEmpty(), "every violation says what is wrong");
}

void TestBookingRules::refusalNamesTheClashingBooking()
{
    const Site site = test::bookingSite();
    const BookingPolicy policy = BookingPolicy::standard();
    const BookingRules rules(site, policy);
    const RuleCheck check =
        rules.check(booking(QStringLiteral("meeting-ada"), paris(2026, 12, 7, 12, 30), paris(2026, 12, 7, 13, 30)),
                    {sprintReview()});
    QCOMPARE(check.violations.size(), size_t(1));
    QCOMPARE(check.violations.front().message,
             QStringLiteral("Ada is booked 13:00–14:00 by Jane Doe (Sprint review)."));
    QCOMPARE(check.violations.front().clashingBookingId, qint64(7));
    QCOMPARE(check.violations.front().date, QDate(2026, 12, 7));

    const RuleCheck capacity =
        rules.check(booking(QStringLiteral("meeting-ada"), paris(2026, 12, 7, 9), paris(2026, 12, 7, 10), {}, 12), {});
    QCOMPARE(capacity.message(), QStringLiteral("Ada holds 8 people; this booking is for 12."));

    const RuleCheck buffer =
        rules.check(booking(QStringLiteral("event-space"), paris(2026, 12, 7, 12, 10), paris(2026, 12, 7, 14), {}, 10),
                    {agoraEvent()});
    QCOMPARE(buffer.message(), QStringLiteral("Agora is booked 10:00–12:00 (Meetup), and 30 min of cleaning are kept "
                                              "between two bookings of this room."));
}

void TestBookingRules::policyFromSiteFileJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("meetingBuffer");
    QTest::addColumn<bool>("autoRelease");

    QTest::addRow("empty: defaults") << QByteArray("{}") << QString() << 0 << false;
    QTest::addRow("meeting room buffer and auto-release")
        << QByteArray("{\"autoRelease\": true, \"roomTypes\": {\"meeting_room\": {\"bufferMinutes\": 5}}}") << QString()
        << 5 << true;
    QTest::addRow("unknown room type") << QByteArray("{\"roomTypes\": {\"ballroom\": {}}}")
                                       << QStringLiteral("bookings.roomTypes.ballroom: unknown room type") << 0
                                       << false;
    QTest::addRow("negative grace") << QByteArray("{\"roomTypes\": {\"meeting_room\": {\"graceMinutes\": -1}}}")
                                    << QStringLiteral("bookings.roomTypes.meeting_room.graceMinutes: must be a whole "
                                                      "number of minutes from 0 to 1440")
                                    << 0 << false;
    QTest::addRow("closure without a date") << QByteArray("{\"closures\": [{\"reason\": \"works\"}]}")
                                            << QStringLiteral("bookings.closures[0]: needs \"from\" (and optionally "
                                                              "\"to\") as YYYY-MM-DD, in order")
                                            << 0 << false;
}

void TestBookingRules::policyFromSiteFileJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QFETCH(int, meetingBuffer);
    QFETCH(bool, autoRelease);
    const auto policy = BookingPolicy::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(policy.error(), error);
    if (!error.isEmpty())
        return;
    QCOMPARE(policy->rulesFor(RoomType::MeetingRoom).bufferMinutes, meetingBuffer);
    QCOMPARE(policy->rulesFor(RoomType::MeetingRoom).graceMinutes, 10);
    QCOMPARE(policy->autoRelease, autoRelease);
}

QTEST_GUILESS_MAIN(TestBookingRules)
#include "TestBookingRules.moc"

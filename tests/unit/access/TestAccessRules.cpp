// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/AccessData.h"
#include "access/AccessRules.h"
#include "core/Clock.h"

#include <QTest>

using namespace atrium;

namespace {

const QTimeZone kParis("Europe/Paris");

AccessGrant grant(AccessGrant::Target kind, const QString& target, const QString& schedule, bool bookingOnly = false)
{
    AccessGrant g;
    g.targetKind = kind;
    g.target = target;
    g.schedule = WeeklySchedule::parse(schedule).value();
    g.bookingOnly = bookingOnly;
    return g;
}

Badge badge(qint64 id, const QString& key, qint64 member, std::optional<qint64> group,
            BadgeStatus status = BadgeStatus::Active)
{
    Badge b;
    b.id = id;
    b.uid = key;
    b.uidKey = key;
    b.memberId = member;
    b.groupId = group;
    b.status = status;
    return b;
}

// A site: the front door and a garage reader in zone "building", the Ada meeting room's door.
AccessData siteData()
{
    AccessData d;
    Door front;
    front.id = QStringLiteral("front");
    front.name = QStringLiteral("Front door");
    front.zone = QStringLiteral("building");
    Door garage = front;
    garage.id = QStringLiteral("garage");
    garage.name = QStringLiteral("Garage");
    garage.format = ReaderFormat::fromKey(QStringLiteral("wiegand26:dec:lsb")).value();
    Door ada;
    ada.id = QStringLiteral("ada");
    ada.name = QStringLiteral("Ada");
    ada.roomId = QStringLiteral("meeting-ada");
    d.doors = {front, garage, ada};
    using T = AccessGrant::Target;
    d.groups = {
        {1,
         QStringLiteral("Members"),
         {grant(T::Zone, QStringLiteral("building"), QStringLiteral("mon-fri 07:00-22:00"))}},
        {2,
         QStringLiteral("Staff"),
         {grant(T::Zone, QStringLiteral("building"), QStringLiteral("always")),
          grant(T::Door, QStringLiteral("ada"), QStringLiteral("always"))}},
        {3,
         QStringLiteral("Ada meetings"),
         {grant(T::Zone, QStringLiteral("building"), QStringLiteral("mon-fri 07:00-22:00")),
          grant(T::Door, QStringLiteral("ada"), QStringLiteral("mon-fri 08:00-20:00"), true)}},
        {4,
         QStringLiteral("Weekend"),
         {grant(T::Zone, QStringLiteral("building"), QStringLiteral("sat-sun 07:00-22:00"))}},
        {5, QStringLiteral("Late"), {grant(T::Zone, QStringLiteral("building"), QStringLiteral("fri 22:00-02:00"))}},
    };
    d.badges = {
        badge(1, QStringLiteral("04A1B2C3"), 1, 1),
        badge(2, QStringLiteral("11111111"), 2, 1, BadgeStatus::Suspended),
        badge(3, QStringLiteral("22222222"), 3, 1, BadgeStatus::Lost),
        badge(4, QStringLiteral("33333333"), 4, 1, BadgeStatus::Revoked),
        badge(5, QStringLiteral("44444444"), 4, 1),
        badge(6, QStringLiteral("55555555"), 6, 1),
        badge(7, QStringLiteral("66666666"), 7, 1),
        badge(8, QStringLiteral("77777777"), 8, 2),
        badge(9, QStringLiteral("88888888"), 9, 3),
        badge(10, QStringLiteral("99999999"), 10, 4),
        badge(11, QStringLiteral("AAAAAAAA"), 11, 5),
        badge(12, QStringLiteral("BBBBBBBB"), 12, 1, BadgeStatus::Revoked),
        badge(13, QStringLiteral("CCCCCCCC"), 13, std::nullopt),
        // The card of badge 14 was revoked and given again to member 14 (badge 15).
        badge(14, QStringLiteral("DDDDDDDD"), 14, 1, BadgeStatus::Revoked),
        badge(15, QStringLiteral("DDDDDDDD"), 14, 2),
    };
    d.badges[3].replacedBy = 5;
    d.badges[5].validUntil = QDate(2026, 3, 1);
    d.badges[6].validFrom = QDate(2026, 4, 1);
    return d;
}

} // namespace

class TestAccessRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decides_data();
    void decides();
    void schedules_data();
    void schedules();
    void scheduleErrors_data();
    void scheduleErrors();
};

void TestAccessRules::decides_data()
{
    QTest::addColumn<QString>("door");
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QString>("local"); // site-local wall-clock time, Europe/Paris
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("text");

    // Schedule edges: members 07:00-22:00 on weekdays, [start, end).
    QTest::addRow("weekday-06:59") << "front"
                                   << "04A1B2C3"
                                   << "2026-03-02T06:59:59" << false << "outside_schedule"
                                   << "Outside the hours of group Members (mon-fri 07:00-22:00).";
    QTest::addRow("weekday-07:00") << "front"
                                   << "04A1B2C3"
                                   << "2026-03-02T07:00:00" << true << "allowed"
                                   << "Allowed (group Members).";
    QTest::addRow("weekday-21:59") << "front"
                                   << "04a1b2c3"
                                   << "2026-03-02T21:59:59" << true << "allowed"
                                   << "";
    QTest::addRow("weekday-22:00") << "front"
                                   << "04A1B2C3"
                                   << "2026-03-02T22:00:00" << false << "outside_schedule"
                                   << "";
    QTest::addRow("saturday-noon") << "front"
                                   << "04A1B2C3"
                                   << "2026-03-07T12:00:00" << false << "outside_schedule"
                                   << "";
    QTest::addRow("staff-sunday-3am") << "front"
                                      << "77777777"
                                      << "2026-03-08T03:00:00" << true << "allowed"
                                      << "Allowed (group Staff).";
    QTest::addRow("past-midnight-friday-23:00") << "front"
                                                << "AAAAAAAA"
                                                << "2026-03-06T23:00:00" << true << "allowed"
                                                << "";
    QTest::addRow("past-midnight-saturday-01:59") << "front"
                                                  << "AAAAAAAA"
                                                  << "2026-03-07T01:59:00" << true << "allowed"
                                                  << "";
    QTest::addRow("past-midnight-saturday-02:00") << "front"
                                                  << "AAAAAAAA"
                                                  << "2026-03-07T02:00:00" << false << "outside_schedule"
                                                  << "";
    // Badge states.
    QTest::addRow("suspended") << "front"
                               << "11111111"
                               << "2026-03-02T10:00:00" << false << "suspended"
                               << "Badge suspended.";
    QTest::addRow("lost") << "front"
                          << "22222222"
                          << "2026-03-02T10:00:00" << false << "lost"
                          << "Badge reported lost.";
    QTest::addRow("replaced-old-card") << "front"
                                       << "33333333"
                                       << "2026-03-02T10:00:00" << false << "replaced"
                                       << "Badge replaced by a new one.";
    QTest::addRow("replaced-new-card") << "front"
                                       << "44444444"
                                       << "2026-03-02T10:00:00" << true << "allowed"
                                       << "";
    QTest::addRow("revoked") << "front"
                             << "BBBBBBBB"
                             << "2026-03-02T10:00:00" << false << "revoked"
                             << "Badge revoked.";
    QTest::addRow("reissued-card-uses-live-badge") << "front"
                                                   << "DDDDDDDD"
                                                   << "2026-03-08T10:00:00" << true << "allowed"
                                                   << "Allowed (group Staff).";
    QTest::addRow("expired-day-after") << "front"
                                       << "55555555"
                                       << "2026-03-02T07:30:00" << false << "expired"
                                       << "Badge expired on 2026-03-01.";
    QTest::addRow("expiring-still-valid-before") << "front"
                                                 << "55555555"
                                                 << "2026-02-27T21:00:00" << true << "allowed"
                                                 << "";
    QTest::addRow("not-yet-valid") << "front"
                                   << "66666666"
                                   << "2026-03-31T10:00:00" << false << "not_yet_valid"
                                   << "Badge valid from 2026-04-01.";
    QTest::addRow("valid-from-first-day") << "front"
                                          << "66666666"
                                          << "2026-04-01T07:00:00" << true << "allowed"
                                          << "";
    QTest::addRow("no-group") << "front"
                              << "CCCCCCCC"
                              << "2026-03-02T10:00:00" << false << "no_group"
                              << "Badge has no access group.";
    QTest::addRow("unknown-badge") << "front"
                                   << "DEADBEEF"
                                   << "2026-03-02T10:00:00" << false << "unknown_badge"
                                   << "Unknown badge.";
    QTest::addRow("unknown-door") << "cellar"
                                  << "04A1B2C3"
                                  << "2026-03-02T10:00:00" << false << "unknown_door"
                                  << "Door \"cellar\" is not known to the console.";
    QTest::addRow("unreadable") << "front"
                                << "04A1B2ZZ"
                                << "2026-03-02T10:00:00" << false << "unreadable"
                                << "";
    QTest::addRow("not-in-group") << "ada"
                                  << "04A1B2C3"
                                  << "2026-03-02T10:00:00" << false << "not_in_group"
                                  << "Group Members does not open Ada.";
    // Wiegand 26 reader (LSB first): 24 bits of the number, UID0..UID2 = 04 A1 B2 -> 0xB2A104.
    QTest::addRow("wiegand26-garage") << "garage"
                                      << "11706628"
                                      << "2026-03-02T10:00:00" << true << "allowed"
                                      << "";
    // "Only during my booking": member 9 has Ada booked 10:00-11:00 on 2 March.
    QTest::addRow("booking-only-during") << "ada"
                                         << "88888888"
                                         << "2026-03-02T10:30:00" << true << "allowed_booking"
                                         << "Allowed during the member's booking.";
    QTest::addRow("booking-only-before") << "ada"
                                         << "88888888"
                                         << "2026-03-02T09:59:00" << false << "no_booking"
                                         << "No booking of this room by the member now.";
    QTest::addRow("booking-only-outside-hours") << "ada"
                                                << "88888888"
                                                << "2026-03-02T21:00:00" << false << "outside_schedule"
                                                << "";
    QTest::addRow("booking-group-front-door") << "front"
                                              << "88888888"
                                              << "2026-03-02T09:00:00" << true << "allowed"
                                              << "";
    // DST days in Europe/Paris (both Sundays): 07:00 stays 07:00 on the wall clock.
    QTest::addRow("dst-spring-06:59") << "front"
                                      << "99999999"
                                      << "2026-03-29T06:59:00" << false << "outside_schedule"
                                      << "";
    QTest::addRow("dst-spring-07:00") << "front"
                                      << "99999999"
                                      << "2026-03-29T07:00:00" << true << "allowed"
                                      << "";
    QTest::addRow("dst-autumn-06:59") << "front"
                                      << "99999999"
                                      << "2026-10-25T06:59:00" << false << "outside_schedule"
                                      << "";
    QTest::addRow("dst-autumn-07:00") << "front"
                                      << "99999999"
                                      << "2026-10-25T07:00:00" << true << "allowed"
                                      << "";
    QTest::addRow("dst-autumn-21:59") << "front"
                                      << "99999999"
                                      << "2026-10-25T21:59:00" << true << "allowed"
                                      << "";
}

void TestAccessRules::decides()
{
    QFETCH(QString, door);
    QFETCH(QString, uid);
    QFETCH(QString, local);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    QFETCH(QString, text);

    const AccessData data = siteData();
    const QDateTime at = QDateTime::fromString(local, Qt::ISODate);
    QVERIFY(at.isValid());
    ManualClock clock(QDateTime(at.date(), at.time(), kParis).toMSecsSinceEpoch());
    AccessRules rules(data, clock, kParis);
    rules.setBookingCheck([](qint64 member, const QString& room, const QDateTime& when) {
        const QDateTime start(QDate(2026, 3, 2), QTime(10, 0), kParis);
        return member == 9 && room == QLatin1String("meeting-ada") && when >= start && when < start.addSecs(3600);
    });

    const AccessDecision d = rules.decide(door, uid);
    QCOMPARE(d.allowed, allowed);
    QCOMPARE(accessReasonKey(d.reason), reason);
    if (!text.isEmpty())
        QCOMPARE(d.text, text);
    QVERIFY(!d.text.isEmpty());
}

void TestAccessRules::schedules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("minute");
    QTest::addColumn<bool>("inside");
    QTest::addRow("always") << "always"
                            << "always" << 7 << 0 << true;
    QTest::addRow("empty-is-always") << ""
                                     << "always" << 3 << 600 << true;
    QTest::addRow("range-start") << "mon-fri 07:00-22:00"
                                 << "mon-fri 07:00-22:00" << 1 << 420 << true;
    QTest::addRow("range-end-excluded") << "mon-fri 07:00-22:00"
                                        << "mon-fri 07:00-22:00" << 5 << 1320 << false;
    QTest::addRow("day-list") << "Mon,Wed 08:00-12:00"
                              << "mon,wed 08:00-12:00" << 3 << 480 << true;
    QTest::addRow("day-list-miss") << "mon,wed 08:00-12:00"
                                   << "mon,wed 08:00-12:00" << 2 << 480 << false;
    QTest::addRow("wrapping-days") << "sat-mon 10:00-11:00"
                                   << "sat-mon 10:00-11:00" << 7 << 630 << true;
    QTest::addRow("two-entries") << "mon 08:00-09:00;  sat 09:00-13:00"
                                 << "mon 08:00-09:00; sat 09:00-13:00" << 6 << 540 << true;
    QTest::addRow("until-midnight") << "daily 18:00-24:00"
                                    << "daily 18:00-24:00" << 4 << 1439 << true;
    QTest::addRow("sunday-night-into-monday") << "sun 23:00-01:00"
                                              << "sun 23:00-01:00" << 1 << 30 << true;
}

void TestAccessRules::schedules()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    QFETCH(int, day);
    QFETCH(int, minute);
    QFETCH(bool, inside);
    const auto s = WeeklySchedule::parse(text);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(s->toString(), normalised);
    QCOMPARE(s->contains(day, minute), inside);
}

void TestAccessRules::scheduleErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::addRow("no-hours") << "mon-fri"
                              << "write days then hours";
    QTest::addRow("bad-day") << "lun 08:00-09:00"
                             << "\"lun\" is not a day";
    QTest::addRow("bad-time") << "mon 25:00-26:00"
                              << "\"25:00-26:00\" is not a time range";
    QTest::addRow("empty-range") << "mon 08:00-08:00"
                                 << "is empty";
}

void TestAccessRules::scheduleErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const auto s = WeeklySchedule::parse(text);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(error), qPrintable(s.error()));
}

QTEST_GUILESS_MAIN(TestAccessRules)
#include "TestAccessRules.moc"

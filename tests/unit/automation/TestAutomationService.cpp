// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/AutomationService.h"
#include "automation/DefaultRules.h"
#include "core/Clock.h"
#include "site/Site.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace atrium;

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

Site makeSite()
{
    Site site;
    site.id = QStringLiteral("hq");
    site.name = QStringLiteral("HQ");
    site.timeZone = QTimeZone("Europe/Paris");
    Room ada;
    ada.id = QStringLiteral("meeting-ada");
    ada.name = QStringLiteral("Ada");
    ada.type = RoomType::MeetingRoom;
    ada.capacity = 8;
    Room office;
    office.id = QStringLiteral("office-1");
    office.name = QStringLiteral("Office 1");
    office.type = RoomType::PrivateOffice;
    office.capacity = 4;
    site.rooms = {ada, office};
    return site;
}

std::vector<Actuator> makeActuators()
{
    Actuator hvac;
    hvac.id = QStringLiteral("ada-hvac");
    hvac.name = QStringLiteral("Ada heating");
    hvac.roomId = QStringLiteral("meeting-ada");
    hvac.kind = ActuatorKind::Hvac;
    Actuator fan = hvac;
    fan.id = QStringLiteral("ada-fan");
    fan.name = QStringLiteral("Ada ventilation");
    fan.kind = ActuatorKind::Ventilation;
    Actuator lock;
    lock.id = QStringLiteral("office-1-lock");
    lock.name = QStringLiteral("Office 1 lock");
    lock.roomId = QStringLiteral("office-1");
    lock.kind = ActuatorKind::Lock;
    lock.neverDrive = true;
    return {hvac, fan, lock};
}

AutomationRule rule(const QString& name, RulePriority priority, ConditionKind kind, Channel channel, double value)
{
    AutomationRule r;
    r.name = name;
    r.priority = priority;
    r.condition.kind = kind;
    r.condition.threshold = 1200;
    r.condition.minutes = 30;
    r.condition.windowStart = 0;
    r.condition.windowEnd = 24 * 60;
    r.actions = {{channel, value}};
    return r;
}

} // namespace

class TestAutomationService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void defaultRulesAreStoredOnce();
    void priorityOrder_data();
    void priorityOrder();
    void expiryAtTheExactSecond();
    void untilTheRoomIsEmpty_data();
    void untilTheRoomIsEmpty();
    void untilTheBookingEnds();
    void refusals_data();
    void refusals();
    void whyInWords();
    void ledgerFlagsOftenOverriddenRules();

private:
    void useOnly(const std::vector<AutomationRule>& rules);
    AutomationService::OverrideRequest request(double value, int minutes = 60) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    Site m_site = makeSite();
    // Monday 2 March 2026, 13:40 in Paris.
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(13, 40), QTimeZone("Europe/Paris")).toMSecsSinceEpoch()};
    RoomInputs m_ada;
    std::optional<BookingInterval> m_booking;
    std::unique_ptr<AutomationService> m_service;
};

void TestAutomationService::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("site.sqlite"));
    QVERIFY(Database::migrate(m_db));
    m_ada = {};
    m_booking.reset();
    m_service = std::make_unique<AutomationService>(m_site, makeActuators(), m_clock);
    const Status opened = m_service->open(m_db);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_service->setReadings(
        [this](const QString& roomId) { return roomId == QLatin1String("meeting-ada") ? m_ada : RoomInputs{}; });
    BookingSource bookings;
    bookings.current = [this](const QString& roomId, qint64 now) -> std::optional<BookingInterval> {
        if (roomId == QLatin1String("meeting-ada") && m_booking && m_booking->startMs <= now && now < m_booking->endMs)
            return m_booking;
        return std::nullopt;
    };
    bookings.next = [this](const QString& roomId, qint64 now) -> std::optional<BookingInterval> {
        if (roomId == QLatin1String("meeting-ada") && m_booking && m_booking->startMs > now)
            return m_booking;
        return std::nullopt;
    };
    m_service->setBookings(bookings);
}

void TestAutomationService::cleanup()
{
    m_service.reset();
    m_dir.reset();
}

void TestAutomationService::useOnly(const std::vector<AutomationRule>& rules)
{
    for (const AutomationRule& r : m_service->rules())
        QVERIFY(m_service->removeRule(r.id, QStringLiteral("test")));
    for (const AutomationRule& r : rules)
        QVERIFY(m_service->saveRule(r, QStringLiteral("test")));
}

AutomationService::OverrideRequest TestAutomationService::request(double value, int minutes) const
{
    AutomationService::OverrideRequest r;
    r.roomId = QStringLiteral("meeting-ada");
    r.channel = Channel::Setpoint;
    r.value = value;
    r.author = QStringLiteral("Front desk");
    r.reason = QStringLiteral("client cold");
    r.expiry = OverrideExpiry::Minutes;
    r.minutes = minutes;
    return r;
}

void TestAutomationService::defaultRulesAreStoredOnce()
{
    QCOMPARE(m_service->rules().size(), DefaultRules::rules().size());
    // Deleting every rule on purpose must survive a restart.
    useOnly({});
    m_service.reset();
    AutomationService again(m_site, makeActuators(), m_clock);
    QVERIFY(again.open(m_db));
    QCOMPARE(again.rules().size(), size_t(0));
}

void TestAutomationService::priorityOrder_data()
{
    QTest::addColumn<QString>("present"); // which of safety, override, booking, schedule, optimisation apply
    QTest::addColumn<double>("expected");
    QTest::addColumn<int>("source");

    // Ventilation levels: safety 3, override 0, booking 2, schedule 1, optimisation ... 0 is the
    // override's, so optimisation sets the level 1 through a second ventilation value: use
    // distinct values per source so the winner is visible.
    QTest::addRow("safety-beats-override")
        << "safety,override,booking,schedule,optimisation" << 3.0 << int(DecisionSource::Safety);
    QTest::addRow("override-beats-booking")
        << "override,booking,schedule,optimisation" << 0.0 << int(DecisionSource::Override);
    QTest::addRow("booking-beats-schedule") << "booking,schedule,optimisation" << 2.0 << int(DecisionSource::Rule);
    QTest::addRow("schedule-beats-optimisation") << "schedule,optimisation" << 1.0 << int(DecisionSource::Rule);
    QTest::addRow("optimisation-alone") << "optimisation" << 3.0 << int(DecisionSource::Rule);
    QTest::addRow("nothing") << "" << -1.0 << int(DecisionSource::None);
}

void TestAutomationService::priorityOrder()
{
    QFETCH(QString, present);
    QFETCH(double, expected);
    QFETCH(int, source);
    const QStringList on = present.split(QLatin1Char(','), Qt::SkipEmptyParts);
    // Each rule's condition is made true only when its source is listed.
    std::vector<AutomationRule> rules;
    rules.push_back(
        rule(QStringLiteral("safety"), RulePriority::Safety, ConditionKind::Co2Above, Channel::Ventilation, 3));
    rules.push_back(
        rule(QStringLiteral("booking"), RulePriority::Booking, ConditionKind::BookingWithin, Channel::Ventilation, 2));
    rules.push_back(
        rule(QStringLiteral("schedule"), RulePriority::Schedule, ConditionKind::Occupied, Channel::Ventilation, 1));
    // Optimisation deliberately wants the same level as safety: the source tells them apart.
    rules.push_back(rule(QStringLiteral("optimisation"), RulePriority::Optimisation, ConditionKind::TemperatureOutside,
                         Channel::Ventilation, 3));
    rules.back().condition.bandLow = 20;
    rules.back().condition.bandHigh = 24;
    rules[2].condition.minutes = 0;
    rules[3].condition.minutes = 0;
    rules[0].condition.minutes = 0;
    useOnly(rules);
    const qint64 now = m_clock.nowMs();
    if (on.contains(QLatin1String("safety")))
        m_ada.co2Ppm = 1900;
    if (on.contains(QLatin1String("booking")))
        m_booking = BookingInterval{now + 10 * kMinuteMs, now + 70 * kMinuteMs, {}};
    if (on.contains(QLatin1String("schedule")))
        m_ada.occupied = true;
    if (on.contains(QLatin1String("optimisation")))
        m_ada.temperatureC = 18;
    if (on.contains(QLatin1String("override"))) {
        auto r = request(0);
        r.channel = Channel::Ventilation;
        QVERIFY(m_service->setOverride(r));
    }
    m_service->evaluate(now);
    const RoomAutomationStatus status = m_service->roomStatus(QStringLiteral("meeting-ada"));
    const ActuatorStatus* fan = nullptr;
    for (const ActuatorStatus& a : status.actuators) {
        if (a.actuator.id == QLatin1String("ada-fan"))
            fan = &a;
    }
    QVERIFY(fan);
    QCOMPARE(fan->channels.size(), size_t(1));
    const ChannelDecision& d = fan->channels.front();
    QCOMPARE(int(d.source), source);
    if (expected < 0)
        QVERIFY(!d.value);
    else
        QCOMPARE(d.value.value_or(-1), expected);
}

void TestAutomationService::expiryAtTheExactSecond()
{
    useOnly(
        {rule(QStringLiteral("booked"), RulePriority::Booking, ConditionKind::BookingWithin, Channel::Setpoint, 21)});
    const qint64 set = m_clock.nowMs();
    m_booking = BookingInterval{set - kMinuteMs, set + 3 * 60 * kMinuteMs, {}};
    m_service->evaluate(set);
    const auto o = m_service->setOverride(request(23, 60));
    QVERIFY2(o, qPrintable(o.error()));
    QCOMPARE(*o->expiresMs, set + 60 * kMinuteMs);
    QCOMPARE(o->overriddenRuleId.value_or(0), m_service->rules().front().id);

    auto setpoint = [this] {
        return m_service->roomStatus(QStringLiteral("meeting-ada"))
            .actuators.front()
            .channels.front()
            .value.value_or(0);
    };
    m_service->evaluate(set + 60 * kMinuteMs - 1000); // 14:39:59
    QCOMPARE(m_service->activeOverrides().size(), size_t(1));
    QCOMPARE(setpoint(), 23.0);
    m_service->evaluate(set + 60 * kMinuteMs); // 14:40:00
    QCOMPARE(m_service->activeOverrides().size(), size_t(0));
    QCOMPARE(setpoint(), 21.0); // automation resumed

    AuditLog log;
    QVERIFY(log.open(m_db));
    AuditQuery q;
    q.subjectKind = QStringLiteral("override");
    const auto lines = log.entries(q);
    QCOMPARE(lines.size(), size_t(2));
    QCOMPARE(lines.at(0).action, QStringLiteral("override.expire"));
    QCOMPARE(lines.at(0).atMs, set + 60 * kMinuteMs);
    QCOMPARE(lines.at(0).actor, QStringLiteral("automation"));
    QCOMPARE(lines.at(1).action, QStringLiteral("override.set"));
    QCOMPARE(lines.at(1).actor, QStringLiteral("Front desk"));
    QCOMPARE(lines.at(1).reason, QStringLiteral("client cold"));
}

void TestAutomationService::untilTheRoomIsEmpty_data()
{
    QTest::addColumn<QString>("script"); // "<minute>:<1 occupied | 0 empty | x silent>:<+ still on | - ended>"
    QTest::addRow("ends-after-5-min-empty") << "0:1:+, 10:0:+, 14:0:+, 15:0:-";
    QTest::addRow("a-blink-does-not-end-it") << "0:1:+, 10:0:+, 13:1:+, 14:0:+, 18:0:+, 19:0:-";
    QTest::addRow("silent-sensor-keeps-it") << "0:1:+, 10:x:+, 30:x:+";
    QTest::addRow("empty-from-the-start") << "0:0:+, 4:0:+, 5:0:-";
}

void TestAutomationService::untilTheRoomIsEmpty()
{
    QFETCH(QString, script);
    const qint64 start = m_clock.nowMs();
    auto r = request(24);
    r.expiry = OverrideExpiry::RoomEmpty;
    bool first = true;
    for (const QString& item : script.split(QLatin1Char(','))) {
        const QStringList f = item.trimmed().split(QLatin1Char(':'));
        const qint64 now = start + f.at(0).toInt() * kMinuteMs;
        m_ada.occupied =
            f.at(1) == QLatin1String("x") ? std::nullopt : std::optional<bool>(f.at(1) == QLatin1String("1"));
        if (first) {
            QVERIFY(m_service->setOverride(r));
            first = false;
        }
        m_service->evaluate(now);
        const bool on = f.at(2) == QLatin1String("+");
        QVERIFY2(m_service->activeOverrides().size() == (on ? 1u : 0u), qPrintable(item));
    }
    AuditLog log;
    QVERIFY(log.open(m_db));
    AuditQuery q;
    q.actionPrefix = QStringLiteral("override.room_empty");
    const bool ended = script.endsWith(QLatin1Char('-'));
    QCOMPARE(log.entries(q).size(), size_t(ended ? 1 : 0));
}

void TestAutomationService::untilTheBookingEnds()
{
    const qint64 now = m_clock.nowMs();
    auto r = request(23);
    r.expiry = OverrideExpiry::BookingEnd;
    const auto refused = m_service->setOverride(r);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), QStringLiteral("Ada has no booking now: choose another end."));
    m_booking = BookingInterval{now - 20 * kMinuteMs, now + 80 * kMinuteMs, {}};
    const auto o = m_service->setOverride(r);
    QVERIFY2(o, qPrintable(o.error()));
    QCOMPARE(*o->expiresMs, now + 80 * kMinuteMs);
    m_service->evaluate(now + 80 * kMinuteMs);
    QVERIFY(m_service->activeOverrides().empty());
}

void TestAutomationService::refusals_data()
{
    QTest::addColumn<QString>("room");
    QTest::addColumn<QString>("actuator");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("message");
    QTest::addRow("no-reason") << "meeting-ada"
                               << ""
                               << "  " << 22.0
                               << "Say why: an override needs a reason (\"client cold\", \"event set-up\").";
    QTest::addRow("lock") << "office-1"
                          << "office-1-lock"
                          << "let a client in" << 1.0
                          << "Office 1 lock must never be driven from the console (lock): ask whoever runs it on site.";
    QTest::addRow("no-device") << "office-1"
                               << ""
                               << "client cold" << 22.0 << "Office 1 has no device for temperature.";
    QTest::addRow("setpoint-out-of-range") << "meeting-ada"
                                           << ""
                                           << "client cold" << 30.0 << "Ada heating takes 16 to 28 °C, not 30 °C.";
}

void TestAutomationService::refusals()
{
    QFETCH(QString, room);
    QFETCH(QString, actuator);
    QFETCH(QString, reason);
    QFETCH(double, value);
    QFETCH(QString, message);
    auto r = request(value);
    r.roomId = room;
    r.actuatorId = actuator;
    r.reason = reason;
    const auto refused = m_service->setOverride(r);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), message);
    QVERIFY(m_service->activeOverrides().empty());
}

void TestAutomationService::whyInWords()
{
    auto co2 = rule(QStringLiteral("co2"), RulePriority::Booking, ConditionKind::Co2Above, Channel::Ventilation, 3);
    co2.condition.minutes = 0;
    co2.condition.threshold = 1000;
    useOnly({rule(QStringLiteral("booked"), RulePriority::Booking, ConditionKind::BookingWithin, Channel::Setpoint, 21),
             co2});
    const qint64 now = m_clock.nowMs();                                          // 13:40
    m_booking = BookingInterval{now + 20 * kMinuteMs, now + 80 * kMinuteMs, {}}; // 14:00–15:00
    m_ada.co2Ppm = 1150;
    m_service->evaluate(now);
    QCOMPARE(m_service->why(QStringLiteral("meeting-ada")),
             QStringLiteral("21 °C, ventilation high because booked from 14:00 and CO₂ 1,150 ppm"));
    auto r = request(23);
    r.expiry = OverrideExpiry::UntilTime;
    r.untilMs = now + 80 * kMinuteMs;
    QVERIFY(m_service->setOverride(r));
    QCOMPARE(
        m_service->why(QStringLiteral("meeting-ada")),
        QStringLiteral("Ventilation high because CO₂ 1,150 ppm; 23 °C set by Front desk until 15:00 (client cold), "
                       "automatic 21 °C"));
    const auto details = m_service->roomStatus(QStringLiteral("meeting-ada")).details;
    QVERIFY2(details.contains(QStringLiteral("Ada ventilation: ventilation high because CO₂ 1,150 ppm")),
             qPrintable(details.join(QLatin1Char('\n'))));
    m_service->evaluate(now + 81 * kMinuteMs);
    m_ada.co2Ppm.reset();
    m_booking.reset();
    m_service->evaluate(now + 82 * kMinuteMs);
    QCOMPARE(m_service->why(QStringLiteral("meeting-ada")),
             QStringLiteral("No rule applies now: the devices keep their own settings."));
    // Office 1 has only a lock, which is never driven.
    QCOMPARE(m_service->why(QStringLiteral("office-1")),
             QStringLiteral("No device of this room is driven by automation."));
}

void TestAutomationService::ledgerFlagsOftenOverriddenRules()
{
    useOnly(
        {rule(QStringLiteral("booked"), RulePriority::Booking, ConditionKind::BookingWithin, Channel::Setpoint, 21)});
    const qint64 start = m_clock.nowMs();
    m_booking = BookingInterval{start, start + 24 * 60 * kMinuteMs, {}};
    m_service->evaluate(start);
    for (int i = 0; i < 3; ++i) {
        m_clock.setNowMs(start + i * 60 * kMinuteMs);
        QVERIFY(m_service->setOverride(request(23, 30)));
        m_service->evaluate(m_clock.nowMs() + 30 * kMinuteMs);
    }
    const LedgerReport week = m_service->ledger(start - 24 * 60 * kMinuteMs, start + 6 * 24 * 60 * kMinuteMs);
    QCOMPARE(week.total, 3);
    QCOMPARE(week.flagThreshold, 3);
    QCOMPARE(week.byRule.size(), size_t(1));
    QCOMPARE(week.byRule.front().label, QStringLiteral("booked"));
    QCOMPARE(week.byRule.front().count, 3);
    QCOMPARE(week.byRule.front().minutes, qint64(90));
    QVERIFY(week.byRule.front().flagged);
    QCOMPARE(week.byRoom.front().label, QStringLiteral("Ada"));
    // Over four weeks, three overrides are not a pattern.
    const LedgerReport month = m_service->ledger(start - 24 * 60 * kMinuteMs, start + 27 * 24 * 60 * kMinuteMs);
    QCOMPARE(month.flagThreshold, 12);
    QVERIFY(!month.byRule.front().flagged);
}

QTEST_GUILESS_MAIN(TestAutomationService)
#include "TestAutomationService.moc"

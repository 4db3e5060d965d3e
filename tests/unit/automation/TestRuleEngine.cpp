// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/RuleEngine.h"
#include "core/Clock.h"
#include "site/Site.h"

#include <QDateTime>
#include <QTest>

using namespace atrium;

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

// Monday 2 March 2026, 14:00 in Paris (13:00 UTC).
const QTimeZone kParis("Europe/Paris");
const qint64 kStartMs = QDateTime(QDate(2026, 3, 2), QTime(14, 0), kParis).toMSecsSinceEpoch();

Room room()
{
    Room r;
    r.id = QStringLiteral("meeting-ada");
    r.name = QStringLiteral("Ada");
    r.type = RoomType::MeetingRoom;
    r.capacity = 8;
    return r;
}

// A timeline, one step per comma: "<minute>:<value>:<+ active | - inactive>". The value is the
// condition's input (ppm, °C, 1/0 for presence, minutes to the next booking); "x" means no value.
struct Step
{
    int minute = 0;
    std::optional<double> value;
    bool active = false;
};

std::vector<Step> parse(const QString& script)
{
    std::vector<Step> steps;
    for (const QString& item : script.split(QLatin1Char(','))) {
        const QStringList f = item.trimmed().split(QLatin1Char(':'));
        Step s;
        s.minute = f.at(0).toInt();
        if (f.at(1) != QLatin1String("x"))
            s.value = f.at(1).toDouble();
        s.active = f.at(2) == QLatin1String("+");
        steps.push_back(s);
    }
    return steps;
}

RoomInputs inputsFor(ConditionKind kind, std::optional<double> value, qint64 nowMs)
{
    RoomInputs in;
    switch (kind) {
    case ConditionKind::Occupied:
    case ConditionKind::Empty:
        if (value)
            in.occupied = *value > 0;
        break;
    case ConditionKind::Co2Above:
        in.co2Ppm = value;
        break;
    case ConditionKind::TemperatureOutside:
        in.temperatureC = value;
        break;
    case ConditionKind::BookingWithin:
        if (value) {
            const qint64 start = nowMs + qint64(*value * kMinuteMs);
            if (*value <= 0)
                in.currentBooking = BookingInterval{start, start + 60 * kMinuteMs, {}};
            else
                in.nextBooking = BookingInterval{start, start + 60 * kMinuteMs, {}};
        }
        break;
    case ConditionKind::TimeWindow:
        break;
    }
    return in;
}

} // namespace

class TestRuleEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timeline_data();
    void timeline();
    void sortsByPriorityThenPosition();
    void changedRuleStartsCountingAgain();
};

void TestRuleEngine::timeline_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("hysteresis");
    QTest::addColumn<int>("minActive");
    QTest::addColumn<QString>("script");

    // CO₂ above 1,200 with 200 ppm hysteresis: on above 1,200, off only below 1,000.
    QTest::addRow("co2-hysteresis") << "co2_above" << 0 << 1200.0 << 200.0 << 0
                                    << "0:1100:-, 1:1201:+, 2:1150:+, 3:1000:+, 4:999:-, 5:1150:-, 6:1250:+";
    // Exactly 1,200 is not above 1,200.
    QTest::addRow("co2-at-threshold") << "co2_above" << 0 << 1200.0 << 0.0 << 0 << "0:1200:-, 1:1200.5:+";
    // "for 10 min": on at minute 10 of the spell, not 9; a dip restarts the count.
    QTest::addRow("co2-for-10-min") << "co2_above" << 10 << 1200.0 << 0.0 << 0
                                    << "0:1300:-, 9:1300:-, 10:1300:+, 11:1100:-, 12:1300:-, 21:1300:-, 22:1300:+";
    // Minimum duration: once on, kept 15 min after the room empties, then released.
    QTest::addRow("minimum-duration") << "occupied" << 0 << 0.0 << 0.0 << 15 << "0:1:+, 1:0:+, 14:0:+, 15:0:-, 16:1:+";
    // Without a minimum the same timeline follows the room at once.
    QTest::addRow("no-minimum") << "occupied" << 0 << 0.0 << 0.0 << 0 << "0:1:+, 1:0:-, 2:1:+";
    QTest::addRow("occupied-for-2-min") << "occupied" << 2 << 0.0 << 0.0 << 0 << "0:1:-, 1:1:-, 2:1:+, 3:0:-";
    QTest::addRow("empty-for-15-min") << "empty" << 15 << 0.0 << 0.0 << 0 << "0:0:-, 14:0:-, 15:0:+, 16:1:-";
    // A silent sensor decides nothing: neither occupied nor empty.
    QTest::addRow("silent-sensor") << "empty" << 0 << 0.0 << 0.0 << 0 << "0:x:-, 1:0:+, 2:x:-";
    // Band 20–24 °C, 0.5 K hysteresis: out below 20, back in only from 20.5.
    QTest::addRow("temperature-band-hysteresis")
        << "temperature_outside" << 0 << 0.0 << 0.5 << 0
        << "0:21:-, 1:19.9:+, 2:20.2:+, 3:20.5:-, 4:24.1:+, 5:23.6:+, 6:23.5:-";
    // Booking within 30 min (value: minutes to its start; 0 or less: it holds the room).
    QTest::addRow("booking-within-30") << "booking_within" << 30 << 0.0 << 0.0 << 0
                                       << "0:31:-, 1:30:+, 2:5:+, 3:0:+, 4:x:-";
}

void TestRuleEngine::timeline()
{
    QFETCH(QString, kind);
    QFETCH(int, minutes);
    QFETCH(double, threshold);
    QFETCH(double, hysteresis);
    QFETCH(int, minActive);
    QFETCH(QString, script);

    AutomationRule rule;
    rule.id = 7;
    rule.name = QStringLiteral("under test");
    rule.condition.kind = *conditionKindFromKey(kind);
    rule.condition.minutes = minutes;
    rule.condition.threshold = threshold;
    rule.condition.bandLow = 20.0;
    rule.condition.bandHigh = 24.0;
    rule.condition.hysteresis = hysteresis;
    rule.minActiveMinutes = minActive;
    rule.actions = {{Channel::Ventilation, 3}};
    RuleEngine engine;
    engine.setRules({rule});
    const Room ada = room();
    for (const Step& step : parse(script)) {
        const qint64 now = kStartMs + step.minute * kMinuteMs;
        const auto active = engine.evaluate(ada, inputsFor(rule.condition.kind, step.value, now), now, kParis);
        QVERIFY2(active.size() == (step.active ? 1u : 0u),
                 qPrintable(QStringLiteral("minute %1, value %2: expected %3")
                                .arg(step.minute)
                                .arg(step.value ? QString::number(*step.value) : QStringLiteral("none"))
                                .arg(step.active ? QStringLiteral("active") : QStringLiteral("inactive"))));
    }
}

void TestRuleEngine::sortsByPriorityThenPosition()
{
    auto make = [](qint64 id, RulePriority p, int position) {
        AutomationRule r;
        r.id = id;
        r.name = QString::number(id);
        r.priority = p;
        r.position = position;
        r.condition.kind = ConditionKind::Occupied;
        r.actions = {{Channel::Setpoint, 20}};
        return r;
    };
    RuleEngine engine;
    engine.setRules({make(1, RulePriority::Optimisation, 0), make(2, RulePriority::Schedule, 0),
                     make(3, RulePriority::Booking, 1), make(4, RulePriority::Booking, 0),
                     make(5, RulePriority::Safety, 9)});
    RoomInputs in;
    in.occupied = true;
    const auto active = engine.evaluate(room(), in, kStartMs, kParis);
    QList<qint64> order;
    for (const ActiveRule& a : active)
        order << a.rule.id;
    QCOMPARE(order, (QList<qint64>{5, 4, 3, 2, 1}));
}

void TestRuleEngine::changedRuleStartsCountingAgain()
{
    AutomationRule r;
    r.id = 1;
    r.name = QStringLiteral("occupied 10");
    r.condition.kind = ConditionKind::Occupied;
    r.condition.minutes = 10;
    r.actions = {{Channel::LightsOn, 1}};
    RuleEngine engine;
    engine.setRules({r});
    RoomInputs in;
    in.occupied = true;
    engine.evaluate(room(), in, kStartMs, kParis);
    QCOMPARE(engine.evaluate(room(), in, kStartMs + 10 * kMinuteMs, kParis).size(), size_t(1));
    // The same rule with an unchanged condition keeps its count ...
    r.name = QStringLiteral("renamed");
    engine.setRules({r});
    QCOMPARE(engine.evaluate(room(), in, kStartMs + 11 * kMinuteMs, kParis).size(), size_t(1));
    // ... a new condition counts from now.
    r.condition.minutes = 5;
    engine.setRules({r});
    QCOMPARE(engine.evaluate(room(), in, kStartMs + 12 * kMinuteMs, kParis).size(), size_t(0));
    QCOMPARE(engine.evaluate(room(), in, kStartMs + 17 * kMinuteMs, kParis).size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "TestRuleEngine.moc"

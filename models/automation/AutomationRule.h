// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automation/Actuator.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace atrium {

struct Room;
struct Site;

// Who wins a channel when several want it, highest first. A manual override sits between
// safety and booking-driven rules (it is not a rule, so it has no value here).
enum class RulePriority { Safety = 0, Booking = 2, Schedule = 3, Optimisation = 4 };
inline constexpr int kOverrideRank = 1; // between Safety (0) and Booking (2)

enum class ConditionKind { Occupied, Empty, BookingWithin, Co2Above, TemperatureOutside, TimeWindow };

struct RuleCondition
{
    ConditionKind kind = ConditionKind::Occupied;
    int minutes = 0;        // occupied/empty/co2/temperature: for N min; booking: starts within N min
    double threshold = 0.0; // co2_above: ppm
    double bandLow = 0.0;   // temperature_outside: °C
    double bandHigh = 0.0;
    double hysteresis = 0.0; // ppm / K the value must come back past before the condition clears
    int windowStart = 0;     // time_window: minutes after local midnight
    int windowEnd = 0;       // exclusive; a window past midnight has end < start
    int windowDays = 0x7f;   // bit 0 Monday ... bit 6 Sunday
};

struct RuleAction
{
    Channel channel = Channel::Setpoint;
    double value = 0.0;
};

struct AutomationRule
{
    qint64 id = 0;
    QString name;
    bool enabled = true;
    RulePriority priority = RulePriority::Optimisation;
    int position = 0; // order within a priority: the lower wins a tie
    QString scope;    // "" all rooms, "type:<room type key>", "room:<room id>"
    RuleCondition condition;
    int minActiveMinutes = 0; // once active, kept at least this long (no short cycling)
    std::vector<RuleAction> actions;

    bool appliesTo(const Room& room) const;
    bool drives(Channel channel) const;
};

// Qt SQL binds a null QString as NULL: columns declared NOT NULL DEFAULT '' need "" instead.
inline QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString rulePriorityKey(RulePriority priority); // "safety", "booking", "schedule", "optimisation"
std::optional<RulePriority> rulePriorityFromKey(QStringView key);
QString rulePriorityDisplayName(RulePriority priority); // translated
QString conditionKindKey(ConditionKind kind);
std::optional<ConditionKind> conditionKindFromKey(QStringView key);

// Plain words for the UI lists, translated.
class RuleText
{
    Q_DECLARE_TR_FUNCTIONS(atrium::RuleText)
public:
    // "CO₂ above 1,200 ppm for 10 min", "booking starts within 30 min", "08:00–19:00, Mon–Fri"
    static QString condition(const RuleCondition& condition);
    // "21 °C, ventilation medium, lights on"
    static QString actions(const std::vector<RuleAction>& actions);
    static QString scope(const QString& scope, const Site* site = nullptr);
    // Checks a rule before it is stored; says what is wrong.
    static Status validate(const AutomationRule& rule);
};

} // namespace atrium

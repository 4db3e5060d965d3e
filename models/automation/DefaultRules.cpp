// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/DefaultRules.h"

namespace atrium {

namespace {

// Numbers and their source. The EN 16798-1 values are quoted from the open transcriptions
// collected in shared/data/comfort/en16798_categories.md (TAIL rating scheme, carbonfly iaq.py,
// hvx; keys S10, S11, S12 there), not from the paid standard itself.

// §5, CO₂: category II allows 800 ppm above outdoor air, 1,200 ppm absolute with 400 ppm
// outdoors; category III 1,350 above, 1,750 absolute. Above 1,750 the room is category IV.
constexpr double kCo2CategoryII = 1200.0;
constexpr double kCo2CategoryIII = 1750.0;
// §2, offices, heating season (about 1.0 clo, 1.2 met): category II operative temperature
// 20–24 °C; its design minimum for heating is 20 °C. 21 °C sits inside the band with a margin
// for the sensor (air, not operative temperature) and for a cold window.
constexpr double kComfortSetpoint = 21.0;
constexpr double kCategoryIIHeatingLow = 20.0;
// §2, cooling season: category II is 23–26 °C. A room outside 19–25 °C (category III's outer
// heating bound and a degree under cooling II's top) is out of category II in either season.
constexpr double kBandLow = 19.0;
constexpr double kBandHigh = 25.0;
// Outside use, a setback saves energy; categories apply to occupied hours only. 17 °C keeps
// the fabric warm enough to reach 21 °C within the 30-minute pre-heat of a booking.
constexpr double kSetback = 17.0;

AutomationRule rule(const QString& name, RulePriority priority, int position, RuleCondition condition,
                    std::vector<RuleAction> actions, int minActiveMinutes = 0)
{
    AutomationRule r;
    r.name = name;
    r.priority = priority;
    r.position = position;
    r.condition = condition;
    r.actions = std::move(actions);
    r.minActiveMinutes = minActiveMinutes;
    return r;
}

RuleCondition condition(ConditionKind kind, int minutes)
{
    RuleCondition c;
    c.kind = kind;
    c.minutes = minutes;
    return c;
}

} // namespace

std::vector<AutomationRule> DefaultRules::rules()
{
    std::vector<AutomationRule> out;

    // Safety: a room past category III gets all the fresh air there is, whatever a person set.
    // 150 ppm hysteresis: a CO₂ sensor reads ±(50 ppm + 3 %) (WELL v2 A08, same file §5), so
    // the boost does not stop on a noisy sample; 15 min minimum so the fan does not cycle.
    RuleCondition co2Alarm = condition(ConditionKind::Co2Above, 5);
    co2Alarm.threshold = kCo2CategoryIII;
    co2Alarm.hysteresis = 150.0;
    out.push_back(rule(tr("Air quality alarm"), RulePriority::Safety, 0, co2Alarm, {{Channel::Ventilation, 3}}, 15));

    // Bookings and presence. The CO₂ rule comes first so it wins the ventilation over
    // "comfort while occupied": above category II, more air.
    RuleCondition co2High = condition(ConditionKind::Co2Above, 10);
    co2High.threshold = kCo2CategoryII;
    co2High.hysteresis = 200.0;
    out.push_back(rule(tr("More fresh air above category II"), RulePriority::Booking, 0, co2High,
                       {{Channel::Ventilation, 3}}, 10));
    out.push_back(rule(tr("Pre-heat before a booking"), RulePriority::Booking, 1,
                       condition(ConditionKind::BookingWithin, 30),
                       {{Channel::Setpoint, kComfortSetpoint}, {Channel::Ventilation, 2}}));
    // 2 min: a person walking through does not start the room; 15 min minimum: a presence
    // sensor that misses a still person does not turn the lights off under them.
    out.push_back(rule(tr("Comfort while occupied"), RulePriority::Booking, 2, condition(ConditionKind::Occupied, 2),
                       {{Channel::Setpoint, kComfortSetpoint}, {Channel::Ventilation, 2}, {Channel::LightsOn, 1}}, 15));

    // Schedule: during opening hours rooms wait at the bottom of category II with minimum
    // ventilation (EN 16798-1 asks for a base rate for the building's own emissions, §7).
    RuleCondition open = condition(ConditionKind::TimeWindow, 0);
    open.windowStart = 8 * 60;
    open.windowEnd = 19 * 60;
    open.windowDays = 0x1f; // Monday to Friday
    out.push_back(rule(tr("Opening hours"), RulePriority::Schedule, 0, open,
                       {{Channel::Setpoint, kCategoryIIHeatingLow}, {Channel::Ventilation, 1}}));

    // Energy saving.
    out.push_back(rule(tr("Setback when empty"), RulePriority::Optimisation, 0, condition(ConditionKind::Empty, 15),
                       {{Channel::Setpoint, kSetback}, {Channel::Ventilation, 0}, {Channel::LightsOn, 0}}));
    RuleCondition band = condition(ConditionKind::TemperatureOutside, 20);
    band.bandLow = kBandLow;
    band.bandHigh = kBandHigh;
    band.hysteresis = 0.5;
    out.push_back(rule(tr("Heat or cool when out of range"), RulePriority::Optimisation, 1, band,
                       {{Channel::Mode, double(HvacMode::Auto)}}, 30));
    return out;
}

} // namespace atrium

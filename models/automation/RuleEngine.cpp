// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/RuleEngine.h"

#include "site/Site.h"

#include <QDateTime>

#include <algorithm>

namespace atrium {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

bool sameCondition(const AutomationRule& a, const AutomationRule& b)
{
    const RuleCondition& x = a.condition;
    const RuleCondition& y = b.condition;
    return a.enabled == b.enabled && a.scope == b.scope && x.kind == y.kind && x.minutes == y.minutes &&
           x.threshold == y.threshold && x.bandLow == y.bandLow && x.bandHigh == y.bandHigh &&
           x.hysteresis == y.hysteresis && x.windowStart == y.windowStart && x.windowEnd == y.windowEnd &&
           x.windowDays == y.windowDays;
}

bool usesDuration(ConditionKind kind)
{
    return kind == ConditionKind::Occupied || kind == ConditionKind::Empty || kind == ConditionKind::Co2Above ||
           kind == ConditionKind::TemperatureOutside;
}

} // namespace

void RuleEngine::setRules(std::vector<AutomationRule> rules)
{
    QHash<qint64, const AutomationRule*> old;
    for (const AutomationRule& r : m_rules)
        old.insert(r.id, &r);
    QSet<qint64> keep;
    for (const AutomationRule& r : rules) {
        const AutomationRule* before = old.value(r.id);
        if (before && sameCondition(*before, r))
            keep.insert(r.id);
    }
    for (auto it = m_state.begin(); it != m_state.end();) {
        const qint64 ruleId = it.key().section(QLatin1Char('/'), 0, 0).toLongLong();
        if (keep.contains(ruleId))
            ++it;
        else
            it = m_state.erase(it);
    }
    m_rules = std::move(rules);
}

bool RuleEngine::latch(const RuleCondition& c, bool wasLatched, const RoomInputs& in, qint64 nowMs,
                       const QTimeZone& zone)
{
    switch (c.kind) {
    case ConditionKind::Occupied:
        return in.occupied.value_or(false);
    case ConditionKind::Empty:
        return in.occupied.has_value() && !*in.occupied;
    case ConditionKind::BookingWithin:
        if (in.currentBooking && in.currentBooking->startMs <= nowMs && nowMs < in.currentBooking->endMs)
            return true;
        return in.nextBooking && in.nextBooking->startMs > nowMs &&
               in.nextBooking->startMs - nowMs <= c.minutes * kMinuteMs;
    case ConditionKind::Co2Above:
        if (!in.co2Ppm)
            return false;
        return wasLatched ? *in.co2Ppm >= c.threshold - c.hysteresis : *in.co2Ppm > c.threshold;
    case ConditionKind::TemperatureOutside: {
        if (!in.temperatureC)
            return false;
        const double t = *in.temperatureC;
        if (!wasLatched)
            return t < c.bandLow || t > c.bandHigh;
        return t < c.bandLow + c.hysteresis || t > c.bandHigh - c.hysteresis;
    }
    case ConditionKind::TimeWindow: {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
        const int minute = local.time().hour() * 60 + local.time().minute();
        const int day = local.date().dayOfWeek() - 1; // 0 = Monday
        if (c.windowStart < c.windowEnd)
            return (c.windowDays & (1 << day)) && minute >= c.windowStart && minute < c.windowEnd;
        // Past midnight (22:00–06:00): the evening belongs to its day, the early hours to the day before.
        if (minute >= c.windowStart)
            return c.windowDays & (1 << day);
        const int previous = (day + 6) % 7;
        return minute < c.windowEnd && (c.windowDays & (1 << previous));
    }
    }
    return false;
}

std::vector<ActiveRule> RuleEngine::evaluate(const Room& room, const RoomInputs& inputs, qint64 nowMs,
                                             const QTimeZone& zone)
{
    std::vector<ActiveRule> out;
    for (const AutomationRule& rule : m_rules) {
        if (!rule.enabled || !rule.appliesTo(room))
            continue;
        State& s = m_state[QStringLiteral("%1/%2").arg(rule.id).arg(room.id)];
        const bool latched = latch(rule.condition, s.latched, inputs, nowMs, zone);
        if (latched && !s.latched)
            s.conditionSinceMs = nowMs;
        s.latched = latched;
        const qint64 needMs = usesDuration(rule.condition.kind) ? rule.condition.minutes * kMinuteMs : 0;
        const bool held = latched && nowMs - s.conditionSinceMs >= needMs;
        bool byMinimum = false;
        if (held) {
            if (!s.active) {
                s.active = true;
                s.activeSinceMs = nowMs;
            }
        } else if (s.active) {
            if (nowMs - s.activeSinceMs < rule.minActiveMinutes * kMinuteMs)
                byMinimum = true;
            else
                s.active = false;
        }
        if (s.active)
            out.push_back(ActiveRule{rule, s.conditionSinceMs, s.activeSinceMs, byMinimum});
    }
    std::stable_sort(out.begin(), out.end(), [](const ActiveRule& a, const ActiveRule& b) {
        if (a.rule.priority != b.rule.priority)
            return int(a.rule.priority) < int(b.rule.priority);
        if (a.rule.position != b.rule.position)
            return a.rule.position < b.rule.position;
        return a.rule.id < b.rule.id;
    });
    return out;
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automation/AutomationRule.h"
#include "automation/RoomInputs.h"

#include <QHash>
#include <QTimeZone>

#include <vector>

namespace atrium {

struct Room;

// A rule in force for a room at the time of evaluation.
struct ActiveRule
{
    AutomationRule rule;
    qint64 conditionSinceMs = 0; // when its condition started to hold (held, latched)
    qint64 activeSinceMs = 0;    // when the rule took effect
    bool heldByMinimum = false;  // the condition is gone; kept only by its minimum duration
};

// Evaluates rules against a room's inputs at a given time. Deterministic: the same calls with
// the same times give the same answers (tests drive it with a ManualClock's times). Keeps, per
// rule and room, since when the condition holds and since when the rule is active, which is
// what "for N min", hysteresis and minimum durations need; so call it on every tick, in time
// order.
//  - "for N min": the condition must have held continuously for N min (inclusive).
//  - hysteresis (CO₂, temperature): once true, the condition clears only when the value is back
//    past the threshold by the hysteresis (CO₂ below X − h; temperature inside [low + h, high − h]).
//  - minimum duration: an active rule stays active at least minActiveMinutes, even if its
//    condition clears earlier.
//  - no fresh value: the condition is false (a silent sensor decides nothing).
class RuleEngine
{
public:
    // Keeps the state of rules whose condition did not change; resets the others.
    void setRules(std::vector<AutomationRule> rules);
    const std::vector<AutomationRule>& rules() const { return m_rules; }

    // The room's active rules, highest priority first (then position, then id).
    std::vector<ActiveRule> evaluate(const Room& room, const RoomInputs& inputs, qint64 nowMs, const QTimeZone& zone);

    // Forgets every since-time (a restart of the console starts counting again).
    void reset() { m_state.clear(); }

private:
    struct State
    {
        bool latched = false;
        qint64 conditionSinceMs = 0;
        bool active = false;
        qint64 activeSinceMs = 0;
    };
    static bool latch(const RuleCondition& c, bool wasLatched, const RoomInputs& in, qint64 nowMs,
                      const QTimeZone& zone);

    std::vector<AutomationRule> m_rules;
    QHash<QString, State> m_state; // "<rule id>/<room id>"
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automation/Actuator.h"
#include "automation/Override.h"
#include "automation/RuleEngine.h"

#include <QString>

#include <optional>
#include <vector>

namespace atrium {

// Who decided a channel's value.
enum class DecisionSource { None, Safety, Override, Rule };

struct ChannelDecision
{
    Channel channel = Channel::Setpoint;
    DecisionSource source = DecisionSource::None;
    std::optional<double> value;          // what the device is told; empty: nothing decided
    std::optional<double> automaticValue; // what the rules alone would give
    std::optional<qint64> ruleId;         // the rule behind `value` (or behind automaticValue when overridden)
    std::optional<Override> override;     // the override in force on this channel, if any
};

struct ActuatorStatus
{
    Actuator actuator;
    std::vector<ChannelDecision> channels;
    QString why; // one sentence, translated
};

// A room as automation sees it after the last evaluation.
struct RoomAutomationStatus
{
    QString roomId;
    std::vector<ActuatorStatus> actuators;
    std::vector<ActiveRule> activeRules;
    std::vector<Override> overrides; // active ones on this room or its devices
    QString why;                     // the room in one sentence: values, because, overrides
    QStringList details;             // one sentence per actuator
};

} // namespace atrium

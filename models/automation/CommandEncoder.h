// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automation/Actuator.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace atrium {

struct ActuatorCommand
{
    QString topic;
    QByteArray payload;
};

// Writes one channel's value as the device's profile expects it (docs/automation.md):
//  - atrium:        atrium-control/<site>/<room>/<actuator>/set  {"setpoint":21}, {"mode":"heat"}, ...
//  - zigbee2mqtt:   <baseTopic>/<device>/set              {"occupied_heating_setpoint":21},
//                   {"system_mode":"heat"}, {"fan_mode":"low"}, {"state":"ON"}, {"brightness":127},
//                   {"position":40} (brightness 0..254 and position 0..100 as zigbee2mqtt exposes them)
//  - homeassistant: the entity's own command topic, plain payloads as Home Assistant's MQTT
//                   climate/light/fan/cover entities take them: "21.0", "heat", "ON", "128", "40"
// Refuses devices marked never-drive (locks), channels the device does not take, values out
// of range, and a Home Assistant entity without the topic for that channel.
class CommandEncoder
{
    Q_DECLARE_TR_FUNCTIONS(atrium::CommandEncoder)
public:
    static Result<ActuatorCommand> encode(const QString& siteId, const Actuator& actuator, Channel channel,
                                          double value);
    // Checks only (the override dialog says why before anything is stored).
    static Status check(const Actuator& actuator, Channel channel, double value);
    // Where the retained state of an override on a room (actuatorId empty) or a device is kept
    // for devices and other consoles: atrium-control/<site>/<room>/override/<channel>[/<actuator>].
    static QString overrideStateTopic(const QString& siteId, const QString& roomId, const QString& actuatorId,
                                      Channel channel);
};

} // namespace atrium

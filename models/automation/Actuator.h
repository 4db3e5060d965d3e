// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace atrium {

// What a device in a room does (site file "actuators[].kind").
enum class ActuatorKind { Hvac, Ventilation, Lights, Blinds, Lock, Other };

// One thing a command sets. Values are plain numbers so rules, overrides and the database share
// one shape: Setpoint in °C, Mode an HvacMode, Ventilation 0..3, LightsOn 0/1, LightLevel and
// BlindsPosition 0..100 % (blinds: 0 closed, 100 open).
enum class Channel { Setpoint, Mode, Ventilation, LightsOn, LightLevel, BlindsPosition };
inline constexpr Channel kAllChannels[] = {Channel::Setpoint, Channel::Mode,       Channel::Ventilation,
                                           Channel::LightsOn, Channel::LightLevel, Channel::BlindsPosition};

enum class HvacMode { Off = 0, Heat = 1, Cool = 2, Auto = 3 };

// How a command is written on the wire (docs/automation.md, "Payload profiles").
enum class CommandProfile { Atrium, Zigbee2Mqtt, HomeAssistant };

struct Actuator
{
    QString id;
    QString name;
    QString roomId;
    ActuatorKind kind = ActuatorKind::Other;
    CommandProfile profile = CommandProfile::Atrium;
    // zigbee2mqtt: the friendly name, published on "<baseTopic>/<device>/set".
    QString device;
    QString baseTopic = QStringLiteral("zigbee2mqtt");
    // homeassistant: the command topics of the MQTT climate/light/fan/cover entity, by key
    // ("temperature_command_topic", "mode_command_topic", "command_topic", ...).
    QHash<QString, QString> topics;
    // Devices that must never be driven from the console (locks, alarms): refused, with why.
    bool neverDrive = false;
    double minSetpointC = 16.0; // setpoints outside this range are refused
    double maxSetpointC = 28.0;

    QString displayName() const { return name.isEmpty() ? id : name; }
};

QString actuatorKindKey(ActuatorKind kind); // "hvac", "ventilation", ...
std::optional<ActuatorKind> actuatorKindFromKey(QStringView key);
QString actuatorKindDisplayName(ActuatorKind kind); // translated

QString channelKey(Channel channel); // "setpoint", "mode", "ventilation", "lights", "light_level", "blinds"
std::optional<Channel> channelFromKey(QStringView key);
QString channelDisplayName(Channel channel); // translated: "Temperature", "Ventilation", ...
// The channels a kind of device takes.
std::vector<Channel> channelsOf(ActuatorKind kind);
bool actuatorHas(const Actuator& actuator, Channel channel);
// A channel's value in words: "21 °C", "heating", "ventilation high", "lights on", "blinds 40 % open".
QString channelValueText(Channel channel, double value);
// The allowed range of a channel; a value outside is refused.
double channelMinimum(Channel channel);
double channelMaximum(Channel channel);

QString commandProfileKey(CommandProfile profile);
std::optional<CommandProfile> commandProfileFromKey(QStringView key);

QString hvacModeKey(HvacMode mode); // "off", "heat", "cool", "auto" (also the HA and z2m words)

} // namespace atrium

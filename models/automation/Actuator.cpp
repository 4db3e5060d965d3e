// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/Actuator.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace atrium {

QString actuatorKindKey(ActuatorKind kind)
{
    switch (kind) {
    case ActuatorKind::Hvac:
        return QStringLiteral("hvac");
    case ActuatorKind::Ventilation:
        return QStringLiteral("ventilation");
    case ActuatorKind::Lights:
        return QStringLiteral("lights");
    case ActuatorKind::Blinds:
        return QStringLiteral("blinds");
    case ActuatorKind::Lock:
        return QStringLiteral("lock");
    case ActuatorKind::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<ActuatorKind> actuatorKindFromKey(QStringView key)
{
    for (ActuatorKind kind : {ActuatorKind::Hvac, ActuatorKind::Ventilation, ActuatorKind::Lights, ActuatorKind::Blinds,
                              ActuatorKind::Lock, ActuatorKind::Other}) {
        if (key == actuatorKindKey(kind))
            return kind;
    }
    return std::nullopt;
}

QString actuatorKindDisplayName(ActuatorKind kind)
{
    switch (kind) {
    case ActuatorKind::Hvac:
        //: heating and cooling unit of a room
        return QCoreApplication::translate("atrium::Actuator", "Heating and cooling");
    case ActuatorKind::Ventilation:
        return QCoreApplication::translate("atrium::Actuator", "Ventilation");
    case ActuatorKind::Lights:
        return QCoreApplication::translate("atrium::Actuator", "Lights");
    case ActuatorKind::Blinds:
        return QCoreApplication::translate("atrium::Actuator", "Blinds");
    case ActuatorKind::Lock:
        return QCoreApplication::translate("atrium::Actuator", "Lock");
    case ActuatorKind::Other:
        break;
    }
    return QCoreApplication::translate("atrium::Actuator", "Other device");
}

QString channelKey(Channel channel)
{
    switch (channel) {
    case Channel::Setpoint:
        return QStringLiteral("setpoint");
    case Channel::Mode:
        return QStringLiteral("mode");
    case Channel::Ventilation:
        return QStringLiteral("ventilation");
    case Channel::LightsOn:
        return QStringLiteral("lights");
    case Channel::LightLevel:
        return QStringLiteral("light_level");
    case Channel::BlindsPosition:
        return QStringLiteral("blinds");
    }
    return QString();
}

std::optional<Channel> channelFromKey(QStringView key)
{
    for (Channel c : kAllChannels) {
        if (key == channelKey(c))
            return c;
    }
    return std::nullopt;
}

QString channelDisplayName(Channel channel)
{
    switch (channel) {
    case Channel::Setpoint:
        //: the temperature a room's heating or cooling aims at
        return QCoreApplication::translate("atrium::Actuator", "Temperature");
    case Channel::Mode:
        return QCoreApplication::translate("atrium::Actuator", "Heating mode");
    case Channel::Ventilation:
        return QCoreApplication::translate("atrium::Actuator", "Ventilation");
    case Channel::LightsOn:
        return QCoreApplication::translate("atrium::Actuator", "Lights");
    case Channel::LightLevel:
        return QCoreApplication::translate("atrium::Actuator", "Light level");
    case Channel::BlindsPosition:
        return QCoreApplication::translate("atrium::Actuator", "Blinds");
    }
    return QString();
}

std::vector<Channel> channelsOf(ActuatorKind kind)
{
    switch (kind) {
    case ActuatorKind::Hvac:
        return {Channel::Setpoint, Channel::Mode};
    case ActuatorKind::Ventilation:
        return {Channel::Ventilation};
    case ActuatorKind::Lights:
        return {Channel::LightsOn, Channel::LightLevel};
    case ActuatorKind::Blinds:
        return {Channel::BlindsPosition};
    case ActuatorKind::Lock:
    case ActuatorKind::Other:
        break;
    }
    return {};
}

bool actuatorHas(const Actuator& actuator, Channel channel)
{
    const auto channels = channelsOf(actuator.kind);
    return std::find(channels.begin(), channels.end(), channel) != channels.end();
}

QString channelValueText(Channel channel, double value)
{
    const QLocale locale;
    switch (channel) {
    case Channel::Setpoint:
        //: a temperature setpoint, e.g. "21 °C" or "21.5 °C"
        return QCoreApplication::translate("atrium::Actuator", "%1 °C")
            .arg(locale.toString(value, 'f', std::fmod(value, 1.0) == 0.0 ? 0 : 1));
    case Channel::Mode:
        switch (HvacMode(qRound(value))) {
        case HvacMode::Off:
            return QCoreApplication::translate("atrium::Actuator", "heating and cooling off");
        case HvacMode::Heat:
            return QCoreApplication::translate("atrium::Actuator", "heating");
        case HvacMode::Cool:
            return QCoreApplication::translate("atrium::Actuator", "cooling");
        case HvacMode::Auto:
            return QCoreApplication::translate("atrium::Actuator", "heating or cooling as needed");
        }
        break;
    case Channel::Ventilation:
        switch (qRound(value)) {
        case 0:
            return QCoreApplication::translate("atrium::Actuator", "ventilation off");
        case 1:
            return QCoreApplication::translate("atrium::Actuator", "ventilation low");
        case 2:
            return QCoreApplication::translate("atrium::Actuator", "ventilation medium");
        default:
            return QCoreApplication::translate("atrium::Actuator", "ventilation high");
        }
    case Channel::LightsOn:
        return value > 0.5 ? QCoreApplication::translate("atrium::Actuator", "lights on")
                           : QCoreApplication::translate("atrium::Actuator", "lights off");
    case Channel::LightLevel:
        return QCoreApplication::translate("atrium::Actuator", "lights at %1 %").arg(qRound(value));
    case Channel::BlindsPosition:
        if (value <= 0.0)
            return QCoreApplication::translate("atrium::Actuator", "blinds closed");
        if (value >= 100.0)
            return QCoreApplication::translate("atrium::Actuator", "blinds open");
        return QCoreApplication::translate("atrium::Actuator", "blinds %1 % open").arg(qRound(value));
    }
    return locale.toString(value);
}

double channelMinimum(Channel channel)
{
    return channel == Channel::Setpoint ? 5.0 : 0.0;
}

double channelMaximum(Channel channel)
{
    switch (channel) {
    case Channel::Setpoint:
        return 35.0;
    case Channel::Mode:
        return 3.0;
    case Channel::Ventilation:
        return 3.0;
    case Channel::LightsOn:
        return 1.0;
    case Channel::LightLevel:
    case Channel::BlindsPosition:
        return 100.0;
    }
    return 0.0;
}

QString commandProfileKey(CommandProfile profile)
{
    switch (profile) {
    case CommandProfile::Atrium:
        return QStringLiteral("atrium");
    case CommandProfile::Zigbee2Mqtt:
        return QStringLiteral("zigbee2mqtt");
    case CommandProfile::HomeAssistant:
        return QStringLiteral("homeassistant");
    }
    return QString();
}

std::optional<CommandProfile> commandProfileFromKey(QStringView key)
{
    for (CommandProfile p : {CommandProfile::Atrium, CommandProfile::Zigbee2Mqtt, CommandProfile::HomeAssistant}) {
        if (key == commandProfileKey(p))
            return p;
    }
    return std::nullopt;
}

QString hvacModeKey(HvacMode mode)
{
    switch (mode) {
    case HvacMode::Off:
        return QStringLiteral("off");
    case HvacMode::Heat:
        return QStringLiteral("heat");
    case HvacMode::Cool:
        return QStringLiteral("cool");
    case HvacMode::Auto:
        return QStringLiteral("auto");
    }
    return QStringLiteral("off");
}

} // namespace atrium

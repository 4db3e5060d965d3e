// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/CommandEncoder.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace atrium {

namespace {

// Not under "atrium/": the console subscribes to atrium/<site>/# for sensor readings, and its own
// commands must not come back as readings it cannot decode.
const QString kControlRoot = QStringLiteral("atrium-control");

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// zigbee2mqtt fan_mode words for our four ventilation levels.
QString fanMode(int level)
{
    static const char* const kModes[] = {"off", "low", "medium", "high"};
    return QLatin1String(kModes[qBound(0, level, 3)]);
}

QJsonValue number(double value)
{
    // Whole numbers go out as integers (21, not 21.0): some firmwares reject a fraction.
    return std::fmod(value, 1.0) == 0.0 ? QJsonValue(qint64(value)) : QJsonValue(value);
}

} // namespace

Status CommandEncoder::check(const Actuator& actuator, Channel channel, double value)
{
    if (actuator.neverDrive)
        return Status::failure(tr("%1 must never be driven from the console (%2): ask whoever runs it on site.")
                                   .arg(actuator.displayName(), actuatorKindDisplayName(actuator.kind).toLower()));
    if (!actuatorHas(actuator, channel))
        return Status::failure(
            tr("%1 has no %2 to set.").arg(actuator.displayName(), channelDisplayName(channel).toLower()));
    if (!std::isfinite(value) || value < channelMinimum(channel) || value > channelMaximum(channel))
        return Status::failure(
            tr("%1 is not a possible %2.").arg(QString::number(value), channelDisplayName(channel).toLower()));
    if (channel == Channel::Setpoint && (value < actuator.minSetpointC || value > actuator.maxSetpointC))
        return Status::failure(tr("%1 takes %2 to %3 °C, not %4 °C.")
                                   .arg(actuator.displayName())
                                   .arg(actuator.minSetpointC)
                                   .arg(actuator.maxSetpointC)
                                   .arg(value));
    return Status::success();
}

Result<ActuatorCommand> CommandEncoder::encode(const QString& siteId, const Actuator& actuator, Channel channel,
                                               double value)
{
    using R = Result<ActuatorCommand>;
    if (Status ok = check(actuator, channel, value); !ok)
        return R::failure(ok.error());
    const int whole = qRound(value);
    ActuatorCommand command;
    switch (actuator.profile) {
    case CommandProfile::Atrium: {
        command.topic = QStringLiteral("%1/%2/%3/%4/set").arg(kControlRoot, siteId, actuator.roomId, actuator.id);
        QJsonObject o;
        switch (channel) {
        case Channel::Mode:
            o.insert(channelKey(channel), hvacModeKey(HvacMode(whole)));
            break;
        case Channel::LightsOn:
            o.insert(channelKey(channel), whole != 0);
            break;
        default:
            o.insert(channelKey(channel), number(value));
        }
        command.payload = compact(o);
        return command;
    }
    case CommandProfile::Zigbee2Mqtt: {
        command.topic = QStringLiteral("%1/%2/set").arg(actuator.baseTopic, actuator.device);
        QJsonObject o;
        switch (channel) {
        case Channel::Setpoint:
            o.insert(QStringLiteral("occupied_heating_setpoint"), number(value));
            break;
        case Channel::Mode:
            o.insert(QStringLiteral("system_mode"), hvacModeKey(HvacMode(whole)));
            break;
        case Channel::Ventilation:
            o.insert(QStringLiteral("fan_mode"), fanMode(whole));
            break;
        case Channel::LightsOn:
            o.insert(QStringLiteral("state"), whole != 0 ? QStringLiteral("ON") : QStringLiteral("OFF"));
            break;
        case Channel::LightLevel:
            // zigbee2mqtt lights expose brightness 0..254 (the Zigbee level cluster's range).
            o.insert(QStringLiteral("brightness"), qRound(value * 254.0 / 100.0));
            break;
        case Channel::BlindsPosition:
            o.insert(QStringLiteral("position"), whole);
            break;
        }
        command.payload = compact(o);
        return command;
    }
    case CommandProfile::HomeAssistant: {
        QString key;
        switch (channel) {
        case Channel::Setpoint:
            key = QStringLiteral("temperature_command_topic");
            command.payload = QByteArray::number(value, 'f', 1);
            break;
        case Channel::Mode:
            key = QStringLiteral("mode_command_topic");
            command.payload = hvacModeKey(HvacMode(whole)).toUtf8();
            break;
        case Channel::Ventilation:
            // An HA MQTT fan takes a percentage; our levels 0..3 map to 0, 33, 67, 100 %.
            key = QStringLiteral("percentage_command_topic");
            command.payload = QByteArray::number(qRound(whole * 100.0 / 3.0));
            break;
        case Channel::LightsOn:
            key = QStringLiteral("command_topic");
            command.payload = whole != 0 ? "ON" : "OFF";
            break;
        case Channel::LightLevel:
            // brightness_scale defaults to 255 in HA's MQTT light.
            key = QStringLiteral("brightness_command_topic");
            command.payload = QByteArray::number(qRound(value * 255.0 / 100.0));
            break;
        case Channel::BlindsPosition:
            key = QStringLiteral("set_position_topic");
            command.payload = QByteArray::number(whole);
            break;
        }
        command.topic = actuator.topics.value(key);
        if (command.topic.isEmpty())
            return R::failure(tr("%1 has no %2 in its topics (site file).").arg(actuator.displayName(), key));
        return command;
    }
    }
    return R::failure(tr("%1: unknown command profile.").arg(actuator.displayName()));
}

QString CommandEncoder::overrideStateTopic(const QString& siteId, const QString& roomId, const QString& actuatorId,
                                           Channel channel)
{
    QString topic = QStringLiteral("%1/%2/%3/override/%4").arg(kControlRoot, siteId, roomId, channelKey(channel));
    if (!actuatorId.isEmpty())
        topic += QLatin1Char('/') + actuatorId;
    return topic;
}

} // namespace atrium

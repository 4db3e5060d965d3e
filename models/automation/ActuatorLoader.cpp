// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/ActuatorLoader.h"

#include "site/JsonSourceMap.h"
#include "site/Site.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace atrium {

namespace {

// The Home Assistant MQTT entity keys a command can go to (climate, light, fan and cover
// entities configured by the site's integrator; their names are HA's own configuration keys).
const QStringList kHomeAssistantTopicKeys = {
    QStringLiteral("temperature_command_topic"),
    QStringLiteral("mode_command_topic"),
    QStringLiteral("command_topic"),
    QStringLiteral("brightness_command_topic"),
    QStringLiteral("percentage_command_topic"),
    QStringLiteral("set_position_topic"),
};

} // namespace

Result<std::vector<Actuator>> ActuatorLoader::load(const QString& sitePath, const Site& site)
{
    QFile file(sitePath);
    if (!file.open(QIODevice::ReadOnly))
        return Result<std::vector<Actuator>>::failure(
            tr("cannot open the site file %1: %2").arg(sitePath, file.errorString()));
    return parse(file.readAll(), sitePath, site);
}

Result<std::vector<Actuator>> ActuatorLoader::parse(const QByteArray& raw, const QString& sitePath, const Site& site)
{
    using R = Result<std::vector<Actuator>>;
    const QString fileName = QFileInfo(sitePath).fileName();
    const QByteArray json = raw.startsWith("\xEF\xBB\xBF") ? raw.mid(3) : raw;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return R::failure(tr("%1: not a site file (%2)").arg(fileName, parseError.errorString()));
    const QJsonValue list = document.object().value(QStringLiteral("actuators"));
    std::vector<Actuator> out;
    if (list.isUndefined())
        return out;
    const JsonSourceMap map(json);
    auto fail = [&](const QString& path, const QString& what) {
        // A missing key has no line of its own: name the line of the object it is missing from.
        int line = map.line(path);
        if (line == 0)
            line = map.line(path.section(QLatin1Char('.'), 0, 0));
        return R::failure(tr("%1 line %2: %3: %4").arg(fileName).arg(line).arg(path, what));
    };
    if (!list.isArray())
        return fail(QStringLiteral("actuators"), tr("must be a list in square brackets"));
    QSet<QString> ids;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("actuators[%1]").arg(i);
        if (!array.at(i).isObject())
            return fail(path, tr("must be an object in curly braces"));
        const QJsonObject o = array.at(i).toObject();
        auto text = [&](const char* key) { return o.value(QLatin1String(key)).toString().trimmed(); };
        Actuator a;
        a.id = text("id");
        if (a.id.isEmpty())
            return fail(path + QStringLiteral(".id"), tr("required, but missing"));
        if (ids.contains(a.id))
            return fail(path + QStringLiteral(".id"), tr("duplicate actuator id '%1'").arg(a.id));
        ids.insert(a.id);
        a.name = text("name");
        a.roomId = text("room");
        if (!site.room(a.roomId))
            return fail(path + QStringLiteral(".room"), tr("unknown room '%1'").arg(a.roomId));
        const auto kind = actuatorKindFromKey(text("kind"));
        if (!kind)
            return fail(
                path + QStringLiteral(".kind"),
                tr("unknown kind '%1' (known: hvac, ventilation, lights, blinds, lock, other)").arg(text("kind")));
        a.kind = *kind;
        const QString profileKey = text("profile").isEmpty() ? QStringLiteral("atrium") : text("profile");
        const auto profile = commandProfileFromKey(profileKey);
        if (!profile)
            return fail(path + QStringLiteral(".profile"),
                        tr("unknown profile '%1' (known: atrium, zigbee2mqtt, homeassistant)").arg(profileKey));
        a.profile = *profile;
        a.device = text("device");
        if (!text("baseTopic").isEmpty())
            a.baseTopic = text("baseTopic");
        // A lock is never driven from the plan, whatever the file says: opening a door is the
        // access system's decision (issue 6).
        a.neverDrive = o.value(QStringLiteral("neverDrive")).toBool(false) || a.kind == ActuatorKind::Lock;
        if (o.contains(QStringLiteral("minSetpointC")))
            a.minSetpointC = o.value(QStringLiteral("minSetpointC")).toDouble(a.minSetpointC);
        if (o.contains(QStringLiteral("maxSetpointC")))
            a.maxSetpointC = o.value(QStringLiteral("maxSetpointC")).toDouble(a.maxSetpointC);
        if (a.minSetpointC >= a.maxSetpointC)
            return fail(path + QStringLiteral(".minSetpointC"), tr("must be below maxSetpointC"));
        const QJsonObject topics = o.value(QStringLiteral("topics")).toObject();
        for (auto it = topics.begin(); it != topics.end(); ++it) {
            if (!kHomeAssistantTopicKeys.contains(it.key()))
                return fail(path + QStringLiteral(".topics.") + it.key(),
                            tr("unknown command topic key (known: %1)")
                                .arg(kHomeAssistantTopicKeys.join(QStringLiteral(", "))));
            const QString topic = it.value().toString();
            if (topic.isEmpty() || topic.contains(QLatin1Char('+')) || topic.contains(QLatin1Char('#')))
                return fail(path + QStringLiteral(".topics.") + it.key(), tr("must be a topic without wildcards"));
            a.topics.insert(it.key(), topic);
        }
        if (a.profile == CommandProfile::Zigbee2Mqtt && a.device.isEmpty())
            return fail(path + QStringLiteral(".device"), tr("a zigbee2mqtt actuator needs its friendly name"));
        if (a.profile == CommandProfile::HomeAssistant && a.topics.isEmpty() && !a.neverDrive)
            return fail(path + QStringLiteral(".topics"), tr("a homeassistant actuator needs its command topics"));
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/SiteWriter.h"

#include "site/JsonSourceMap.h"
#include "site/SiteLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcSiteWriter, "atrium.site")

namespace atrium {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::SiteWriter", text);
}

// One JSON scalar as text, escaped as QJsonDocument escapes it.
QByteArray quoted(const QJsonValue& value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

QByteArray field(const char* key, const QJsonValue& value)
{
    return quoted(QLatin1String(key)) + ": " + quoted(value);
}

QByteArray sensorText(const Sensor& s)
{
    return "{ " + field("id", s.id) + ", " + field("topic", s.topic) + ", " + field("profile", s.profile) + ", " +
           field("room", s.roomId) + ", " + field("expectedIntervalS", s.expectedIntervalS) + " }";
}

// The spaces and tabs before `offset` on its line.
QByteArray indentAt(const QByteArray& text, qsizetype offset)
{
    const qsizetype lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    QByteArray indent = text.mid(lineStart, offset - lineStart);
    for (char& c : indent) {
        if (c != '\t')
            c = ' ';
    }
    return indent;
}

Status writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    // Qt 6.4's commit() renames a short file after a failed flush (measured with a file size
    // limit), so the write is checked here, before the rename.
    if (file.write(bytes) != bytes.size() || !file.flush() || file.size() != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Status::failure(tr("cannot write %1: %2").arg(path, reason));
    }
    if (!file.commit())
        return Status::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace

QString SiteWriter::sensorIdForTopic(const QString& topic)
{
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9._-]+"));
    QString id = topic.toLower().replace(notAllowed, QStringLiteral("-"));
    while (id.startsWith(u'-') || id.startsWith(u'.') || id.startsWith(u'_'))
        id.remove(0, 1);
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("sensor") : id;
}

Status SiteWriter::addSensor(const QString& sitePath, const Sensor& sensor)
{
    QFile file(sitePath);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("cannot open the site file %1: %2").arg(sitePath, file.errorString()));
    const QByteArray text = file.readAll();
    file.close();

    SiteLoader::Options noPlans;
    noPlans.checkPlans = false;
    const Result<Site> current = SiteLoader::parse(text, sitePath, noPlans);
    if (!current)
        return Status::failure(tr("the site file must be fixed before a sensor can be added: %1").arg(current.error()));

    Sensor added = sensor;
    const Sensor* replaced = current->sensorForTopic(sensor.topic);
    if (added.id.isEmpty()) {
        added.id = replaced ? replaced->id : sensorIdForTopic(sensor.topic);
        const QString base = added.id;
        for (int n = 2; !replaced && current->sensor(added.id); ++n)
            added.id = base + u'-' + QString::number(n);
    }

    const JsonSourceMap map(text);
    QByteArray edited = text;
    if (replaced) {
        const auto index = replaced - current->sensors.data();
        const JsonSourceMap::Span span = map.span(QStringLiteral("sensors[%1]").arg(index));
        edited.replace(span.begin, span.end - span.begin, sensorText(added));
    } else if (const JsonSourceMap::Span list = map.span(QStringLiteral("sensors")); list.begin >= 0) {
        if (!current->sensors.empty()) {
            const auto last = map.span(QStringLiteral("sensors[%1]").arg(current->sensors.size() - 1));
            edited.insert(last.end, ",\n" + indentAt(text, last.begin) + sensorText(added));
        } else {
            const QByteArray indent = indentAt(text, list.begin);
            edited.replace(list.begin, list.end - list.begin,
                           "[\n" + indent + "    " + sensorText(added) + "\n" + indent + "]");
        }
    } else {
        // No "sensors" key yet: append one as the root object's last key.
        const JsonSourceMap::Span root = map.span(QString());
        qsizetype close = root.end - 1;
        qsizetype last = close - 1;
        while (last > root.begin && QByteArrayView(" \t\r\n").contains(text.at(last)))
            --last;
        const bool empty = text.at(last) == '{';
        edited.insert(last + 1,
                      QByteArray(empty ? "" : ",") + "\n    \"sensors\": [\n        " + sensorText(added) + "\n    ]");
    }

    const Result<Site> check = SiteLoader::parse(edited, sitePath, noPlans);
    if (!check)
        return Status::failure(tr("sensor not added: %1").arg(check.error()));
    const Status written = writeAtomically(sitePath, edited);
    if (written)
        qCInfo(lcSiteWriter) << "sensor" << added.id << "on" << added.topic << "assigned to room" << added.roomId;
    return written;
}

Status SiteWriter::save(const Site& site, const QString& path)
{
    const QDir base = QFileInfo(path).absoluteDir();
    static const char* kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    const auto hhmm = [](int minutes) {
        return QStringLiteral("%1:%2")
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    };
    QByteArray out = "{\n    " + field("id", site.id) + ",\n    " + field("name", site.name) + ",\n    " +
                     field("timeZone", QString::fromUtf8(site.timeZone.id())) + ",\n    \"openingHours\": {";
    for (int day = 0; day < 7; ++day) {
        const OpeningHours::Day& d = site.openingHours.days[day];
        const QString value = d.open ? hhmm(d.openMinute) + u'-' + hhmm(d.closeMinute) : QStringLiteral("closed");
        out += (day ? ", " : " ") + field(kDays[day], value);
    }
    out += " },\n    \"floors\": [";
    for (std::size_t i = 0; i < site.floors.size(); ++i) {
        const Floor& f = site.floors[i];
        out += QByteArray(i ? "," : "") + "\n        { " + field("id", f.id) + ", " + field("name", f.name) + ", " +
               field("plan", base.relativeFilePath(f.planPath)) + " }";
    }
    out += "\n    ],\n    \"rooms\": [";
    for (std::size_t i = 0; i < site.rooms.size(); ++i) {
        const Room& r = site.rooms[i];
        out += QByteArray(i ? "," : "") + "\n        { " + field("id", r.id) + ", " + field("name", r.name) + ", " +
               field("type", roomTypeKey(r.type)) + ", " + field("capacity", r.capacity) + ", " +
               field("floor", r.floorId) + ", ";
        if (!r.svgElement.isEmpty())
            out += field("svgElement", r.svgElement) + ", ";
        out += field("naturalLight", r.naturalLight) + ", " + field("windowOrientation", r.windowOrientation) + ", " +
               field("ergonomicFurniture", r.ergonomicFurniture) + ", " + field("screen", r.screen) + ", " +
               quoted(QStringLiteral("features")) + ": " +
               QJsonDocument(QJsonArray::fromStringList(r.features)).toJson(QJsonDocument::Compact) + " }";
    }
    out += "\n    ],\n    \"subscriptions\": [";
    for (std::size_t i = 0; i < site.subscriptions.size(); ++i) {
        const Subscription& s = site.subscriptions[i];
        out += QByteArray(i ? "," : "") + "\n        { " + field("filter", s.filter) + ", " +
               field("profile", s.profile) + ", " + field("expectedIntervalS", s.expectedIntervalS) + " }";
    }
    out += "\n    ],\n    \"sensors\": [";
    for (std::size_t i = 0; i < site.sensors.size(); ++i)
        out += QByteArray(i ? "," : "") + "\n        " + sensorText(site.sensors[i]);
    out += "\n    ]\n}\n";
    return writeAtomically(path, out);
}

} // namespace atrium

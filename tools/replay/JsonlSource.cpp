// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonlSource.h"

#include "TimeParsing.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace atrium::replay {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::replay::JsonlSource", text);
}

QByteArray payloadBytes(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().toUtf8();
    case QJsonValue::Object:
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    case QJsonValue::Array:
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Double:
        return QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

Result<ReplayEvents> JsonlSource::read(const QString& path, const QTimeZone& zone)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ReplayEvents>::failure(tr("cannot open %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), QFileInfo(path).fileName(), zone);
}

Result<ReplayEvents> JsonlSource::parse(const QByteArray& data, const QString& name, const QTimeZone& zone)
{
    using R = Result<ReplayEvents>;
    ReplayEvents events;
    qint64 lastDue = 0;
    int lineNumber = 0;
    for (const QByteArray& rawLine : data.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        auto fail = [&](const QString& why) {
            return R::failure(tr("%1 line %2: %3").arg(name).arg(lineNumber).arg(why));
        };

        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            return fail(tr("not valid JSON (%1 at column %2)").arg(error.errorString()).arg(error.offset + 1));
        if (!doc.isObject())
            return fail(tr("expected a JSON object with \"topic\" and \"payload\""));
        const QJsonObject object = doc.object();

        const QString topic = object.value(QStringLiteral("topic")).toString();
        if (topic.isEmpty())
            return fail(tr("\"topic\" is missing or not a non-empty string"));
        if (topic.contains(QLatin1Char('+')) || topic.contains(QLatin1Char('#')))
            return fail(tr("topic \"%1\" holds an MQTT wildcard and cannot be published").arg(topic));
        if (!object.contains(QStringLiteral("payload")))
            return fail(tr("\"payload\" is missing"));

        QJsonValue time = object.value(QStringLiteral("time"));
        if (time.isUndefined())
            time = object.value(QStringLiteral("ts"));
        if (!time.isUndefined() && !time.isNull()) {
            const auto ms = parseTimeValue(time, zone);
            if (!ms)
                return fail(tr("\"time\" is neither an ISO 8601 date nor epoch seconds/milliseconds: %1")
                                .arg(QString::fromUtf8(QJsonDocument(QJsonArray{time}).toJson(QJsonDocument::Compact))
                                         .mid(1)
                                         .chopped(1)));
            lastDue = *ms;
        }
        events.push_back({lastDue, topic, payloadBytes(object.value(QStringLiteral("payload")))});
    }
    sortByDue(events);
    return events;
}

} // namespace atrium::replay

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/AtriumDecoder.h"

#include "feeds/PayloadValues.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace atrium {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::AtriumDecoder", text);
}
} // namespace

QString AtriumDecoder::profile() const
{
    return QStringLiteral("atrium");
}

DecodeOutcome AtriumDecoder::decode(const RawMessage& message, const DecodeContext& context) const
{
    const QString topic = QString::fromUtf8(message.topic);
    const QStringList levels = topic.split(QLatin1Char('/'));
    if (levels.size() != kTopicLevels || levels.at(2).isEmpty() || levels.at(3).isEmpty())
        return DecodeOutcome::failure(tr("topic \"%1\" is not atrium/<site>/<room>/<metric>").arg(topic));
    const std::optional<Metric> metric = metricFromKey(levels.at(3));
    if (!metric)
        return DecodeOutcome::failure(tr("unknown metric \"%1\" in topic \"%2\"").arg(levels.at(3), topic));

    if (const QString bad = payload::checkBytes(message.payload); !bad.isEmpty())
        return DecodeOutcome::failure(bad);

    DecodedValue decoded;
    decoded.metric = *metric;
    const QByteArray trimmed = message.payload.trimmed();
    if (trimmed.startsWith('{')) {
        const Result<QJsonObject> object = payload::parseJsonObject(trimmed);
        if (!object)
            return DecodeOutcome::failure(object.error());
        if (!object->contains(QLatin1String("value")))
            return DecodeOutcome::failure(tr("field \"value\" is missing"));
        const QJsonValue unit = object->value(QLatin1String("unit"));
        if (!unit.isUndefined() && !unit.isNull() && !unit.isString())
            return DecodeOutcome::failure(tr("field \"unit\": %1 is not text").arg(payload::describe(unit)));
        const Result<double> value = payload::measuredValue(*metric, object->value(QLatin1String("value")),
                                                            unit.toString(), QStringLiteral("value"));
        if (!value)
            return DecodeOutcome::failure(value.error());
        decoded.value = *value;
        const QJsonValue ts = object->value(QLatin1String("ts"));
        if (!ts.isUndefined() && !ts.isNull()) {
            const Result<qint64> when = payload::toTimestampMs(ts, context.siteZone, QStringLiteral("ts"));
            if (!when)
                return DecodeOutcome::failure(when.error());
            decoded.sourceMs = *when;
        }
    } else {
        // A plain payload is the value itself, in the canonical unit; "null" is a device
        // saying it has no reading, which is not zero.
        const QString text = QString::fromUtf8(trimmed);
        const QJsonValue value = text == QLatin1String("null") ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
        const Result<double> number = payload::measuredValue(*metric, value, QString(), QStringLiteral("value"));
        if (!number)
            return DecodeOutcome::failure(number.error());
        decoded.value = *number;
    }

    DecodeOutcome outcome;
    outcome.roomHint = levels.at(2);
    outcome.values.push_back(decoded);
    return outcome;
}

} // namespace atrium

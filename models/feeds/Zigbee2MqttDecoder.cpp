// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/Zigbee2MqttDecoder.h"

#include "feeds/FlatJson.h"
#include "feeds/PayloadValues.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace atrium {

namespace {

struct KeyMetric
{
    const char* key;
    Metric metric;
};

// Attribute names as zigbee2mqtt's device definitions expose them, in canonical units
// (temperature °C, humidity %, co2 ppm, voc ppb, pm25 µg/m³, illuminance lx, battery %).
// illuminance_lux comes before illuminance: older converters publish a raw log-scale value in
// `illuminance` next to the lux one, newer ones publish lux in `illuminance` only.
constexpr KeyMetric kKeys[] = {
    {"occupancy", Metric::Occupancy},
    {"presence", Metric::Occupancy},
    // People counters (e.g. radar or camera counters exposed through zigbee2mqtt converters).
    // None of the captures in the shared data has one: these names follow the converters'
    // snake_case convention; the first one present wins.
    {"people", Metric::People},
    {"people_count", Metric::People},
    {"occupancy_count", Metric::People},
    {"temperature", Metric::Temperature},
    {"humidity", Metric::Humidity},
    {"co2", Metric::Co2},
    {"voc", Metric::Voc},
    {"pm25", Metric::Pm25},
    {"illuminance_lux", Metric::Illuminance},
    {"illuminance", Metric::Illuminance},
    {"noise", Metric::Noise},
    {"battery", Metric::Battery},
};

// The members the decoder reads: the measured attributes in kKeys' order, then last_seen.
constexpr size_t kAttributeCount = std::size(kKeys);
constexpr size_t kLastSeen = kAttributeCount;
using Members = std::array<QJsonValue, kAttributeCount + 1>;

constexpr std::array<QLatin1String, kAttributeCount + 1> memberNames()
{
    std::array<QLatin1String, kAttributeCount + 1> names{};
    for (size_t i = 0; i < kAttributeCount; ++i)
        names[i] = QLatin1String(kKeys[i].key);
    names[kLastSeen] = QLatin1String("last_seen");
    return names;
}
constexpr std::array<QLatin1String, kAttributeCount + 1> kMemberNames = memberNames();

// The members of the payload, into `members`: in one pass for the plain payloads devices send,
// otherwise through QJsonDocument. Returns what is wrong with the payload when it is not a JSON
// object, empty otherwise. (Filled in place: the array is a few dozen QJsonValue moves.)
QString readMembers(const QByteArray& payload, Members& members)
{
    if (payload::scanFlatObject(payload, kMemberNames, members))
        return {};
    const Result<QJsonObject> object = payload::parseJsonObject(payload);
    if (!object)
        return object.error();
    for (size_t i = 0; i < kMemberNames.size(); ++i) {
        const auto found = object->constFind(kMemberNames[i]);
        members[i] = found != object->constEnd() ? *found : QJsonValue(QJsonValue::Undefined);
    }
    return {};
}

// The attribute names as QString, made once, for the messages that name a refused field.
const QString& fieldName(size_t attribute)
{
    static const std::array<QString, kAttributeCount> names = [] {
        std::array<QString, kAttributeCount> out;
        for (size_t i = 0; i < kAttributeCount; ++i)
            out[i] = QString::fromLatin1(kKeys[i].key);
        return out;
    }();
    return names[attribute];
}

} // namespace

QString Zigbee2MqttDecoder::profile() const
{
    return QStringLiteral("zigbee2mqtt");
}

bool Zigbee2MqttDecoder::isSideTopic(QLatin1String topic)
{
    // Runs for every message: levels are found in place, nothing is allocated.
    const qsizetype firstSlash = topic.indexOf(QLatin1Char('/'));
    if (firstSlash < 0)
        return true;
    const qsizetype secondSlash = topic.indexOf(QLatin1Char('/'), firstSlash + 1);
    const QLatin1String second =
        secondSlash < 0 ? topic.sliced(firstSlash + 1) : topic.sliced(firstSlash + 1, secondSlash - firstSlash - 1);
    if (second == QLatin1String("bridge"))
        return true;
    const qsizetype lastSlash = topic.lastIndexOf(QLatin1Char('/'));
    const QLatin1String last = topic.sliced(lastSlash + 1);
    if (last == QLatin1String("availability") || last == QLatin1String("set") || last == QLatin1String("get"))
        return true;
    // `<base>/<name>/set/<attribute>` and `<base>/<name>/get/<attribute>` are commands too.
    if (std::count(topic.begin(), topic.end(), '/') < 3)
        return false;
    const qsizetype beforeLastSlash = topic.lastIndexOf(QLatin1Char('/'), lastSlash - 1);
    const QLatin1String beforeLast = topic.sliced(beforeLastSlash + 1, lastSlash - beforeLastSlash - 1);
    return beforeLast == QLatin1String("set") || beforeLast == QLatin1String("get");
}

DecodeOutcome Zigbee2MqttDecoder::decode(const RawMessage& message, const DecodeContext& context) const
{
    if (isSideTopic(QLatin1String(message.topic.constData(), message.topic.size())))
        return {};
    if (const QString bad = payload::checkBytes(message.payload); !bad.isEmpty())
        return DecodeOutcome::failure(bad);
    Members members;
    if (const QString error = readMembers(message.payload, members); !error.isEmpty())
        return DecodeOutcome::failure(error);

    std::optional<qint64> sourceMs;
    if (const QJsonValue& lastSeen = members[kLastSeen]; !lastSeen.isUndefined() && !lastSeen.isNull()) {
        const Result<qint64> when = payload::toTimestampMs(lastSeen, context.siteZone, QStringLiteral("last_seen"));
        if (!when)
            return DecodeOutcome::failure(when.error());
        sourceMs = *when;
    }

    DecodeOutcome outcome;
    bool haveIlluminance = false;
    bool havePeople = false;
    for (size_t i = 0; i < kAttributeCount; ++i) {
        const KeyMetric& km = kKeys[i];
        const QJsonValue& found = members[i];
        if (found.isUndefined())
            continue;
        if ((km.metric == Metric::Illuminance && haveIlluminance) || (km.metric == Metric::People && havePeople))
            continue;
        const Result<double> value = payload::measuredValue(km.metric, found, QString(), fieldName(i));
        if (!value)
            return DecodeOutcome::failure(value.error());
        haveIlluminance = haveIlluminance || km.metric == Metric::Illuminance;
        havePeople = havePeople || km.metric == Metric::People;
        outcome.values.push_back(DecodedValue{km.metric, *value, sourceMs});
    }
    return outcome;
}

} // namespace atrium

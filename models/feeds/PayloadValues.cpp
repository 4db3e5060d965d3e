// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/PayloadValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace atrium::payload {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::PayloadValues", text);
}

// Epoch values at or above this are milliseconds: 1e11 s is the year 5138, 1e11 ms is 1973.
constexpr double kMillisecondsThreshold = 1e11;

struct Range
{
    double min;
    double max;
};

// Wide enough for any real room and any device's full scale, narrow enough to catch a unit
// mix-up or a broken sensor: SCD4x CO2 reads up to 40000 ppm, sunlight is ~120000 lx.
Range plausibleRange(Metric metric)
{
    switch (metric) {
    case Metric::Occupancy:
        return {0, 1}; // presence, after measuredValue() turned any count into 0/1
    case Metric::People:
        return {0, 1000}; // a people counter in one room; more is a broken counter
    case Metric::Temperature:
        return {-50, 100};
    case Metric::Humidity:
        return {0, 100};
    case Metric::Co2:
        return {0, 40000};
    case Metric::Voc:
        return {0, 100000};
    case Metric::Pm25:
        return {0, 2000};
    case Metric::Illuminance:
        return {0, 200000};
    case Metric::Noise:
        return {0, 200};
    case Metric::Battery:
        return {0, 100};
    }
    return {0, 0};
}

QString fieldLabel(const QString& field)
{
    return QStringLiteral("\"%1\"").arg(field);
}

QString formatNumber(double value)
{
    return QLocale::c().toString(value, 'g', 10);
}

bool isNonFiniteWord(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    return t == QLatin1String("nan") || t == QLatin1String("-nan") || t == QLatin1String("inf") ||
           t == QLatin1String("-inf") || t == QLatin1String("+inf") || t == QLatin1String("infinity") ||
           t == QLatin1String("-infinity") || t == QLatin1String("+infinity");
}

} // namespace

qsizetype invalidUtf8Offset(const QByteArray& bytes)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        int extra = 0;
        unsigned int cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        const bool overlong = (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000);
        if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return i;
        i += extra + 1;
    }
    return -1;
}

QString checkBytes(const QByteArray& payload)
{
    if (payload.size() > kMaxPayloadBytes)
        return tr("payload of %1 bytes is larger than the %2 bytes accepted").arg(payload.size()).arg(kMaxPayloadBytes);
    // Blank without building a trimmed copy (this runs for every message).
    if (std::all_of(payload.cbegin(), payload.cend(), [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }))
        return tr("empty payload");
    const qsizetype bad = invalidUtf8Offset(payload);
    if (bad >= 0)
        return tr("payload is not UTF-8 text (invalid byte 0x%1 at byte %2)")
            .arg(QString::number(quint8(payload.at(bad)), 16).toUpper().rightJustified(2, QLatin1Char('0')))
            .arg(bad);
    return {};
}

Result<QJsonObject> parseJsonObject(const QByteArray& payload)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reports NaN/Infinity tokens (as Python's json module writes them) as "illegal
        // value": say what the token was, it is the usual cause.
        QString why = error.errorString();
        const QByteArray rest = payload.mid(error.offset, 10).trimmed();
        for (const char* token : {"NaN", "-NaN", "Infinity", "-Infinity", "nan", "inf", "-inf"}) {
            if (rest.startsWith(token)) {
                why = tr("%1 is not a number").arg(QString::fromLatin1(token));
                break;
            }
        }
        return Result<QJsonObject>::failure(tr("invalid JSON at byte %1: %2").arg(error.offset).arg(why));
    }
    if (!doc.isObject())
        return Result<QJsonObject>::failure(
            tr("expected a JSON object, got %1").arg(doc.isArray() ? tr("an array") : tr("a single value")));
    return doc.object();
}

QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return formatNumber(value.toDouble());
    case QJsonValue::String:
        return QStringLiteral("\"%1\"").arg(value.toString().left(40));
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        return tr("nothing");
    }
    return {};
}

Result<double> toNumber(const QJsonValue& value, const QString& field)
{
    if (value.isNull() || value.isUndefined())
        return Result<double>::failure(tr("field %1 is null").arg(fieldLabel(field)));
    double number = 0.0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (isNonFiniteWord(text))
            return Result<double>::failure(tr("field %1: %2 is not a number").arg(fieldLabel(field), describe(value)));
        bool ok = false;
        number = QLocale::c().toDouble(text, &ok);
        if (!ok)
            return Result<double>::failure(tr("field %1: %2 is not a number").arg(fieldLabel(field), describe(value)));
    } else {
        return Result<double>::failure(tr("field %1: %2 is not a number").arg(fieldLabel(field), describe(value)));
    }
    if (!std::isfinite(number))
        return Result<double>::failure(tr("field %1 is not a finite number").arg(fieldLabel(field)));
    return number;
}

std::optional<bool> toBool(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == 1.0)
            return true;
        if (d == 0.0)
            return false;
        return std::nullopt;
    }
    if (!value.isString())
        return std::nullopt;
    const QString t = value.toString().trimmed().toLower();
    static const char* const yes[] = {"true", "on", "1", "yes", "occupied", "detected", "present"};
    static const char* const no[] = {"false", "off", "0", "no", "vacant", "unoccupied", "clear", "absent"};
    for (const char* word : yes) {
        if (t == QLatin1String(word))
            return true;
    }
    for (const char* word : no) {
        if (t == QLatin1String(word))
            return false;
    }
    return std::nullopt;
}

Result<qint64> toTimestampMs(const QJsonValue& value, const QTimeZone& zone, const QString& field)
{
    auto fail = [&] {
        return Result<qint64>::failure(tr("field %1: %2 is not a time (ISO 8601 or epoch seconds/milliseconds)")
                                           .arg(fieldLabel(field), describe(value)));
    };
    auto fromEpoch = [&](double n) -> Result<qint64> {
        if (!std::isfinite(n) || n <= 0)
            return fail();
        return qint64(std::llround(n >= kMillisecondsThreshold ? n : n * 1000.0));
    };
    if (value.isDouble())
        return fromEpoch(value.toDouble());
    if (!value.isString())
        return fail();
    const QString text = value.toString().trimmed();
    bool numeric = false;
    const double n = QLocale::c().toDouble(text, &numeric);
    if (numeric)
        return fromEpoch(n);
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return fail();
    // Qt marks a time without "Z" or an offset as local time: it is local to the site, not to
    // this PC.
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), zone);
    if (!dt.isValid())
        return fail();
    return dt.toMSecsSinceEpoch();
}

Result<double> toCanonicalUnit(Metric metric, double value, const QString& unit, const QString& field)
{
    if (unit.isEmpty()) // most payloads: the profile's own units
        return value;
    const QString u = unit.trimmed().toLower().remove(QLatin1Char(' '));
    auto is = [&](std::initializer_list<const char*> names) {
        for (const char* name : names) {
            if (u == QString::fromUtf8(name))
                return true;
        }
        return false;
    };
    if (u.isEmpty())
        return value;
    switch (metric) {
    case Metric::Temperature:
        if (is({"°c", "c", "℃", "celsius", "degc", "deg_c"}))
            return value;
        if (is({"°f", "f", "℉", "fahrenheit", "degf", "deg_f"}))
            return (value - 32.0) * 5.0 / 9.0;
        if (is({"k", "kelvin"}))
            return value - 273.15;
        break;
    case Metric::Humidity:
    case Metric::Battery:
        if (is({"%", "%rh", "rh", "percent"}))
            return value;
        break;
    case Metric::Co2:
        if (is({"ppm"}))
            return value;
        break;
    case Metric::Voc:
        if (is({"ppb", "index", "iaq"}))
            return value;
        if (is({"ppm"}))
            return value * 1000.0;
        break;
    case Metric::Pm25:
        if (is({"µg/m³", "μg/m³", "ug/m3", "µg/m3", "μg/m3", "ug/m³"}))
            return value;
        break;
    case Metric::Illuminance:
        if (is({"lx", "lux"}))
            return value;
        break;
    case Metric::Noise:
        if (is({"db", "dba", "db(a)"}))
            return value;
        break;
    case Metric::Occupancy:
        break; // presence has no unit
    case Metric::People:
        if (is({"people", "persons", "person", "count"}))
            return value;
        break;
    }
    return Result<double>::failure(
        tr("field %1: unit \"%2\" is not a unit of %3").arg(fieldLabel(field), unit, metricKey(metric)));
}

Status checkPlausible(Metric metric, double value, const QString& field)
{
    const Range range = plausibleRange(metric);
    if (value >= range.min && value <= range.max)
        return Status::success();
    const QString unit = metricUnit(metric);
    if (unit.isEmpty()) // occupancy: presence has no unit
        return Status::failure(
            tr("field %1: %2 is outside the plausible range %3 to %4")
                .arg(fieldLabel(field), formatNumber(value), formatNumber(range.min), formatNumber(range.max)));
    return Status::failure(
        tr("field %1: %2 %3 is outside the plausible range %4 to %5 %3")
            .arg(fieldLabel(field), formatNumber(value), unit, formatNumber(range.min), formatNumber(range.max)));
}

Result<double> measuredValue(Metric metric, const QJsonValue& value, const QString& unit, const QString& field)
{
    double number = 0.0;
    if (metric == Metric::Occupancy && !value.isDouble()) {
        // A presence sensor says yes/no, as a boolean, "ON"/"OFF", or a number as a string.
        if (const auto flag = toBool(value)) {
            number = *flag ? 1.0 : 0.0;
        } else {
            const Result<double> n = toNumber(value, field);
            if (!n)
                return n;
            number = *n;
        }
    } else {
        const Result<double> n = toNumber(value, field);
        if (!n)
            return n;
        number = *n;
    }
    Result<double> converted = toCanonicalUnit(metric, number, unit, field);
    if (!converted)
        return converted;
    // Occupancy is presence only: a count that arrives on an occupancy key (older firmware,
    // a counter mapped to the wrong metric) means "someone is there". A negative number is
    // left as is, so the range check below refuses it.
    if (metric == Metric::Occupancy && *converted > 0.0)
        converted = Result<double>(1.0);
    if (const Status plausible = checkPlausible(metric, *converted, field); !plausible)
        return Result<double>::failure(plausible.error());
    return converted;
}

} // namespace atrium::payload

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Metric.h"
#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTimeZone>

#include <optional>

// Helpers every payload profile shares: the checks done before parsing, number / boolean /
// time / unit reading, and the plausible range of each metric. Pure functions; the reasons
// they return name the field and the value, for the Diagnostics page.
namespace atrium::payload {

// Refused before parsing: a device that floods a topic with megabytes is not a sensor.
inline constexpr qsizetype kMaxPayloadBytes = 64 * 1024;

// Size, emptiness and UTF-8 checks shared by all profiles; empty when the bytes may be parsed.
QString checkBytes(const QByteArray& payload);
// Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates), or -1.
qsizetype invalidUtf8Offset(const QByteArray& bytes);
// Parses a JSON object; the reason says where it broke ("invalid JSON at byte 37: unterminated string").
Result<QJsonObject> parseJsonObject(const QByteArray& payload);

// How a value is quoted in a reason: 140, "abc", true, null.
QString describe(const QJsonValue& value);

// A JSON number or a numeric string ("21.5", " 3 "); null, NaN, Infinity and words are refused.
Result<double> toNumber(const QJsonValue& value, const QString& field);
// true/false, "ON"/"OFF" (any case), "true"/"false", 1/0, "1"/"0", "yes"/"no", "occupied"/"vacant".
std::optional<bool> toBool(const QJsonValue& value);
// UTC ms from epoch seconds or milliseconds (number or numeric string, told apart by magnitude)
// or ISO 8601; an ISO time without offset is read in `zone`.
Result<qint64> toTimestampMs(const QJsonValue& value, const QTimeZone& zone, const QString& field);

// Converts `value` given in `unit` to the metric's canonical unit (°F and K to °C, ppm VOC to ppb).
Result<double> toCanonicalUnit(Metric metric, double value, const QString& unit, const QString& field);
// Refuses values no working sensor of that metric reports (humidity 140 %, 400 °C).
Status checkPlausible(Metric metric, double value, const QString& field);

// Everything above in order: occupancy accepts booleans or a people count, other metrics a
// number; then unit conversion and the range check.
Result<double> measuredValue(Metric metric, const QJsonValue& value, const QString& unit, const QString& field);

} // namespace atrium::payload

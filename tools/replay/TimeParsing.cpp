// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeParsing.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace atrium::replay {

namespace {

// Epoch numbers: seconds until about the year 5138, milliseconds above.
constexpr double kMillisecondsThreshold = 1e11;

std::optional<qint64> fromEpochNumber(double number)
{
    if (!std::isfinite(number) || number < 0)
        return std::nullopt;
    return number >= kMillisecondsThreshold ? qint64(std::llround(number)) : qint64(std::llround(number * 1000.0));
}

} // namespace

std::optional<qint64> parseTimeText(QStringView text, const QTimeZone& zone)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return std::nullopt;

    bool isNumber = false;
    const double number = trimmed.toDouble(&isNumber);
    if (isNumber)
        return fromEpochNumber(number);

    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?$)"));
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QString fraction = match.captured(7);
    const int ms = fraction.isEmpty() ? 0 : (fraction + QStringLiteral("00")).left(3).toInt();
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    const QString offset = match.captured(8);
    if (offset.isEmpty())
        return QDateTime(date, time, zone).toMSecsSinceEpoch();
    if (offset == QLatin1String("Z"))
        return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    QString digits = offset.mid(1);
    digits.remove(QLatin1Char(':'));
    const int seconds = (digits.left(2).toInt() * 60 + digits.mid(2).toInt()) * 60;
    const int sign = offset.startsWith(QLatin1Char('-')) ? -1 : 1;
    return QDateTime(date, time, QTimeZone(sign * seconds)).toMSecsSinceEpoch();
}

std::optional<qint64> parseTimeValue(const QJsonValue& value, const QTimeZone& zone)
{
    if (value.isDouble())
        return fromEpochNumber(value.toDouble());
    if (value.isString())
        return parseTimeText(value.toString(), zone);
    return std::nullopt;
}

} // namespace atrium::replay

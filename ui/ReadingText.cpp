// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadingText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace atrium {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::ReadingText", text);
}

int decimalsFor(Metric metric)
{
    switch (metric) {
    case Metric::Temperature:
        return 1; // sensors resolve 0.1 °C; people compare half degrees
    case Metric::Pm25:
        return 1;
    default:
        return 0;
    }
}

} // namespace

QString formatMetricValue(Metric metric, double value)
{
    const QLocale locale;
    if (metric == Metric::Occupancy) {
        // Presence: a PIR or radar says whether someone is there, not how many.
        //: a room as a presence sensor sees it
        return value > 0.0 ? tr("occupied") : tr("free");
    }
    if (metric == Metric::People) {
        const int people = int(std::lround(value));
        if (people == 1)
            return tr("1 person");
        //: %1 is a number of people counted in a room
        return tr("%1 people").arg(locale.toString(people));
    }
    const QString number = locale.toString(value, 'f', decimalsFor(metric));
    //: %1 is a number, %2 its unit (°C, ppm, lx, ...)
    return tr("%1 %2").arg(number, metricUnit(metric));
}

QString formatRoomValue(Metric metric, double value, int capacity, bool roomHasCount)
{
    if (metric == Metric::People && capacity > 0) {
        const int people = int(std::lround(value));
        //: people counted in a room against its seats: "3 people of 8"
        return people == 1 ? tr("1 person of %1").arg(QLocale().toString(capacity))
                           : tr("%1 people of %2").arg(QLocale().toString(people), QLocale().toString(capacity));
    }
    if (metric == Metric::Occupancy && value > 0.0 && !roomHasCount)
        //: a presence sensor says someone is in the room but cannot say how many
        return tr("occupied (presence sensor, no count)");
    return formatMetricValue(metric, value);
}

bool roomHasFreshCount(const LiveState& live, const QString& roomId)
{
    return live.freshness(roomId, Metric::People) == LiveState::Freshness::Fresh;
}

QString formatAge(qint64 ageMs)
{
    const qint64 s = ageMs / 1000;
    if (s < 5)
        return tr("just now");
    if (s < 60)
        //: seconds
        return tr("%1 s ago").arg(s);
    if (s < 3600)
        //: minutes
        return tr("%1 min ago").arg(s / 60);
    if (s < 48 * 3600)
        //: hours
        return tr("%1 h ago").arg(s / 3600);
    return tr("%1 days ago").arg(s / 86400);
}

QString formatReadingLine(Metric metric, const LiveState::Value& value, qint64 nowMs)
{
    //: metric name, value with unit, age: "CO₂ 812 ppm · 2 min ago"
    return tr("%1 %2 · %3")
        .arg(metricDisplayName(metric), formatMetricValue(metric, value.value), formatAge(nowMs - value.receivedMs));
}

QStringList roomReadingLines(const LiveState& live, const QString& roomId, qint64 nowMs, int capacity)
{
    QStringList lines;
    const bool counted = roomHasFreshCount(live, roomId);
    for (Metric metric : displayedMetrics()) {
        const auto value = live.value(roomId, metric);
        if (!value)
            continue;
        QString line;
        if (metric == Metric::People || metric == Metric::Occupancy) {
            // "3 people of 8 · 1 min ago", "Occupied (presence sensor, no count) · just now":
            // the value says what it is, a metric name in front would repeat it.
            QString text = formatRoomValue(metric, value->value, capacity, counted);
            if (metric == Metric::Occupancy && counted)
                //: presence sensor reading next to a people count
                text = tr("presence sensor: %1").arg(text);
            text[0] = text[0].toUpper();
            line = tr("%1 · %2").arg(text, formatAge(nowMs - value->receivedMs));
        } else {
            line = formatReadingLine(metric, *value, nowMs);
        }
        if (live.freshness(roomId, metric) == LiveState::Freshness::Stale)
            //: after a reading whose sensor has been silent longer than expected
            line = tr("%1 (stale)").arg(line);
        lines << line;
    }
    return lines;
}

const std::vector<Metric>& displayedMetrics()
{
    static const std::vector<Metric> metrics = {
        Metric::People,      Metric::Occupancy, Metric::Temperature, Metric::Humidity, Metric::Co2,
        Metric::Illuminance, Metric::Noise,     Metric::Voc,         Metric::Pm25,     Metric::Battery};
    return metrics;
}

ComfortInputs comfortInputsFor(const LiveState& live, const QString& roomId, const QTimeZone& zone, qint64 nowMs)
{
    ComfortInputs inputs;
    auto fresh = [&](Metric metric) -> std::optional<double> {
        if (live.freshness(roomId, metric) != LiveState::Freshness::Fresh)
            return std::nullopt;
        return live.value(roomId, metric)->value;
    };
    inputs.temperatureC = fresh(Metric::Temperature);
    inputs.humidityPct = fresh(Metric::Humidity);
    inputs.co2Ppm = fresh(Metric::Co2);
    inputs.season = seasonForDate(QDateTime::fromMSecsSinceEpoch(nowMs, zone).date());
    return inputs;
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Metric.h"

#include <QCoreApplication>

namespace atrium {

QString metricKey(Metric metric)
{
    switch (metric) {
    case Metric::Occupancy:
        return QStringLiteral("occupancy");
    case Metric::Temperature:
        return QStringLiteral("temperature");
    case Metric::Humidity:
        return QStringLiteral("humidity");
    case Metric::Co2:
        return QStringLiteral("co2");
    case Metric::Voc:
        return QStringLiteral("voc");
    case Metric::Pm25:
        return QStringLiteral("pm25");
    case Metric::Illuminance:
        return QStringLiteral("illuminance");
    case Metric::Noise:
        return QStringLiteral("noise");
    case Metric::Battery:
        return QStringLiteral("battery");
    case Metric::People:
        return QStringLiteral("people");
    }
    return {};
}

std::optional<Metric> metricFromKey(QStringView key)
{
    const QString k = key.trimmed().toString().toLower();
    for (Metric m : kAllMetrics) {
        if (k == metricKey(m))
            return m;
    }
    static const std::pair<const char*, Metric> aliases[] = {
        {"temp", Metric::Temperature},    {"humid", Metric::Humidity},      {"rh", Metric::Humidity},
        {"carbon_dioxide", Metric::Co2},  {"carbondioxide", Metric::Co2},   {"eco2", Metric::Co2},
        {"pm2.5", Metric::Pm25},          {"pm2_5", Metric::Pm25},          {"illuminance_lux", Metric::Illuminance},
        {"lux", Metric::Illuminance},     {"light", Metric::Illuminance},   {"presence", Metric::Occupancy},
        {"occupied", Metric::Occupancy},  {"people_count", Metric::People}, {"person_count", Metric::People},
        {"count_people", Metric::People}, {"persons", Metric::People},      {"headcount", Metric::People},
        {"sound", Metric::Noise},         {"noise_level", Metric::Noise},   {"tvoc", Metric::Voc},
    };
    for (const auto& [alias, metric] : aliases) {
        if (k == QLatin1String(alias))
            return metric;
    }
    return std::nullopt;
}

QString metricUnit(Metric metric)
{
    switch (metric) {
    case Metric::Occupancy:
        return QString(); // presence: shown as occupied / free
    case Metric::Temperature:
        return QStringLiteral("°C");
    case Metric::Humidity:
        return QStringLiteral("%");
    case Metric::Co2:
        return QStringLiteral("ppm");
    case Metric::Voc:
        return QStringLiteral("ppb");
    case Metric::Pm25:
        return QStringLiteral("µg/m³");
    case Metric::Illuminance:
        return QStringLiteral("lx");
    case Metric::Noise:
        return QStringLiteral("dB(A)");
    case Metric::Battery:
        return QStringLiteral("%");
    case Metric::People:
        return QCoreApplication::translate("atrium::Metric", "people");
    }
    return {};
}

QString metricDisplayName(Metric metric)
{
    switch (metric) {
    case Metric::Occupancy:
        return QCoreApplication::translate("atrium::Metric", "Occupancy");
    case Metric::Temperature:
        return QCoreApplication::translate("atrium::Metric", "Temperature");
    case Metric::Humidity:
        return QCoreApplication::translate("atrium::Metric", "Humidity");
    case Metric::Co2:
        return QCoreApplication::translate("atrium::Metric", "CO₂");
    case Metric::Voc:
        return QCoreApplication::translate("atrium::Metric", "VOC");
    case Metric::Pm25:
        return QCoreApplication::translate("atrium::Metric", "PM2.5");
    case Metric::Illuminance:
        return QCoreApplication::translate("atrium::Metric", "Light");
    case Metric::Noise:
        return QCoreApplication::translate("atrium::Metric", "Noise");
    case Metric::Battery:
        return QCoreApplication::translate("atrium::Metric", "Battery");
    case Metric::People:
        return QCoreApplication::translate("atrium::Metric", "People");
    }
    return {};
}

} // namespace atrium

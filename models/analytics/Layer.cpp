// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/Layer.h"

#include <QCoreApplication>

namespace atrium {

QString layerKey(Layer layer)
{
    switch (layer) {
    case Layer::Occupancy:
        return QStringLiteral("occupancy");
    case Layer::Popularity:
        return QStringLiteral("popularity");
    case Layer::Temperature:
        return QStringLiteral("temperature");
    case Layer::Humidity:
        return QStringLiteral("humidity");
    case Layer::Co2:
        return QStringLiteral("co2");
    case Layer::Illuminance:
        return QStringLiteral("illuminance");
    case Layer::Comfort:
        return QStringLiteral("comfort");
    case Layer::Bookings:
        return QStringLiteral("bookings");
    }
    return {};
}

std::optional<Layer> layerFromKey(QStringView key)
{
    for (Layer layer : kAllLayers) {
        if (key.compare(layerKey(layer), Qt::CaseInsensitive) == 0)
            return layer;
    }
    return std::nullopt;
}

QString layerDisplayName(Layer layer)
{
    switch (layer) {
    case Layer::Occupancy:
        return QCoreApplication::translate("atrium::Layer", "Live occupancy");
    case Layer::Popularity:
        return QCoreApplication::translate("atrium::Layer", "Popularity (7 days)");
    case Layer::Temperature:
        return QCoreApplication::translate("atrium::Layer", "Temperature");
    case Layer::Humidity:
        return QCoreApplication::translate("atrium::Layer", "Humidity");
    case Layer::Co2:
        return QCoreApplication::translate("atrium::Layer", "CO₂");
    case Layer::Illuminance:
        return QCoreApplication::translate("atrium::Layer", "Light");
    case Layer::Comfort:
        return QCoreApplication::translate("atrium::Layer", "Comfort (EN 16798-1)");
    case Layer::Bookings:
        return QCoreApplication::translate("atrium::Layer", "Bookings");
    }
    return {};
}

std::optional<Metric> layerMetric(Layer layer)
{
    switch (layer) {
    case Layer::Occupancy:
        return Metric::Occupancy;
    case Layer::Temperature:
        return Metric::Temperature;
    case Layer::Humidity:
        return Metric::Humidity;
    case Layer::Co2:
        return Metric::Co2;
    case Layer::Illuminance:
        return Metric::Illuminance;
    case Layer::Popularity:
    case Layer::Comfort:
    case Layer::Bookings:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace atrium {

// What a sensor measures. Values are stored in the canonical unit given by metricUnit():
// occupancy is a people count (a boolean sensor reports 0 or 1; "occupied" means > 0).
// The numeric values are stored in the database: append only, never renumber.
enum class Metric : quint8 {
    Occupancy = 0,
    Temperature = 1, // °C
    Humidity = 2,    // % relative humidity
    Co2 = 3,         // ppm
    Voc = 4,         // index or ppb as the device reports; shown without conversion
    Pm25 = 5,        // µg/m³
    Illuminance = 6, // lx
    Noise = 7,       // dB(A)
    Battery = 8,     // %
};

inline constexpr std::array<Metric, 9> kAllMetrics = {Metric::Occupancy, Metric::Temperature, Metric::Humidity,
                                                      Metric::Co2,       Metric::Voc,         Metric::Pm25,
                                                      Metric::Illuminance, Metric::Noise,     Metric::Battery};

// Stable lower-case key used in topics, files and the database: "occupancy", "co2", ...
QString metricKey(Metric metric);
// Accepts the key and common aliases ("temp", "illuminance_lux", "carbon_dioxide", "pm2.5").
std::optional<Metric> metricFromKey(QStringView key);
// Canonical unit, for legends and tooltips: "°C", "%", "ppm", "lx", ...
QString metricUnit(Metric metric);
// Translated name for people: "Temperature", "CO₂", ...
QString metricDisplayName(Metric metric);

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace atrium {

// What a sensor measures. Values are stored in the canonical unit given by metricUnit().
// Occupancy is presence only (0 free, 1 occupied: a PIR or radar says "someone is there",
// not how many); People is a count from a people counter (0..n). A room is occupied when
// whichever of the two it reports is > 0.
// The numeric values are stored in the database: append only, never renumber.
enum class Metric : quint8 {
    Occupancy = 0,   // presence: 0 or 1
    Temperature = 1, // °C
    Humidity = 2,    // % relative humidity
    Co2 = 3,         // ppm
    Voc = 4,         // index or ppb as the device reports; shown without conversion
    Pm25 = 5,        // µg/m³
    Illuminance = 6, // lx
    Noise = 7,       // dB(A)
    Battery = 8,     // %
    People = 9,      // people counted in the room
};

inline constexpr std::array<Metric, 10> kAllMetrics = {
    Metric::Occupancy, Metric::Temperature, Metric::Humidity, Metric::Co2,     Metric::Voc,
    Metric::Pm25,      Metric::Illuminance, Metric::Noise,    Metric::Battery, Metric::People};

// Stable lower-case key used in topics, files and the database: "occupancy", "co2", ...
QString metricKey(Metric metric);
// Accepts the key and common aliases ("temp", "illuminance_lux", "carbon_dioxide", "pm2.5",
// "presence" for occupancy, "people_count" for people).
std::optional<Metric> metricFromKey(QStringView key);
// Canonical unit, for legends and tooltips: "°C", "%", "ppm", "lx", "people"; empty for
// occupancy, which is shown as occupied/free rather than as a number with a unit.
QString metricUnit(Metric metric);
// Translated name for people: "Temperature", "CO₂", ...
QString metricDisplayName(Metric metric);

} // namespace atrium

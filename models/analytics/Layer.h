// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Metric.h"

#include <QString>

#include <array>
#include <optional>

namespace atrium {

// What the floor plan colours rooms by.
// Bookings: what each room is doing booking-wise (free, booked soon, in progress, booked but
// empty, in use not booked), one category per state of bookings/RoomBookingState.
enum class Layer { Occupancy, Popularity, Temperature, Humidity, Co2, Illuminance, Comfort, Bookings };

inline constexpr std::array<Layer, 8> kAllLayers = {Layer::Occupancy, Layer::Popularity, Layer::Temperature,
                                                    Layer::Humidity,  Layer::Co2,        Layer::Illuminance,
                                                    Layer::Comfort,   Layer::Bookings};

QString layerKey(Layer layer); // "occupancy", "popularity", ... (command line, settings)
std::optional<Layer> layerFromKey(QStringView key);
QString layerDisplayName(Layer layer); // translated
// The live metric behind a layer; none for Popularity (rollups) and Comfort (several metrics).
std::optional<Metric> layerMetric(Layer layer);

} // namespace atrium

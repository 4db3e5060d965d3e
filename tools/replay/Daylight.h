// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace atrium::replay {

// Daylight reaching a room's sensor through its window, from a textbook sun-position model
// (declination and hour angle; the equation of time, +-16 min, is ignored) and a clear or
// cloudy sky. Not a lighting simulation: enough that east rooms are bright in the morning,
// west rooms in the evening, north rooms get diffuse light only, and nights are dark.
class Daylight
{
public:
    struct Sun
    {
        double elevationDeg = 0.0;
        double azimuthDeg = 0.0; // from north, clockwise (90 = east)
    };

    Daylight(double latitudeDeg, double longitudeDeg) : m_latitude(latitudeDeg), m_longitude(longitudeDeg) {}

    Sun sunAt(qint64 utcMs) const;
    // Lux at the sensor; `cloudiness` 0 (clear) .. 1 (overcast). No window: 0.
    double indoorLux(const std::optional<double>& windowAzimuthDeg, qint64 utcMs, double cloudiness) const;

    // "N", "NE", "E", ... "NW" (also "north", "south-east") to the azimuth the window faces.
    static std::optional<double> windowAzimuth(const QString& orientation);

private:
    double m_latitude;
    double m_longitude;
};

} // namespace atrium::replay

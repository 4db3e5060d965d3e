// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Daylight.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace atrium::replay {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180.0;

// Indoor levels near a window, typical of offices: the diffuse sky gives a few hundred lux
// (a daylight factor of about 2 % under a bright sky), a sun patch near the sensor up to
// about 1,500 lx.
constexpr double kDiffuseLux = 450.0;
constexpr double kDirectLux = 1500.0;

} // namespace

Daylight::Sun Daylight::sunAt(qint64 utcMs) const
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
    const int dayOfYear = utc.date().dayOfYear();
    const double hoursUtc = utc.time().msecsSinceStartOfDay() / 3600000.0;
    // Declination (Cooper's formula) and the hour angle from local solar time.
    const double declination = 23.44 * kDeg * std::sin(2.0 * kPi * (284 + dayOfYear) / 365.0);
    const double solarHours = hoursUtc + m_longitude / 15.0;
    const double hourAngle = 15.0 * kDeg * (solarHours - 12.0);
    const double lat = m_latitude * kDeg;

    const double sinElevation =
        std::sin(lat) * std::sin(declination) + std::cos(lat) * std::cos(declination) * std::cos(hourAngle);
    Sun sun;
    sun.elevationDeg = std::asin(std::clamp(sinElevation, -1.0, 1.0)) / kDeg;
    // Azimuth from south, positive to the west; +180 turns it into "from north, clockwise".
    const double fromSouth =
        std::atan2(std::sin(hourAngle), std::cos(hourAngle) * std::sin(lat) - std::tan(declination) * std::cos(lat));
    sun.azimuthDeg = std::fmod(fromSouth / kDeg + 180.0 + 360.0, 360.0);
    return sun;
}

double Daylight::indoorLux(const std::optional<double>& windowAzimuthDeg, qint64 utcMs, double cloudiness) const
{
    if (!windowAzimuthDeg)
        return 0.0;
    const Sun sun = sunAt(utcMs);
    if (sun.elevationDeg <= 0.0)
        return 0.0;
    const double sinElevation = std::sin(sun.elevationDeg * kDeg);
    const double diffuse = kDiffuseLux * std::sqrt(sinElevation) * (1.0 - 0.4 * cloudiness);
    // Sun in front of the window: strongest when low and straight ahead (it reaches deep into
    // the room), nothing when it is behind the facade.
    const double facing = std::cos((sun.azimuthDeg - *windowAzimuthDeg) * kDeg);
    const double direct =
        facing > 0.0 ? kDirectLux * facing * std::min(1.0, 3.0 * sinElevation) * (1.0 - cloudiness) : 0.0;
    return diffuse + direct;
}

std::optional<double> Daylight::windowAzimuth(const QString& orientation)
{
    QString key = orientation.trimmed().toUpper();
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char(' '));
    static const std::pair<const char*, const char*> kLongNames[] = {
        {"NORTHEAST", "NE"}, {"NORTHWEST", "NW"}, {"SOUTHEAST", "SE"}, {"SOUTHWEST", "SW"},
        {"NORTH", "N"},      {"SOUTH", "S"},      {"EAST", "E"},       {"WEST", "W"}};
    for (const auto& [longName, shortName] : kLongNames) {
        if (key == QLatin1String(longName))
            key = QLatin1String(shortName);
    }
    static const std::pair<const char*, double> kAzimuths[] = {
        {"N", 0.0}, {"NE", 45.0}, {"E", 90.0}, {"SE", 135.0}, {"S", 180.0}, {"SW", 225.0}, {"W", 270.0}, {"NW", 315.0}};
    for (const auto& [name, azimuth] : kAzimuths) {
        if (key == QLatin1String(name))
            return azimuth;
    }
    return std::nullopt;
}

} // namespace atrium::replay

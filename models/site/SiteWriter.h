// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "site/Site.h"

#include <QString>

namespace atrium {

// Saves changes an admin makes in the console back to the site file. Edits the text in place
// (every other key, the user's order, spacing and comments-free layout stay as they were) and
// replaces the file atomically: a crash or a full disk leaves the old file, never half a file.
class SiteWriter
{
public:
    // Adds `sensor` to the file's "sensors" list, or replaces the sensor that has the same topic
    // (an admin assigned an unmatched topic to a room). An empty sensor id is derived from the
    // topic. Refused, file untouched, when the result would not load (unknown room, profile...).
    static Status addSensor(const QString& sitePath, const Sensor& sensor);

    // Writes a whole site (plan paths relative to `path`). Keys in a fixed, documented order.
    static Status save(const Site& site, const QString& path);

    // A sensor id made from a topic: "zigbee2mqtt/Booth 1 motion" -> "zigbee2mqtt-booth-1-motion".
    static QString sensorIdForTopic(const QString& topic);
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Metric.h"

#include <QString>

namespace atrium {

// One measured value attributed to a sensor and a room: what the router hands to storage,
// rollups and live state. Times are UTC ms; sourceMs is the device's time when the payload
// carried one, otherwise the receive time.
struct Reading
{
    QString sensorId;
    QString roomId;
    Metric metric = Metric::Occupancy;
    double value = 0.0;
    qint64 sourceMs = 0;
    qint64 receivedMs = 0;
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/LiveReadings.h"

#include "telemetry/LiveState.h"

namespace atrium {

RoomReadings liveReadings(const LiveState& live)
{
    return [&live](const QString& roomId) {
        RoomInputs in;
        auto fresh = [&](Metric metric) -> std::optional<LiveState::Value> {
            if (live.freshness(roomId, metric) != LiveState::Freshness::Fresh)
                return std::nullopt;
            return live.value(roomId, metric);
        };
        const auto presence = fresh(Metric::Occupancy);
        const auto people = fresh(Metric::People);
        if (presence && people)
            in.occupied = (people->sourceMs >= presence->sourceMs ? people->value : presence->value) > 0.0;
        else if (presence)
            in.occupied = presence->value > 0.0;
        else if (people)
            in.occupied = people->value > 0.0;
        if (const auto co2 = fresh(Metric::Co2))
            in.co2Ppm = co2->value;
        if (const auto t = fresh(Metric::Temperature))
            in.temperatureC = t->value;
        return in;
    };
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayerColoring.h"

#include "ReadingText.h"
#include "analytics/Comfort.h"
#include "core/Clock.h"
#include "site/Site.h"
#include "telemetry/LiveState.h"

#include <vector>

namespace atrium {

LayerColoring::LayerColoring(const Site& site, const LiveState& live, const Clock& clock)
    : m_site(site), m_live(live), m_clock(clock)
{
    rebuildScale();
}

void LayerColoring::setLayer(Layer layer)
{
    m_layer = layer;
    rebuildScale();
}

void LayerColoring::setPopularity(const QHash<QString, double>& shareByRoom)
{
    m_popularity = shareByRoom;
    if (m_layer == Layer::Popularity)
        rebuildScale();
}

void LayerColoring::setBookingStates(const QHash<QString, RoomBookingState>& stateByRoom)
{
    m_bookingStates = stateByRoom;
}

void LayerColoring::rebuildScale()
{
    if (m_layer == Layer::Popularity && !m_popularity.isEmpty()) {
        // Popularity compares rooms with each other, so the scale is fitted to the shares seen
        // (in percent); equal shares get the middle colour rather than an end of the scale.
        std::vector<double> percents;
        percents.reserve(m_popularity.size());
        for (double share : m_popularity)
            percents.push_back(share * 100.0);
        m_scale = ColorScale::fitted(percents, QStringLiteral("%"));
        return;
    }
    m_scale = ColorScale::forLayer(m_layer);
}

RoomAppearance LayerColoring::appearance(const QString& roomId) const
{
    RoomAppearance a;
    if (m_layer == Layer::Popularity) {
        const auto it = m_popularity.constFind(roomId);
        if (it == m_popularity.cend())
            return a;
        a.state = RoomAppearance::State::Value;
        a.value = *it * 100.0;
        a.color = m_scale.color(*a.value);
        return a;
    }
    if (m_layer == Layer::Comfort) {
        const qint64 now = m_clock.nowMs();
        const ComfortAssessment assessment = assessComfort(comfortInputsFor(m_live, roomId, m_site.timeZone, now));
        if (!assessment.category) {
            // Nothing fresh to judge: say whether the sensors went silent or never spoke.
            bool stale = false;
            for (Metric m : {Metric::Temperature, Metric::Humidity, Metric::Co2})
                stale = stale || m_live.freshness(roomId, m) == LiveState::Freshness::Stale;
            a.state = stale ? RoomAppearance::State::Stale : RoomAppearance::State::NoData;
            return a;
        }
        a.state = RoomAppearance::State::Value;
        a.value = double(int(*assessment.category));
        a.color = m_scale.color(*a.value);
        return a;
    }
    if (m_layer == Layer::Occupancy)
        return occupancyAppearance(roomId);
    if (m_layer == Layer::Bookings) {
        const auto it = m_bookingStates.constFind(roomId);
        if (it == m_bookingStates.cend())
            return a;
        a.state = RoomAppearance::State::Value;
        a.value = double(int(*it) + 1);
        a.color = m_scale.color(*a.value);
        return a;
    }
    const Metric metric = *layerMetric(m_layer);
    switch (m_live.freshness(roomId, metric)) {
    case LiveState::Freshness::NoData:
        return a;
    case LiveState::Freshness::Stale:
        a.state = RoomAppearance::State::Stale;
        return a;
    case LiveState::Freshness::Fresh:
        break;
    }
    a.state = RoomAppearance::State::Value;
    a.value = m_live.value(roomId, metric)->value;
    a.color = m_scale.color(*a.value);
    return a;
}

RoomAppearance LayerColoring::occupancyAppearance(const QString& roomId) const
{
    // The scale is a share of capacity (0..1). A fresh people count decides: people / capacity,
    // clamped to 1. Without one, a presence sensor can only say free (0) or occupied: occupied
    // takes the top of the scale, flagged presenceOnly so the tooltip and the panel say that
    // nobody counted. A room whose sources are all silent is stale; one without any, no data.
    RoomAppearance a;
    const LiveState::Freshness counted = m_live.freshness(roomId, Metric::People);
    const LiveState::Freshness presence = m_live.freshness(roomId, Metric::Occupancy);
    if (counted == LiveState::Freshness::Fresh) {
        const double people = m_live.value(roomId, Metric::People)->value;
        const Room* room = m_site.room(roomId);
        double share = people > 0.0 ? 1.0 : 0.0; // no capacity on file: occupied or not
        if (room && room->capacity > 0)
            share = qBound(0.0, people / room->capacity, 1.0);
        a.state = RoomAppearance::State::Value;
        a.value = people;
        a.color = m_scale.color(share);
        return a;
    }
    if (presence == LiveState::Freshness::Fresh) {
        const bool occupied = m_live.value(roomId, Metric::Occupancy)->value > 0.0;
        a.state = RoomAppearance::State::Value;
        a.value = occupied ? 1.0 : 0.0;
        a.presenceOnly = true;
        a.color = m_scale.color(occupied ? 1.0 : 0.0);
        return a;
    }
    if (counted == LiveState::Freshness::Stale || presence == LiveState::Freshness::Stale)
        a.state = RoomAppearance::State::Stale;
    return a;
}

} // namespace atrium

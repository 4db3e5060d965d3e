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
    a.color = m_scale.color(metric == Metric::Occupancy ? occupancyShare(roomId, *a.value) : *a.value);
    return a;
}

double LayerColoring::occupancyShare(const QString& roomId, double people) const
{
    // The occupancy scale is a share of capacity (0..1). A presence sensor reports 1 for
    // "someone is there", and a count of 1 cannot be told apart from it, so 1 reads as occupied
    // (full colour); larger counts from people counters are divided by the room's capacity.
    if (people <= 0.0)
        return 0.0;
    const Room* room = m_site.room(roomId);
    if (people <= 1.0 || !room || room->capacity <= 0)
        return 1.0;
    return qMin(1.0, people / room->capacity);
}

} // namespace atrium

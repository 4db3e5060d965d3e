// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/ColorScale.h"
#include "analytics/Layer.h"
#include "bookings/RoomBookingState.h"

#include <QColor>
#include <QHash>
#include <QString>

#include <optional>

namespace atrium {

class Clock;
class LiveState;
struct Site;

// What a room looks like on the chosen layer: a scale colour, or no data, or stale.
struct RoomAppearance
{
    enum class State { Value, NoData, Stale };
    State state = State::NoData;
    QColor color;                // the scale colour when state == Value
    std::optional<double> value; // the value behind the colour (category number for Comfort and
                                 // Bookings (RoomBookingState + 1),
                                 // people counted or presence 0/1 for Occupancy)
    // Occupancy layer: the colour comes from a presence sensor (no count), so "occupied" got
    // the top of the scale without the room being full.
    bool presenceOnly = false;

    bool operator==(const RoomAppearance& other) const
    {
        return state == other.state && color == other.color && value == other.value &&
               presenceOnly == other.presenceOnly;
    }
};

// Decides the colour of each room for one layer: live metrics from LiveState (Occupancy from
// the room's people count against its capacity, else from its presence sensor), Comfort from
// the EN 16798-1 assessment of the room's fresh readings, Popularity from values the caller
// sets (share of opening hours occupied, 0..1).
class LayerColoring
{
public:
    LayerColoring(const Site& site, const LiveState& live, const Clock& clock);

    void setLayer(Layer layer);
    Layer layer() const { return m_layer; }
    void setPopularity(const QHash<QString, double>& shareByRoom);
    const QHash<QString, double>& popularity() const { return m_popularity; }
    // Bookings layer: each room's state from the CheckInMonitor; a room absent here has no data.
    void setBookingStates(const QHash<QString, RoomBookingState>& stateByRoom);
    const QHash<QString, RoomBookingState>& bookingStates() const { return m_bookingStates; }

    const ColorScale& scale() const { return m_scale; }
    RoomAppearance appearance(const QString& roomId) const;

private:
    void rebuildScale();
    RoomAppearance occupancyAppearance(const QString& roomId) const;

    const Site& m_site;
    const LiveState& m_live;
    const Clock& m_clock;
    Layer m_layer = Layer::Occupancy;
    QHash<QString, double> m_popularity;
    QHash<QString, RoomBookingState> m_bookingStates;
    ColorScale m_scale;
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanCacheComposer.h"

#include <QFont>
#include <QHash>
#include <QImage>
#include <QRect>
#include <QString>

#include <memory>
#include <vector>

class QBrush;

namespace atrium {

class FloorPlan;

// The static layers of a floor plan at one scale, so that a repaint only composites tinted
// room masks (measured: 300 polygons with outlines and labels cost 16-23 ms per repaint, the
// fills alone 1-5 ms). "Canvas" coordinates are logical pixels with the viewBox's top-left at
// (0, 0); images hold device pixels. Everything covers `region()` only, so a deep zoom does
// not allocate the whole plan at that scale.
class PlanCache
{
public:
    struct RoomEntry
    {
        QString roomId;
        QString elementId;
        QString name;
    };
    struct Mask
    {
        QString roomId;
        QRectF canvasBounds;      // the element's bounds at this scale, unclipped
        QRect rect;               // what `alpha` covers: canvasBounds aligned and clipped to the region
        QImage alpha;             // black with the room's coverage as alpha
        QPointF markCentre;       // where the stale clock goes (canvas coordinates)
        bool boxFallback = false; // the element rendered (almost) nothing: its bounding box is used
    };

    void setPlan(std::shared_ptr<FloorPlan> plan, std::vector<RoomEntry> rooms);
    const std::shared_ptr<FloorPlan>& plan() const { return m_plan; }

    // Renders plan, masks, outlines and labels at `scale` (logical px per document unit).
    void rebuild(qreal scale, const QRect& region, qreal devicePixelRatio, const QFont& labelFont);
    void invalidate() { m_valid = false; }
    bool isValid() const { return m_valid; }
    qreal scale() const { return m_scale; }
    qreal devicePixelRatio() const { return m_dpr; }
    QRect region() const { return m_region; }
    QRect canvasRect(qreal scale) const; // the whole plan at `scale`

    const QImage& base() const { return m_base; } // the SVG as drawn
    // The floor as shown: base, each room tinted by tint(), overlay (opaque, region-sized).
    const QImage& frame() const { return m_composer.frame(); }
    // What the plan draws over its rooms (walls, furniture, its own labels), lifted off each
    // room's fill colour, plus room outlines and, for plans without text, the room names.
    const QImage& overlay() const { return m_overlay; }
    const std::vector<Mask>& masks() const { return m_masks; }
    const Mask* mask(const QString& roomId) const;

    void tint(const QString& roomId, const QBrush& brush);
    // A dark ring with a light inner line along the room's edge, for the selected room.
    QImage selectionRing(const QString& roomId) const;
    // The room under a canvas point; the smallest one when rooms nest. Empty when none.
    QString roomAt(const QPointF& canvasPoint) const;

private:
    void buildMask(Mask& mask, const RoomEntry& room);
    void liftInk(const Mask& mask);
    void drawOutlineAndLabel(const Mask& mask, const RoomEntry& room, const QFont& font);
    QPoint deviceOffset(const Mask& mask) const;
    int alphaAt(const Mask& mask, const QPointF& canvasPoint) const;

    std::shared_ptr<FloorPlan> m_plan;
    std::vector<RoomEntry> m_rooms;
    bool m_valid = false;
    bool m_planHasText = false;
    qreal m_scale = 1.0;
    qreal m_dpr = 1.0;
    QRect m_region;
    QImage m_base;
    QImage m_overlay;
    std::vector<Mask> m_masks;
    QHash<QString, int> m_maskIndex;
    PlanCacheComposer m_composer;
};

} // namespace atrium

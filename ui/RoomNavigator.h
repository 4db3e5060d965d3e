// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace atrium {

// Keyboard navigation between rooms of a plan by their geometry: which room an arrow key
// leads to. Works on element bounds in any one coordinate system.
class RoomNavigator
{
public:
    explicit RoomNavigator(const QHash<QString, QRectF>& bounds) : m_bounds(bounds) {}

    // The nearest room whose centre lies in direction (dx, dy) from `from`'s centre; empty
    // when there is none. Sideways distance counts double, so "right" prefers the room on the
    // same row over a closer one diagonally below.
    QString neighbour(const QString& from, int dx, int dy) const;
    // The room whose centre is closest to `point`.
    QString nearestTo(const QPointF& point) const;

private:
    const QHash<QString, QRectF>& m_bounds;
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoomNavigator.h"

#include <cmath>

namespace atrium {

QString RoomNavigator::neighbour(const QString& from, int dx, int dy) const
{
    const auto origin = m_bounds.constFind(from);
    if (origin == m_bounds.cend())
        return {};
    const QPointF c = origin->center();
    QString best;
    qreal bestCost = 0;
    for (auto it = m_bounds.cbegin(); it != m_bounds.cend(); ++it) {
        if (it.key() == from)
            continue;
        const QPointF d = it->center() - c;
        const qreal along = d.x() * dx + d.y() * dy;
        if (along <= 0)
            continue;
        const qreal across = std::abs(d.x() * dy - d.y() * dx);
        const qreal cost = along + 2 * across;
        // Ties (a symmetric plan) go to the smaller id, so the order never depends on hashing.
        if (best.isEmpty() || cost < bestCost || (cost == bestCost && it.key() < best)) {
            best = it.key();
            bestCost = cost;
        }
    }
    return best;
}

QString RoomNavigator::nearestTo(const QPointF& point) const
{
    QString best;
    qreal bestDist = 0;
    for (auto it = m_bounds.cbegin(); it != m_bounds.cend(); ++it) {
        const QPointF d = it->center() - point;
        const qreal dist = QPointF::dotProduct(d, d);
        if (best.isEmpty() || dist < bestDist || (dist == bestDist && it.key() < best)) {
            best = it.key();
            bestDist = dist;
        }
    }
    return best;
}

} // namespace atrium

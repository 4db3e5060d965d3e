// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QPointF>

class QPainter;

namespace atrium {

// The looks of "no data" and "stale" on the floor plan and in the legend. Both are greys
// with a hatch (a texture, not a flat colour), so neither can be mistaken for a value of any
// scale, also by people who see no colour at all: no data is a light grey with single
// diagonal lines, stale a darker grey with a cross hatch plus a small clock mark.
class HatchStyle
{
public:
    static QBrush noDataBrush();
    static QBrush staleBrush();
    // A clock face of the given radius (logical px) centred on `centre`.
    static void drawStaleMark(QPainter& painter, const QPointF& centre, qreal radius);
    static constexpr int kTile = 8; // px; hatch period, so patterns stay aligned across rooms
};

} // namespace atrium

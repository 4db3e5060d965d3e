// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HatchStyle.h"

#include "analytics/ColorScale.h"

#include <QImage>
#include <QPainter>

namespace atrium {

namespace {

QImage tile(const QColor& base, const QColor& line, bool cross)
{
    QImage image(HatchStyle::kTile, HatchStyle::kTile, QImage::Format_ARGB32_Premultiplied);
    image.fill(base);
    // Pixel-exact lines (no antialiasing): the tile repeats seamlessly.
    for (int i = 0; i < HatchStyle::kTile; ++i) {
        image.setPixelColor(i, HatchStyle::kTile - 1 - i, line);
        if (cross)
            image.setPixelColor(i, i, line);
    }
    return image;
}

} // namespace

QBrush HatchStyle::noDataBrush()
{
    static const QBrush brush(tile(ColorScale::noDataColor(), ColorScale::noDataColor().darker(135), false));
    return brush;
}

QBrush HatchStyle::staleBrush()
{
    static const QBrush brush(tile(ColorScale::staleColor(), ColorScale::staleColor().darker(160), true));
    return brush;
}

void HatchStyle::drawStaleMark(QPainter& painter, const QPointF& centre, qreal radius)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x20, 0x20, 0x20), qMax(1.0, radius / 5.0)));
    painter.setBrush(Qt::white);
    painter.drawEllipse(centre, radius, radius);
    // Hands at twelve and three: still reads as a clock at a 6 px radius.
    painter.drawLine(centre, centre + QPointF(0, -radius * 0.65));
    painter.drawLine(centre, centre + QPointF(radius * 0.5, 0));
    painter.restore();
}

} // namespace atrium

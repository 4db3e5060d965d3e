// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LegendSwatch.h"

#include "HatchStyle.h"

#include <QPainter>

namespace atrium {

LegendSwatch::LegendSwatch(const QBrush& brush, bool staleMark, QWidget* parent)
    : QWidget(parent), m_brush(brush), m_staleMark(staleMark)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QSize LegendSwatch::sizeHint() const
{
    // Wide enough for the hatching and the clock to read at a glance, scaled with the font.
    const int h = fontMetrics().height() + 4;
    return {h * 2, h};
}

void LegendSwatch::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QRect box = rect().adjusted(0, 0, -1, -1);
    p.fillRect(box, m_brush);
    p.setPen(QColor(60, 60, 60));
    p.drawRect(box);
    if (m_staleMark) {
        const qreal r = qMax(4.0, height() / 4.0);
        HatchStyle::drawStaleMark(p, QPointF(width() - r - 3, height() / 2.0), r);
    }
}

} // namespace atrium

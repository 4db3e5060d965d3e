// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/OverrideBadgeLayer.h"

#include "FloorPlanView.h"
#include "automation/AutomationService.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace atrium {

namespace {

constexpr qreal kRadius = 12.0;
// Up and right of the room's centre, clear of the room name most plans write in the middle.
const QPointF kOffset(26.0, -22.0);

} // namespace

OverrideBadgeLayer::OverrideBadgeLayer(AutomationService& automation, FloorPlanView* view)
    : QWidget(view), m_automation(automation), m_view(view)
{
    setObjectName(QStringLiteral("overrideBadges"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(view->rect());
    view->installEventFilter(this);
    connect(&m_automation, &AutomationService::changed, this, &OverrideBadgeLayer::refresh);
    refresh();
    show();
}

bool OverrideBadgeLayer::eventFilter(QObject* watched, QEvent* event)
{
    // No need to follow paints: a pan or zoom repaints the view, and with it this child.
    if (watched == m_view && event->type() == QEvent::Resize)
        setGeometry(m_view->rect());
    return QWidget::eventFilter(watched, event);
}

void OverrideBadgeLayer::refresh()
{
    m_rooms = m_automation.overriddenRooms();
    // The view's accessible description names the rooms; say which are overridden too.
    setAccessibleName(m_rooms.isEmpty() ? QString() : tr("Rooms with an override: %n", nullptr, int(m_rooms.size())));
    update();
}

QRectF OverrideBadgeLayer::badgeRect(const QString& roomId) const
{
    if (!m_rooms.contains(roomId) || !m_view->roomIds().contains(roomId))
        return QRectF();
    const QPointF centre = m_view->roomCentre(roomId) + kOffset;
    return QRectF(centre - QPointF(kRadius, kRadius), QSizeF(2 * kRadius, 2 * kRadius));
}

void OverrideBadgeLayer::paintEvent(QPaintEvent*)
{
    if (m_rooms.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    for (const QString& roomId : std::as_const(m_rooms)) {
        const QRectF r = badgeRect(roomId);
        if (r.isNull())
            continue;
        // Dark disc with a white ring: legible on every colour of the heatmap scales.
        p.setPen(QPen(Qt::white, 2));
        p.setBrush(QColor(0x3d, 0x2b, 0x1f));
        p.drawEllipse(r);
        // A raised hand: "a person decided this".
        const QPointF c = r.center();
        QPainterPath hand;
        hand.addRoundedRect(QRectF(c.x() - 4.5, c.y() - 1.0, 9.0, 6.5), 2.0, 2.0);
        for (int f = 0; f < 4; ++f)
            hand.addRoundedRect(QRectF(c.x() - 4.5 + f * 2.4, c.y() - 6.0 + (f == 0 || f == 3 ? 1.5 : 0), 1.9, 6.0),
                                0.9, 0.9);
        hand.addRoundedRect(QRectF(c.x() + 3.5, c.y() - 0.5, 3.2, 1.9), 0.9, 0.9);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawPath(hand.simplified());
    }
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWidget>

namespace atrium {

class AutomationService;
class FloorPlanView;

// Marks the rooms with an override in force on the floor plan: a small badge (a hand, "set by
// a person") drawn over the room, following zoom and pan. A transparent child of the view, so
// the view itself stays unaware of automation and mouse and keyboard go through untouched.
class OverrideBadgeLayer : public QWidget
{
    Q_OBJECT
public:
    OverrideBadgeLayer(AutomationService& automation, FloorPlanView* view);

    QSet<QString> markedRooms() const { return m_rooms; }
    // Where the badge of a room is drawn, in view coordinates (empty when unmarked).
    QRectF badgeRect(const QString& roomId) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void refresh();

    AutomationService& m_automation;
    FloorPlanView* m_view;
    QSet<QString> m_rooms;
};

} // namespace atrium

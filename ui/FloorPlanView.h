// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LayerColoring.h"
#include "PlanCache.h"

#include <QHash>
#include <QPointF>
#include <QSet>
#include <QWidget>

#include <memory>

namespace atrium {

class Clock;
class FloorPlan;
class LiveState;
struct Site;

// One floor's SVG plan as a live heatmap. The SVG is drawn by QtSvg (FloorPlan::renderer())
// into a cached layer per scale; each room is a mask rendered from its element, so a repaint
// only composites tinted masks, and only for rooms LiveState reports as changed (its updated()
// signal is already coalesced to <= 10 per second).
//
// Mouse: wheel zooms at the cursor, drag pans, click selects and activates a room, hovering
// shows a tooltip. Keyboard: arrows move to the nearest room in that direction, Enter
// activates it, + / - (with or without Ctrl) zoom, F or Ctrl+0 fits the plan to the window.
class FloorPlanView : public QWidget
{
    Q_OBJECT
public:
    FloorPlanView(const Site& site, LiveState& live, const Clock& clock, QWidget* parent = nullptr);
    ~FloorPlanView() override;

    void setFloor(const QString& floorId, std::shared_ptr<FloorPlan> plan);
    QString floorId() const { return m_floorId; }

    void setLayer(Layer layer);
    Layer layer() const { return m_coloring.layer(); }
    // Share of opening hours occupied per room, 0..1 (analytics/Popularity).
    void setPopularity(const QHash<QString, double>& shareByRoom);
    // Each room's booking state (CheckInMonitor::roomStates()), for the bookings layer.
    void setBookingStates(const QHash<QString, RoomBookingState>& stateByRoom);
    const ColorScale& colorScale() const { return m_coloring.scale(); }
    RoomAppearance roomAppearance(const QString& roomId) const { return m_appearance.value(roomId); }

    QString selectedRoom() const { return m_selected; }
    void selectRoom(const QString& roomId);
    QStringList roomIds() const; // rooms of this floor that the plan draws
    // Widget coordinates of a room's centre (of its element's bounds) and the room under a point.
    QPointF roomCentre(const QString& roomId) const;
    QString roomAt(const QPointF& widgetPos) const;
    // Where a point of the SVG document (viewBox coordinates) is drawn.
    QPointF documentToWidget(const QPointF& documentPos) const;
    // The room's name and live values, one per line ("CO₂ 812 ppm · 2 min ago").
    QString roomToolTip(const QString& roomId) const;
    qreal zoom() const { return m_zoom; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToWindow();

Q_SIGNALS:
    void roomActivated(const QString& roomId); // click or Enter
    void selectionChanged(const QString& roomId);
    void colorScaleChanged(); // new layer or a refitted popularity scale: redraw the legend

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onLiveUpdated(const QSet<QString>& roomIds);
    void recolorAll();
    void applyAppearance(const QString& roomId);
    QBrush brushFor(const RoomAppearance& appearance) const;
    void ensureCache() const;
    qreal fitScale(const QSize& size) const;
    qreal currentScale() const { return fitScale(size()) * m_zoom; }
    // Images are placed at whole pixels so the cached layers stay crisp.
    QPoint origin() const { return m_offset.toPoint(); }
    void zoomAt(qreal factor, const QPointF& widgetPos);
    QRectF widgetRect(const QString& roomId) const;
    QPointF toDocument(const QPointF& widgetPos) const;
    void ensureVisible(const QString& roomId);
    void updateAccessibleDescription();

    const Site& m_site;
    LiveState& m_live;
    const Clock& m_clock;
    LayerColoring m_coloring;
    QString m_floorId;
    mutable PlanCache m_cache;          // a cache: rebuilt on demand from const queries too
    QHash<QString, QRectF> m_docBounds; // room id -> element bounds in document coordinates
    QHash<QString, QString> m_names;
    QHash<QString, RoomAppearance> m_appearance;
    QString m_selected;
    mutable QImage m_selectionRing;
    qreal m_zoom = 1.0;
    QPointF m_offset; // widget position of the canvas origin
    bool m_fitted = true;
    QPoint m_pressPos;
    QPointF m_pressOffset;
    bool m_pressed = false;
    bool m_panning = false;
};

} // namespace atrium

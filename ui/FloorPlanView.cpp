// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FloorPlanView.h"

#include "HatchStyle.h"
#include "ReadingText.h"
#include "RoomNavigator.h"
#include "UiLogging.h"
#include "analytics/Comfort.h"
#include "core/Clock.h"
#include "site/FloorPlan.h"
#include "site/Site.h"
#include "telemetry/LiveState.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace atrium {

namespace {
constexpr qreal kMinZoom = 0.5;
constexpr qreal kMaxZoom = 16.0;
constexpr qreal kZoomStep = 1.25;
constexpr int kFitMargin = 12;
} // namespace

FloorPlanView::FloorPlanView(const Site& site, LiveState& live, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_site(site), m_live(live), m_clock(clock), m_coloring(site, live, clock)
{
    setObjectName(QStringLiteral("floorPlanView"));
    setAccessibleName(tr("Floor plan"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(&m_live, &LiveState::updated, this, &FloorPlanView::onLiveUpdated);
    updateAccessibleDescription();
}

FloorPlanView::~FloorPlanView() = default;

void FloorPlanView::setFloor(const QString& floorId, std::shared_ptr<FloorPlan> plan)
{
    m_floorId = floorId;
    m_docBounds.clear();
    m_names.clear();
    m_appearance.clear();
    m_selected.clear();
    std::vector<PlanCache::RoomEntry> entries;
    if (plan) {
        for (const Room* room : m_site.roomsOnFloor(floorId)) {
            if (!plan->hasElement(room->elementId())) {
                qCWarning(lcUi) << "room" << room->id << "has no SVG element" << room->elementId() << "in"
                                << plan->path();
                continue;
            }
            entries.push_back({room->id, room->elementId(), room->name});
            m_docBounds.insert(room->id, plan->elementBounds(room->elementId()));
            m_names.insert(room->id, room->name);
        }
    }
    m_cache.setPlan(std::move(plan), std::move(entries));
    recolorAll();
    fitToWindow();
    Q_EMIT selectionChanged(QString());
}

QStringList FloorPlanView::roomIds() const
{
    return m_docBounds.keys();
}

void FloorPlanView::setLayer(Layer layer)
{
    m_coloring.setLayer(layer);
    recolorAll();
    Q_EMIT colorScaleChanged();
}

void FloorPlanView::setPopularity(const QHash<QString, double>& shareByRoom)
{
    m_coloring.setPopularity(shareByRoom);
    if (m_coloring.layer() == Layer::Popularity) {
        recolorAll();
        Q_EMIT colorScaleChanged();
    }
}

void FloorPlanView::setBookingStates(const QHash<QString, RoomBookingState>& stateByRoom)
{
    m_coloring.setBookingStates(stateByRoom);
    if (m_coloring.layer() == Layer::Bookings) {
        for (auto it = m_docBounds.cbegin(); it != m_docBounds.cend(); ++it)
            applyAppearance(it.key());
        updateAccessibleDescription();
    }
}

void FloorPlanView::onLiveUpdated(const QSet<QString>& roomIds)
{
    for (const QString& id : roomIds) {
        if (m_docBounds.contains(id))
            applyAppearance(id);
    }
    if (roomIds.contains(m_selected))
        updateAccessibleDescription();
}

void FloorPlanView::applyAppearance(const QString& roomId)
{
    const RoomAppearance a = m_coloring.appearance(roomId);
    if (m_appearance.value(roomId) == a)
        return;
    m_appearance.insert(roomId, a);
    if (m_cache.isValid())
        m_cache.tint(roomId, brushFor(a));
    update(widgetRect(roomId).toAlignedRect().adjusted(-2, -2, 2, 2));
}

void FloorPlanView::recolorAll()
{
    for (auto it = m_docBounds.cbegin(); it != m_docBounds.cend(); ++it) {
        const RoomAppearance a = m_coloring.appearance(it.key());
        m_appearance.insert(it.key(), a);
        if (m_cache.isValid())
            m_cache.tint(it.key(), brushFor(a));
    }
    updateAccessibleDescription();
    update();
}

QBrush FloorPlanView::brushFor(const RoomAppearance& appearance) const
{
    switch (appearance.state) {
    case RoomAppearance::State::Value:
        return QBrush(appearance.color);
    case RoomAppearance::State::NoData:
        return HatchStyle::noDataBrush();
    case RoomAppearance::State::Stale:
        return HatchStyle::staleBrush();
    }
    return {};
}

qreal FloorPlanView::fitScale(const QSize& size) const
{
    if (!m_cache.plan())
        return 1.0;
    const QSizeF vb = m_cache.plan()->viewBox().size();
    if (vb.isEmpty())
        return 1.0;
    const qreal w = qMax(16, size.width() - 2 * kFitMargin);
    const qreal h = qMax(16, size.height() - 2 * kFitMargin);
    return qMin(w / vb.width(), h / vb.height());
}

void FloorPlanView::ensureCache() const
{
    if (!m_cache.plan())
        return;
    const qreal scale = currentScale();
    const qreal dpr = devicePixelRatioF();
    const QRect canvas = m_cache.canvasRect(scale);
    const QRect visible = rect().translated(-origin()) & canvas;
    const bool sameScale =
        m_cache.isValid() && qFuzzyCompare(m_cache.scale(), scale) && m_cache.devicePixelRatio() == dpr;
    if (sameScale && (visible.isEmpty() || m_cache.region().contains(visible)))
        return;
    // The whole plan when it is not much larger than the window; otherwise what is visible
    // plus a quarter window around it, so short pans need no new rendering.
    const qint64 budget = qMax<qint64>(qint64(width()) * height() * 5 / 2, 4'000'000);
    QRect region = canvas;
    if (qint64(canvas.width()) * canvas.height() > budget)
        region = visible.adjusted(-width() / 4, -height() / 4, width() / 4, height() / 4) & canvas;
    QElapsedTimer timer;
    timer.start();
    QFont labelFont = font();
    labelFont.setBold(true); // names sit on every scale colour: bold reads better than regular
    m_cache.rebuild(scale, region, dpr, labelFont);
    for (auto it = m_appearance.cbegin(); it != m_appearance.cend(); ++it)
        m_cache.tint(it.key(), brushFor(*it));
    m_selectionRing = m_cache.selectionRing(m_selected);
    qCDebug(lcUi) << "plan layer rebuilt for" << m_docBounds.size() << "rooms at scale" << scale << "in"
                  << timer.elapsed() << "ms";
}

void FloorPlanView::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    if (!m_cache.plan()) {
        p.fillRect(event->rect(), palette().color(QPalette::Window));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(rect(), Qt::AlignCenter, tr("No floor plan loaded for this floor."));
        return;
    }
    ensureCache();
    // The window colour only around the plan: the frame below is opaque.
    for (const QRect& r : QRegion(event->rect()).subtracted(m_cache.region().translated(origin())))
        p.fillRect(r, palette().color(QPalette::Window));
    p.save();
    p.translate(origin());
    // One opaque copy: the room tints are composed into the frame as they change (PlanCache).
    p.drawImage(m_cache.region().topLeft(), m_cache.frame());
    for (const PlanCache::Mask& mask : m_cache.masks()) {
        if (m_appearance.value(mask.roomId).state == RoomAppearance::State::Stale)
            HatchStyle::drawStaleMark(p, mask.markCentre, 8.0);
    }
    if (const PlanCache::Mask* mask = m_cache.mask(m_selected); mask && !m_selectionRing.isNull())
        p.drawImage(mask->rect.topLeft(), m_selectionRing);
    p.restore();
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void FloorPlanView::resizeEvent(QResizeEvent* event)
{
    if (m_fitted) {
        fitToWindow();
        return;
    }
    // Keep the plan point at the middle of the view where it was.
    const qreal oldScale = fitScale(event->oldSize()) * m_zoom;
    const QPointF middleDoc = (QPointF(event->oldSize().width(), event->oldSize().height()) / 2 - m_offset) / oldScale;
    m_offset = QPointF(width(), height()) / 2 - middleDoc * currentScale();
}

void FloorPlanView::fitToWindow()
{
    m_zoom = 1.0;
    m_fitted = true;
    if (m_cache.plan()) {
        const QSizeF canvas = m_cache.plan()->viewBox().size() * currentScale();
        m_offset = QPointF((width() - canvas.width()) / 2, (height() - canvas.height()) / 2);
    }
    update();
}

void FloorPlanView::zoomIn()
{
    zoomAt(kZoomStep, rect().center());
}

void FloorPlanView::zoomOut()
{
    zoomAt(1.0 / kZoomStep, rect().center());
}

void FloorPlanView::zoomAt(qreal factor, const QPointF& widgetPos)
{
    const qreal zoom = qBound(kMinZoom, m_zoom * factor, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    const QPointF doc = (widgetPos - m_offset) / currentScale();
    m_zoom = zoom;
    m_offset = widgetPos - doc * currentScale();
    m_fitted = false;
    update();
}

void FloorPlanView::wheelEvent(QWheelEvent* event)
{
    // 120 units per notch; 1.0019^120 ~ 1.25, one zoom step per notch.
    const qreal factor = std::pow(1.0019, event->angleDelta().y());
    zoomAt(factor, event->position());
    event->accept();
}

QRectF FloorPlanView::widgetRect(const QString& roomId) const
{
    const auto it = m_docBounds.constFind(roomId);
    if (it == m_docBounds.cend() || !m_cache.plan())
        return {};
    const qreal s = currentScale();
    const QPointF topLeft = (it->topLeft() - m_cache.plan()->viewBox().topLeft()) * s + QPointF(origin());
    return QRectF(topLeft, it->size() * s);
}

QPointF FloorPlanView::toDocument(const QPointF& widgetPos) const
{
    const QPointF vbTopLeft = m_cache.plan() ? m_cache.plan()->viewBox().topLeft() : QPointF();
    return (widgetPos - QPointF(origin())) / currentScale() + vbTopLeft;
}

QPointF FloorPlanView::documentToWidget(const QPointF& documentPos) const
{
    const QPointF vbTopLeft = m_cache.plan() ? m_cache.plan()->viewBox().topLeft() : QPointF();
    return (documentPos - vbTopLeft) * currentScale() + QPointF(origin());
}

QPointF FloorPlanView::roomCentre(const QString& roomId) const
{
    return widgetRect(roomId).center();
}

QString FloorPlanView::roomAt(const QPointF& widgetPos) const
{
    ensureCache();
    return m_cache.roomAt(widgetPos - QPointF(origin()));
}

QString FloorPlanView::roomToolTip(const QString& roomId) const
{
    const Room* room = m_site.room(roomId);
    if (!room)
        return {};
    QStringList lines;
    lines << room->name;
    //: room type and capacity, e.g. "Meeting room · 6 seats"
    lines << tr("%1 · %2 seats").arg(roomTypeDisplayName(room->type)).arg(room->capacity);
    const RoomAppearance a = m_appearance.value(roomId);
    if (m_coloring.layer() == Layer::Popularity && a.value)
        lines << tr("Occupied %1 % of opening hours (7 days)").arg(QLocale().toString(*a.value, 'f', 0));
    if (m_coloring.layer() == Layer::Comfort && a.value)
        lines << tr("Comfort: category %1 (EN 16798-1)").arg(comfortCategoryLabel(ComfortCategory(int(*a.value))));
    if (m_coloring.layer() == Layer::Occupancy && a.state == RoomAppearance::State::Value && a.value) {
        // The line that explains the colour: counted against the seats, or presence only.
        QString text = formatRoomValue(a.presenceOnly ? Metric::Occupancy : Metric::People, *a.value, room->capacity,
                                       !a.presenceOnly);
        text[0] = text[0].toUpper();
        lines << text;
    }
    if (m_coloring.layer() == Layer::Bookings) {
        const auto state = m_coloring.bookingStates().constFind(roomId);
        if (state != m_coloring.bookingStates().cend())
            lines << roomBookingStateDisplayName(*state);
    }
    const QStringList readings = roomReadingLines(m_live, roomId, m_clock.nowMs(), room->capacity);
    if (readings.isEmpty())
        lines << tr("No readings yet");
    lines << readings;
    return lines.join(QLatin1Char('\n'));
}

void FloorPlanView::selectRoom(const QString& roomId)
{
    if (roomId == m_selected || (!roomId.isEmpty() && !m_docBounds.contains(roomId)))
        return;
    update(widgetRect(m_selected).toAlignedRect().adjusted(-2, -2, 2, 2));
    m_selected = roomId;
    m_selectionRing = m_cache.isValid() ? m_cache.selectionRing(roomId) : QImage();
    update(widgetRect(m_selected).toAlignedRect().adjusted(-2, -2, 2, 2));
    updateAccessibleDescription();
    Q_EMIT selectionChanged(roomId);
}

void FloorPlanView::updateAccessibleDescription()
{
    if (m_selected.isEmpty()) {
        setAccessibleDescription(tr("No room selected. Use the arrow keys to move between rooms, Enter to open one."));
        return;
    }
    // A screen reader reads the same as the tooltip shows, one sentence per line.
    setAccessibleDescription(roomToolTip(m_selected).replace(QLatin1Char('\n'), QStringLiteral(". ")));
}

void FloorPlanView::ensureVisible(const QString& roomId)
{
    const QRectF r = widgetRect(roomId);
    const QRectF inner = QRectF(rect()).adjusted(8, 8, -8, -8);
    if (r.isEmpty() || inner.contains(r))
        return;
    QPointF shift;
    if (r.left() < inner.left())
        shift.rx() = inner.left() - r.left();
    else if (r.right() > inner.right())
        shift.rx() = inner.right() - r.right();
    if (r.top() < inner.top())
        shift.ry() = inner.top() - r.top();
    else if (r.bottom() > inner.bottom())
        shift.ry() = inner.bottom() - r.bottom();
    m_offset += shift;
    m_fitted = false;
    update();
}

void FloorPlanView::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    int dx = 0;
    int dy = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        dx = -1;
        break;
    case Qt::Key_Right:
        dx = 1;
        break;
    case Qt::Key_Up:
        dy = -1;
        break;
    case Qt::Key_Down:
        dy = 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selected.isEmpty())
            Q_EMIT roomActivated(m_selected);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_F:
        fitToWindow();
        return;
    case Qt::Key_0:
        if (ctrl) {
            fitToWindow();
            return;
        }
        break;
    default:
        break;
    }
    if (dx == 0 && dy == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    const RoomNavigator navigator(m_docBounds);
    // The first arrow press starts from the room nearest the middle of the view.
    const QString next = m_selected.isEmpty() ? navigator.nearestTo(toDocument(QPointF(rect().center())))
                                              : navigator.neighbour(m_selected, dx, dy);
    if (!next.isEmpty()) {
        selectRoom(next);
        ensureVisible(next);
    }
    event->accept();
}

void FloorPlanView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_panning = false;
    m_pressPos = event->position().toPoint();
    m_pressOffset = m_offset;
}

void FloorPlanView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && (m_panning || (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())) {
        m_panning = true;
        m_offset = m_pressOffset + QPointF(pos - m_pressPos);
        m_fitted = false;
        setCursor(Qt::ClosedHandCursor);
        update();
        return;
    }
    if (!m_pressed)
        setCursor(roomAt(event->position()).isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
}

void FloorPlanView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    const bool wasPanning = m_panning;
    m_pressed = false;
    m_panning = false;
    unsetCursor();
    if (wasPanning)
        return;
    const QString room = roomAt(event->position());
    if (room.isEmpty())
        return;
    selectRoom(room);
    Q_EMIT roomActivated(room);
}

bool FloorPlanView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString room = roomAt(help->pos());
        if (room.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), roomToolTip(room), this, widgetRect(room).toAlignedRect());
        }
        return true;
    }
    return QWidget::event(event);
}

void FloorPlanView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        m_cache.invalidate();
        update();
    }
    QWidget::changeEvent(event);
}

QSize FloorPlanView::sizeHint() const
{
    return {800, 600};
}

QSize FloorPlanView::minimumSizeHint() const
{
    return {240, 180};
}

} // namespace atrium

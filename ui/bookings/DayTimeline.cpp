// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DayTimeline.h"

#include "BookingColors.h"
#include "core/Clock.h"
#include "site/Site.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace atrium {

namespace {
constexpr qint64 kHourS = 3600;

// The local wall-clock time `minute` minutes after midnight of `day` (opening hours are wall
// times), in UTC. A time skipped by a spring-forward change moves on by the gap, as Qt does.
QDateTime wallTimeUtc(QDate day, int minute, const QTimeZone& zone)
{
    if (minute >= 24 * 60)
        return QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC();
    return QDateTime(day, QTime(minute / 60, minute % 60), zone).toUTC();
}

// Down (or up) to a whole local hour. Every zone the site may use shifts by whole hours or
// half hours, so rounding the elapsed time since the local midnight is not enough on DST days:
// round the wall time instead.
QDateTime wholeHour(const QDateTime& utc, const QTimeZone& zone, bool up)
{
    QDateTime local = utc.toTimeZone(zone);
    const QTime t = local.time();
    QDateTime floor = QDateTime(local.date(), QTime(t.hour(), 0), zone);
    if (floor > local) // the wall time was ambiguous and Qt picked the other offset
        floor = floor.addSecs(-kHourS);
    if (up && floor < local)
        floor = floor.addSecs(kHourS);
    return floor.toUTC();
}
} // namespace

DayTimeline::DayTimeline(const Site& site, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_site(site), m_clock(clock)
{
    setObjectName(QStringLiteral("dayTimeline"));
    setAccessibleName(tr("Day timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    for (const Room& room : m_site.rooms)
        m_roomIds << room.id;
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void DayTimeline::setDay(QDate day, std::vector<Booking> bookings)
{
    const bool newDay = day != m_day;
    m_day = day;
    m_bookings = std::move(bookings);
    // Inactive bookings first, so the ones holding the room are drawn over them.
    std::stable_sort(m_bookings.begin(), m_bookings.end(),
                     [](const Booking& a, const Booking& b) { return !a.isActive() && b.isActive(); });
    computeRange();
    if (newDay) {
        // Put the cursor on "now" when the day is today, else on the opening hour.
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc());
        const QDateTime at = (now >= m_viewStart && now < m_viewEnd) ? now : m_viewStart;
        m_cursorSlot = int(m_viewStart.secsTo(at) / (kCursorMinutes * 60));
    }
    m_cursorSlot = std::clamp(m_cursorSlot, 0, std::max(0, slotCount() - 1));
    if (m_selected && !bookingById(m_selected))
        select(0);
    m_drag = Drag::None;
    m_ghostRow = -1;
    updateAccessibleDescription();
    update();
}

void DayTimeline::setWholeDay(bool wholeDay)
{
    if (m_wholeDay == wholeDay)
        return;
    m_wholeDay = wholeDay;
    const QDateTime cursor = cursorStartUtc();
    computeRange();
    setCursorCell(cursorRoom(), cursor);
    update();
}

void DayTimeline::setAttention(const QSet<qint64>& bookingIds)
{
    if (m_attention == bookingIds)
        return;
    m_attention = bookingIds;
    update();
}

void DayTimeline::computeRange()
{
    const QTimeZone& zone = m_site.timeZone;
    const QDateTime dayStart = wallTimeUtc(m_day, 0, zone);
    const QDateTime dayEnd = wallTimeUtc(m_day, 24 * 60, zone);
    const OpeningHours::Day& hours = m_site.openingHours.days[size_t(m_day.dayOfWeek() - 1)];
    m_openUtc = hours.open ? wallTimeUtc(m_day, hours.openMinute, zone) : QDateTime();
    m_closeUtc = hours.open ? wallTimeUtc(m_day, hours.closeMinute, zone) : QDateTime();
    if (m_wholeDay) {
        m_viewStart = dayStart;
        m_viewEnd = dayEnd;
        return;
    }
    // A closed day still shows office hours, greyed, so that a booking can be seen and moved.
    m_viewStart = hours.open ? m_openUtc : wallTimeUtc(m_day, 8 * 60, zone);
    m_viewEnd = hours.open ? m_closeUtc : wallTimeUtc(m_day, 19 * 60, zone);
    for (const Booking& b : m_bookings) {
        m_viewStart = std::min(m_viewStart, b.start);
        m_viewEnd = std::max(m_viewEnd, b.end);
    }
    m_viewStart = std::max(dayStart, wholeHour(m_viewStart, zone, false));
    m_viewEnd = std::min(dayEnd, wholeHour(m_viewEnd, zone, true));
    if (m_viewEnd <= m_viewStart)
        m_viewEnd = m_viewStart.addSecs(kHourS);
}

QSize DayTimeline::sizeHint() const
{
    return {kRoomColumn + 24 * 40, kHeaderHeight + kRowHeight * int(m_roomIds.size()) + 2};
}

QSize DayTimeline::minimumSizeHint() const
{
    return {kRoomColumn + 300, kHeaderHeight + kRowHeight * int(m_roomIds.size()) + 2};
}

double DayTimeline::pxPerSecond() const
{
    const qint64 span = std::max<qint64>(1, m_viewStart.secsTo(m_viewEnd));
    return double(std::max(1, width() - kRoomColumn - kRightMargin)) / double(span);
}

double DayTimeline::xFor(const QDateTime& utc) const
{
    return kRoomColumn + double(m_viewStart.secsTo(utc)) * pxPerSecond();
}

QDateTime DayTimeline::timeAt(double x) const
{
    return m_viewStart.addSecs(qint64(std::llround((x - kRoomColumn) / pxPerSecond())));
}

QDateTime DayTimeline::snapped(const QDateTime& utc) const
{
    const qint64 step = kSnapMinutes * 60;
    const qint64 secs = m_viewStart.secsTo(utc);
    return m_viewStart.addSecs(qint64(std::llround(double(secs) / double(step))) * step);
}

int DayTimeline::rowAt(int y) const
{
    if (y < kHeaderHeight)
        return -1;
    const int row = (y - kHeaderHeight) / kRowHeight;
    return row < m_roomIds.size() ? row : -1;
}

QRect DayTimeline::rowRect(int row) const
{
    return {0, kHeaderHeight + row * kRowHeight, width(), kRowHeight};
}

QRectF DayTimeline::intervalRect(int row, const QDateTime& start, const QDateTime& end) const
{
    const QRect r = rowRect(row);
    const double x0 = std::max(double(kRoomColumn), xFor(start));
    const double x1 = std::min(double(width() - kRightMargin), xFor(end));
    return QRectF(x0, r.top() + 3, std::max(2.0, x1 - x0), r.height() - 6);
}

int DayTimeline::slotCount() const
{
    return int((m_viewStart.secsTo(m_viewEnd) + kCursorMinutes * 60 - 1) / (kCursorMinutes * 60));
}

QPoint DayTimeline::pointAt(const QString& roomId, const QDateTime& utc) const
{
    const int row = rowOf(roomId);
    if (row < 0)
        return {};
    return {int(std::lround(xFor(utc))), rowRect(row).center().y()};
}

QRect DayTimeline::bookingRect(qint64 bookingId) const
{
    const Booking* b = bookingById(bookingId);
    if (!b || rowOf(b->roomId) < 0)
        return {};
    return intervalRect(rowOf(b->roomId), b->start, b->end).toAlignedRect();
}

QStringList DayTimeline::hourLabels() const
{
    QStringList labels;
    for (QDateTime t = m_viewStart; t < m_viewEnd; t = t.addSecs(kHourS))
        labels << t.toTimeZone(m_site.timeZone).toString(QStringLiteral("HH"));
    return labels;
}

const Booking* DayTimeline::bookingById(qint64 id) const
{
    for (const Booking& b : m_bookings) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

const Booking* DayTimeline::bookingAt(const QPoint& pos) const
{
    const int row = rowAt(pos.y());
    if (row < 0 || pos.x() < kRoomColumn)
        return nullptr;
    // Last drawn wins: active bookings are drawn over released or cancelled ones.
    for (auto it = m_bookings.rbegin(); it != m_bookings.rend(); ++it) {
        if (it->roomId == m_roomIds[row] && intervalRect(row, it->start, it->end).contains(pos))
            return &*it;
    }
    return nullptr;
}

QString DayTimeline::cursorRoom() const
{
    return m_roomIds.value(m_cursorRow);
}

QDateTime DayTimeline::cursorStartUtc() const
{
    return m_viewStart.addSecs(qint64(m_cursorSlot) * kCursorMinutes * 60);
}

void DayTimeline::setCursorCell(const QString& roomId, const QDateTime& utc)
{
    if (rowOf(roomId) >= 0)
        m_cursorRow = rowOf(roomId);
    if (utc.isValid())
        m_cursorSlot = std::clamp(int(m_viewStart.secsTo(utc) / (kCursorMinutes * 60)), 0, slotCount() - 1);
    select(bookingAtCursor());
    updateAccessibleDescription();
    update();
}

qint64 DayTimeline::bookingAtCursor() const
{
    const QDateTime start = cursorStartUtc();
    const QDateTime end = start.addSecs(kCursorMinutes * 60);
    for (const Booking& b : m_bookings) {
        if (b.isActive() && b.roomId == cursorRoom() && b.overlaps(start, end))
            return b.id;
    }
    return 0;
}

void DayTimeline::select(qint64 bookingId)
{
    if (m_selected == bookingId)
        return;
    m_selected = bookingId;
    update();
    Q_EMIT selectionChanged(bookingId);
}

void DayTimeline::moveCursor(int rows, int slots)
{
    m_cursorRow = std::clamp(m_cursorRow + rows, 0, std::max(0, int(m_roomIds.size()) - 1));
    m_cursorSlot = std::clamp(m_cursorSlot + slots, 0, std::max(0, slotCount() - 1));
    select(bookingAtCursor());
    updateAccessibleDescription();
    update();
}

QString DayTimeline::localTime(const QDateTime& utc) const
{
    return utc.toTimeZone(m_site.timeZone).toString(QStringLiteral("HH:mm"));
}

void DayTimeline::updateAccessibleDescription()
{
    const Room* room = m_site.room(cursorRoom());
    if (!room)
        return;
    const QDateTime start = cursorStartUtc();
    QString what = tr("free");
    if (const Booking* b = bookingById(bookingAtCursor())) {
        //: timeline cursor on a booking: title, member, times
        what = tr("%1, %2, %3–%4").arg(b->staffDisplayTitle(), b->memberName, localTime(b->start), localTime(b->end));
    }
    //: what the timeline's cursor is on: room, time, what is there
    setAccessibleDescription(
        tr("%1 at %2: %3. Arrows move, Enter books or edits, Delete cancels.").arg(room->name, localTime(start), what));
}

bool DayTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const Booking* b = bookingAt(help->pos())) {
            QStringList lines{b->staffDisplayTitle(), tr("%1–%2").arg(localTime(b->start), localTime(b->end))};
            if (!b->memberName.isEmpty())
                lines << b->memberName;
            lines << bookingStatusDisplayName(b->status);
            if (!b->cancelReason.isEmpty())
                lines << tr("Reason: %1").arg(b->cancelReason);
            if (!b->notes.isEmpty())
                lines << b->notes;
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void DayTimeline::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int row = rowAt(event->pos().y());
    if (row < 0 || event->pos().x() < kRoomColumn)
        return;
    m_pressPos = event->pos();
    m_drag = Drag::Pending;
    const Booking* b = bookingAt(event->pos());
    m_dragBooking = (b && b->isActive()) ? b->id : 0;
    if (b)
        m_dragOffsetS = b->start.secsTo(timeAt(event->pos().x()));
    setCursorCell(m_roomIds[row], timeAt(event->pos().x()));
    if (b)
        select(b->id);
}

void DayTimeline::mouseMoveEvent(QMouseEvent* event)
{
    if (m_drag == Drag::None)
        return;
    if (m_drag == Drag::Pending) {
        if ((event->pos() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag = m_dragBooking ? Drag::Move : Drag::Create;
    }
    const int row =
        rowAt(std::clamp(event->pos().y(), kHeaderHeight, kHeaderHeight + kRowHeight * int(m_roomIds.size()) - 1));
    if (m_drag == Drag::Move) {
        const Booking* b = bookingById(m_dragBooking);
        if (!b)
            return;
        m_ghostRow = row;
        m_ghostStart = snapped(timeAt(event->pos().x()).addSecs(-m_dragOffsetS));
        m_ghostEnd = m_ghostStart.addSecs(b->start.secsTo(b->end));
    } else {
        m_ghostRow = rowAt(m_pressPos.y());
        QDateTime a = snapped(timeAt(m_pressPos.x()));
        QDateTime b = snapped(timeAt(event->pos().x()));
        if (b < a)
            std::swap(a, b);
        if (a.secsTo(b) < kSnapMinutes * 60)
            b = a.addSecs(kSnapMinutes * 60);
        m_ghostStart = std::max(a, m_viewStart);
        m_ghostEnd = std::min(b, m_viewEnd);
    }
    update();
}

void DayTimeline::mouseReleaseEvent(QMouseEvent* event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag != Drag::Create && drag != Drag::Move)
        return QWidget::mouseReleaseEvent(event);
    const int row = m_ghostRow;
    const QDateTime start = m_ghostStart;
    const QDateTime end = m_ghostEnd;
    // The ghost stays until the page reloads the day: a refused move then snaps back.
    if (row < 0)
        return;
    if (drag == Drag::Create) {
        m_ghostRow = -1;
        update();
        Q_EMIT createRequested(m_roomIds[row], start, end);
    } else {
        const Booking* b = bookingById(m_dragBooking);
        if (!b || (b->roomId == m_roomIds[row] && b->start == start)) {
            m_ghostRow = -1;
            update();
            return;
        }
        Q_EMIT moveRequested(m_dragBooking, m_roomIds[row], start, end);
    }
}

void DayTimeline::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int row = rowAt(event->pos().y());
    if (row < 0 || event->pos().x() < kRoomColumn)
        return;
    m_drag = Drag::None;
    if (const Booking* b = bookingAt(event->pos()); b && b->isActive()) {
        Q_EMIT editRequested(b->id);
        return;
    }
    const QDateTime start = snapped(timeAt(event->pos().x()).addSecs(-kSnapMinutes * 30));
    Q_EMIT createRequested(m_roomIds[row], start, start.addSecs(kHourS));
}

void DayTimeline::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        return moveCursor(0, -1);
    case Qt::Key_Right:
        return moveCursor(0, 1);
    case Qt::Key_Up:
        return moveCursor(-1, 0);
    case Qt::Key_Down:
        return moveCursor(1, 0);
    case Qt::Key_Home:
        return moveCursor(0, -slotCount());
    case Qt::Key_End:
        return moveCursor(0, slotCount());
    case Qt::Key_PageUp:
        Q_EMIT dayStepRequested(-1);
        return;
    case Qt::Key_PageDown:
        Q_EMIT dayStepRequested(1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (const qint64 id = bookingAtCursor())
            Q_EMIT editRequested(id);
        else
            Q_EMIT createRequested(cursorRoom(), cursorStartUtc(), cursorStartUtc().addSecs(kHourS));
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (const qint64 id = bookingAtCursor())
            Q_EMIT cancelRequested(id);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void DayTimeline::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

void DayTimeline::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace atrium

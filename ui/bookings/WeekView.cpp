// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekView.h"

#include "BookingColors.h"
#include "core/Clock.h"
#include "site/Site.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace atrium {

namespace {
constexpr int kHeader = 36;
constexpr int kHourColumn = 56;
constexpr int kHourHeight = 44;
constexpr int kSlot = 30; // minutes per cursor step
} // namespace

WeekView::WeekView(const Site& site, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_site(site), m_clock(clock)
{
    setObjectName(QStringLiteral("weekView"));
    setAccessibleName(tr("Week of one room"));
    setFocusPolicy(Qt::StrongFocus);
}

void WeekView::setWeek(const QString& roomId, QDate anyDay, std::vector<Booking> bookings)
{
    m_roomId = roomId;
    m_monday = anyDay.addDays(1 - anyDay.dayOfWeek());
    m_bookings = std::move(bookings);
    // Rows: the widest opening hours of the week, widened to the bookings' whole hours.
    int first = 24 * 60;
    int last = 0;
    for (const OpeningHours::Day& d : m_site.openingHours.days) {
        if (d.open) {
            first = std::min(first, d.openMinute);
            last = std::max(last, d.closeMinute);
        }
    }
    if (first >= last) {
        first = 8 * 60;
        last = 19 * 60;
    }
    for (const Booking& b : m_bookings) {
        const QDateTime s = b.start.toTimeZone(m_site.timeZone);
        const QDateTime e = b.end.toTimeZone(m_site.timeZone);
        first = std::min(first, s.time().hour() * 60);
        last = std::max(last, e.date() > s.date() ? 24 * 60 : (e.time().hour() + (e.time().minute() ? 1 : 0)) * 60);
    }
    m_firstMinute = first / 60 * 60;
    m_lastMinute = std::min(24 * 60, (last + 59) / 60 * 60);
    m_cursorDay = std::clamp(int(m_monday.daysTo(anyDay)), 0, 6);
    m_cursorMinute = std::clamp(m_cursorMinute, m_firstMinute, m_lastMinute - kSlot);
    updateGeometry();
    updateAccessibleDescription();
    update();
}

QSize WeekView::sizeHint() const
{
    return {kHourColumn + 7 * 120, kHeader + (m_lastMinute - m_firstMinute) * kHourHeight / 60 + 2};
}

QRectF WeekView::slotRect(int dayIndex, int fromMinute, int toMinute) const
{
    const double colWidth = double(width() - kHourColumn - 4) / 7.0;
    const double y0 = kHeader + double(fromMinute - m_firstMinute) * kHourHeight / 60.0;
    const double y1 = kHeader + double(toMinute - m_firstMinute) * kHourHeight / 60.0;
    return QRectF(kHourColumn + dayIndex * colWidth, y0, colWidth, y1 - y0);
}

QRectF WeekView::rectFor(const Booking& b) const
{
    const QDateTime s = b.start.toTimeZone(m_site.timeZone);
    const QDateTime e = b.end.toTimeZone(m_site.timeZone);
    const int day = int(m_monday.daysTo(s.date()));
    const int from = s.time().msecsSinceStartOfDay() / 60000;
    const int to = e.date() > s.date() ? 24 * 60 : e.time().msecsSinceStartOfDay() / 60000;
    return slotRect(day, from, to).adjusted(3, 1, -3, -1);
}

QRect WeekView::bookingRect(qint64 bookingId) const
{
    for (const Booking& b : m_bookings) {
        if (b.id == bookingId)
            return rectFor(b).toAlignedRect();
    }
    return {};
}

int WeekView::minuteAt(int y) const
{
    return m_firstMinute + (y - kHeader) * 60 / kHourHeight;
}

int WeekView::dayAt(int x) const
{
    const double colWidth = double(width() - kHourColumn - 4) / 7.0;
    return x < kHourColumn ? -1 : std::min(6, int((x - kHourColumn) / colWidth));
}

const Booking* WeekView::bookingAt(const QPoint& pos) const
{
    for (auto it = m_bookings.rbegin(); it != m_bookings.rend(); ++it) {
        if (it->isActive() && rectFor(*it).contains(pos))
            return &*it;
    }
    return nullptr;
}

QDateTime WeekView::cursorStartUtc() const
{
    return QDateTime(m_monday.addDays(m_cursorDay), QTime(m_cursorMinute / 60, m_cursorMinute % 60), m_site.timeZone)
        .toUTC();
}

qint64 WeekView::bookingAtCursor() const
{
    const QDateTime s = cursorStartUtc();
    for (const Booking& b : m_bookings) {
        if (b.isActive() && b.overlaps(s, s.addSecs(kSlot * 60)))
            return b.id;
    }
    return 0;
}

void WeekView::updateAccessibleDescription()
{
    const QDateTime s = cursorStartUtc().toTimeZone(m_site.timeZone);
    QString what = tr("free");
    for (const Booking& b : m_bookings) {
        if (b.id == bookingAtCursor())
            what = b.staffDisplayTitle() + (b.memberName.isEmpty() ? QString() : QStringLiteral(", ") + b.memberName);
    }
    setAccessibleDescription(tr("%1 %2: %3")
                                 .arg(QLocale().toString(s.date(), QStringLiteral("dddd d MMMM")),
                                      s.toString(QStringLiteral("HH:mm")), what));
}

void WeekView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QDate today =
        QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc()).toTimeZone(m_site.timeZone).date();
    for (int d = 0; d < 7; ++d) {
        const QDate day = m_monday.addDays(d);
        const OpeningHours::Day& hours = m_site.openingHours.days[size_t(d)];
        const QRectF col = slotRect(d, m_firstMinute, m_lastMinute);
        if (!hours.open) {
            p.fillRect(col, BookingColors::closedHours());
        } else {
            p.fillRect(slotRect(d, m_firstMinute, std::max(m_firstMinute, hours.openMinute)),
                       BookingColors::closedHours());
            p.fillRect(slotRect(d, std::min(m_lastMinute, hours.closeMinute), m_lastMinute),
                       BookingColors::closedHours());
        }
        QFont f = font();
        f.setBold(day == today);
        p.setFont(f);
        p.setPen(pal.text().color());
        p.drawText(QRectF(col.left(), 0, col.width(), kHeader - 2), Qt::AlignCenter,
                   QLocale().toString(day, QStringLiteral("ddd d MMM")));
        p.setPen(pal.mid().color());
        p.drawLine(QPointF(col.left(), kHeader), QPointF(col.left(), col.bottom()));
    }
    for (int m = m_firstMinute; m <= m_lastMinute; m += 60) {
        const double y = slotRect(0, m, m).top();
        p.setPen(pal.midlight().color());
        p.drawLine(QPointF(kHourColumn, y), QPointF(width() - 4, y));
        if (m < m_lastMinute) {
            p.setPen(pal.text().color());
            p.drawText(QRectF(0, y, kHourColumn - 6, 16), Qt::AlignRight | Qt::AlignTop,
                       QStringLiteral("%1:00").arg(m / 60, 2, 10, QLatin1Char('0')));
        }
    }
    p.setRenderHint(QPainter::Antialiasing);
    for (const Booking& b : m_bookings) {
        const QRectF r = rectFor(b);
        if (r.right() < kHourColumn || r.left() > width())
            continue;
        p.setBrush(b.isActive() ? QBrush(BookingColors::fill(b)) : QBrush(Qt::NoBrush));
        p.setPen(BookingColors::edge(b));
        p.drawRoundedRect(r, 4, 4);
        p.setPen(BookingColors::text(b));
        QString text = b.staffDisplayTitle();
        if (!b.memberName.isEmpty())
            text += QLatin1Char('\n') + b.memberName;
        if (!b.isActive())
            text += QLatin1Char('\n') + bookingStatusDisplayName(b.status);
        p.drawText(r.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(pal.highlight().color(), hasFocus() ? 3 : 1));
    p.drawRect(slotRect(m_cursorDay, m_cursorMinute, m_cursorMinute + kSlot));
}

void WeekView::mousePressEvent(QMouseEvent* event)
{
    const int day = dayAt(event->pos().x());
    if (day < 0 || event->pos().y() < kHeader)
        return;
    m_cursorDay = day;
    m_cursorMinute = std::clamp(minuteAt(event->pos().y()) / kSlot * kSlot, m_firstMinute, m_lastMinute - kSlot);
    updateAccessibleDescription();
    update();
}

void WeekView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const Booking* b = bookingAt(event->pos()))
        return Q_EMIT editRequested(b->id);
    mousePressEvent(event);
    Q_EMIT createRequested(m_roomId, cursorStartUtc(), cursorStartUtc().addSecs(3600));
}

void WeekView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        m_cursorDay = std::max(0, m_cursorDay - 1);
        break;
    case Qt::Key_Right:
        m_cursorDay = std::min(6, m_cursorDay + 1);
        break;
    case Qt::Key_Up:
        m_cursorMinute = std::max(m_firstMinute, m_cursorMinute - kSlot);
        break;
    case Qt::Key_Down:
        m_cursorMinute = std::min(m_lastMinute - kSlot, m_cursorMinute + kSlot);
        break;
    case Qt::Key_PageUp:
        return Q_EMIT weekStepRequested(-1);
    case Qt::Key_PageDown:
        return Q_EMIT weekStepRequested(1);
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (const qint64 id = bookingAtCursor())
            return Q_EMIT editRequested(id);
        return Q_EMIT createRequested(m_roomId, cursorStartUtc(), cursorStartUtc().addSecs(3600));
    case Qt::Key_Delete:
        if (const qint64 id = bookingAtCursor())
            Q_EMIT cancelRequested(id);
        return;
    default:
        return QWidget::keyPressEvent(event);
    }
    updateAccessibleDescription();
    update();
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// DayTimeline's drawing, apart from its input handling.
#include "BookingColors.h"
#include "DayTimeline.h"
#include "core/Clock.h"
#include "site/Site.h"

#include <QPainter>
#include <QPainterPath>

namespace atrium {

void DayTimeline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const int rows = int(m_roomIds.size());
    const int bottom = kHeaderHeight + rows * rowRect(0).height();
    const int right = width() - kRightMargin;

    // Rows, alternating, with closed hours greyed.
    for (int row = 0; row < rows; ++row) {
        const QRect r = rowRect(row);
        if (row % 2)
            p.fillRect(QRect(kRoomColumn, r.top(), right - kRoomColumn, r.height()), pal.alternateBase());
        auto greyOut = [&](const QDateTime& from, const QDateTime& to) {
            if (from < to)
                p.fillRect(intervalRect(row, from, to).adjusted(0, -3, 0, 3), BookingColors::closedHours());
        };
        if (m_openUtc.isValid()) {
            greyOut(m_viewStart, m_openUtc);
            greyOut(m_closeUtc, m_viewEnd);
        } else {
            greyOut(m_viewStart, m_viewEnd);
        }
    }

    // Hour lines and labels in the site's zone; half hours dotted.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p.setFont(small);
    for (QDateTime t = m_viewStart; t <= m_viewEnd; t = t.addSecs(1800)) {
        const int x = int(xFor(t));
        const bool hour = t.toTimeZone(m_site.timeZone).time().minute() == 0;
        p.setPen(QPen(hour ? pal.mid().color() : pal.midlight().color(), 1, hour ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(x, kHeaderHeight - (hour ? 6 : 0), x, bottom);
        if (hour && t < m_viewEnd) {
            p.setPen(pal.text().color());
            p.drawText(QRect(x + 3, 0, 60, kHeaderHeight - 4), Qt::AlignLeft | Qt::AlignBottom,
                       t.toTimeZone(m_site.timeZone).toString(QStringLiteral("HH:mm")));
        }
    }
    p.setPen(pal.mid().color());
    p.drawLine(0, kHeaderHeight - 1, right, kHeaderHeight - 1);
    p.drawLine(kRoomColumn - 1, kHeaderHeight, kRoomColumn - 1, bottom);

    // Room names: bold name, seats below.
    for (int row = 0; row < rows; ++row) {
        const Room* room = m_site.room(m_roomIds[row]);
        const QRect r = rowRect(row).adjusted(6, 2, 0, -2);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(pal.text().color());
        p.drawText(QRect(r.left(), r.top(), kRoomColumn - 10, r.height() / 2 + 2), Qt::AlignLeft | Qt::AlignBottom,
                   p.fontMetrics().elidedText(room->name, Qt::ElideRight, kRoomColumn - 10));
        p.setFont(small);
        p.setPen(pal.placeholderText().color());
        //: under a room's name on the timeline: "6 seats"
        p.drawText(QRect(r.left(), r.top() + r.height() / 2 + 2, kRoomColumn - 10, r.height() / 2),
                   Qt::AlignLeft | Qt::AlignTop, tr("%n seat(s)", nullptr, room->capacity));
        p.setPen(pal.midlight().color());
        p.drawLine(0, rowRect(row).bottom(), right, rowRect(row).bottom());
    }

    p.setRenderHint(QPainter::Antialiasing, true);
    for (const Booking& b : m_bookings) {
        const int row = rowOf(b.roomId);
        if (row >= 0 && b.end > m_viewStart && b.start < m_viewEnd)
            paintBooking(p, b, row);
    }

    // The drag's ghost: where the booking would go.
    if (m_ghostRow >= 0 && m_ghostStart.isValid()) {
        const QRectF g = intervalRect(m_ghostRow, m_ghostStart, m_ghostEnd);
        QColor fill = pal.highlight().color();
        fill.setAlpha(90);
        p.setBrush(fill);
        p.setPen(QPen(pal.highlight().color(), 2, Qt::DashLine));
        p.drawRoundedRect(g, 4, 4);
        p.setPen(pal.text().color());
        p.setFont(small);
        p.drawText(g.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("%1–%2").arg(localTime(m_ghostStart), localTime(m_ghostEnd)));
    }

    // Now.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc());
    if (now >= m_viewStart && now < m_viewEnd) {
        const int x = int(xFor(now));
        p.setPen(QPen(BookingColors::nowLine(), 2));
        p.drawLine(x, kHeaderHeight - 4, x, bottom);
        QPainterPath tip;
        tip.moveTo(x - 5, kHeaderHeight - 9);
        tip.lineTo(x + 5, kHeaderHeight - 9);
        tip.lineTo(x, kHeaderHeight - 2);
        tip.closeSubpath();
        p.fillPath(tip, BookingColors::nowLine());
    }

    // The cursor cell: a thick frame when the timeline has the focus, a thin one otherwise.
    if (rows > 0) {
        const QDateTime start = cursorStartUtc();
        const QRectF c = intervalRect(m_cursorRow, start, start.addSecs(kCursorMinutes * 60)).adjusted(-1, -2, 1, 2);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(pal.highlight().color(), hasFocus() ? 3 : 1));
        p.drawRect(c);
    }
}

void DayTimeline::paintBooking(QPainter& p, const Booking& b, int row) const
{
    const QRectF r = intervalRect(row, b.start, b.end);
    p.setBrush(b.isActive() ? QBrush(BookingColors::fill(b)) : QBrush(Qt::NoBrush));
    QPen edge = BookingColors::edge(b);
    if (b.id == m_selected) {
        edge.setColor(palette().highlight().color());
        edge.setWidthF(3);
    }
    p.setPen(edge);
    p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 4, 4);
    if (m_attention.contains(b.id)) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(BookingColors::attention(), 4));
        p.drawRoundedRect(r.adjusted(2, 2, -2, -2), 4, 4);
    }
    if (b.isRecurring()) {
        // A small circular arrow mark: part of a series.
        p.setPen(QPen(BookingColors::text(b), 1.2));
        p.drawArc(QRectF(r.right() - 13, r.top() + 4, 9, 9), 30 * 16, 300 * 16);
    }
    // Room on the right for the series mark only when there is one.
    const QRectF text = r.adjusted(6, 2, b.isRecurring() ? -14 : -4, -2);
    if (text.width() < 12)
        return;
    p.setPen(BookingColors::text(b));
    QFont f = font();
    f.setBold(b.isActive());
    f.setStrikeOut(b.status == BookingStatus::Cancelled);
    p.setFont(f);
    // Cancelled, released and no-show bookings say so after their title.
    auto withStatus = [&](const QString& label) {
        return b.isActive() ? label : tr("%1 (%2)").arg(label, bookingStatusDisplayName(b.status));
    };
    const QFontMetrics fm(f);
    QString first = withStatus(b.memberName.isEmpty() ? b.staffDisplayTitle()
                                                      : b.staffDisplayTitle() + QStringLiteral(" · ") + b.memberName);
    QString second = tr("%1–%2").arg(localTime(b.start), localTime(b.end));
    if (b.status == BookingStatus::CheckedIn)
        second += QStringLiteral(" · ") + bookingStatusDisplayName(b.status);
    // A short booking cannot show "title · member" on one line: the member (who the desk asks
    // for) goes first on the second line instead of being cut off.
    if (!b.memberName.isEmpty() && fm.horizontalAdvance(first) > text.width()) {
        first = withStatus(b.staffDisplayTitle());
        second = b.memberName + QStringLiteral(" · ") + second;
    }
    p.drawText(QRectF(text.left(), text.top(), text.width(), text.height() / 2), Qt::AlignLeft | Qt::AlignBottom,
               fm.elidedText(first, Qt::ElideRight, int(text.width())));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p.setFont(small);
    p.drawText(QRectF(text.left(), text.top() + text.height() / 2, text.width(), text.height() / 2),
               Qt::AlignLeft | Qt::AlignTop, QFontMetrics(small).elidedText(second, Qt::ElideRight, int(text.width())));
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookings/Booking.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QWidget>

#include <vector>

namespace atrium {

class Clock;
struct Site;

// One local day of every room: rooms as rows, the day's opening hours as columns (whole hours
// of the site's zone). Columns are laid out in elapsed time, so a 23- or 25-hour DST day shows
// an hour missing or twice ("02", "02") and a booking across the change keeps its true length.
//
// Mouse: drag on empty space proposes a booking (createRequested), drag a booking to another
// time or room (moveRequested; the page refuses or accepts, and a reload snaps a refused one
// back), double-click edits or creates. Keyboard: arrows move a cursor cell (30 minutes × one
// room), Enter edits the booking under the cursor or creates one there, Delete cancels it,
// Page Up / Page Down ask for the previous / next day.
class DayTimeline : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kCursorMinutes = 30;
    static constexpr int kSnapMinutes = 15;
    static constexpr int kHeaderHeight = 28; // px
    static constexpr int kRoomColumn = 150;
    static constexpr int kRowHeight = 46;
    static constexpr int kRightMargin = 8;

    DayTimeline(const Site& site, const Clock& clock, QWidget* parent = nullptr);

    // The day shown and its bookings (every status, as BookingStore::dayBookings gives them).
    void setDay(QDate day, std::vector<Booking> bookings);
    QDate day() const { return m_day; }
    const std::vector<Booking>& bookings() const { return m_bookings; }
    // Show the whole local day (23, 24 or 25 hours) instead of the opening hours.
    void setWholeDay(bool wholeDay);
    bool wholeDay() const { return m_wholeDay; }
    // Bookings the desk must look at (booked but empty): drawn with a thick orange edge.
    void setAttention(const QSet<qint64>& bookingIds);

    QDateTime viewStartUtc() const { return m_viewStart; }
    QDateTime viewEndUtc() const { return m_viewEnd; }
    QStringList roomIds() const { return m_roomIds; }
    // Widget position of a room's row at a UTC time (vertical centre of the row).
    QPoint pointAt(const QString& roomId, const QDateTime& utc) const;
    QRect bookingRect(qint64 bookingId) const;
    // Hour labels as drawn, in order ("08", "09", ...; a fall-back day shows "02" twice).
    QStringList hourLabels() const;

    QString cursorRoom() const;
    QDateTime cursorStartUtc() const;
    void setCursorCell(const QString& roomId, const QDateTime& utc);
    // The active booking under the cursor cell, or 0.
    qint64 bookingAtCursor() const;
    qint64 selectedBooking() const { return m_selected; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void createRequested(const QString& roomId, const QDateTime& startUtc, const QDateTime& endUtc);
    void editRequested(qint64 bookingId);
    void moveRequested(qint64 bookingId, const QString& roomId, const QDateTime& startUtc, const QDateTime& endUtc);
    void cancelRequested(qint64 bookingId);
    void dayStepRequested(int days);
    void selectionChanged(qint64 bookingId);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    enum class Drag { None, Pending, Create, Move };

    void computeRange();
    double pxPerSecond() const;
    double xFor(const QDateTime& utc) const;
    QDateTime timeAt(double x) const;
    QDateTime snapped(const QDateTime& utc) const;
    int rowAt(int y) const;
    QRect rowRect(int row) const;
    QRectF intervalRect(int row, const QDateTime& start, const QDateTime& end) const;
    const Booking* bookingAt(const QPoint& pos) const;
    const Booking* bookingById(qint64 id) const;
    int rowOf(const QString& roomId) const { return int(m_roomIds.indexOf(roomId)); }
    int slotCount() const;
    void moveCursor(int rows, int slots);
    void select(qint64 bookingId);
    void updateAccessibleDescription();
    QString localTime(const QDateTime& utc) const;
    void paintBooking(QPainter& painter, const Booking& booking, int row) const;

    const Site& m_site;
    const Clock& m_clock;
    QDate m_day;
    std::vector<Booking> m_bookings;
    QStringList m_roomIds;
    bool m_wholeDay = false;
    QSet<qint64> m_attention;
    QDateTime m_viewStart; // UTC
    QDateTime m_viewEnd;   // UTC
    QDateTime m_openUtc;   // opening hours of the day, UTC; invalid on a closed day
    QDateTime m_closeUtc;
    int m_cursorRow = 0;
    int m_cursorSlot = 0;
    qint64 m_selected = 0;

    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    qint64 m_dragBooking = 0;
    qint64 m_dragOffsetS = 0; // press time minus the dragged booking's start
    int m_ghostRow = -1;
    QDateTime m_ghostStart;
    QDateTime m_ghostEnd;
};

} // namespace atrium

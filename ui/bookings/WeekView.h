// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookings/Booking.h"

#include <QDate>
#include <QWidget>

#include <vector>

namespace atrium {

class Clock;
struct Site;

// One room's week, Monday to Sunday as columns and the local hours as rows (wall-clock time
// of the site's zone; the DST changes happen at night, outside the rows). Double-click or
// Enter edits a booking or books the cursor's half hour; Delete cancels; Page Up / Page Down
// ask for the previous / next week.
class WeekView : public QWidget
{
    Q_OBJECT
public:
    WeekView(const Site& site, const Clock& clock, QWidget* parent = nullptr);

    // `bookings`: the room's bookings of the week (any status).
    void setWeek(const QString& roomId, QDate anyDay, std::vector<Booking> bookings);
    QString roomId() const { return m_roomId; }
    QDate monday() const { return m_monday; }
    QRect bookingRect(qint64 bookingId) const;
    QDateTime cursorStartUtc() const;
    qint64 bookingAtCursor() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void createRequested(const QString& roomId, const QDateTime& startUtc, const QDateTime& endUtc);
    void editRequested(qint64 bookingId);
    void cancelRequested(qint64 bookingId);
    void weekStepRequested(int weeks);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QRectF slotRect(int dayIndex, int fromMinute, int toMinute) const;
    int minuteAt(int y) const;
    int dayAt(int x) const;
    const Booking* bookingAt(const QPoint& pos) const;
    QRectF rectFor(const Booking& booking) const;
    void updateAccessibleDescription();

    const Site& m_site;
    const Clock& m_clock;
    QString m_roomId;
    QDate m_monday;
    std::vector<Booking> m_bookings;
    int m_firstMinute = 8 * 60;
    int m_lastMinute = 19 * 60;
    int m_cursorDay = 0;
    int m_cursorMinute = 9 * 60;
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookings/Booking.h"
#include "bookings/CheckInMonitor.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QSystemTrayIcon;

namespace atrium {

class Clock;
struct Site;

// The front desk's queue, fed by the CheckInMonitor: rooms booked but empty (release now,
// keep, note a call) and rooms in use without a booking (book now), and under it the
// reminders (starting soon, check-in deadline, released). Reminders also go to the desktop's
// notification area when there is one (QSystemTrayIcon::isSystemTrayAvailable()).
class DeskQueuePanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxReminders = 100;

    DeskQueuePanel(CheckInMonitor& monitor, const Site& site, const Clock& clock, QWidget* parent = nullptr);

    QListWidget* queueList() const { return m_queue; }
    QListWidget* reminderList() const { return m_reminders; }
    QPushButton* releaseButton() const { return m_release; }
    QPushButton* keepButton() const { return m_keep; }
    QPushButton* callButton() const { return m_call; }
    QPushButton* bookNowButton() const { return m_bookNow; }
    QPushButton* checkInButton() const { return m_checkIn; }
    // What the last desk action said (its error, or empty).
    QString lastError() const;
    // Adds a line to the reminders (and the tray), newest first.
    void remind(const QString& title, const QString& text);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void createBookingRequested(const QString& roomId);
    void showBookingRequested(qint64 bookingId);

private:
    std::optional<DeskQueueItem> currentItem() const;
    void updateButtons();
    void act(const Status& status);
    void noteCall();
    QString describe(const Booking& booking) const;
    QString localTime(qint64 ms) const;

    CheckInMonitor& m_monitor;
    const Site& m_site;
    const Clock& m_clock;
    std::vector<DeskQueueItem> m_items;
    QLabel* m_empty = nullptr;
    QListWidget* m_queue = nullptr;
    QPushButton* m_checkIn = nullptr;
    QPushButton* m_release = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_call = nullptr;
    QPushButton* m_bookNow = nullptr;
    QLabel* m_error = nullptr;
    QListWidget* m_reminders = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace atrium

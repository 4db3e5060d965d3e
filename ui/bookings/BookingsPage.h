// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace atrium {

class BookingDialog;
class BookingStore;
class CancelBookingDialog;
class CheckInMonitor;
class Clock;
class DayTimeline;
class DeskQueuePanel;
class IcsImportDialog;
class MemberStore;
class WeekView;
struct Site;

// The front desk's bookings: the day of every room (or one room's week), the desk's queue
// beside it, and the calendar actions (import a .ics into a room, export a day, a room or a
// booking). Today: Ctrl+T; go to a date: Ctrl+G; previous / next day: Alt+Left / Alt+Right
// (Page Up / Page Down in the timeline).
class BookingsPage : public QWidget
{
    Q_OBJECT
public:
    BookingsPage(BookingStore& store, MemberStore* members, CheckInMonitor* monitor, const Site& site,
                 const Clock& clock, QWidget* parent = nullptr);

    QDate day() const { return m_day; }
    void showDay(QDate day);
    void showToday();
    // Opens the booking dialog for a room, from the next quarter hour (the floor's "Book this room").
    void bookRoom(const QString& roomId);
    void editBooking(qint64 bookingId);
    void cancelBooking(qint64 bookingId);
    void showWeek(const QString& roomId);

    // Calendar files; the menu asks for the path, these write or read it.
    Status exportDay(const QString& path) const;
    Status exportRoom(const QString& roomId, const QString& path) const;
    Status exportBooking(qint64 bookingId, const QString& path) const;
    void importIcs(const QString& path, const QString& roomId);

    DayTimeline* timeline() const { return m_timeline; }
    WeekView* weekView() const { return m_week; }
    DeskQueuePanel* queuePanel() const { return m_queue; }
    BookingDialog* bookingDialog() const;
    CancelBookingDialog* cancelDialog() const;
    IcsImportDialog* importDialog() const;
    QDateEdit* dateField() const { return m_goTo; }
    // The last refusal or confirmation shown above the timeline.
    QString message() const;

public Q_SLOTS:
    void reload();

private:
    void openNewBooking(const QString& roomId, const QDateTime& startUtc, const QDateTime& endUtc);
    void moveBooking(qint64 bookingId, const QString& roomId, const QDateTime& startUtc, const QDateTime& endUtc);
    void showMessage(const QString& text, bool refusal);
    void checkInSelected();
    void updateSelectionActions();
    QToolButton* buildCalendarMenu();
    QDate today() const;

    BookingStore& m_store;
    MemberStore* m_members;
    CheckInMonitor* m_monitor;
    const Site& m_site;
    const Clock& m_clock;
    QDate m_day;
    QLabel* m_dayLabel = nullptr;
    QDateEdit* m_goTo = nullptr;
    QComboBox* m_view = nullptr;
    QComboBox* m_weekRoom = nullptr;
    QCheckBox* m_wholeDay = nullptr;
    QPushButton* m_checkIn = nullptr;
    QLabel* m_message = nullptr;
    QStackedWidget* m_stack = nullptr;
    DayTimeline* m_timeline = nullptr;
    WeekView* m_week = nullptr;
    DeskQueuePanel* m_queue = nullptr;
    QPointer<BookingDialog> m_dialog;
    QPointer<CancelBookingDialog> m_cancel;
    QPointer<IcsImportDialog> m_import;
};

} // namespace atrium

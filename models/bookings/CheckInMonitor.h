// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookings/Booking.h"
#include "bookings/BookingPolicy.h"
#include "bookings/RoomBookingState.h"
#include "core/Result.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <optional>
#include <vector>

namespace atrium {

class BookingStore;
class Clock;
class LiveState;
struct Site;

// One line of the front desk's queue.
struct DeskQueueItem
{
    enum class Kind {
        BookedButEmpty, // actions: release now, keep, note a call
        InUseNotBooked, // action: create a booking now
    };
    Kind kind = Kind::BookedButEmpty;
    QString roomId;
    std::optional<Booking> booking; // BookedButEmpty only
    qint64 sinceMs = 0;             // grace over / first seen occupied without a booking
};

// Check-in and release, inside the app (no cron): a timer on the injected clock evaluates the
// bookings around now against the rooms' occupancy in LiveState.
//  - A booking is checked in automatically when its room's sensor sees people between its
//    start and the end of its grace period (BookingPolicy, per room type).
//  - After the grace an unchecked booking enters the "booked but empty" queue; it is released
//    automatically only when BookingPolicy::autoRelease is on.
//  - A booking that ends unchecked and unreleased becomes a no-show.
//  - A room occupied with no booking holding it is listed as "in use, not booked".
// Reminders for the desk come as signals, once per booking and kind.
class CheckInMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 15000;
    static constexpr int kLiveDebounceMs = 500;

    CheckInMonitor(BookingStore& store, const LiveState& live, const Site& site, const BookingPolicy& policy,
                   const Clock& clock, QObject* parent = nullptr);

    void start(int intervalMs = kDefaultIntervalMs);
    void stop();
    // One pass now (the timer calls it; so do tests after moving a ManualClock). Also runs
    // when LiveState reports changed rooms.
    void evaluate();

    // Desk actions. checkIn() works for any active booking; the others for a queued one.
    Status checkIn(qint64 bookingId);
    Status releaseNow(qint64 bookingId);
    Status keep(qint64 bookingId);
    Status noteCall(qint64 bookingId, const QString& note);

    std::vector<DeskQueueItem> queue() const;
    RoomBookingState roomState(const QString& roomId) const;
    QHash<QString, RoomBookingState> roomStates() const;

Q_SIGNALS:
    void startingSoon(const atrium::Booking& booking);    // BookingPolicy::reminderMinutes before the start
    void checkInDeadline(const atrium::Booking& booking); // grace over, not checked in: now queued
    void checkedIn(const atrium::Booking& booking, bool automatic);
    void released(const atrium::Booking& booking, bool automatic);
    void noShow(const atrium::Booking& booking);
    void queueChanged();
    void roomStatesChanged(const QSet<QString>& roomIds);

private:
    std::optional<bool> occupied(const QString& roomId) const;

    BookingStore& m_store;
    const LiveState& m_live;
    const Site& m_site;
    const BookingPolicy& m_policy;
    const Clock& m_clock;
    QTimer m_timer;
    QTimer m_liveDebounce;
    bool m_evaluating = false;
    std::vector<DeskQueueItem> m_queue;
    QHash<QString, RoomBookingState> m_states;
    QHash<QString, qint64> m_inUseSince; // room -> first seen occupied without a booking
    QSet<qint64> m_remindedSoon;
    QSet<qint64> m_remindedDeadline;
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/CheckInMonitor.h"

#include "bookings/BookingStore.h"
#include "core/Clock.h"
#include "telemetry/LiveState.h"

namespace atrium {

CheckInMonitor::CheckInMonitor(BookingStore& store, const LiveState& live, const Site& site,
                               const BookingPolicy& policy, const Clock& clock, QObject* parent)
    : QObject(parent), m_store(store), m_live(live), m_site(site), m_policy(policy), m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &CheckInMonitor::evaluate);
}

void CheckInMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void CheckInMonitor::stop()
{
    m_timer.stop();
}

void CheckInMonitor::evaluate() {}

Status CheckInMonitor::checkIn(qint64 bookingId)
{
    return m_store.checkIn(bookingId, QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC), false);
}

Status CheckInMonitor::releaseNow(qint64 bookingId)
{
    return m_store.release(bookingId, QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC));
}

Status CheckInMonitor::keep(qint64 bookingId)
{
    return m_store.keep(bookingId, QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC));
}

Status CheckInMonitor::noteCall(qint64 bookingId, const QString& note)
{
    return m_store.setCallNote(bookingId, note);
}

std::vector<DeskQueueItem> CheckInMonitor::queue() const
{
    return m_queue;
}

RoomBookingState CheckInMonitor::roomState(const QString& roomId) const
{
    return m_states.value(roomId, RoomBookingState::Free);
}

QHash<QString, RoomBookingState> CheckInMonitor::roomStates() const
{
    return m_states;
}

std::optional<bool> CheckInMonitor::occupied(const QString&) const
{
    return std::nullopt;
}

} // namespace atrium

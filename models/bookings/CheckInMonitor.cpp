// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/CheckInMonitor.h"

#include "bookings/BookingStore.h"
#include "core/Clock.h"
#include "telemetry/LiveState.h"

#include <QHash>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcBookings)

namespace atrium {

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Rooms people book. Open spaces, the kitchen and the reception are used without a booking,
// so "in use, not booked" means nothing there.
bool isBookable(RoomType type)
{
    return type == RoomType::MeetingRoom || type == RoomType::PhoneBooth || type == RoomType::PrivateOffice ||
           type == RoomType::EventSpace;
}

bool sameQueue(const std::vector<DeskQueueItem>& a, const std::vector<DeskQueueItem>& b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].kind != b[i].kind || a[i].roomId != b[i].roomId ||
            (a[i].booking ? a[i].booking->id : 0) != (b[i].booking ? b[i].booking->id : 0))
            return false;
    }
    return true;
}

} // namespace

CheckInMonitor::CheckInMonitor(BookingStore& store, const LiveState& live, const Site& site,
                               const BookingPolicy& policy, const Clock& clock, QObject* parent)
    : QObject(parent), m_store(store), m_live(live), m_site(site), m_policy(policy), m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &CheckInMonitor::evaluate);
    // Occupancy changes are answered within a second, coalesced: LiveState reports up to ten
    // times a second and one pass reads the bookings of the day.
    m_liveDebounce.setSingleShot(true);
    m_liveDebounce.setInterval(kLiveDebounceMs);
    connect(&m_liveDebounce, &QTimer::timeout, this, &CheckInMonitor::evaluate);
    connect(&live, &LiveState::updated, this, [this](const QSet<QString>& rooms) {
        for (const QString& id : rooms) {
            const Room* room = m_site.room(id);
            if (room && isBookable(room->type)) {
                if (!m_liveDebounce.isActive())
                    m_liveDebounce.start();
                return;
            }
        }
    });
    // A booking created, moved or released at the desk changes the floor at once.
    connect(&store, &BookingStore::changed, this, [this] {
        if (!m_evaluating && !m_liveDebounce.isActive())
            m_liveDebounce.start();
    });
}

void CheckInMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
    evaluate();
}

void CheckInMonitor::stop()
{
    m_timer.stop();
    m_liveDebounce.stop();
}

std::optional<bool> CheckInMonitor::occupied(const QString& roomId) const
{
    // People counters first, then presence: a room is occupied when either says > 0.
    std::optional<bool> result;
    for (Metric metric : {Metric::People, Metric::Occupancy}) {
        if (m_live.freshness(roomId, metric) != LiveState::Freshness::Fresh)
            continue;
        if (const auto v = m_live.value(roomId, metric)) {
            if (v->value > 0)
                return true;
            result = false;
        }
    }
    return result;
}

void CheckInMonitor::evaluate()
{
    m_evaluating = true;
    const qint64 now = m_clock.nowMs();
    const qint64 ahead = qint64(qMax(m_policy.reminderMinutes, m_policy.bookedSoonMinutes)) * 60000 + 60000;
    std::vector<DeskQueueItem> queue;
    // Bookings that started up to a day ago (still running or to be closed) or start soon: one
    // query per pass, which also gives every room's floor state below (this runs on the GUI
    // thread about once a second while sensors report; a query per room showed in stall_ms).
    std::vector<Booking> window = m_store.bookingsBetween(utc(now - 24 * 3600 * 1000LL), utc(now + ahead));
    for (Booking& b : window) {
        const Room* room = m_site.room(b.roomId);
        if (!room || !b.isActive())
            continue;
        const RoomTypeRules& rules = m_policy.rulesFor(room->type);
        const qint64 start = b.start.toMSecsSinceEpoch();
        const qint64 end = b.end.toMSecsSinceEpoch();
        const qint64 graceEnd = start + qint64(rules.graceMinutes) * 60000;
        if (b.status == BookingStatus::Booked && start > now &&
            start - now <= qint64(m_policy.reminderMinutes) * 60000 && !m_remindedSoon.contains(b.id)) {
            m_remindedSoon.insert(b.id);
            Q_EMIT startingSoon(b);
        }
        if (now < start)
            continue;
        if (now >= end) {
            // Ended without a check-in and nobody released it: a no-show, kept for the figures.
            if (b.status == BookingStatus::Booked && m_store.markNoShow(b.id, utc(end)).ok()) {
                b.status = BookingStatus::NoShow;
                Q_EMIT noShow(b);
            }
            continue;
        }
        if (b.status != BookingStatus::Booked)
            continue;
        // The sensor sees people: checked in, in the grace period or (late arrivals) after it.
        if (occupied(b.roomId).value_or(false)) {
            if (m_store.checkIn(b.id, utc(now), true).ok()) {
                b.status = BookingStatus::CheckedIn;
                b.checkedInAt = utc(now);
                b.checkedInAutomatically = true;
                Q_EMIT checkedIn(b, true);
            }
            continue;
        }
        if (now < graceEnd)
            continue;
        if (m_policy.autoRelease) {
            if (m_store.release(b.id, utc(now)).ok()) {
                b.status = BookingStatus::Released;
                b.releasedAt = utc(now);
                qCInfo(lcBookings) << "released booking" << b.id << "of" << b.roomId << "after its grace period";
                Q_EMIT released(b, true);
            }
            continue;
        }
        if (!m_remindedDeadline.contains(b.id)) {
            m_remindedDeadline.insert(b.id);
            Q_EMIT checkInDeadline(b);
        }
        if (!b.keptAt.isValid())
            queue.push_back(DeskQueueItem{DeskQueueItem::Kind::BookedButEmpty, b.roomId, b, graceEnd});
    }

    // The floor state of every bookable room, and the rooms in use without a booking.
    const std::vector<Booking> noBookings;
    QHash<QString, std::vector<Booking>> byRoom;
    for (const Booking& b : window) {
        if (b.end.toMSecsSinceEpoch() > now - 60000)
            byRoom[b.roomId].push_back(b);
    }
    QSet<QString> changedRooms;
    for (const Room& room : m_site.rooms) {
        if (!isBookable(room.type))
            continue;
        const auto found = byRoom.constFind(room.id);
        const std::vector<Booking>& bookings = found != byRoom.cend() ? *found : noBookings;
        const std::optional<bool> occ = occupied(room.id);
        const RoomBookingState state =
            roomBookingState(bookings, occ, now, m_policy.rulesFor(room.type), m_policy.bookedSoonMinutes);
        if (state == RoomBookingState::InUseNotBooked) {
            const qint64 since = m_inUseSince.value(room.id, now);
            m_inUseSince.insert(room.id, since);
            queue.push_back(DeskQueueItem{DeskQueueItem::Kind::InUseNotBooked, room.id, std::nullopt, since});
        } else {
            m_inUseSince.remove(room.id);
        }
        if (m_states.value(room.id, RoomBookingState::Free) != state || !m_states.contains(room.id)) {
            m_states.insert(room.id, state);
            changedRooms.insert(room.id);
        }
    }
    m_evaluating = false;
    if (!changedRooms.isEmpty())
        Q_EMIT roomStatesChanged(changedRooms);
    if (!sameQueue(queue, m_queue)) {
        m_queue = std::move(queue);
        Q_EMIT queueChanged();
    } else {
        m_queue = std::move(queue); // same lines, fresher booking data (call notes)
    }
}

Status CheckInMonitor::checkIn(qint64 bookingId)
{
    const Status s = m_store.checkIn(bookingId, utc(m_clock.nowMs()), false);
    if (s) {
        if (auto b = m_store.booking(bookingId))
            Q_EMIT checkedIn(*b, false);
        evaluate();
    }
    return s;
}

Status CheckInMonitor::releaseNow(qint64 bookingId)
{
    const Status s = m_store.release(bookingId, utc(m_clock.nowMs()));
    if (s) {
        if (auto b = m_store.booking(bookingId))
            Q_EMIT released(*b, false);
        evaluate();
    }
    return s;
}

Status CheckInMonitor::keep(qint64 bookingId)
{
    const Status s = m_store.keep(bookingId, utc(m_clock.nowMs()));
    if (s)
        evaluate();
    return s;
}

Status CheckInMonitor::noteCall(qint64 bookingId, const QString& note)
{
    const Status s = m_store.setCallNote(bookingId, note);
    if (s)
        evaluate();
    return s;
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

} // namespace atrium

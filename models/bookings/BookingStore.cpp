// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/BookingStore.h"

#include "core/Clock.h"

namespace atrium {

namespace {
template <typename T> Result<T> notYet()
{
    return Result<T>::failure(QStringLiteral("not available yet"));
}
} // namespace

BookingStore::BookingStore(const QString&, const Site& site, const BookingPolicy& policy, const Clock& clock,
                           QObject* parent)
    : QObject(parent), m_site(site), m_clock(clock), m_rules(site, policy)
{}

BookingStore::~BookingStore() = default;

Result<Booking> BookingStore::create(const Booking&)
{
    return notYet<Booking>();
}
Result<Booking> BookingStore::update(const Booking&)
{
    return notYet<Booking>();
}
Result<Booking> BookingStore::move(qint64, const QString&, const QDateTime&, const QDateTime&)
{
    return notYet<Booking>();
}
Status BookingStore::cancel(qint64, const QString&)
{
    return Status::failure(QStringLiteral("not available yet"));
}
RuleCheck BookingStore::check(const Booking& candidate) const
{
    return m_rules.check(candidate, {});
}
std::vector<Booking> BookingStore::conflicts(const Booking&) const
{
    return {};
}
Result<std::vector<PlannedBooking>> BookingStore::planSeries(const Booking&, const Recurrence&) const
{
    return notYet<std::vector<PlannedBooking>>();
}
Result<std::vector<Booking>> BookingStore::createSeries(const Booking&, const Recurrence&)
{
    return notYet<std::vector<Booking>>();
}
Result<std::vector<Booking>> BookingStore::updateSeries(qint64, const Booking&, SeriesScope,
                                                        const std::optional<Recurrence>&)
{
    return notYet<std::vector<Booking>>();
}
Status BookingStore::cancelSeries(qint64, SeriesScope, const QString&)
{
    return Status::failure(QStringLiteral("not available yet"));
}
std::optional<Recurrence> BookingStore::recurrenceOf(qint64) const
{
    return std::nullopt;
}
Status BookingStore::checkIn(qint64, const QDateTime&, bool)
{
    return Status::failure(QStringLiteral("not available yet"));
}
Status BookingStore::release(qint64, const QDateTime&)
{
    return Status::failure(QStringLiteral("not available yet"));
}
Status BookingStore::markNoShow(qint64, const QDateTime&)
{
    return Status::failure(QStringLiteral("not available yet"));
}
Status BookingStore::keep(qint64, const QDateTime&)
{
    return Status::failure(QStringLiteral("not available yet"));
}
Status BookingStore::setCallNote(qint64, const QString&)
{
    return Status::failure(QStringLiteral("not available yet"));
}
Result<std::vector<Booking>> BookingStore::createMany(const std::vector<Booking>&)
{
    return notYet<std::vector<Booking>>();
}
std::optional<Booking> BookingStore::booking(qint64) const
{
    return std::nullopt;
}
std::vector<Booking> BookingStore::seriesBookings(qint64) const
{
    return {};
}
std::vector<Booking> BookingStore::roomBookings(const QString&, const QDateTime&, const QDateTime&) const
{
    return {};
}
std::vector<Booking> BookingStore::dayBookings(QDate) const
{
    return {};
}
std::vector<Booking> BookingStore::bookingsBetween(const QDateTime&, const QDateTime&) const
{
    return {};
}
QDateTime BookingStore::dayStartUtc(QDate day) const
{
    return QDateTime(day, QTime(0, 0), m_site.timeZone).toUTC();
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookings/Booking.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <vector>

namespace atrium {

// Rows of the booking table (migration 0003) to and from Booking. Internal to atrium_bookings:
// Qt SQL stays out of the public headers.
class BookingSql
{
public:
    // `where` is the SQL after WHERE (columns prefixed with "b."), `order` after ORDER BY.
    static std::vector<Booking> select(const QSqlDatabase& db, const QString& where, const QVariantList& binds,
                                       const QString& order = QStringLiteral("b.start_ms, b.id"));
    static Result<qint64> insert(const QSqlDatabase& db, const Booking& booking, qint64 nowMs);
    static Status update(const QSqlDatabase& db, const Booking& booking, qint64 nowMs);
    static Status remove(const QSqlDatabase& db, qint64 bookingId);
    // A new iCalendar UID: "<uuid>@atrium".
    static QString newUid();
};

} // namespace atrium

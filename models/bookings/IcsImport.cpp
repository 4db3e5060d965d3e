// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/IcsImport.h"

namespace atrium {

int IcsImportPreview::conflictCount() const
{
    int n = 0;
    for (const PlannedBooking& b : bookings)
        n += b.check.ok() ? 0 : 1;
    return n;
}

Result<std::vector<IcsEvent>> IcsImport::parse(const QByteArray&, const QTimeZone&, const Options&, QStringList*)
{
    return Result<std::vector<IcsEvent>>::failure(tr("Calendar import is not available yet."));
}

Result<std::vector<IcsEvent>> IcsImport::parse(const QByteArray& data, const QTimeZone& siteZone)
{
    return parse(data, siteZone, Options{});
}

Result<IcsImportPreview> IcsImport::preview(const BookingStore&, const QByteArray&, const QString&, const Options&)
{
    return Result<IcsImportPreview>::failure(tr("Calendar import is not available yet."));
}

Result<std::vector<Booking>> IcsImport::commit(BookingStore&, const IcsImportPreview&)
{
    return Result<std::vector<Booking>>::failure(tr("Calendar import is not available yet."));
}

QTimeZone IcsImport::zoneForTzid(const QString& tzid)
{
    return QTimeZone(tzid.toUtf8());
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/IcsImport.h"

#include "bookings/IcsReader.h"
#include "bookings/IcsZones.h"

namespace atrium {

int IcsImportPreview::conflictCount() const
{
    int n = 0;
    for (const PlannedBooking& b : bookings)
        n += b.check.ok() ? 0 : 1;
    return n;
}

Result<std::vector<IcsEvent>> IcsImport::parse(const QByteArray& data, const QTimeZone& siteZone,
                                               const Options& options, QStringList* notes)
{
    return IcsReader::read(data, siteZone, options.from, options.to, notes);
}

Result<std::vector<IcsEvent>> IcsImport::parse(const QByteArray& data, const QTimeZone& siteZone)
{
    return parse(data, siteZone, Options{});
}

Result<IcsImportPreview> IcsImport::preview(const BookingStore& store, const QByteArray& data, const QString& roomId,
                                            const Options& options)
{
    if (!store.site().room(roomId))
        return Result<IcsImportPreview>::failure(tr("There is no room \"%1\" on this site.").arg(roomId));
    IcsImportPreview preview;
    preview.roomId = roomId;
    auto events = parse(data, store.site().timeZone, options, &preview.notes);
    if (!events)
        return Result<IcsImportPreview>::failure(events.error());
    preview.events = std::move(events.value());
    // Each event against the stored bookings and the events of the file before it.
    std::vector<Booking> earlier;
    for (const IcsEvent& e : preview.events) {
        Booking b;
        b.roomId = roomId;
        b.title = e.summary;
        b.notes = e.description;
        b.start = e.start;
        b.end = e.end;
        b.uid = e.uid;
        b.occurrenceStart = e.recurrenceId;
        b.attendees = 1;
        std::vector<Booking> around = store.conflicts(b);
        for (const Booking& other : earlier) {
            if (other.overlaps(b.start.addSecs(-86400), b.end.addSecs(86400)))
                around.push_back(other);
        }
        RuleCheck check = store.rules().check(b, around);
        preview.bookings.push_back(PlannedBooking{b, check});
        earlier.push_back(b);
    }
    return preview;
}

Result<std::vector<Booking>> IcsImport::commit(BookingStore& store, const IcsImportPreview& preview)
{
    if (preview.events.empty())
        return Result<std::vector<Booking>>::failure(tr("The calendar holds no event to import."));
    if (const int clashes = preview.conflictCount(); clashes > 0)
        return Result<std::vector<Booking>>::failure(
            tr("Nothing was imported: %n event(s) clash with the rules or with other bookings.", nullptr, clashes));
    std::vector<Booking> candidates;
    candidates.reserve(preview.bookings.size());
    for (const PlannedBooking& p : preview.bookings)
        candidates.push_back(p.booking);
    return store.createMany(candidates);
}

QTimeZone IcsImport::zoneForTzid(const QString& tzid)
{
    return IcsZones::resolve(tzid);
}

} // namespace atrium

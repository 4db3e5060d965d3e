// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookings/BookingStore.h"
#include "bookings/IcsEvent.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <vector>

namespace atrium {

// What an import would do: every event as a booking of the chosen room, with its conflicts.
struct IcsImportPreview
{
    QString roomId;
    std::vector<IcsEvent> events;
    std::vector<PlannedBooking> bookings; // same order as events
    QStringList notes;                    // what was skipped and why ("line 40: VTODO ignored")

    int conflictCount() const;
};

// Reads iCalendar files (RFC 5545) with libical: parse → preview → commit. An unreadable file
// is refused naming the line at fault, and nothing is imported. Zones: VTIMEZONE blocks by
// their TZID (IANA names, prefixed libical/vzic ids with X-LIC-LOCATION, Windows/Outlook names
// such as "Romance Standard Time", Outlook display names "(UTC+01:00) Brussels, Copenhagen..."),
// UTC ("Z") and floating times (read in the site's zone).
class IcsImport
{
    Q_DECLARE_TR_FUNCTIONS(atrium::IcsImport)
public:
    struct Options
    {
        // Only occurrences overlapping [from, to) (UTC); invalid: no bound. An open-ended rule
        // stops after Recurrence::kMaxYears years or kMaxOccurrences occurrences.
        QDateTime from;
        QDateTime to;
    };

    static Result<std::vector<IcsEvent>> parse(const QByteArray& data, const QTimeZone& siteZone,
                                               const Options& options, QStringList* notes = nullptr);
    static Result<std::vector<IcsEvent>> parse(const QByteArray& data, const QTimeZone& siteZone);

    // Events of the file as bookings of `roomId`, each checked against the stored bookings and
    // the events before it. Nothing is saved.
    static Result<IcsImportPreview> preview(const BookingStore& store, const QByteArray& data, const QString& roomId,
                                            const Options& options);
    // Saves the previewed bookings in one transaction; refused (nothing saved) when any conflicts.
    static Result<std::vector<Booking>> commit(BookingStore& store, const IcsImportPreview& preview);

    // The IANA zone for a TZID as calendars write it; invalid when unknown.
    static QTimeZone zoneForTzid(const QString& tzid);
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"
#include "bookings/BookingPolicy.h"
#include "bookings/BookingStore.h"
#include "bookings/IcsExport.h"
#include "bookings/IcsImport.h"
#include "core/Clock.h"
#include "site/SiteLoader.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace atrium::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::cli::IcsCommand", text);
}

// The sample site next to the sources (development) or installed with the program.
QString sampleSitePath()
{
    const QStringList candidates = {
        QStringLiteral(ATRIUM_SOURCE_DIR "/resources/sample/site.json"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/atrium/sample/site.json"),
    };
    for (const QString& c : candidates) {
        if (QFileInfo::exists(c))
            return QFileInfo(c).absoluteFilePath();
    }
    return candidates.front();
}

// One event as a JSON line: times in UTC and in the site's local time (ISO 8601 with offset).
QJsonObject eventLine(const QString& uid, const QString& summary, const QDateTime& start, const QDateTime& end,
                      const QString& room, const QTimeZone& zone)
{
    return QJsonObject{
        {QStringLiteral("uid"), uid},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("start_utc"), start.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("end_utc"), end.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("start_local"), start.toTimeZone(zone).toString(Qt::ISODate)},
        {QStringLiteral("end_local"), end.toTimeZone(zone).toString(Qt::ISODate)},
        {QStringLiteral("room"), room},
    };
}

void printLine(CliIo& io, const QJsonObject& line)
{
    io.out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
}

int usage(CliIo& io)
{
    io.err << tr("Usage: atrium-cli ics import FILE --room ID --database DB [--dry-run] [--site SITE]\n"
                 "       atrium-cli ics export (--room ID | --day YYYY-MM-DD | --booking ID) --database DB\n"
                 "                             [--output FILE] [--private] [--site SITE]\n"
                 "Import prints one JSON line per event (uid, summary, start/end in UTC and local time, room,\n"
                 "conflicts) and saves nothing if any event clashes. Export writes the .ics to FILE and prints\n"
                 "the exported events as JSON lines, or writes the .ics to standard output without --output.\n");
    return 2;
}

int runIcs(CliIo& io)
{
    QStringList args = io.args;
    const QString database = takeOption(args, QStringLiteral("database"));
    const QString sitePath = takeOption(args, QStringLiteral("site"), sampleSitePath());
    const QString roomId = takeOption(args, QStringLiteral("room"));
    const QString day = takeOption(args, QStringLiteral("day"));
    const QString bookingId = takeOption(args, QStringLiteral("booking"));
    const QString output = takeOption(args, QStringLiteral("output"));
    const bool dryRun = takeFlag(args, QStringLiteral("dry-run"));
    const bool privateTitles = takeFlag(args, QStringLiteral("private"));
    const QString action = args.value(0);
    if (database.isEmpty() || (action != QLatin1String("import") && action != QLatin1String("export")))
        return usage(io);

    SiteLoader::Options options;
    options.checkPlans = false;
    auto site = SiteLoader::load(sitePath, options);
    if (!site) {
        io.err << site.error() << '\n';
        return 1;
    }
    auto policy = BookingPolicy::fromSiteFile(sitePath);
    if (!policy) {
        io.err << policy.error() << '\n';
        return 1;
    }
    if (Status migrated = Database::migrate(database); !migrated) {
        io.err << migrated.error() << '\n';
        return 1;
    }
    SystemClock clock;
    BookingStore store(database, site.value(), policy.value(), clock);
    store.setActor(QStringLiteral("atrium-cli"));
    if (!store.openError().isEmpty()) {
        io.err << store.openError() << '\n';
        return 1;
    }
    const QTimeZone& zone = site->timeZone;

    if (action == QLatin1String("import")) {
        const QString file = args.value(1);
        if (file.isEmpty() || roomId.isEmpty())
            return usage(io);
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            io.err << tr("Cannot read %1").arg(file) << '\n';
            return 1;
        }
        auto preview = IcsImport::preview(store, in.readAll(), roomId, IcsImport::Options{});
        if (!preview) {
            io.err << QFileInfo(file).fileName() << ' ' << preview.error() << '\n';
            return 1;
        }
        for (size_t i = 0; i < preview->events.size(); ++i) {
            const IcsEvent& e = preview->events[i];
            QJsonObject line = eventLine(e.uid, e.summary, e.start, e.end, roomId, zone);
            line.insert(QStringLiteral("line"), e.line);
            line.insert(QStringLiteral("zone"), e.zoneId);
            QJsonArray conflicts;
            for (const RuleViolation& v : preview->bookings[i].check.violations)
                conflicts.append(v.message);
            line.insert(QStringLiteral("conflicts"), conflicts);
            printLine(io, line);
        }
        for (const QString& note : preview->notes)
            io.err << QFileInfo(file).fileName() << ' ' << note << '\n';
        if (dryRun) {
            io.err << tr("%1 events read, %2 with conflicts; nothing saved (--dry-run).")
                          .arg(preview->events.size())
                          .arg(preview->conflictCount())
                   << '\n';
            return preview->conflictCount() > 0 ? 1 : 0;
        }
        auto saved = IcsImport::commit(store, preview.value());
        if (!saved) {
            io.err << saved.error() << '\n';
            return 1;
        }
        io.err << tr("%1 bookings imported into %2.").arg(saved->size()).arg(site->room(roomId)->name) << '\n';
        return 0;
    }

    std::vector<Booking> bookings;
    if (!bookingId.isEmpty()) {
        if (auto b = store.booking(bookingId.toLongLong()))
            bookings.push_back(*b);
        else {
            io.err << tr("There is no booking with id %1.").arg(bookingId) << '\n';
            return 1;
        }
    } else if (!day.isEmpty()) {
        const QDate date = QDate::fromString(day, Qt::ISODate);
        if (!date.isValid()) {
            io.err << tr("--day needs a date as YYYY-MM-DD, not \"%1\".").arg(day) << '\n';
            return 2;
        }
        bookings = store.dayBookings(date);
    } else if (!roomId.isEmpty()) {
        if (!site->room(roomId)) {
            io.err << tr("There is no room \"%1\" on this site.").arg(roomId) << '\n';
            return 1;
        }
        bookings = store.roomBookings(roomId, QDateTime(QDate(1970, 1, 2), QTime(0, 0), Qt::UTC),
                                      QDateTime(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC));
    } else {
        return usage(io);
    }
    IcsExport::Options exportOptions;
    exportOptions.includePrivateTitles = privateTitles;
    const QByteArray ics = IcsExport::calendar(bookings, site.value(), exportOptions);
    if (output.isEmpty()) {
        io.out.flush();
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly))
            out.write(ics);
        return 0;
    }
    QFile out(output);
    if (!out.open(QIODevice::WriteOnly) || out.write(ics) != ics.size()) {
        io.err << tr("Cannot write %1").arg(output) << '\n';
        return 1;
    }
    for (const Booking& b : bookings) {
        if (b.status == BookingStatus::Cancelled)
            continue;
        QJsonObject line = eventLine(b.uid, privateTitles ? b.staffDisplayTitle() : b.publicDisplayTitle(), b.start,
                                     b.end, b.roomId, zone);
        line.insert(QStringLiteral("id"), b.id);
        line.insert(QStringLiteral("status"), bookingStatusKey(b.status));
        printLine(io, line);
    }
    return 0;
}

} // namespace

CliCommand icsCommand()
{
    return CliCommand{QStringLiteral("ics"), tr("import .ics files into a room, export bookings to .ics"), runIcs};
}

} // namespace atrium::cli

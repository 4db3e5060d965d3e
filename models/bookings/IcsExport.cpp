// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/IcsExport.h"

#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace atrium {

namespace {

// RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values.
QString escaped(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u';', QStringLiteral("\\;"));
    text.replace(u',', QStringLiteral("\\,"));
    text.remove(u'\r');
    text.replace(u'\n', QStringLiteral("\\n"));
    return text;
}

// RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF + space), never inside a
// UTF-8 sequence.
void appendLine(QByteArray& out, const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype start = 0;
    qsizetype limit = 75;
    while (bytes.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += bytes.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += bytes.mid(start);
    out += "\r\n";
}

QString offset(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    seconds = qAbs(seconds);
    return QStringLiteral("%1%2%3")
        .arg(sign)
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QString localStamp(const QDateTime& local)
{
    return local.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

// VTIMEZONE for the years the bookings span (one before and after), one observance per
// transition, from Qt's zone data: explicit DTSTARTs are valid RFC 5545 (§3.6.5) and need no
// RRULE guessing.
void appendTimeZone(QByteArray& out, const QTimeZone& zone, int firstYear, int lastYear)
{
    const QString id = QString::fromUtf8(zone.id());
    appendLine(out, QStringLiteral("BEGIN:VTIMEZONE"));
    appendLine(out, QStringLiteral("TZID:") + id);
    appendLine(out, QStringLiteral("X-LIC-LOCATION:") + id);
    const QDateTime from(QDate(firstYear - 1, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(lastYear + 1, 12, 31), QTime(23, 59), Qt::UTC);
    const auto transitions = zone.transitions(from, to);
    int previous = zone.offsetFromUtc(from.addSecs(-1));
    if (transitions.isEmpty()) {
        const int standard = zone.standardTimeOffset(from);
        appendLine(out, QStringLiteral("BEGIN:STANDARD"));
        appendLine(out, QStringLiteral("DTSTART:19700101T000000"));
        appendLine(out, QStringLiteral("TZOFFSETFROM:") + offset(standard));
        appendLine(out, QStringLiteral("TZOFFSETTO:") + offset(standard));
        appendLine(out, QStringLiteral("END:STANDARD"));
    }
    for (const QTimeZone::OffsetData& t : transitions) {
        const QString kind = t.daylightTimeOffset != 0 ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
        appendLine(out, QStringLiteral("BEGIN:") + kind);
        // DTSTART of an observance is the wall-clock time in the offset in force before it.
        appendLine(out, QStringLiteral("DTSTART:") + localStamp(t.atUtc.toUTC().addSecs(previous).toUTC()));
        appendLine(out, QStringLiteral("TZOFFSETFROM:") + offset(previous));
        appendLine(out, QStringLiteral("TZOFFSETTO:") + offset(t.offsetFromUtc));
        if (!t.abbreviation.isEmpty())
            appendLine(out, QStringLiteral("TZNAME:") + escaped(t.abbreviation));
        appendLine(out, QStringLiteral("END:") + kind);
        previous = t.offsetFromUtc;
    }
    appendLine(out, QStringLiteral("END:VTIMEZONE"));
}

} // namespace

QByteArray IcsExport::calendar(const std::vector<Booking>& bookings, const Site& site, const Options& options)
{
    const QTimeZone& zone = site.timeZone;
    const QString tzid = QString::fromUtf8(zone.id());
    QByteArray out;
    appendLine(out, QStringLiteral("BEGIN:VCALENDAR"));
    appendLine(out, QStringLiteral("VERSION:2.0"));
    appendLine(out, QStringLiteral("PRODID:-//Atrium//Atrium %1//EN").arg(QStringLiteral(ATRIUM_VERSION)));
    appendLine(out, QStringLiteral("CALSCALE:GREGORIAN"));
    appendLine(out, QStringLiteral("METHOD:PUBLISH"));
    appendLine(out, QStringLiteral("X-WR-CALNAME:") + escaped(site.name));
    appendLine(out, QStringLiteral("X-WR-TIMEZONE:") + tzid);

    std::vector<const Booking*> kept;
    for (const Booking& b : bookings) {
        if (b.status != BookingStatus::Cancelled && b.start.isValid() && b.end > b.start)
            kept.push_back(&b);
    }
    std::sort(kept.begin(), kept.end(), [](const Booking* a, const Booking* b) { return a->start < b->start; });
    if (!kept.empty())
        appendTimeZone(out, zone, kept.front()->start.toTimeZone(zone).date().year(),
                       kept.back()->end.toTimeZone(zone).date().year());
    else
        appendTimeZone(out, zone, QDate::currentDate().year(), QDate::currentDate().year());

    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const Booking* b : kept) {
        const Room* room = site.room(b->roomId);
        appendLine(out, QStringLiteral("BEGIN:VEVENT"));
        appendLine(out, QStringLiteral("UID:") +
                            (b->uid.isEmpty() ? QStringLiteral("booking-%1@atrium").arg(b->id) : b->uid));
        appendLine(out, QStringLiteral("DTSTAMP:") + stamp);
        appendLine(out, QStringLiteral("DTSTART;TZID=%1:%2").arg(tzid, localStamp(b->start.toTimeZone(zone))));
        appendLine(out, QStringLiteral("DTEND;TZID=%1:%2").arg(tzid, localStamp(b->end.toTimeZone(zone))));
        if (b->occurrenceStart.isValid())
            appendLine(
                out,
                QStringLiteral("RECURRENCE-ID;TZID=%1:%2").arg(tzid, localStamp(b->occurrenceStart.toTimeZone(zone))));
        const QString title = options.includePrivateTitles ? b->staffDisplayTitle() : b->publicDisplayTitle();
        appendLine(out, QStringLiteral("SUMMARY:") + escaped(title));
        appendLine(out, QStringLiteral("LOCATION:") + escaped(room ? room->name : b->roomId));
        if (options.includePrivateTitles && !b->notes.isEmpty())
            appendLine(out, QStringLiteral("DESCRIPTION:") + escaped(b->notes));
        // Private titles travel as "Booked": the event is then also marked private.
        appendLine(out,
                   QStringLiteral("CLASS:") + (b->publicTitle ? QStringLiteral("PUBLIC") : QStringLiteral("PRIVATE")));
        appendLine(out, QStringLiteral("STATUS:CONFIRMED"));
        appendLine(out, QStringLiteral("TRANSP:OPAQUE"));
        appendLine(out, QStringLiteral("X-ATRIUM-ROOM:") + escaped(b->roomId));
        appendLine(out, QStringLiteral("X-ATRIUM-STATUS:") + bookingStatusKey(b->status));
        appendLine(out, QStringLiteral("END:VEVENT"));
    }
    appendLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

QByteArray IcsExport::calendar(const std::vector<Booking>& bookings, const Site& site)
{
    return calendar(bookings, site, Options{});
}

} // namespace atrium

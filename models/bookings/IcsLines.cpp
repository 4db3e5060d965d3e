// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/IcsLines.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <libical/ical.h>

namespace atrium {

namespace {

struct Line
{
    int number = 0; // of its first physical line
    QString text;
};

// Index of the ':' that ends the parameters, outside double quotes (RFC 5545 §3.2: quoted
// parameter values may hold ':', ';' and ','). -1 when there is none.
qsizetype valueColon(const QString& line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (c == u':' && !quoted)
            return i;
    }
    return -1;
}

const QRegularExpression& dateTimeValue()
{
    // DATE or DATE-TIME, optionally UTC; PERIOD as start/end or start/duration (RDATE).
    static const QRegularExpression re(
        QStringLiteral("^\\d{8}(T\\d{6}Z?)?(/(\\d{8}T\\d{6}Z?|[+-]?P(\\d+W|(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+S)?)?)))?$"));
    return re;
}

const QRegularExpression& durationValue()
{
    static const QRegularExpression re(QStringLiteral("^[+-]?P(\\d+W|(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+S)?)?)$"));
    return re;
}

} // namespace

Result<IcsLines::Scan> IcsLines::scan(const QByteArray& raw)
{
    using Out = Result<Scan>;
    QByteArray data = raw;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    // Physical lines, unfolded (RFC 5545 §3.1: CRLF followed by a space or a tab continues).
    std::vector<Line> lines;
    int number = 0;
    QStringDecoder decoder(QStringDecoder::Utf8);
    for (QByteArray physical : data.split('\n')) {
        ++number;
        if (physical.endsWith('\r'))
            physical.chop(1);
        const QString text = decoder.decode(physical);
        if (decoder.hasError())
            return Out::failure(tr("line %1: this is not UTF-8 text").arg(number));
        if (!text.isEmpty() && (text.at(0) == u' ' || text.at(0) == u'\t') && !lines.empty()) {
            lines.back().text += text.mid(1);
            continue;
        }
        if (!text.trimmed().isEmpty())
            lines.push_back(Line{number, text});
    }
    if (lines.empty() || lines.front().text.trimmed().compare(QLatin1String("BEGIN:VCALENDAR"), Qt::CaseInsensitive))
        return Out::failure(tr("line %1: not an iCalendar file (it must start with BEGIN:VCALENDAR)")
                                .arg(lines.empty() ? 1 : lines.front().number));

    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9-]+$"));
    static const QStringList timeProperties = {QStringLiteral("DTSTART"),       QStringLiteral("DTEND"),
                                               QStringLiteral("RECURRENCE-ID"), QStringLiteral("EXDATE"),
                                               QStringLiteral("RDATE"),         QStringLiteral("DUE")};
    Scan scan;
    std::vector<std::pair<QString, int>> open; // component name, line
    QStringList out;
    for (Line& line : lines) {
        qsizetype colon = valueColon(line.text);
        const qsizetype semicolon = line.text.indexOf(u';');
        const qsizetype nameEnd = semicolon >= 0 && (colon < 0 || semicolon < colon) ? semicolon : colon;
        const QString name = (nameEnd < 0 ? line.text : line.text.left(nameEnd)).trimmed().toUpper();
        if (!namePattern.match(name).hasMatch())
            return Out::failure(
                tr("line %1: \"%2\" is not an iCalendar line (NAME:value)").arg(line.number).arg(line.text.left(40)));
        if (colon < 0 && timeProperties.contains(name)) {
            // Exchange 2010: TZID="Zone name:20200609T090000" (the closing quote moved past the value).
            static const QRegularExpression swallowed(
                QStringLiteral("^([^\"]*)\"([^\":]*):(\\d{8}(?:T\\d{6}Z?)?)\"\\s*$"));
            const auto m = swallowed.match(line.text);
            if (m.hasMatch()) {
                line.text = m.captured(1) + m.captured(2) + u':' + m.captured(3);
                colon = valueColon(line.text);
                scan.notes << tr("line %1: %2 had its value inside the TZID quotes; read as %3 in \"%4\"")
                                  .arg(line.number)
                                  .arg(name, m.captured(3), m.captured(2));
            }
        }
        if (colon < 0)
            return Out::failure(tr("line %1: %2 has no value (no ':' outside quotes)").arg(line.number).arg(name));
        const QString value = line.text.mid(colon + 1).trimmed();
        if (name == u"BEGIN") {
            open.emplace_back(value.toUpper(), line.number);
            if (value.compare(QLatin1String("VEVENT"), Qt::CaseInsensitive) == 0)
                scan.eventLines.push_back(line.number);
        } else if (name == u"END") {
            if (open.empty())
                return Out::failure(tr("line %1: END:%2 without a BEGIN").arg(line.number).arg(value));
            if (open.back().first != value.toUpper())
                return Out::failure(tr("line %1: END:%2 closes BEGIN:%3 of line %4")
                                        .arg(line.number)
                                        .arg(value, open.back().first)
                                        .arg(open.back().second));
            open.pop_back();
        } else if (open.empty()) {
            return Out::failure(
                tr("line %1: %2 is outside BEGIN:VCALENDAR ... END:VCALENDAR").arg(line.number).arg(name));
        } else if (timeProperties.contains(name)) {
            for (const QString& part : value.split(u',', Qt::SkipEmptyParts)) {
                if (!dateTimeValue().match(part.trimmed()).hasMatch())
                    return Out::failure(
                        tr("line %1: %2 \"%3\" is not a date or a date and time (YYYYMMDD or YYYYMMDDTHHMMSS)")
                            .arg(line.number)
                            .arg(name, part.trimmed()));
            }
        } else if (name == u"DURATION" && !durationValue().match(value).hasMatch()) {
            return Out::failure(
                tr("line %1: DURATION \"%2\" is not a duration (e.g. PT1H30M)").arg(line.number).arg(value));
        } else if (name == u"RRULE" && open.back().first == u"VEVENT") {
            icalerror_clear_errno();
            const icalrecurrencetype rule = icalrecurrencetype_from_string(value.toUtf8().constData());
            if (rule.freq == ICAL_NO_RECURRENCE)
                return Out::failure(tr("line %1: RRULE \"%2\" is not a recurrence rule").arg(line.number).arg(value));
        }
        out << line.text;
    }
    if (!open.empty())
        return Out::failure(tr("line %1: BEGIN:%2 is never closed").arg(open.back().second).arg(open.back().first));
    scan.text = out.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
    return scan;
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace atrium {

// First pass over an iCalendar file, before libical sees it: libical accepts almost anything
// and hides what it could not read in X-LIC-ERROR properties, so the line at fault is found
// here. Checks UTF-8, the BEGIN/END nesting, that every line is NAME[;PARAM=...]:VALUE (RFC 5545
// §3.1) and that the date, time, duration and rule values libical would silently drop are
// well formed. Repairs one quirk of real exports (noted): Exchange 2010 writing
// DTSTART;TZID="W. Europe Standard Time:20200609T090000", the quote swallowing the value.
class IcsLines
{
    Q_DECLARE_TR_FUNCTIONS(atrium::IcsLines)
public:
    struct Scan
    {
        QByteArray text;             // unfolded, repaired, CRLF line ends: what libical parses
        std::vector<int> eventLines; // line of each BEGIN:VEVENT, in file order
        QStringList notes;           // repairs made, with their line
    };
    static Result<Scan> scan(const QByteArray& data);
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookings/IcsEvent.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <vector>

namespace atrium {

// Turns an iCalendar file into occurrences with UTC times, through libical (internal to
// atrium_bookings; IcsImport::parse is the public face). Recurrences are expanded in the
// wall-clock time of the event's own zone (RFC 5545 §3.3.10), then each occurrence is placed
// in that zone: a weekly 09:00 in Berlin stays 09:00 Berlin time across DST.
class IcsReader
{
    Q_DECLARE_TR_FUNCTIONS(atrium::IcsReader)
public:
    static Result<std::vector<IcsEvent>> read(const QByteArray& data, const QTimeZone& siteZone, const QDateTime& from,
                                              const QDateTime& to, QStringList* notes);
};

} // namespace atrium

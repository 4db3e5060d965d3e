// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <utility>
#include <vector>

class QDateTime;

namespace atrium {

// When a grant holds, week after week, in the site's local (wall-clock) time, so a DST change
// moves nothing: 07:00 stays 07:00. Written as text, the same in the database, CSV files and
// the UI: "always", or entries separated by ';' of days and a time range:
//   "mon-fri 07:00-22:00; sat 09:00-13:00"   "mon,wed,fri 08:00-12:00"   "daily 00:00-24:00"
// A range that ends before it starts runs past midnight: "fri 22:00-02:00" is Friday 22:00 to
// Saturday 02:00. Ranges are [start, end): at 22:00 a 07:00-22:00 grant no longer holds.
class WeeklySchedule
{
    Q_DECLARE_TR_FUNCTIONS(atrium::WeeklySchedule)
public:
    static WeeklySchedule always();
    static Result<WeeklySchedule> parse(const QString& text);

    bool isAlways() const { return m_always; }
    // `dayOfWeek` 1 = Monday ... 7 = Sunday (Qt's), minute after local midnight.
    bool contains(int dayOfWeek, int minute) const;
    // `local` must already be in the site's time zone.
    bool contains(const QDateTime& local) const;
    QString toString() const; // the text it was parsed from, normalised

private:
    bool m_always = false;
    QString m_text;
    std::array<std::vector<std::pair<int, int>>, 7> m_ranges; // per day (0 = Monday), [start, end)
};

} // namespace atrium

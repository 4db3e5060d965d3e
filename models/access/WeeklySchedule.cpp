// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/WeeklySchedule.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

namespace atrium {

namespace {

constexpr const char* kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

int dayIndex(const QString& name)
{
    for (int i = 0; i < 7; ++i) {
        if (name == QLatin1String(kDays[i]))
            return i;
    }
    return -1;
}

// "07:00" -> 420; "24:00" -> 1440; -1 when malformed.
int minuteOf(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (min > 59 || h > 24 || (h == 24 && min != 0))
        return -1;
    return h * 60 + min;
}

} // namespace

WeeklySchedule WeeklySchedule::always()
{
    WeeklySchedule s;
    s.m_always = true;
    s.m_text = QStringLiteral("always");
    return s;
}

Result<WeeklySchedule> WeeklySchedule::parse(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("always"))
        return always();
    WeeklySchedule s;
    QStringList normalised;
    for (const QString& rawEntry : t.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString entry = rawEntry.simplified();
        const QStringList parts = entry.split(QLatin1Char(' '));
        const auto bad = [&](const QString& why) {
            return Result<WeeklySchedule>::failure(tr("Schedule \"%1\": %2").arg(entry, why));
        };
        if (parts.size() != 2)
            return bad(tr("write days then hours, e.g. \"mon-fri 07:00-22:00\"."));
        std::array<bool, 7> days{};
        for (const QString& spec : parts[0].split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (spec == QLatin1String("daily")) {
                days.fill(true);
                continue;
            }
            const QStringList range = spec.split(QLatin1Char('-'));
            const int from = dayIndex(range.value(0));
            const int to = range.size() == 2 ? dayIndex(range[1]) : from;
            if (from < 0 || to < 0 || range.size() > 2)
                return bad(tr("\"%1\" is not a day (mon, tue, wed, thu, fri, sat, sun, daily).").arg(spec));
            for (int d = from;; d = (d + 1) % 7) {
                days[size_t(d)] = true;
                if (d == to)
                    break;
            }
        }
        const QStringList hours = parts[1].split(QLatin1Char('-'));
        const int start = minuteOf(hours.value(0));
        const int end = minuteOf(hours.value(1));
        if (hours.size() != 2 || start < 0 || end < 0 || start == 1440)
            return bad(tr("\"%1\" is not a time range such as 07:00-22:00.").arg(parts[1]));
        if (start == end)
            return bad(tr("the range %1 is empty.").arg(parts[1]));
        for (int d = 0; d < 7; ++d) {
            if (!days[size_t(d)])
                continue;
            if (start < end) {
                s.m_ranges[size_t(d)].emplace_back(start, end);
            } else { // past midnight, into the next day
                s.m_ranges[size_t(d)].emplace_back(start, 1440);
                if (end > 0)
                    s.m_ranges[size_t((d + 1) % 7)].emplace_back(0, end);
            }
        }
        normalised << entry;
    }
    if (normalised.isEmpty())
        return always();
    s.m_text = normalised.join(QStringLiteral("; "));
    return s;
}

bool WeeklySchedule::contains(int dayOfWeek, int minute) const
{
    if (m_always)
        return true;
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return false;
    for (const auto& [start, end] : m_ranges[size_t(dayOfWeek - 1)]) {
        if (minute >= start && minute < end)
            return true;
    }
    return false;
}

bool WeeklySchedule::contains(const QDateTime& local) const
{
    const QTime t = local.time();
    return contains(local.date().dayOfWeek(), t.hour() * 60 + t.minute());
}

QString WeeklySchedule::toString() const
{
    return m_text;
}

} // namespace atrium

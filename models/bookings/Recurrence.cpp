// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/Recurrence.h"

#include <QLocale>
#include <QStringList>

#include <libical/ical.h>

namespace atrium {

namespace {

// RFC 5545 §3.3.10 weekday codes, Monday first like Qt::DayOfWeek.
constexpr const char* kDayCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

icaltimetype floating(const QDate& date, const QTime& time)
{
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.hour = time.hour();
    t.minute = time.minute();
    t.second = time.second();
    t.is_date = 0;
    t.zone = nullptr;
    return t;
}

// The rule as libical should expand it: in floating wall-clock time, so that 09:00 stays
// 09:00 on both sides of a DST change, with UNTIL as the end of that local day.
QString iterationRule(const Recurrence& r)
{
    QString rule = r.toRRule(QTimeZone());
    if (r.until.isValid()) {
        QStringList parts = rule.split(QLatin1Char(';'));
        for (QString& part : parts) {
            if (part.startsWith(QLatin1String("UNTIL=")))
                part =
                    QStringLiteral("UNTIL=") + r.until.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("T235959");
        }
        rule = parts.join(QLatin1Char(';'));
    }
    return rule;
}

} // namespace

QString Recurrence::toRRule(const QTimeZone& zone) const
{
    QStringList parts;
    switch (frequency) {
    case Frequency::None:
        return QString();
    case Frequency::Daily:
        parts << QStringLiteral("FREQ=DAILY");
        break;
    case Frequency::Weekly:
        parts << QStringLiteral("FREQ=WEEKLY");
        break;
    case Frequency::Monthly:
        parts << QStringLiteral("FREQ=MONTHLY");
        break;
    }
    if (interval > 1)
        parts << QStringLiteral("INTERVAL=%1").arg(interval);
    if (frequency == Frequency::Weekly && !weekdays.isEmpty()) {
        QStringList days;
        for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
            if (weekdays.contains(Qt::DayOfWeek(d)))
                days << QLatin1String(kDayCodes[d - 1]);
        }
        parts << QStringLiteral("BYDAY=") + days.join(QLatin1Char(','));
    }
    if (count > 0) {
        parts << QStringLiteral("COUNT=%1").arg(count);
    } else if (until.isValid()) {
        // With a zoned DTSTART, UNTIL must be UTC (RFC 5545 §3.3.10): the last instant of
        // that local day.
        const QDateTime end = zone.isValid() ? QDateTime(until, QTime(23, 59, 59), zone).toUTC()
                                             : QDateTime(until, QTime(23, 59, 59), Qt::UTC);
        parts << QStringLiteral("UNTIL=") + end.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    }
    return parts.join(QLatin1Char(';'));
}

Result<Recurrence> Recurrence::fromRRule(const QString& rrule, const QTimeZone& zone)
{
    const QByteArray text = rrule.trimmed().toUtf8();
    icalerror_clear_errno();
    const icalrecurrencetype rule = icalrecurrencetype_from_string(text.constData());
    if (rule.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR)
        return Result<Recurrence>::failure(tr("\"%1\" is not a recurrence rule.").arg(rrule));
    Recurrence r;
    switch (rule.freq) {
    case ICAL_DAILY_RECURRENCE:
        r.frequency = Frequency::Daily;
        break;
    case ICAL_WEEKLY_RECURRENCE:
        r.frequency = Frequency::Weekly;
        break;
    case ICAL_MONTHLY_RECURRENCE:
        r.frequency = Frequency::Monthly;
        break;
    default:
        return Result<Recurrence>::failure(
            tr("Only daily, weekly and monthly repeats can be edited here, not \"%1\".").arg(rrule));
    }
    auto unsupported = [&](const short* values, const char* part) -> std::optional<QString> {
        if (values[0] != ICAL_RECURRENCE_ARRAY_MAX)
            return tr("\"%1\" uses %2, which cannot be edited here.").arg(rrule, QLatin1String(part));
        return std::nullopt;
    };
    for (const auto& [values, name] : {std::pair{rule.by_second, "BYSECOND"}, std::pair{rule.by_minute, "BYMINUTE"},
                                       std::pair{rule.by_hour, "BYHOUR"}, std::pair{rule.by_month_day, "BYMONTHDAY"},
                                       std::pair{rule.by_year_day, "BYYEARDAY"}, std::pair{rule.by_week_no, "BYWEEKNO"},
                                       std::pair{rule.by_month, "BYMONTH"}, std::pair{rule.by_set_pos, "BYSETPOS"}}) {
        if (auto error = unsupported(values, name))
            return Result<Recurrence>::failure(*error);
    }
    for (int i = 0; i < ICAL_BY_DAY_SIZE && rule.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        if (r.frequency != Frequency::Weekly || icalrecurrencetype_day_position(rule.by_day[i]) != 0)
            return Result<Recurrence>::failure(tr("\"%1\" uses BYDAY, which cannot be edited here.").arg(rrule));
        // libical: 1 = Sunday ... 7 = Saturday.
        const int icalDay = icalrecurrencetype_day_day_of_week(rule.by_day[i]);
        r.weekdays << Qt::DayOfWeek(icalDay == 1 ? 7 : icalDay - 1);
    }
    r.interval = qMax(1, int(rule.interval));
    r.count = rule.count;
    if (!icaltime_is_null_time(rule.until)) {
        const QDate date(rule.until.year, rule.until.month, rule.until.day);
        if (rule.until.is_date || !icaltime_is_utc(rule.until) || !zone.isValid()) {
            r.until = date;
        } else {
            const QDateTime utc(date, QTime(rule.until.hour, rule.until.minute, rule.until.second), Qt::UTC);
            r.until = utc.toTimeZone(zone).date();
        }
    }
    return r;
}

Result<std::vector<QDateTime>> Recurrence::occurrences(const QDateTime& firstStart, const QTimeZone& zone) const
{
    using Out = Result<std::vector<QDateTime>>;
    if (!firstStart.isValid() || !zone.isValid())
        return Out::failure(tr("The first date of the series is missing."));
    const QDateTime local = firstStart.toTimeZone(zone);
    if (!isRecurring())
        return std::vector<QDateTime>{local};
    if (interval < 1)
        return Out::failure(tr("The repeat interval must be at least 1."));
    const QByteArray ruleText = iterationRule(*this).toUtf8();
    icalerror_clear_errno();
    const icalrecurrencetype rule = icalrecurrencetype_from_string(ruleText.constData());
    if (rule.freq == ICAL_NO_RECURRENCE)
        return Out::failure(tr("\"%1\" is not a recurrence rule.").arg(QString::fromUtf8(ruleText)));
    icalrecur_iterator* it = icalrecur_iterator_new(rule, floating(local.date(), local.time()));
    if (!it)
        return Out::failure(tr("\"%1\" is not a recurrence rule.").arg(QString::fromUtf8(ruleText)));
    std::vector<QDateTime> out;
    const QDate lastDay = local.date().addYears(kMaxYears);
    for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t); t = icalrecur_iterator_next(it)) {
        const QDate date(t.year, t.month, t.day);
        if (date > lastDay || int(out.size()) >= kMaxOccurrences)
            break;
        if (exceptions.contains(date))
            continue;
        if (frequency == Frequency::Weekly && !weekdays.isEmpty() &&
            !weekdays.contains(Qt::DayOfWeek(date.dayOfWeek())))
            continue;
        // Built in the zone from wall-clock fields: 09:00 stays 09:00 across DST. A time that
        // does not exist that day (02:30 on the spring-forward night) moves forward an hour.
        out.emplace_back(date, QTime(t.hour, t.minute, t.second), zone);
    }
    icalrecur_iterator_free(it);
    if (out.empty())
        return Out::failure(tr("This repeat gives no date at all."));
    return out;
}

QString Recurrence::describe() const
{
    QString text;
    switch (frequency) {
    case Frequency::None:
        return tr("Does not repeat");
    case Frequency::Daily:
        text = interval > 1 ? tr("Every %1 days").arg(interval) : tr("Every day");
        break;
    case Frequency::Weekly: {
        text = interval > 1 ? tr("Every %1 weeks").arg(interval) : tr("Every week");
        QStringList days;
        for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
            if (weekdays.contains(Qt::DayOfWeek(d)))
                days << QLocale().dayName(d, QLocale::LongFormat);
        }
        if (!days.isEmpty())
            text += tr(" on %1").arg(days.join(QStringLiteral(", ")));
        break;
    }
    case Frequency::Monthly:
        text = interval > 1 ? tr("Every %1 months").arg(interval) : tr("Every month");
        break;
    }
    if (count > 0)
        text += tr(", %n time(s)", nullptr, count);
    else if (until.isValid())
        text += tr(", until %1").arg(QLocale().toString(until, QLocale::ShortFormat));
    if (!exceptions.isEmpty())
        text += tr(", except %n date(s)", nullptr, int(exceptions.size()));
    return text;
}

} // namespace atrium

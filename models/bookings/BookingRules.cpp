// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/BookingRules.h"

#include <QLocale>
#include <QStringList>

namespace atrium {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

// Minutes after local midnight of `local`'s date; `dayOf` is the date the minute counts from,
// so an end at the next midnight counts as 24:00 of the day before.
int minuteOfDay(const QDateTime& local, QDate dayOf)
{
    const int minute = local.time().msecsSinceStartOfDay() / 60000;
    return local.date() == dayOf ? minute : minute + int(dayOf.daysTo(local.date())) * kMinutesPerDay;
}

QString hhmm(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

// "15 min", "2 h", "1 h 30": short words the desk reads at a glance, in both languages.
QString durationText(int minutes)
{
    if (minutes < 60)
        return BookingRules::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return BookingRules::tr("%1 h").arg(minutes / 60);
    return BookingRules::tr("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

bool RuleCheck::breaks(RuleViolation::Rule rule) const
{
    for (const RuleViolation& v : violations) {
        if (v.rule == rule)
            return true;
    }
    return false;
}

QString RuleCheck::message() const
{
    QStringList lines;
    for (const RuleViolation& v : violations)
        lines << v.message;
    return lines.join(QLatin1Char('\n'));
}

BookingRules::BookingRules(const Site& site, const BookingPolicy& policy) : m_site(site), m_policy(policy) {}

QString BookingRules::timeRange(const Booking& booking) const
{
    const QDateTime start = booking.start.toTimeZone(m_site.timeZone);
    const QDateTime end = booking.end.toTimeZone(m_site.timeZone);
    const QString startText = start.toString(QStringLiteral("HH:mm"));
    QString endText = end.toString(QStringLiteral("HH:mm"));
    if (end.date() != start.date() && !(end.date() == start.date().addDays(1) && end.time() == QTime(0, 0)))
        endText = QLocale().toString(end.date(), QLocale::ShortFormat) + QLatin1Char(' ') + endText;
    else if (end.time() == QTime(0, 0) && end.date() != start.date())
        endText = QStringLiteral("24:00");
    //: A time range, e.g. 13:00–14:00
    return tr("%1–%2").arg(startText, endText);
}

RuleCheck BookingRules::check(const Booking& candidate, const std::vector<Booking>& roomBookings) const
{
    RuleCheck result;
    const QDateTime localStart = candidate.start.toTimeZone(m_site.timeZone);
    const QDate day = localStart.date();
    auto add = [&](RuleViolation::Rule rule, const QString& message, qint64 clashing = 0) {
        result.violations.push_back(RuleViolation{rule, message, clashing, day});
    };

    if (!candidate.start.isValid() || !candidate.end.isValid() || candidate.end <= candidate.start) {
        add(RuleViolation::Rule::InvalidTimes, tr("The booking must end after it starts."));
        return result;
    }
    const Room* room = m_site.room(candidate.roomId);
    if (!room) {
        add(RuleViolation::Rule::UnknownRoom, tr("There is no room \"%1\" on this site.").arg(candidate.roomId));
        return result;
    }
    const RoomTypeRules& rules = m_policy.rulesFor(room->type);

    // Overlaps first: they are what the desk most needs to see. Buffers apply on both sides:
    // the cleaning time after the earlier booking must fit before the later one starts.
    const qint64 bufferSecs = qint64(rules.bufferMinutes) * 60;
    for (const Booking& other : roomBookings) {
        if (!other.isActive() || other.roomId != candidate.roomId || (candidate.id > 0 && other.id == candidate.id))
            continue;
        QString who = other.memberName.trimmed();
        const QString what = other.staffDisplayTitle();
        QString otherDesc = who.isEmpty()
                                ? tr("%1 is booked %2 (%3)").arg(room->name, timeRange(other), what)
                                : tr("%1 is booked %2 by %3 (%4)").arg(room->name, timeRange(other), who, what);
        const QDate otherDay = other.start.toTimeZone(m_site.timeZone).date();
        if (otherDay != day)
            otherDesc += tr(" on %1").arg(QLocale().toString(otherDay, QLocale::ShortFormat));
        if (other.overlaps(candidate.start, candidate.end)) {
            add(RuleViolation::Rule::Overlap, otherDesc + QLatin1Char('.'), other.id);
        } else if (bufferSecs > 0 &&
                   other.overlaps(candidate.start.addSecs(-bufferSecs), candidate.end.addSecs(bufferSecs))) {
            //: %1 is "Ada is booked 13:00–14:00 by Jane Doe (Sprint review)"
            add(RuleViolation::Rule::Buffer,
                tr("%1, and %2 of cleaning are kept between two bookings of this room.")
                    .arg(otherDesc, durationText(rules.bufferMinutes)),
                other.id);
        }
    }

    if (room->capacity > 0 && candidate.attendees > room->capacity)
        add(RuleViolation::Rule::Capacity, tr("%1 holds %2 people; this booking is for %3.")
                                               .arg(room->name)
                                               .arg(room->capacity)
                                               .arg(candidate.attendees));

    if (const Closure* closure = m_policy.closureOn(day)) {
        const QString date = QLocale().toString(day, QLocale::ShortFormat);
        add(RuleViolation::Rule::Closure, closure->reason.isEmpty()
                                              ? tr("The site is closed on %1.").arg(date)
                                              : tr("The site is closed on %1 (%2).").arg(date, closure->reason));
    } else {
        const OpeningHours::Day& hours = m_site.openingHours.days[day.dayOfWeek() - 1];
        const QString weekday = QLocale().standaloneDayName(day.dayOfWeek(), QLocale::LongFormat);
        const int startMinute = minuteOfDay(localStart, day);
        const int endMinute = minuteOfDay(candidate.end.toTimeZone(m_site.timeZone), day);
        if (!hours.open) {
            add(RuleViolation::Rule::OpeningHours, tr("The site is closed on %1s.").arg(weekday));
        } else if (startMinute < hours.openMinute || endMinute > hours.closeMinute) {
            add(RuleViolation::Rule::OpeningHours,
                tr("The site is open %1–%2 on %3; this booking is %4.")
                    .arg(hhmm(hours.openMinute), hhmm(hours.closeMinute), weekday, timeRange(candidate)));
        }
    }

    // Lengths in elapsed time: 01:00–04:00 on the spring-forward night is two hours.
    const qint64 minutes = candidate.start.secsTo(candidate.end) / 60;
    if (minutes < rules.minMinutes)
        add(RuleViolation::Rule::MinLength,
            tr("A booking of %1 lasts at least %2.").arg(room->name, durationText(rules.minMinutes)));
    if (minutes > rules.maxMinutes)
        add(RuleViolation::Rule::MaxLength,
            tr("A booking of %1 lasts at most %2.").arg(room->name, durationText(rules.maxMinutes)));
    return result;
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/AutomationRule.h"

#include "core/Metric.h"
#include "site/Site.h"

#include <QLocale>
#include <QTime>

namespace atrium {

bool AutomationRule::appliesTo(const Room& room) const
{
    if (scope.isEmpty())
        return true;
    if (scope.startsWith(QLatin1String("room:")))
        return QStringView(scope).mid(5) == room.id;
    if (scope.startsWith(QLatin1String("type:")))
        return QStringView(scope).mid(5) == roomTypeKey(room.type);
    return false;
}

bool AutomationRule::drives(Channel channel) const
{
    for (const RuleAction& a : actions) {
        if (a.channel == channel)
            return true;
    }
    return false;
}

QString rulePriorityKey(RulePriority priority)
{
    switch (priority) {
    case RulePriority::Safety:
        return QStringLiteral("safety");
    case RulePriority::Booking:
        return QStringLiteral("booking");
    case RulePriority::Schedule:
        return QStringLiteral("schedule");
    case RulePriority::Optimisation:
        break;
    }
    return QStringLiteral("optimisation");
}

std::optional<RulePriority> rulePriorityFromKey(QStringView key)
{
    for (RulePriority p :
         {RulePriority::Safety, RulePriority::Booking, RulePriority::Schedule, RulePriority::Optimisation}) {
        if (key == rulePriorityKey(p))
            return p;
    }
    return std::nullopt;
}

QString rulePriorityDisplayName(RulePriority priority)
{
    switch (priority) {
    case RulePriority::Safety:
        return QCoreApplication::translate("atrium::RuleText", "Safety");
    case RulePriority::Booking:
        //: rules driven by bookings and by people in the room
        return QCoreApplication::translate("atrium::RuleText", "Bookings and presence");
    case RulePriority::Schedule:
        return QCoreApplication::translate("atrium::RuleText", "Schedule");
    case RulePriority::Optimisation:
        break;
    }
    //: rules that save energy
    return QCoreApplication::translate("atrium::RuleText", "Energy saving");
}

QString conditionKindKey(ConditionKind kind)
{
    switch (kind) {
    case ConditionKind::Occupied:
        return QStringLiteral("occupied");
    case ConditionKind::Empty:
        return QStringLiteral("empty");
    case ConditionKind::BookingWithin:
        return QStringLiteral("booking_within");
    case ConditionKind::Co2Above:
        return QStringLiteral("co2_above");
    case ConditionKind::TemperatureOutside:
        return QStringLiteral("temperature_outside");
    case ConditionKind::TimeWindow:
        break;
    }
    return QStringLiteral("time_window");
}

std::optional<ConditionKind> conditionKindFromKey(QStringView key)
{
    for (ConditionKind k : {ConditionKind::Occupied, ConditionKind::Empty, ConditionKind::BookingWithin,
                            ConditionKind::Co2Above, ConditionKind::TemperatureOutside, ConditionKind::TimeWindow}) {
        if (key == conditionKindKey(k))
            return k;
    }
    return std::nullopt;
}

namespace {

QString hhmm(int minutes)
{
    return QTime(0, 0).addSecs((minutes % (24 * 60)) * 60).toString(QStringLiteral("HH:mm"));
}

QString days(int mask)
{
    if ((mask & 0x7f) == 0x7f)
        return QCoreApplication::translate("atrium::RuleText", "every day");
    const QLocale locale;
    if ((mask & 0x7f) == 0x1f)
        return QCoreApplication::translate("atrium::RuleText", "%1–%2")
            .arg(locale.dayName(1, QLocale::ShortFormat), locale.dayName(5, QLocale::ShortFormat));
    QStringList names;
    for (int d = 0; d < 7; ++d) {
        if (mask & (1 << d))
            names << locale.dayName(d + 1, QLocale::ShortFormat);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

QString RuleText::condition(const RuleCondition& c)
{
    const QLocale locale;
    const QString forMinutes = c.minutes > 0 ? tr(" for %n min", nullptr, c.minutes) : QString();
    switch (c.kind) {
    case ConditionKind::Occupied:
        return tr("occupied") + forMinutes;
    case ConditionKind::Empty:
        return tr("empty") + forMinutes;
    case ConditionKind::BookingWithin:
        return tr("booked now, or a booking starts within %n min", nullptr, c.minutes);
    case ConditionKind::Co2Above:
        return tr("%1 above %2 ppm").arg(metricDisplayName(Metric::Co2), locale.toString(qRound(c.threshold))) +
               forMinutes;
    case ConditionKind::TemperatureOutside:
        return tr("temperature outside %1–%2 °C")
                   .arg(locale.toString(c.bandLow, 'f', 1), locale.toString(c.bandHigh, 'f', 1)) +
               forMinutes;
    case ConditionKind::TimeWindow:
        return tr("%1–%2, %3").arg(hhmm(c.windowStart), hhmm(c.windowEnd), days(c.windowDays));
    }
    return QString();
}

QString RuleText::actions(const std::vector<RuleAction>& actions)
{
    QStringList parts;
    for (const RuleAction& a : actions)
        parts << channelValueText(a.channel, a.value);
    return parts.join(QStringLiteral(", "));
}

QString RuleText::scope(const QString& scope, const Site* site)
{
    if (scope.isEmpty())
        return tr("All rooms");
    if (scope.startsWith(QLatin1String("type:"))) {
        const auto type = roomTypeFromKey(QStringView(scope).mid(5));
        return type ? roomTypeDisplayName(*type) : scope.mid(5);
    }
    const QString roomId = scope.mid(5);
    const Room* room = site ? site->room(roomId) : nullptr;
    return room ? room->name : roomId;
}

Status RuleText::validate(const AutomationRule& rule)
{
    if (rule.name.trimmed().isEmpty())
        return Status::failure(tr("A rule needs a name."));
    if (rule.actions.empty())
        return Status::failure(tr("Rule \"%1\" does nothing: give it at least one action.").arg(rule.name));
    for (const RuleAction& a : rule.actions) {
        if (a.value < channelMinimum(a.channel) || a.value > channelMaximum(a.channel))
            return Status::failure(
                tr("Rule \"%1\": %2 is not a possible %3.")
                    .arg(rule.name, QString::number(a.value), channelDisplayName(a.channel).toLower()));
    }
    const RuleCondition& c = rule.condition;
    if (c.minutes < 0 || c.minutes > 24 * 60 || rule.minActiveMinutes < 0 || rule.minActiveMinutes > 24 * 60)
        return Status::failure(tr("Rule \"%1\": minutes must be between 0 and 1440.").arg(rule.name));
    if (c.hysteresis < 0)
        return Status::failure(tr("Rule \"%1\": the hysteresis cannot be negative.").arg(rule.name));
    if (c.kind == ConditionKind::Co2Above && (c.threshold < 400 || c.threshold > 5000))
        return Status::failure(tr("Rule \"%1\": a CO₂ threshold is between 400 and 5,000 ppm.").arg(rule.name));
    if (c.kind == ConditionKind::TemperatureOutside && c.bandHigh - c.bandLow < 2 * c.hysteresis + 0.5)
        return Status::failure(
            tr("Rule \"%1\": the temperature band must be wider than twice the hysteresis.").arg(rule.name));
    if (c.kind == ConditionKind::TimeWindow &&
        (c.windowStart == c.windowEnd || (c.windowDays & 0x7f) == 0 || c.windowStart < 0 || c.windowEnd < 0 ||
         c.windowStart > 24 * 60 || c.windowEnd > 24 * 60))
        return Status::failure(
            tr("Rule \"%1\": the time window needs a start, an end and at least one day.").arg(rule.name));
    return Status::success();
}

} // namespace atrium

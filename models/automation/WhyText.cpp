// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/WhyText.h"

#include "core/Metric.h"

#include <QDateTime>
#include <QLocale>

namespace atrium {

namespace {

QString localTime(qint64 ms, qint64 nowMs, const QTimeZone& zone)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    if (at.date() == now.date())
        return at.toString(QStringLiteral("HH:mm"));
    return QLocale().toString(at, QStringLiteral("ddd HH:mm"));
}

const ActiveRule* findRule(const std::vector<ActiveRule>& active, std::optional<qint64> id)
{
    if (!id)
        return nullptr;
    for (const ActiveRule& a : active) {
        if (a.rule.id == *id)
            return &a;
    }
    return nullptr;
}

} // namespace

QString WhyText::joinAnd(const QStringList& parts)
{
    if (parts.isEmpty())
        return QString();
    if (parts.size() == 1)
        return parts.front();
    //: joins the last two facts of a list: "booked from 14:00 and CO₂ 1,150 ppm"
    return tr("%1 and %2").arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")), parts.back());
}

QString WhyText::fact(const ActiveRule& active, const RoomInputs& in, qint64 nowMs, const QTimeZone& zone)
{
    const QLocale locale;
    const RuleCondition& c = active.rule.condition;
    switch (c.kind) {
    case ConditionKind::Occupied:
        return tr("occupied since %1").arg(localTime(active.conditionSinceMs, nowMs, zone));
    case ConditionKind::Empty:
        return tr("empty since %1").arg(localTime(active.conditionSinceMs, nowMs, zone));
    case ConditionKind::BookingWithin: {
        const auto& b = in.currentBooking ? in.currentBooking : in.nextBooking;
        if (b)
            return tr("booked from %1").arg(localTime(b->startMs, nowMs, zone));
        return tr("booked");
    }
    case ConditionKind::Co2Above:
        if (in.co2Ppm)
            return tr("%1 %2 ppm").arg(metricDisplayName(Metric::Co2), locale.toString(qRound(*in.co2Ppm)));
        return tr("%1 was high").arg(metricDisplayName(Metric::Co2));
    case ConditionKind::TemperatureOutside:
        if (in.temperatureC)
            return tr("%1 °C in the room").arg(locale.toString(*in.temperatureC, 'f', 1));
        return tr("the temperature was out of range");
    case ConditionKind::TimeWindow:
        //: a rule's time window: "schedule 08:00–19:00"
        return tr("schedule %1").arg(RuleText::condition(c).section(QStringLiteral(", "), 0, 0));
    }
    return active.rule.name;
}

QString WhyText::until(const Override& o, qint64 nowMs, const QTimeZone& zone)
{
    if (o.expiry == OverrideExpiry::RoomEmpty)
        return tr("until the room is empty");
    if (o.expiry == OverrideExpiry::BookingEnd && o.expiresMs)
        return tr("until the booking ends at %1").arg(localTime(*o.expiresMs, nowMs, zone));
    if (o.expiresMs)
        return tr("until %1").arg(localTime(*o.expiresMs, nowMs, zone));
    return QString();
}

QString WhyText::timeLeft(const Override& o, qint64 nowMs)
{
    if (o.expiry == OverrideExpiry::RoomEmpty)
        return tr("until the room is empty");
    if (!o.expiresMs)
        return QString();
    const qint64 leftS = std::max<qint64>(0, (*o.expiresMs - nowMs + 999) / 1000);
    if (leftS < 60)
        return tr("%n s left", nullptr, int(leftS));
    const qint64 minutes = (leftS + 59) / 60;
    if (minutes < 60)
        return tr("%n min left", nullptr, int(minutes));
    //: hours and minutes left: "1 h 05 left"
    return tr("%1 h %2 left").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString WhyText::sentence(const std::vector<ChannelDecision>& decisions, const std::vector<ActiveRule>& active,
                          const RoomInputs& in, qint64 nowMs, const QTimeZone& zone)
{
    QStringList ruled;
    QStringList facts;
    QStringList safety;
    QStringList overridden;
    for (const ChannelDecision& d : decisions) {
        if (!d.value)
            continue;
        const QString value = channelValueText(d.channel, *d.value);
        const ActiveRule* rule = findRule(active, d.ruleId);
        switch (d.source) {
        case DecisionSource::None:
            break;
        case DecisionSource::Rule:
            ruled << value;
            if (rule) {
                const QString f = fact(*rule, in, nowMs, zone);
                if (!facts.contains(f))
                    facts << f;
            }
            break;
        case DecisionSource::Safety:
            //: a value forced by a safety rule: "ventilation high for safety (CO₂ 1,900 ppm)"
            safety << tr("%1 for safety (%2)").arg(value, rule ? fact(*rule, in, nowMs, zone) : QString());
            break;
        case DecisionSource::Override: {
            const Override& o = *d.override;
            //: "23 °C set by Front desk until 15:00 (client cold)"
            QString text = tr("%1 set by %2 %3 (%4)").arg(value, o.author, until(o, nowMs, zone), o.reason);
            if (d.automaticValue && *d.automaticValue != *d.value)
                //: what the rules would give without the override
                text = tr("%1, automatic %2").arg(text, channelValueText(d.channel, *d.automaticValue));
            overridden << text;
            break;
        }
        }
    }
    QStringList parts;
    if (!ruled.isEmpty())
        //: "21 °C, lights on because booked from 14:00 and CO₂ 1,150 ppm"
        parts << tr("%1 because %2").arg(ruled.join(QStringLiteral(", ")), joinAnd(facts));
    parts << overridden << safety;
    if (parts.isEmpty())
        return tr("No rule applies now: the devices keep their own settings.");
    return parts.join(QStringLiteral("; "));
}

} // namespace atrium

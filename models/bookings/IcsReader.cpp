// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/IcsReader.h"

#include "bookings/IcsLines.h"
#include "bookings/IcsZones.h"
#include "bookings/Recurrence.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <libical/ical.h>
#include <map>
#include <memory>

namespace atrium {

namespace {

// A time as the file writes it: wall-clock fields and how to read them.
struct Stamp
{
    QDate date;
    QTime time;
    bool isDate = false;
    bool utc = false;
    QString tzid; // empty: UTC or floating

    bool valid() const { return date.isValid(); }
};

Stamp stampOf(const icaltimetype& t, icalproperty* p)
{
    Stamp s;
    if (icaltime_is_null_time(t))
        return s;
    s.date = QDate(t.year, t.month, t.day);
    s.isDate = t.is_date;
    s.time = t.is_date ? QTime(0, 0) : QTime(t.hour, t.minute, qMin(t.second, 59));
    s.utc = icaltime_is_utc(t);
    if (p && !s.utc) {
        if (icalparameter* tz = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER))
            s.tzid = QString::fromUtf8(icalparameter_get_tzid(tz));
    }
    return s;
}

icaltimetype floating(const Stamp& s)
{
    icaltimetype t = icaltime_null_time();
    t.year = s.date.year();
    t.month = s.date.month();
    t.day = s.date.day();
    t.is_date = s.isDate ? 1 : 0;
    if (!s.isDate) {
        t.hour = s.time.hour();
        t.minute = s.time.minute();
        t.second = s.time.second();
    }
    return t;
}

QString text(icalcomponent* c, icalproperty_kind kind)
{
    icalproperty* p = icalcomponent_get_first_property(c, kind);
    const char* value = p ? icalproperty_get_value_as_string(p) : nullptr;
    return value ? QString::fromUtf8(value).trimmed() : QString();
}

// Zones of one file: TZIDs resolved once, unknown ones noted once.
class Zones
{
public:
    Zones(icalcomponent* root, const QTimeZone& site, QStringList* notes) : m_root(root), m_site(site), m_notes(notes)
    {
        for (icalcomponent* c = icalcomponent_get_first_component(root, ICAL_VTIMEZONE_COMPONENT); c;
             c = icalcomponent_get_next_component(root, ICAL_VTIMEZONE_COMPONENT)) {
            const QString tzid = text(c, ICAL_TZID_PROPERTY);
            for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_X_PROPERTY); p;
                 p = icalcomponent_get_next_property(c, ICAL_X_PROPERTY)) {
                if (qstrcmp(icalproperty_get_x_name(p), "X-LIC-LOCATION") == 0)
                    m_locations.insert(tzid, QString::fromUtf8(icalproperty_get_x(p)));
            }
        }
    }

    // The zone wall-clock times with this TZID are read in; the site's zone for floating times.
    QTimeZone zone(const Stamp& s)
    {
        if (s.utc)
            return QTimeZone::utc();
        if (s.tzid.isEmpty() || s.isDate)
            return m_site;
        auto it = m_zones.find(s.tzid);
        if (it == m_zones.end()) {
            QTimeZone zone = IcsZones::resolve(s.tzid, m_locations.value(s.tzid));
            if (!zone.isValid() && !icalcomponent_get_timezone(m_root, s.tzid.toUtf8().constData())) {
                m_notes->append(IcsReader::tr("time zone \"%1\" is unknown: its times are read in %2")
                                    .arg(s.tzid, QString::fromUtf8(m_site.id())));
                zone = m_site;
            }
            it = m_zones.insert(s.tzid, zone);
        }
        return it.value();
    }

    QDateTime toUtc(const Stamp& s)
    {
        if (!s.valid())
            return QDateTime();
        const QTimeZone z = zone(s);
        if (z.isValid())
            return QDateTime(s.date, s.time, z).toUTC();
        // Only a VTIMEZONE of the file knows this zone: let libical apply its rules.
        icaltimetype t = floating(s);
        t.zone = icalcomponent_get_timezone(m_root, s.tzid.toUtf8().constData());
        const icaltimetype u = icaltime_convert_to_zone(t, icaltimezone_get_utc_timezone());
        return QDateTime(QDate(u.year, u.month, u.day), QTime(u.hour, u.minute, qMin(u.second, 59)), Qt::UTC);
    }

    QString zoneId(const Stamp& s)
    {
        const QTimeZone z = zone(s);
        return z.isValid() ? QString::fromUtf8(z.id()) : s.tzid;
    }

private:
    icalcomponent* m_root;
    QTimeZone m_site;
    QStringList* m_notes;
    QHash<QString, QString> m_locations;
    QHash<QString, QTimeZone> m_zones;
};

struct Source
{
    icalcomponent* component = nullptr;
    int line = 0;
    QString uid;
    Stamp start;
    Stamp end;
    std::optional<icaldurationtype> duration;
    std::optional<Stamp> recurrenceId;
    bool cancelled = false;
};

struct Occurrence
{
    QDateTime start;
    QDateTime end;
    bool allDay = false;
};

// The end of an occurrence starting at `start` (wall-clock fields in the event's frame).
Occurrence place(const Source& src, const Stamp& start, Zones& zones, const std::optional<QDateTime>& periodEnd)
{
    Occurrence o;
    o.start = zones.toUtc(start);
    o.allDay = start.isDate;
    if (periodEnd) {
        o.end = *periodEnd;
    } else if (start.isDate) {
        // All-day: DTEND is exclusive (RFC 5545 §3.6.1); no DTEND and no DURATION is one day.
        qint64 days = 1;
        if (src.end.valid())
            days = qMax<qint64>(1, src.start.date.daysTo(src.end.date));
        else if (src.duration)
            days = qMax<qint64>(1, src.duration->days + 7 * src.duration->weeks);
        Stamp e = start;
        e.date = start.date.addDays(days);
        o.end = zones.toUtc(e);
    } else if (src.end.valid()) {
        // DTEND: the same exact duration for every occurrence (RFC 5545 §3.8.5.3).
        o.end = o.start.addSecs(zones.toUtc(src.start).secsTo(zones.toUtc(src.end)));
    } else if (src.duration) {
        // Days and weeks are nominal (wall clock), hours and less exact (RFC 5545 §3.3.6).
        Stamp e = start;
        const QDateTime wall =
            QDateTime(start.date, start.time, Qt::UTC).addDays(src.duration->days + 7 * src.duration->weeks);
        e.date = wall.date();
        o.end = zones.toUtc(e).addSecs(qint64(src.duration->hours) * 3600 + src.duration->minutes * 60 +
                                       src.duration->seconds);
    } else {
        o.end = o.start;
    }
    return o;
}

} // namespace

Result<std::vector<IcsEvent>> IcsReader::read(const QByteArray& data, const QTimeZone& siteZone, const QDateTime& from,
                                              const QDateTime& to, QStringList* notes)
{
    using Out = Result<std::vector<IcsEvent>>;
    QStringList localNotes;
    if (!notes)
        notes = &localNotes;
    auto scan = IcsLines::scan(data);
    if (!scan)
        return Out::failure(scan.error());
    *notes << scan->notes;
    icalerror_set_errors_are_fatal(0);
    std::unique_ptr<icalcomponent, void (*)(icalcomponent*)> root(icalparser_parse_string(scan->text.constData()),
                                                                  icalcomponent_free);
    if (!root)
        return Out::failure(tr("line 1: libical could not read this calendar"));
    icalcomponent* calendar = root.get();
    if (icalcomponent_isa(calendar) == ICAL_XROOT_COMPONENT)
        calendar = icalcomponent_get_first_component(calendar, ICAL_VCALENDAR_COMPONENT);
    if (!calendar)
        return Out::failure(tr("line 1: no VCALENDAR in this file"));
    Zones zones(calendar, siteZone, notes);

    // Every VEVENT in file order, with its line.
    std::vector<Source> sources;
    size_t index = 0;
    for (icalcomponent* c = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT), ++index) {
        Source s;
        s.component = c;
        s.line = index < scan->eventLines.size() ? scan->eventLines[index] : 0;
        s.uid = text(c, ICAL_UID_PROPERTY);
        if (icalproperty* p = icalcomponent_get_first_property(c, ICAL_DTSTART_PROPERTY))
            s.start = stampOf(icalproperty_get_dtstart(p), p);
        if (icalproperty* p = icalcomponent_get_first_property(c, ICAL_DTEND_PROPERTY))
            s.end = stampOf(icalproperty_get_dtend(p), p);
        if (icalproperty* p = icalcomponent_get_first_property(c, ICAL_DURATION_PROPERTY)) {
            if (s.end.valid())
                notes->append(tr("line %1: event has both DTEND and DURATION; DTEND is used").arg(s.line));
            else
                s.duration = icalproperty_get_duration(p);
        }
        if (icalproperty* p = icalcomponent_get_first_property(c, ICAL_RECURRENCEID_PROPERTY))
            s.recurrenceId = stampOf(icalproperty_get_recurrenceid(p), p);
        s.cancelled = text(c, ICAL_STATUS_PROPERTY).compare(QLatin1String("CANCELLED"), Qt::CaseInsensitive) == 0;
        sources.push_back(s);
    }

    // Moved or edited occurrences (RECURRENCE-ID), by UID and the UTC start they replace.
    QHash<QString, std::map<qint64, const Source*>> overrides;
    for (const Source& s : sources) {
        if (s.recurrenceId)
            overrides[s.uid][zones.toUtc(*s.recurrenceId).toMSecsSinceEpoch()] = &s;
    }
    QSet<const Source*> usedOverrides;
    std::vector<IcsEvent> out;
    int skippedCancelled = 0;
    auto emitEvent = [&](const Source& src, const Occurrence& o, const std::optional<QDateTime>& rid, bool moved) {
        if (src.cancelled) {
            ++skippedCancelled;
            return;
        }
        if (o.end <= o.start) {
            notes->append(tr("line %1: event \"%2\" on %3 has no length; skipped")
                              .arg(src.line)
                              .arg(text(src.component, ICAL_SUMMARY_PROPERTY), o.start.toString(Qt::ISODate)));
            return;
        }
        if ((from.isValid() && o.end <= from) || (to.isValid() && o.start >= to))
            return;
        IcsEvent e;
        e.uid = src.uid;
        e.summary = text(src.component, ICAL_SUMMARY_PROPERTY);
        e.description = text(src.component, ICAL_DESCRIPTION_PROPERTY);
        e.start = o.start;
        e.end = o.end;
        e.allDay = o.allDay;
        e.floating = !src.start.utc && src.start.tzid.isEmpty() && !src.start.isDate;
        e.sourceZone = src.start.tzid;
        e.zoneId = zones.zoneId(src.start);
        if (rid)
            e.recurrenceId = *rid;
        e.moved = moved;
        e.line = src.line;
        out.push_back(e);
    };

    for (const Source& src : sources) {
        if (src.recurrenceId)
            continue; // placed with its master below, or on its own at the end
        const auto& moved = overrides.value(src.uid);
        std::vector<std::pair<Stamp, std::optional<QDateTime>>> starts; // wall start, explicit end (RDATE PERIOD)
        icalproperty* rrule = icalcomponent_get_first_property(src.component, ICAL_RRULE_PROPERTY);
        if (src.start.valid()) {
            if (!rrule) {
                starts.emplace_back(src.start, std::nullopt);
            } else {
                icalrecurrencetype rule = icalproperty_get_rrule(rrule);
                const bool bounded = rule.count > 0 || !icaltime_is_null_time(rule.until);
                if (!icaltime_is_null_time(rule.until) && !rule.until.is_date && icaltime_is_utc(rule.until)) {
                    // Iteration runs in the event's wall-clock time: UNTIL too.
                    const QDateTime until(QDate(rule.until.year, rule.until.month, rule.until.day),
                                          QTime(rule.until.hour, rule.until.minute, qMin(rule.until.second, 59)),
                                          Qt::UTC);
                    const QTimeZone z = zones.zone(src.start);
                    const QDateTime local = z.isValid() ? until.toTimeZone(z) : until;
                    Stamp u{local.date(), local.time(), src.start.isDate, false, QString()};
                    rule.until = floating(u);
                } else if (!icaltime_is_null_time(rule.until)) {
                    rule.until.zone = nullptr;
                    if (src.start.isDate && !rule.until.is_date)
                        rule.until.is_date = 1;
                }
                icalrecur_iterator* it = icalrecur_iterator_new(rule, floating(src.start));
                const QDate last = src.start.date.addYears(Recurrence::kMaxYears);
                int n = 0;
                for (icaltimetype t = it ? icalrecur_iterator_next(it) : icaltime_null_time();
                     !icaltime_is_null_time(t); t = icalrecur_iterator_next(it)) {
                    Stamp s = src.start;
                    s.date = QDate(t.year, t.month, t.day);
                    if (!s.isDate)
                        s.time = QTime(t.hour, t.minute, qMin(t.second, 59));
                    if (s.date > last || ++n > Recurrence::kMaxOccurrences) {
                        notes->append(tr("line %1: \"%2\" repeats beyond %3; only its first %4 years are read")
                                          .arg(src.line)
                                          .arg(text(src.component, ICAL_SUMMARY_PROPERTY))
                                          .arg(s.date.toString(Qt::ISODate))
                                          .arg(Recurrence::kMaxYears));
                        break;
                    }
                    starts.emplace_back(s, std::nullopt);
                }
                if (it)
                    icalrecur_iterator_free(it);
                Q_UNUSED(bounded)
            }
        }
        for (icalproperty* p = icalcomponent_get_first_property(src.component, ICAL_RDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(src.component, ICAL_RDATE_PROPERTY)) {
            const icaldatetimeperiodtype rdate = icalproperty_get_rdate(p);
            if (!icaltime_is_null_time(rdate.time)) {
                Stamp s = stampOf(rdate.time, p);
                if (!s.utc && s.tzid.isEmpty() && !s.isDate)
                    s.tzid = src.start.tzid; // a floating RDATE follows DTSTART's zone
                starts.emplace_back(s, std::nullopt);
            } else if (!icaltime_is_null_time(rdate.period.start)) {
                Stamp s = stampOf(rdate.period.start, p);
                if (!s.utc && s.tzid.isEmpty())
                    s.tzid = src.start.tzid;
                std::optional<QDateTime> end;
                if (!icaltime_is_null_time(rdate.period.end)) {
                    Stamp e = stampOf(rdate.period.end, p);
                    if (!e.utc && e.tzid.isEmpty())
                        e.tzid = s.tzid;
                    end = zones.toUtc(e);
                } else {
                    end = zones.toUtc(s).addSecs(icaldurationtype_as_int(rdate.period.duration));
                }
                starts.emplace_back(s, end);
            }
        }
        if (starts.empty()) {
            notes->append(tr("line %1: event \"%2\" has no start (DTSTART); skipped")
                              .arg(src.line)
                              .arg(text(src.component, ICAL_SUMMARY_PROPERTY)));
            continue;
        }
        // EXDATE: a date-time removes that start, a date removes the occurrences of that day.
        QSet<qint64> excluded;
        QSet<QDate> excludedDays;
        for (icalproperty* p = icalcomponent_get_first_property(src.component, ICAL_EXDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(src.component, ICAL_EXDATE_PROPERTY)) {
            Stamp s = stampOf(icalproperty_get_exdate(p), p);
            if (s.isDate) {
                excludedDays.insert(s.date);
                continue;
            }
            if (!s.utc && s.tzid.isEmpty())
                s.tzid = src.start.tzid;
            excluded.insert(zones.toUtc(s).toMSecsSinceEpoch());
        }
        const bool recurring = rrule || starts.size() > 1;
        QSet<qint64> seen;
        for (const auto& [wall, periodEnd] : starts) {
            Occurrence o = place(src, wall, zones, periodEnd);
            const qint64 key = o.start.toMSecsSinceEpoch();
            if (seen.contains(key) || excluded.contains(key) || excludedDays.contains(wall.date))
                continue;
            seen.insert(key);
            const auto hit = moved.find(key);
            const std::optional<QDateTime> rid =
                recurring || hit != moved.end() ? std::optional(o.start) : std::nullopt;
            if (hit != moved.end()) {
                const Source& instance = *hit->second;
                usedOverrides.insert(&instance);
                Stamp instanceStart = instance.start.valid() ? instance.start : wall;
                emitEvent(instance, place(instance.start.valid() ? instance : src, instanceStart, zones, std::nullopt),
                          rid, true);
            } else {
                emitEvent(src, o, rid, false);
            }
        }
    }
    // Instances whose master is not in the file (Google exports them so) or that match no
    // occurrence of it: each stands on its own, with its own times.
    for (const Source& src : sources) {
        if (!src.recurrenceId || usedOverrides.contains(&src))
            continue;
        if (!src.start.valid()) {
            notes->append(tr("line %1: moved occurrence without a start; skipped").arg(src.line));
            continue;
        }
        emitEvent(src, place(src, src.start, zones, std::nullopt), zones.toUtc(*src.recurrenceId), true);
    }
    if (skippedCancelled > 0)
        notes->append(tr("%n cancelled event(s) skipped", nullptr, skippedCancelled));
    std::stable_sort(out.begin(), out.end(), [](const IcsEvent& a, const IcsEvent& b) { return a.start < b.start; });
    return out;
}

} // namespace atrium

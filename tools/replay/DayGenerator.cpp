// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DayGenerator.h"

#include "Daylight.h"
#include "OccupancyProfile.h"
#include "SeededRandom.h"
#include "analytics/Comfort.h"
#include "core/Metric.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace atrium::replay {

namespace {

constexpr qint64 kStepMs = 5000;
constexpr double kStepHours = kStepMs / 3600000.0;
constexpr double kCeilingM = 2.7;
// CO2 exhaled by a seated adult: EN 16798-1's default of 20 L/h (en16798_categories.md §5, S16).
constexpr double kCo2PerPersonLh = 20.0;
// Category II design ventilation (en16798_categories.md §7, S10): per person and per m².
constexpr double kVentPerPersonLs = 7.0;
constexpr double kVentPerAreaLs = 1.4;
// Air changes per hour through the envelope when the ventilation is off.
constexpr double kInfiltrationAch = 0.2;
// Electric lighting measured at a ceiling sensor while the room is in use (EN 12464-1 asks
// 500 lx on the desk; a ceiling sensor reads somewhat less).
constexpr double kElectricLux = 420.0;

double floorAreaPerPerson(RoomType type)
{
    switch (type) {
    case RoomType::MeetingRoom:
        return 2.5;
    case RoomType::OpenSpace:
        return 8.0;
    case RoomType::PhoneBooth:
        return 2.0;
    case RoomType::PrivateOffice:
        return 7.0;
    case RoomType::EventSpace:
        return 1.5;
    case RoomType::Kitchen:
        return 3.0;
    case RoomType::Reception:
        return 6.0;
    case RoomType::Other:
        return 5.0;
    }
    return 5.0;
}

struct RoomState
{
    const Room* room = nullptr;
    std::vector<int> people;
    std::optional<double> windowAzimuth;
    double volumeM3 = 0.0;
    double ventilationAch = 0.0; // while the ventilation runs
    double temperatureOffset = 0.0;
    double co2 = 0.0;
    double temperature = 0.0;
    double humidity = 0.0;
    qint64 nextPublishMs = 0;
    SeededRandom random{0};
    std::vector<QString> topics; // one per published metric, in the order of `values` below
};

// The first one is the room's occupancy sensor (see occupancySensor()).
constexpr Metric kPublished[] = {Metric::People, Metric::Co2, Metric::Temperature, Metric::Humidity,
                                 Metric::Illuminance};

// Phone booths carry a presence sensor (a PIR says someone is there, 0 or 1), the other rooms
// a people counter: the console has to show both kinds.
Metric occupancySensor(const Room& room)
{
    return room.type == RoomType::PhoneBooth ? Metric::Occupancy : Metric::People;
}

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

} // namespace

DayGenerator::DayGenerator(Site site, Options options) : m_site(std::move(site)), m_options(std::move(options))
{
    if (!m_options.date.isValid())
        m_options.date = QDateTime::currentDateTime().toTimeZone(m_site.timeZone).date();
    if (m_options.siteId.isEmpty())
        m_options.siteId = m_site.id;
    m_options.minIntervalS = std::max(1, m_options.minIntervalS);
    m_options.maxIntervalS = std::max(m_options.minIntervalS, m_options.maxIntervalS);
}

qint64 DayGenerator::dayStartMs() const
{
    return QDateTime(m_options.date, QTime(0, 0), m_site.timeZone).toMSecsSinceEpoch();
}

qint64 DayGenerator::dayEndMs() const
{
    return QDateTime(m_options.date.addDays(1), QTime(0, 0), m_site.timeZone).toMSecsSinceEpoch();
}

ReplayEvents DayGenerator::generate() const
{
    const Options& o = m_options;
    ZoneOffsets zone(m_site.timeZone);
    const OpeningHours::Day hours = m_site.openingHours.days[size_t(o.date.dayOfWeek() - 1)];
    const bool heating = seasonForDate(o.date) == Season::Heating;
    // Setpoints of a typical office: heating 21 °C by day, set back to 18.5 °C at night;
    // cooling 24 °C by day, floating up at night.
    const double daySetpoint = heating ? 21.0 : 24.0;
    const double nightSetpoint = heating ? 18.5 : 26.0;
    const double baseHumidity = heating ? 34.0 : 50.0;

    SeededRandom siteRandom(SeededRandom::derive(o.seed, QStringLiteral("site")));
    const double cloudiness = siteRandom.uniform(0.0, 0.6);
    const Daylight daylight(o.latitudeDeg, o.longitudeDeg);

    std::vector<RoomState> rooms;
    rooms.reserve(m_site.rooms.size());
    for (const Room& room : m_site.rooms) {
        RoomState s;
        s.room = &room;
        s.random = SeededRandom(SeededRandom::derive(o.seed, room.id));
        s.people = OccupancyProfile::peopleByMinute(room, hours, s.random);
        if (room.naturalLight || !room.windowOrientation.isEmpty())
            s.windowAzimuth = Daylight::windowAzimuth(room.windowOrientation);
        const double area = std::max(3.0, room.capacity * floorAreaPerPerson(room.type));
        s.volumeM3 = area * kCeilingM;
        const double effectiveness = s.random.uniform(0.55, 1.05);
        const double flowLs = (kVentPerPersonLs * std::max(1, room.capacity) + kVentPerAreaLs * area) * effectiveness;
        s.ventilationAch = flowLs * 3.6 / s.volumeM3;
        s.temperatureOffset = s.random.normal(0.0, 0.5);
        s.co2 = o.outdoorCo2Ppm + s.random.uniform(10.0, 60.0);
        s.temperature = nightSetpoint + s.temperatureOffset;
        s.humidity = baseHumidity + s.random.normal(0.0, 2.0);
        s.nextPublishMs = dayStartMs() + qint64(s.random.uniform(0.0, o.maxIntervalS) * 1000.0);
        for (Metric metric : kPublished) {
            if (metric == Metric::People)
                metric = occupancySensor(room);
            s.topics.push_back(QStringLiteral("atrium/%1/%2/%3").arg(o.siteId, room.id, metricKey(metric)));
        }
        rooms.push_back(std::move(s));
    }

    ReplayEvents events;
    const qint64 start = dayStartMs();
    const qint64 end = dayEndMs();
    for (qint64 t = start; t < end; t += kStepMs) {
        const int minute = zone.localMsOfDay(t) / 60000;
        // Ventilation and heating run from an hour before opening to an hour after closing.
        const bool operating = hours.open && minute >= hours.openMinute - 60 && minute < hours.closeMinute + 60;
        for (RoomState& s : rooms) {
            const int people = s.people[size_t(minute)];
            const int capacity = std::max(1, s.room->capacity);

            // CO2: exact solution of dC/dt = G/V + n (Cout - C) over one step.
            const double ach = operating ? s.ventilationAch : kInfiltrationAch;
            const double generationPpmH = people * kCo2PerPersonLh / (s.volumeM3 * 1000.0) * 1e6;
            const double steady = o.outdoorCo2Ppm + generationPpmH / ach;
            s.co2 = steady + (s.co2 - steady) * std::exp(-ach * kStepHours);

            const double sunLux = daylight.indoorLux(s.windowAzimuth, t, cloudiness);
            const double load = double(people) / capacity;
            const double targetT =
                (operating ? daySetpoint : nightSetpoint) + s.temperatureOffset + 1.8 * load + 1.5 * sunLux / 1000.0;
            s.temperature += (targetT - s.temperature) * (1.0 - std::exp(-kStepHours / 0.75));
            const double targetRh = baseHumidity + 10.0 * load;
            s.humidity += (targetRh - s.humidity) * (1.0 - std::exp(-kStepHours / 0.5));

            if (t < s.nextPublishMs)
                continue;
            s.nextPublishMs = t + qint64(s.random.uniform(o.minIntervalS, o.maxIntervalS) * 1000.0);

            const double lux =
                std::max(0.0, (sunLux + (people > 0 ? kElectricLux : 0.0)) * (1.0 + s.random.normal(0.0, 0.03)));
            // CO2 sensors are +-(50 ppm + 3 %); a little noise, never below outdoor air.
            const double co2 = std::max(o.outdoorCo2Ppm, std::round(s.co2 + s.random.normal(0.0, 6.0)));
            // In the order of kPublished.
            const std::pair<Metric, double> values[] = {
                {Metric::People,
                 occupancySensor(*s.room) == Metric::Occupancy ? (people > 0 ? 1.0 : 0.0) : double(people)},
                {Metric::Co2, co2},
                {Metric::Temperature, round1(s.temperature + s.random.normal(0.0, 0.08))},
                {Metric::Humidity, round1(std::clamp(s.humidity + s.random.normal(0.0, 0.4), 5.0, 95.0))},
                {Metric::Illuminance, std::round(lux)},
            };
            static_assert(std::size(values) == std::size(kPublished));
            const QByteArray ts = zone.isoString(t).toLatin1();
            for (size_t i = 0; i < std::size(values); ++i)
                events.push_back({t, s.topics[i], atriumPayload(values[i].second, ts)});
        }
    }
    sortByDue(events);
    return events;
}

} // namespace atrium::replay

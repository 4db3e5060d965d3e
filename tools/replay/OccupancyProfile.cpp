// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OccupancyProfile.h"

#include <algorithm>
#include <cmath>

namespace atrium::replay {

namespace {

constexpr int kHour = 60;

// Piecewise-linear curve through (minute, value) points.
double curve(const std::vector<std::pair<int, double>>& points, int minute)
{
    if (minute <= points.front().first)
        return points.front().second;
    for (size_t i = 1; i < points.size(); ++i) {
        if (minute <= points[i].first) {
            const auto& [m0, v0] = points[i - 1];
            const auto& [m1, v1] = points[i];
            return v0 + (v1 - v0) * double(minute - m0) / double(m1 - m0);
        }
    }
    return points.back().second;
}

double bump(int minute, int centre, double width)
{
    const double z = double(minute - centre) / width;
    return std::exp(-0.5 * z * z);
}

void add(std::vector<int>& people, int from, int to, int count)
{
    for (int m = std::max(0, from); m < std::min(int(people.size()), to); ++m)
        people[size_t(m)] += count;
}

// Meeting rooms: bookings of 30 min to 2 h on the half hour, likelier mid-morning and
// mid-afternoon, each with 2 people up to the capacity; people trickle in and leave early.
void meetingRoom(std::vector<int>& people, const Room& room, int open, int close, SeededRandom& random)
{
    static const int kDurations[] = {30, 60, 60, 90, 120};
    int slot = ((open + 29) / 30) * 30;
    while (slot + 30 <= close) {
        const int hour = slot / kHour;
        const double p = (hour >= 9 && hour < 12) || (hour >= 14 && hour < 17) ? 0.45
                         : (hour == 12 || hour == 13)                          ? 0.1
                                                                               : 0.2;
        if (!random.chance(p)) {
            slot += 30;
            continue;
        }
        const int duration = std::min(kDurations[random.uniformInt(0, 4)], close - slot);
        const int attendees = std::max(1, random.uniformInt(std::min(2, room.capacity), std::max(1, room.capacity)));
        for (int a = 0; a < attendees; ++a)
            add(people, slot + random.uniformInt(0, 5), slot + duration - random.uniformInt(0, 5), 1);
        slot += duration;
    }
}

// Open space: fills 9-12 and 14-18 with a lunch dip, with a day-level factor and a slow
// random walk so the count wanders by a person or two.
void openSpace(std::vector<int>& people, const Room& room, int open, int close, SeededRandom& random)
{
    const std::vector<std::pair<int, double>> shape = {{open, 0.05},           {9 * kHour, 0.35},
                                                       {10 * kHour + 30, 0.8}, {12 * kHour, 0.75},
                                                       {12 * kHour + 45, 0.3}, {13 * kHour + 45, 0.4},
                                                       {14 * kHour + 30, 0.8}, {17 * kHour, 0.7},
                                                       {18 * kHour, 0.3},      {close, 0.0}};
    const double level = random.uniform(0.75, 1.0);
    double wander = 0.0;
    for (int m = open; m < close; ++m) {
        if (m % 5 == 0)
            wander = std::clamp(wander * 0.8 + random.normal(0.0, 0.8), -3.0, 3.0);
        const double expected = room.capacity * curve(shape, m) * level + wander;
        people[size_t(m)] += std::clamp(int(std::lround(expected)), 0, room.capacity);
    }
}

// Phone booths: short calls (3-20 min), more often in the working peaks.
void phoneBooth(std::vector<int>& people, int open, int close, SeededRandom& random)
{
    int m = open;
    while (m < close) {
        const int hour = m / kHour;
        const double perMinute = (hour >= 9 && hour < 12) || (hour >= 14 && hour < 18) ? 0.06 : 0.02;
        if (random.chance(perMinute)) {
            const int length = random.uniformInt(3, 20);
            add(people, m, std::min(close, m + length), 1);
            m += length + random.uniformInt(1, 4);
        } else {
            ++m;
        }
    }
}

// Kitchen: lunch peak around 12:45, coffee around 9:00 and 15:30.
void kitchen(std::vector<int>& people, const Room& room, int open, int close, SeededRandom& random)
{
    for (int m = open; m < close; ++m) {
        const double share = 0.8 * bump(m, 12 * kHour + 45, 35) + 0.3 * bump(m, 9 * kHour, 20) +
                             0.25 * bump(m, 15 * kHour + 30, 20) + 0.03;
        const int count = int(std::lround(room.capacity * share + random.normal(0.0, 0.7)));
        people[size_t(m)] += std::clamp(count, 0, room.capacity);
    }
}

// Private office: its team arrives 8:30-9:45, takes lunch 12:00-14:00 and leaves 17:00-19:00.
void privateOffice(std::vector<int>& people, const Room& room, int open, int close, SeededRandom& random)
{
    const int team = std::max(1, int(std::lround(room.capacity * random.uniform(0.6, 1.0))));
    for (int p = 0; p < team; ++p) {
        if (random.chance(0.1))
            continue; // away today
        const int arrive = std::max(open, random.uniformInt(8 * kHour + 30, 9 * kHour + 45));
        const int leave = std::min(close, random.uniformInt(17 * kHour, 19 * kHour));
        const int lunch = random.uniformInt(12 * kHour, 13 * kHour);
        const int lunchEnd = lunch + random.uniformInt(30, 60);
        add(people, arrive, lunch, 1);
        add(people, lunchEnd, leave, 1);
    }
}

// Event space: sometimes a morning workshop, sometimes an evening event before closing.
void eventSpace(std::vector<int>& people, const Room& room, int open, int close, SeededRandom& random)
{
    if (random.chance(0.35))
        add(people, std::max(open, 9 * kHour + 30), std::min(close, 12 * kHour),
            int(room.capacity * random.uniform(0.4, 0.8)));
    if (random.chance(0.5))
        add(people, std::max(open, close - 2 * kHour), close, int(room.capacity * random.uniform(0.5, 0.9)));
}

// Reception: one person at the desk while open, visitors now and then.
void reception(std::vector<int>& people, const Room& room, int open, int close, SeededRandom& random)
{
    add(people, open, close, std::min(1, room.capacity));
    for (int m = open; m < close; ++m) {
        if (random.chance(0.05))
            add(people, m, std::min(close, m + random.uniformInt(2, 8)), 1);
    }
    for (int& n : people)
        n = std::min(n, std::max(1, room.capacity));
}

} // namespace

std::vector<int> OccupancyProfile::peopleByMinute(const Room& room, const OpeningHours::Day& hours,
                                                  SeededRandom& random)
{
    std::vector<int> people(kMinutesPerDay, 0);
    if (!hours.open || room.capacity <= 0)
        return people;
    const int open = std::clamp(hours.openMinute, 0, kMinutesPerDay);
    const int close = std::clamp(hours.closeMinute, open, kMinutesPerDay);
    switch (room.type) {
    case RoomType::MeetingRoom:
        meetingRoom(people, room, open, close, random);
        break;
    case RoomType::OpenSpace:
        openSpace(people, room, open, close, random);
        break;
    case RoomType::PhoneBooth:
        phoneBooth(people, open, close, random);
        break;
    case RoomType::Kitchen:
        kitchen(people, room, open, close, random);
        break;
    case RoomType::PrivateOffice:
        privateOffice(people, room, open, close, random);
        break;
    case RoomType::EventSpace:
        eventSpace(people, room, open, close, random);
        break;
    case RoomType::Reception:
        reception(people, room, open, close, random);
        break;
    case RoomType::Other:
        break; // storage, corridors: nobody stays
    }
    return people;
}

} // namespace atrium::replay

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <optional>
#include <vector>

namespace atrium {

enum class RoomType {
    MeetingRoom,
    OpenSpace,
    PhoneBooth,
    PrivateOffice,
    EventSpace,
    Kitchen,
    Reception,
    Other,
};

QString roomTypeKey(RoomType type); // "meeting_room", "open_space", ...
std::optional<RoomType> roomTypeFromKey(QStringView key);
QString roomTypeDisplayName(RoomType type); // translated

struct Room
{
    QString id; // also the SVG element id unless svgElement says otherwise
    QString name;
    RoomType type = RoomType::Other;
    int capacity = 0;
    QString floorId;
    QString svgElement; // empty: same as id
    // What people may choose a room for; shown in the room panel, used by analytics later.
    bool naturalLight = false;
    QString windowOrientation; // "N", "NE", ... "" when the room has no window
    bool ergonomicFurniture = false;
    bool screen = false;
    QStringList features; // free tags: "whiteboard", "standing desks", ...

    QString elementId() const { return svgElement.isEmpty() ? id : svgElement; }
};

struct Sensor
{
    QString id;
    QString topic;   // exact MQTT topic this sensor publishes on
    QString profile; // payload profile: "atrium", "zigbee2mqtt", ...
    QString roomId;
    int expectedIntervalS = 600; // silent longer than this: the sensor's values are stale
};

// A topic filter the console listens to, and how to read what arrives there. Messages on
// a subscribed topic that match no sensor are listed as unmatched so an admin can assign them.
struct Subscription
{
    QString filter; // MQTT filter, may hold + and #
    QString profile;
    int expectedIntervalS = 600; // staleness for sensors found through this subscription
};

struct Floor
{
    QString id;
    QString name;
    QString planPath; // absolute after loading (the site file holds it relative to itself)
};

// Opening hours per ISO weekday (index 0 = Monday), minutes after local midnight.
struct OpeningHours
{
    struct Day
    {
        bool open = false;
        int openMinute = 0;
        int closeMinute = 0;
    };
    std::array<Day, 7> days{};

    static OpeningHours weekdays(int openMinute, int closeMinute); // Mon-Fri, closed weekends
};

struct Site
{
    QString id;
    QString name;
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    OpeningHours openingHours = OpeningHours::weekdays(8 * 60, 19 * 60);
    // Raw sensor messages are kept this many days; the 15-minute rollups keep the history.
    int rawReadingDays = 30;
    std::vector<Floor> floors;
    std::vector<Room> rooms;
    std::vector<Sensor> sensors;
    std::vector<Subscription> subscriptions;
    QString filePath; // where it was loaded from; empty for a site built in code

    const Room* room(const QString& roomId) const;
    const Sensor* sensor(const QString& sensorId) const;
    const Sensor* sensorForTopic(const QString& topic) const;
    std::vector<const Room*> roomsOnFloor(const QString& floorId) const;
};

} // namespace atrium

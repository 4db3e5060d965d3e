// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/Site.h"

#include <QCoreApplication>

namespace atrium {

namespace {
struct RoomTypeName
{
    RoomType type;
    const char* key;
};
constexpr RoomTypeName kRoomTypes[] = {
    {RoomType::MeetingRoom, "meeting_room"}, {RoomType::OpenSpace, "open_space"},
    {RoomType::PhoneBooth, "phone_booth"},   {RoomType::PrivateOffice, "private_office"},
    {RoomType::EventSpace, "event_space"},   {RoomType::Kitchen, "kitchen"},
    {RoomType::Reception, "reception"},      {RoomType::Other, "other"},
};
} // namespace

QString roomTypeKey(RoomType type)
{
    for (const auto& entry : kRoomTypes) {
        if (entry.type == type)
            return QLatin1String(entry.key);
    }
    return QStringLiteral("other");
}

std::optional<RoomType> roomTypeFromKey(QStringView key)
{
    for (const auto& entry : kRoomTypes) {
        if (key.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
            return entry.type;
    }
    return std::nullopt;
}

QString roomTypeDisplayName(RoomType type)
{
    switch (type) {
    case RoomType::MeetingRoom:
        return QCoreApplication::translate("atrium::Site", "Meeting room");
    case RoomType::OpenSpace:
        return QCoreApplication::translate("atrium::Site", "Open space");
    case RoomType::PhoneBooth:
        return QCoreApplication::translate("atrium::Site", "Phone booth");
    case RoomType::PrivateOffice:
        return QCoreApplication::translate("atrium::Site", "Private office");
    case RoomType::EventSpace:
        return QCoreApplication::translate("atrium::Site", "Event space");
    case RoomType::Kitchen:
        return QCoreApplication::translate("atrium::Site", "Kitchen");
    case RoomType::Reception:
        return QCoreApplication::translate("atrium::Site", "Reception");
    case RoomType::Other:
        return QCoreApplication::translate("atrium::Site", "Other");
    }
    return {};
}

OpeningHours OpeningHours::weekdays(int openMinute, int closeMinute)
{
    OpeningHours hours;
    for (int day = 0; day < 5; ++day)
        hours.days[day] = Day{true, openMinute, closeMinute};
    return hours;
}

const Room* Site::room(const QString& roomId) const
{
    for (const Room& r : rooms) {
        if (r.id == roomId)
            return &r;
    }
    return nullptr;
}

const Sensor* Site::sensor(const QString& sensorId) const
{
    for (const Sensor& s : sensors) {
        if (s.id == sensorId)
            return &s;
    }
    return nullptr;
}

const Sensor* Site::sensorForTopic(const QString& topic) const
{
    for (const Sensor& s : sensors) {
        if (s.topic == topic)
            return &s;
    }
    return nullptr;
}

std::vector<const Room*> Site::roomsOnFloor(const QString& floorId) const
{
    std::vector<const Room*> result;
    for (const Room& r : rooms) {
        if (r.floorId == floorId)
            result.push_back(&r);
    }
    return result;
}

} // namespace atrium

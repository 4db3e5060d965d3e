// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace atrium::bench {

namespace {
constexpr int kColumns = 20;
constexpr int kRows = 15; // kColumns * kRows == kRooms
constexpr double kCellW = 1920.0 / kColumns;
constexpr double kCellH = 1080.0 / kRows;
constexpr double kWall = 4.0; // gap between rooms, drawn as the background (the walls)
} // namespace

QString BenchSite::roomId(int room)
{
    return QStringLiteral("room-%1").arg(room, 3, 10, QLatin1Char('0'));
}

QByteArray BenchSite::topic(int sensor)
{
    return "zigbee2mqtt/sensor-" + QByteArray::number(sensor).rightJustified(4, '0');
}

QByteArray BenchSite::payload(quint64 seq)
{
    const int sensor = int(seq % kSensors);
    const int step = int(seq / kSensors);
    const double temperature = 19.5 + (sensor % 40) * 0.1 + (step % 10) * 0.05;
    const int battery = 60 + sensor % 40;
    const int linkquality = 40 + (sensor * 7 + step) % 200;
    QByteArray out;
    out.reserve(128);
    if (sensor % 3 == 0) {
        out += "{\"occupancy\":";
        out += (step + sensor) % 4 == 0 ? "false" : "true";
        out += ",\"illuminance\":" + QByteArray::number(150 + (sensor + step * 13) % 600);
    } else {
        out += "{\"humidity\":" + QByteArray::number(35.0 + (sensor + step) % 300 * 0.1, 'f', 1);
        out += ",\"co2\":" + QByteArray::number(420 + (sensor * 3 + step * 11) % 1200);
    }
    out += ",\"temperature\":" + QByteArray::number(temperature, 'f', 2);
    out += ",\"battery\":" + QByteArray::number(battery);
    out += ",\"linkquality\":" + QByteArray::number(linkquality) + '}';
    return out;
}

QString BenchSite::generate(const QString& folder)
{
    m_site = Site{};
    m_site.id = QStringLiteral("bench");
    m_site.name = QStringLiteral("Benchmark building");
    m_planPath = QDir(folder).filePath(QStringLiteral("floor-1.svg"));
    m_site.floors.push_back(Floor{kFloorId, QStringLiteral("Floor 1"), m_planPath});

    QByteArray svg;
    svg += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1920\" height=\"1080\" viewBox=\"0 0 1920 1080\">\n"
           "<rect x=\"0\" y=\"0\" width=\"1920\" height=\"1080\" fill=\"#d8d8d8\"/>\n";
    static constexpr RoomType kTypes[] = {RoomType::MeetingRoom, RoomType::OpenSpace, RoomType::PhoneBooth,
                                          RoomType::PrivateOffice};
    for (int i = 0; i < kRooms; ++i) {
        Room room;
        room.id = roomId(i);
        room.name = QStringLiteral("Room %1").arg(i + 1);
        room.type = kTypes[i % 4];
        room.capacity = 2 + i % 12;
        room.floorId = kFloorId;
        m_site.rooms.push_back(room);
        const double x = (i % kColumns) * kCellW + kWall / 2;
        const double y = (i / kColumns) * kCellH + kWall / 2;
        svg += QStringLiteral("<rect id=\"%1\" x=\"%2\" y=\"%3\" width=\"%4\" height=\"%5\" fill=\"#ffffff\" "
                              "stroke=\"#404040\" stroke-width=\"1.5\"/>\n")
                   .arg(room.id)
                   .arg(x)
                   .arg(y)
                   .arg(kCellW - kWall)
                   .arg(kCellH - kWall)
                   .toUtf8();
    }
    svg += "</svg>\n";
    QFile file(m_planPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(svg) != svg.size())
        return QStringLiteral("cannot write %1: %2").arg(m_planPath, file.errorString());

    for (int i = 0; i < kSensors; ++i) {
        Sensor sensor;
        sensor.id = QStringLiteral("sensor-%1").arg(i, 4, 10, QLatin1Char('0'));
        sensor.topic = QString::fromUtf8(topic(i));
        sensor.profile = QStringLiteral("zigbee2mqtt");
        sensor.roomId = roomId(i % kRooms);
        m_site.sensors.push_back(sensor);
    }
    return writeSiteFile(folder);
}

QString BenchSite::writeSiteFile(const QString& folder)
{
    // The keys of resources/sample/site.json; opening hours as OpeningHours::weekdays(8 h, 19 h),
    // the Site default the generated rollups were computed with.
    QJsonObject hours;
    const char* const days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (size_t d = 0; d < 7; ++d) {
        const OpeningHours::Day& day = m_site.openingHours.days[d];
        hours.insert(QLatin1String(days[d]), day.open ? QStringLiteral("%1:%2-%3:%4")
                                                            .arg(day.openMinute / 60, 2, 10, QLatin1Char('0'))
                                                            .arg(day.openMinute % 60, 2, 10, QLatin1Char('0'))
                                                            .arg(day.closeMinute / 60, 2, 10, QLatin1Char('0'))
                                                            .arg(day.closeMinute % 60, 2, 10, QLatin1Char('0'))
                                                      : QStringLiteral("closed"));
    }
    QJsonArray floors{QJsonObject{{QStringLiteral("id"), kFloorId},
                                  {QStringLiteral("name"), QStringLiteral("Floor 1")},
                                  {QStringLiteral("plan"), QFileInfo(m_planPath).fileName()}}};
    static const QString kTypeKeys[] = {QStringLiteral("meeting_room"), QStringLiteral("open_space"),
                                        QStringLiteral("phone_booth"), QStringLiteral("private_office")};
    QJsonArray rooms;
    for (size_t i = 0; i < m_site.rooms.size(); ++i) {
        const Room& room = m_site.rooms[i];
        rooms.append(QJsonObject{{QStringLiteral("id"), room.id},
                                 {QStringLiteral("name"), room.name},
                                 {QStringLiteral("type"), kTypeKeys[i % 4]},
                                 {QStringLiteral("capacity"), room.capacity},
                                 {QStringLiteral("floor"), room.floorId}});
    }
    QJsonArray sensors;
    for (const Sensor& sensor : m_site.sensors)
        sensors.append(QJsonObject{{QStringLiteral("id"), sensor.id},
                                   {QStringLiteral("topic"), sensor.topic},
                                   {QStringLiteral("profile"), sensor.profile},
                                   {QStringLiteral("room"), sensor.roomId}});
    const QJsonObject root{{QStringLiteral("id"), m_site.id},
                           {QStringLiteral("name"), m_site.name},
                           {QStringLiteral("timeZone"), QString::fromUtf8(m_site.timeZone.id())},
                           {QStringLiteral("openingHours"), hours},
                           {QStringLiteral("floors"), floors},
                           {QStringLiteral("rooms"), rooms},
                           {QStringLiteral("sensors"), sensors}};
    m_sitePath = QDir(folder).filePath(QStringLiteral("site.json"));
    QFile file(m_sitePath);
    const QByteArray json = QJsonDocument(root).toJson();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
        return QStringLiteral("cannot write %1: %2").arg(m_sitePath, file.errorString());
    return {};
}

} // namespace atrium::bench

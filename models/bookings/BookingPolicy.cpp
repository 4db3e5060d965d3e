// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/BookingPolicy.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace atrium {

namespace {

// Reads a whole number of minutes in [minimum, maximum] from `object[key]` when present.
bool readMinutes(const QJsonObject& object, const QString& key, const QString& path, int minimum, int maximum, int* out,
                 QString* error)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return true;
    const double d = v.toDouble(-1.0);
    if (!v.isDouble() || d != double(qint64(d)) || d < minimum || d > maximum) {
        *error = BookingPolicy::tr("bookings.%1: must be a whole number of minutes from %2 to %3")
                     .arg(path)
                     .arg(minimum)
                     .arg(maximum);
        return false;
    }
    *out = int(d);
    return true;
}

bool readRules(const QJsonObject& o, const QString& path, RoomTypeRules* rules, QString* error)
{
    constexpr int kDay = 24 * 60;
    return readMinutes(o, QStringLiteral("graceMinutes"), path + QStringLiteral(".graceMinutes"), 0, kDay,
                       &rules->graceMinutes, error) &&
           readMinutes(o, QStringLiteral("bufferMinutes"), path + QStringLiteral(".bufferMinutes"), 0, kDay,
                       &rules->bufferMinutes, error) &&
           readMinutes(o, QStringLiteral("minMinutes"), path + QStringLiteral(".minMinutes"), 1, 7 * kDay,
                       &rules->minMinutes, error) &&
           readMinutes(o, QStringLiteral("maxMinutes"), path + QStringLiteral(".maxMinutes"), 1, 7 * kDay,
                       &rules->maxMinutes, error);
}

} // namespace

BookingPolicy BookingPolicy::standard()
{
    BookingPolicy policy;
    policy.roomTypes[RoomType::MeetingRoom] = RoomTypeRules{10, 0, 15, 10 * 60};
    policy.roomTypes[RoomType::PhoneBooth] = RoomTypeRules{10, 0, 15, 2 * 60};
    policy.roomTypes[RoomType::PrivateOffice] = RoomTypeRules{30, 0, 60, 14 * 60};
    // Event spaces need setting up and clearing between two events.
    policy.roomTypes[RoomType::EventSpace] = RoomTypeRules{15, 30, 30, 14 * 60};
    return policy;
}

const RoomTypeRules& BookingPolicy::rulesFor(RoomType type) const
{
    const auto it = roomTypes.find(type);
    return it == roomTypes.end() ? defaults : it->second;
}

const Closure* BookingPolicy::closureOn(QDate localDay) const
{
    for (const Closure& closure : closures) {
        if (closure.contains(localDay))
            return &closure;
    }
    return nullptr;
}

Result<BookingPolicy> BookingPolicy::fromJson(const QJsonObject& bookings)
{
    BookingPolicy policy = standard();
    QString error;
    const QJsonValue autoRelease = bookings.value(QLatin1String("autoRelease"));
    if (!autoRelease.isUndefined()) {
        if (!autoRelease.isBool())
            return Result<BookingPolicy>::failure(tr("bookings.autoRelease: must be true or false"));
        policy.autoRelease = autoRelease.toBool();
    }
    if (!readMinutes(bookings, QStringLiteral("bookedSoonMinutes"), QStringLiteral("bookedSoonMinutes"), 0, 24 * 60,
                     &policy.bookedSoonMinutes, &error) ||
        !readMinutes(bookings, QStringLiteral("reminderMinutes"), QStringLiteral("reminderMinutes"), 0, 24 * 60,
                     &policy.reminderMinutes, &error) ||
        !readRules(bookings.value(QLatin1String("defaults")).toObject(), QStringLiteral("defaults"), &policy.defaults,
                   &error))
        return Result<BookingPolicy>::failure(error);
    const QJsonObject types = bookings.value(QLatin1String("roomTypes")).toObject();
    for (auto it = types.begin(); it != types.end(); ++it) {
        const auto type = roomTypeFromKey(it.key());
        if (!type)
            return Result<BookingPolicy>::failure(tr("bookings.roomTypes.%1: unknown room type").arg(it.key()));
        RoomTypeRules rules = policy.rulesFor(*type);
        if (!readRules(it.value().toObject(), QStringLiteral("roomTypes.") + it.key(), &rules, &error))
            return Result<BookingPolicy>::failure(error);
        policy.roomTypes[*type] = rules;
    }
    for (auto it = policy.roomTypes.begin(); it != policy.roomTypes.end(); ++it) {
        if (it->second.minMinutes > it->second.maxMinutes)
            return Result<BookingPolicy>::failure(
                tr("bookings.roomTypes.%1: minMinutes is longer than maxMinutes").arg(roomTypeKey(it->first)));
    }
    const QJsonArray closures = bookings.value(QLatin1String("closures")).toArray();
    for (qsizetype i = 0; i < closures.size(); ++i) {
        const QJsonObject o = closures.at(i).toObject();
        Closure closure;
        closure.from = QDate::fromString(o.value(QLatin1String("from")).toString(), Qt::ISODate);
        closure.to = o.contains(QLatin1String("to"))
                         ? QDate::fromString(o.value(QLatin1String("to")).toString(), Qt::ISODate)
                         : closure.from;
        closure.reason = o.value(QLatin1String("reason")).toString();
        if (!closure.from.isValid() || !closure.to.isValid() || closure.to < closure.from)
            return Result<BookingPolicy>::failure(
                tr("bookings.closures[%1]: needs \"from\" (and optionally \"to\") as YYYY-MM-DD, in order").arg(i));
        policy.closures.push_back(closure);
    }
    return policy;
}

Result<BookingPolicy> BookingPolicy::fromSiteFile(const QString& sitePath)
{
    QFile file(sitePath);
    if (!file.open(QIODevice::ReadOnly))
        return Result<BookingPolicy>::failure(tr("Cannot read the site file %1").arg(sitePath));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonValue bookings = document.object().value(QLatin1String("bookings"));
    if (bookings.isUndefined())
        return standard();
    if (!bookings.isObject())
        return Result<BookingPolicy>::failure(
            tr("%1: bookings: must be an object").arg(QFileInfo(sitePath).fileName()));
    auto policy = fromJson(bookings.toObject());
    if (!policy)
        return Result<BookingPolicy>::failure(QFileInfo(sitePath).fileName() + QStringLiteral(": ") + policy.error());
    return policy;
}

} // namespace atrium

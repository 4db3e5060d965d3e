// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/IcsZones.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace atrium {

namespace {

// Outlook display names that name no city Qt knows: the Windows zone they stand for.
const QHash<QString, QString>& displayNameWindowsIds()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("eastern time (us & canada)"), QStringLiteral("Eastern Standard Time")},
        {QStringLiteral("central time (us & canada)"), QStringLiteral("Central Standard Time")},
        {QStringLiteral("mountain time (us & canada)"), QStringLiteral("Mountain Standard Time")},
        {QStringLiteral("pacific time (us & canada)"), QStringLiteral("Pacific Standard Time")},
        {QStringLiteral("greenwich mean time : dublin, edinburgh, lisbon, london"),
         QStringLiteral("GMT Standard Time")},
        {QStringLiteral("coordinated universal time"), QStringLiteral("UTC")},
    };
    return table;
}

} // namespace

QTimeZone IcsZones::fromIana(const QString& id)
{
    const QByteArray bytes = id.trimmed().toUtf8();
    if (!bytes.isEmpty() && QTimeZone::isTimeZoneIdAvailable(bytes))
        return QTimeZone(bytes);
    return QTimeZone();
}

QTimeZone IcsZones::resolve(const QString& tzid, const QString& location)
{
    QString id = tzid.trimmed();
    if (id.size() >= 2 && id.startsWith(u'"') && id.endsWith(u'"'))
        id = id.mid(1, id.size() - 2);
    if (id.isEmpty())
        return QTimeZone();
    if (QTimeZone zone = fromIana(id); zone.isValid())
        return zone;
    if (QTimeZone zone = fromIana(location); zone.isValid())
        return zone;
    // Vendor-prefixed ids end with the IANA id: try the last two, then three, path levels.
    const QStringList levels = id.split(u'/', Qt::SkipEmptyParts);
    for (int n = 2; n <= 3 && n <= levels.size(); ++n) {
        if (QTimeZone zone = fromIana(levels.mid(levels.size() - n).join(u'/')); zone.isValid())
            return zone;
    }
    const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(id.toUtf8());
    if (!windows.isEmpty())
        return QTimeZone(windows);
    return fromDisplayName(id);
}

QTimeZone IcsZones::fromDisplayName(const QString& name)
{
    // "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris" -> "Brussels, Copenhagen, Madrid, Paris"
    static const QRegularExpression prefix(QStringLiteral("^\\((?:UTC|GMT)(?:[+-]\\d{1,2}:\\d{2})?\\)\\s*"));
    const QString rest = QString(name).remove(prefix).trimmed();
    if (rest == name.trimmed() && !name.trimmed().startsWith(u'('))
        return QTimeZone();
    const QString windowsId = displayNameWindowsIds().value(rest.toLower());
    if (!windowsId.isEmpty()) {
        const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(windowsId.toUtf8());
        if (!iana.isEmpty())
            return QTimeZone(iana);
    }
    // A city of the list that is also the city of an IANA id ("Sydney" -> Australia/Sydney).
    // The last city is usually the one the zone is named after in the tz database.
    static QHash<QString, QByteArray> byCity;
    if (byCity.isEmpty()) {
        for (const QByteArray& iana : QTimeZone::availableTimeZoneIds()) {
            const int slash = iana.lastIndexOf('/');
            if (slash > 0)
                byCity.insert(QString::fromUtf8(iana.mid(slash + 1)).toLower(), iana);
        }
    }
    QStringList cities = rest.split(u',', Qt::SkipEmptyParts);
    std::reverse(cities.begin(), cities.end());
    for (QString city : cities) {
        city = city.trimmed().toLower().replace(u' ', u'_');
        const QByteArray iana = byCity.value(city);
        if (!iana.isEmpty())
            return QTimeZone(iana);
    }
    return QTimeZone();
}

} // namespace atrium

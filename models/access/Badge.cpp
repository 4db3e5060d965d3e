// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/Badge.h"

#include <QCoreApplication>

namespace atrium {

QString badgeStatusKey(BadgeStatus status)
{
    switch (status) {
    case BadgeStatus::Active:
        return QStringLiteral("active");
    case BadgeStatus::Suspended:
        return QStringLiteral("suspended");
    case BadgeStatus::Lost:
        return QStringLiteral("lost");
    case BadgeStatus::Revoked:
        return QStringLiteral("revoked");
    case BadgeStatus::Expired:
        return QStringLiteral("expired");
    }
    return QString();
}

std::optional<BadgeStatus> badgeStatusFromKey(QStringView key)
{
    for (BadgeStatus s :
         {BadgeStatus::Active, BadgeStatus::Suspended, BadgeStatus::Lost, BadgeStatus::Revoked, BadgeStatus::Expired}) {
        if (key.compare(badgeStatusKey(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString badgeStatusDisplayName(BadgeStatus status)
{
    switch (status) {
    case BadgeStatus::Active:
        return QCoreApplication::translate("atrium::Badge", "Active");
    case BadgeStatus::Suspended:
        return QCoreApplication::translate("atrium::Badge", "Suspended");
    case BadgeStatus::Lost:
        return QCoreApplication::translate("atrium::Badge", "Lost");
    case BadgeStatus::Revoked:
        return QCoreApplication::translate("atrium::Badge", "Revoked");
    case BadgeStatus::Expired:
        return QCoreApplication::translate("atrium::Badge", "Expired");
    }
    return QString();
}

BadgeStatus Badge::effectiveStatus(const QDate& today) const
{
    if (status == BadgeStatus::Active && validUntil.isValid() && today > validUntil)
        return BadgeStatus::Expired;
    return status;
}

QString Badge::displayUid() const
{
    QString out;
    for (qsizetype i = 0; i < uid.size(); i += 4) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += uid.mid(i, 4);
    }
    return out;
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/AccessRules.h"

#include "access/AccessData.h"
#include "core/Clock.h"

#include <QStringList>

namespace atrium {

QString accessReasonKey(AccessReason reason)
{
    switch (reason) {
    case AccessReason::Allowed:
        return QStringLiteral("allowed");
    case AccessReason::AllowedDuringBooking:
        return QStringLiteral("allowed_booking");
    case AccessReason::UnknownDoor:
        return QStringLiteral("unknown_door");
    case AccessReason::Unreadable:
        return QStringLiteral("unreadable");
    case AccessReason::UnknownBadge:
        return QStringLiteral("unknown_badge");
    case AccessReason::Ambiguous:
        return QStringLiteral("ambiguous");
    case AccessReason::Suspended:
        return QStringLiteral("suspended");
    case AccessReason::Lost:
        return QStringLiteral("lost");
    case AccessReason::Revoked:
        return QStringLiteral("revoked");
    case AccessReason::Replaced:
        return QStringLiteral("replaced");
    case AccessReason::Expired:
        return QStringLiteral("expired");
    case AccessReason::NotYetValid:
        return QStringLiteral("not_yet_valid");
    case AccessReason::NoGroup:
        return QStringLiteral("no_group");
    case AccessReason::NotInGroup:
        return QStringLiteral("not_in_group");
    case AccessReason::OutsideSchedule:
        return QStringLiteral("outside_schedule");
    case AccessReason::NoBooking:
        return QStringLiteral("no_booking");
    }
    return QString();
}

AccessRules::AccessRules(const AccessData& data, const Clock& clock, QTimeZone zone)
    : m_data(data), m_clock(clock), m_zone(std::move(zone))
{}

AccessDecision AccessRules::decide(const QString& doorId, const QString& reportedUid) const
{
    return decideAt(doorId, reportedUid, m_clock.nowMs());
}

AccessDecision AccessRules::decideAt(const QString& doorId, const QString& reportedUid, qint64 atMs) const
{
    AccessDecision d;
    const auto deny = [&d](AccessReason reason, const QString& text) {
        d.allowed = false;
        d.reason = reason;
        d.text = text;
        return d;
    };
    const Door* door = m_data.door(doorId);
    if (!door)
        return deny(AccessReason::UnknownDoor, tr("Door \"%1\" is not known to the console.").arg(doorId));
    const Result<QString> key = door->format.normalise(reportedUid);
    if (!key)
        return deny(AccessReason::Unreadable, key.error());
    d.uidKey = key.value();

    const std::vector<const Badge*> matches = m_data.badgesRead(*door, d.uidKey);
    if (matches.empty())
        return deny(AccessReason::UnknownBadge, tr("Unknown badge."));
    if (matches.size() > 1 && matches[1]->status != BadgeStatus::Revoked &&
        matches[0]->memberId != matches[1]->memberId)
        return deny(AccessReason::Ambiguous,
                    tr("This reader's number matches several badges; use a reader that reads the whole UID."));
    const Badge& badge = *matches.front();
    d.badgeId = badge.id;
    d.memberId = badge.memberId;

    const QDateTime local = QDateTime::fromMSecsSinceEpoch(atMs, m_zone);
    const QDate today = local.date();
    switch (badge.effectiveStatus(today)) {
    case BadgeStatus::Suspended:
        return deny(AccessReason::Suspended, tr("Badge suspended."));
    case BadgeStatus::Lost:
        return deny(AccessReason::Lost, tr("Badge reported lost."));
    case BadgeStatus::Revoked:
        return badge.replacedBy ? deny(AccessReason::Replaced, tr("Badge replaced by a new one."))
                                : deny(AccessReason::Revoked, tr("Badge revoked."));
    case BadgeStatus::Expired:
        return badge.validUntil.isValid()
                   ? deny(AccessReason::Expired, tr("Badge expired on %1.").arg(badge.validUntil.toString(Qt::ISODate)))
                   : deny(AccessReason::Expired, tr("Badge expired."));
    case BadgeStatus::Active:
        break;
    }
    if (badge.validFrom.isValid() && today < badge.validFrom)
        return deny(AccessReason::NotYetValid, tr("Badge valid from %1.").arg(badge.validFrom.toString(Qt::ISODate)));
    const AccessGroup* group = badge.groupId ? m_data.group(*badge.groupId) : nullptr;
    if (!group)
        return deny(AccessReason::NoGroup, tr("Badge has no access group."));

    bool anyGrant = false;
    bool bookingGrantInHours = false;
    QStringList hours;
    for (const AccessGrant& grant : group->grants) {
        if (!grant.appliesTo(*door))
            continue;
        anyGrant = true;
        if (!grant.schedule.contains(local)) {
            hours << grant.schedule.toString();
            continue;
        }
        if (!grant.bookingOnly) {
            d.allowed = true;
            d.reason = AccessReason::Allowed;
            d.text = tr("Allowed (group %1).").arg(group->name);
            return d;
        }
        bookingGrantInHours = true;
        if (badge.memberId && m_bookingCheck && m_bookingCheck(*badge.memberId, door->roomId, local)) {
            d.allowed = true;
            d.reason = AccessReason::AllowedDuringBooking;
            d.text = tr("Allowed during the member's booking.");
            return d;
        }
    }
    if (!anyGrant)
        return deny(AccessReason::NotInGroup, tr("Group %1 does not open %2.").arg(group->name, door->name));
    if (bookingGrantInHours)
        return deny(AccessReason::NoBooking, tr("No booking of this room by the member now."));
    return deny(AccessReason::OutsideSchedule,
                tr("Outside the hours of group %1 (%2).").arg(group->name, hours.join(QStringLiteral("; "))));
}

} // namespace atrium

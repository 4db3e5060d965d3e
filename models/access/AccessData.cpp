// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/AccessData.h"

#include <algorithm>

namespace atrium {

const Door* AccessData::door(const QString& id) const
{
    auto it = std::find_if(doors.begin(), doors.end(), [&](const Door& d) { return d.id == id; });
    return it == doors.end() ? nullptr : &*it;
}

const Door* AccessData::doorForTasmotaDevice(const QString& device) const
{
    auto it = std::find_if(doors.begin(), doors.end(),
                           [&](const Door& d) { return !d.tasmotaDevice.isEmpty() && d.tasmotaDevice == device; });
    return it == doors.end() ? nullptr : &*it;
}

const AccessGroup* AccessData::group(qint64 id) const
{
    auto it = std::find_if(groups.begin(), groups.end(), [&](const AccessGroup& g) { return g.id == id; });
    return it == groups.end() ? nullptr : &*it;
}

const AccessGroup* AccessData::groupNamed(const QString& name) const
{
    auto it = std::find_if(groups.begin(), groups.end(),
                           [&](const AccessGroup& g) { return g.name.compare(name, Qt::CaseInsensitive) == 0; });
    return it == groups.end() ? nullptr : &*it;
}

const Badge* AccessData::badge(qint64 id) const
{
    auto it = std::find_if(badges.begin(), badges.end(), [&](const Badge& b) { return b.id == id; });
    return it == badges.end() ? nullptr : &*it;
}

std::vector<const Badge*> AccessData::badgesRead(const Door& door, const QString& readKey) const
{
    std::vector<const Badge*> out;
    for (const Badge& b : badges) {
        if (!b.uidKey.isEmpty() && door.format.project(b.uidKey) == readKey)
            out.push_back(&b);
    }
    // A re-issued card has a revoked old badge and a live new one: the live one speaks for it.
    std::stable_sort(out.begin(), out.end(), [](const Badge* a, const Badge* b) {
        const bool ra = a->status == BadgeStatus::Revoked;
        const bool rb = b->status == BadgeStatus::Revoked;
        return ra != rb ? rb : a->id > b->id;
    });
    return out;
}

const Badge* AccessData::liveBadgeWithKey(const QString& uidKey) const
{
    auto it = std::find_if(badges.begin(), badges.end(),
                           [&](const Badge& b) { return b.uidKey == uidKey && b.status != BadgeStatus::Revoked; });
    return it == badges.end() ? nullptr : &*it;
}

} // namespace atrium

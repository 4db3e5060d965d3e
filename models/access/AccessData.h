// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/AccessGroup.h"
#include "access/Badge.h"
#include "access/Door.h"

#include <vector>

namespace atrium {

// What the access rules decide from: every door, group and badge (a site has tens of doors
// and hundreds of badges, so they are kept in memory). Filled by BadgeStore, or by a test.
struct AccessData
{
    std::vector<Door> doors;
    std::vector<AccessGroup> groups;
    std::vector<Badge> badges;

    const Door* door(const QString& id) const;
    const Door* doorForTasmotaDevice(const QString& device) const;
    const AccessGroup* group(qint64 id) const;
    const AccessGroup* groupNamed(const QString& name) const;
    const Badge* badge(qint64 id) const;
    // Badges whose UID, as `door`'s reader sees it, is `readKey`; revoked ones last.
    std::vector<const Badge*> badgesRead(const Door& door, const QString& readKey) const;
    // The badge not revoked with this full UID key, if any.
    const Badge* liveBadgeWithKey(const QString& uidKey) const;
};

} // namespace atrium

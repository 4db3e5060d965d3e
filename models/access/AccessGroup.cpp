// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/AccessGroup.h"

#include "access/Door.h"

namespace atrium {

bool AccessGrant::appliesTo(const Door& door) const
{
    if (targetKind == Target::Door)
        return target == door.id;
    return !door.zone.isEmpty() && target == door.zone;
}

} // namespace atrium

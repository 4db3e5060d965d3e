// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/PayloadProfiles.h"

namespace atrium {

namespace {
constexpr const char* kProfiles[] = {"atrium", "zigbee2mqtt"};
}

QStringList knownPayloadProfiles()
{
    QStringList profiles;
    for (const char* profile : kProfiles)
        profiles.append(QLatin1String(profile));
    return profiles;
}

bool isKnownPayloadProfile(const QString& profile)
{
    return knownPayloadProfiles().contains(profile);
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automation/Actuator.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace atrium {

struct Site;

// Reads the "actuators" array of a site file (docs/site-file.md, "Actuators"). The site itself
// is read by SiteLoader; this reads the same file again for the devices automation drives and
// checks them against the loaded site. A refusal names the line and the field:
// "site.json line 120: actuators[2].room: unknown room 'meeting-x'". No array: no actuators.
class ActuatorLoader
{
    Q_DECLARE_TR_FUNCTIONS(atrium::ActuatorLoader)
public:
    static Result<std::vector<Actuator>> load(const QString& sitePath, const Site& site);
    static Result<std::vector<Actuator>> parse(const QByteArray& json, const QString& sitePath, const Site& site);
};

} // namespace atrium

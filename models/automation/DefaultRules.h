// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automation/AutomationRule.h"

#include <QCoreApplication>

#include <vector>

namespace atrium {

// The rules a new site starts with, aiming at EN 16798-1 category II ("normal expectation",
// the usual design target) in the heating season; docs/automation.md explains each one.
// Stored (and then editable) the first time the automation tables are opened.
class DefaultRules
{
    Q_DECLARE_TR_FUNCTIONS(atrium::DefaultRules)
public:
    static std::vector<AutomationRule> rules();
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automation/AutomationRule.h"
#include "automation/Override.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace atrium {

struct Site;

// Overrides over a period, per rule and per room. A rule people override often is a sign the
// automation is intrusive: it is flagged for review.
struct LedgerRow
{
    QString key;   // rule id ("" for overrides that overrode no rule) or room id
    QString label; // rule name or room name
    int count = 0;
    qint64 minutes = 0; // total time overridden (ended ones; active ones up to `untilMs`)
    bool flagged = false;
};

struct LedgerReport
{
    qint64 fromMs = 0;
    qint64 untilMs = 0;
    int total = 0;
    int flagThreshold = 0;         // overrides of one rule in the period from which it is flagged
    std::vector<LedgerRow> byRule; // most overridden first
    std::vector<LedgerRow> byRoom;
};

class OverrideLedger
{
    Q_DECLARE_TR_FUNCTIONS(atrium::OverrideLedger)
public:
    // A rule overridden this often per week (or more) is flagged; for a shorter period, this often.
    static constexpr int kReviewPerWeek = 3;

    static LedgerReport report(const std::vector<Override>& overrides, const std::vector<AutomationRule>& rules,
                               const Site& site, qint64 fromMs, qint64 untilMs);
};

} // namespace atrium

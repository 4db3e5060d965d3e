// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/OverrideLedger.h"

#include "site/Site.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace atrium {

LedgerReport OverrideLedger::report(const std::vector<Override>& overrides, const std::vector<AutomationRule>& rules,
                                    const Site& site, qint64 fromMs, qint64 untilMs)
{
    LedgerReport report;
    report.fromMs = fromMs;
    report.untilMs = untilMs;
    const double weeks = double(untilMs - fromMs) / (7.0 * 24 * 3600 * 1000);
    report.flagThreshold = int(std::ceil(kReviewPerWeek * std::max(1.0, weeks)));
    QHash<QString, LedgerRow> byRule;
    QHash<QString, LedgerRow> byRoom;
    for (const Override& o : overrides) {
        if (o.createdMs < fromMs || o.createdMs >= untilMs)
            continue;
        ++report.total;
        const qint64 end = std::min(o.endedMs.value_or(untilMs), untilMs);
        const qint64 minutes = std::max<qint64>(0, (end - o.createdMs) / 60000);
        const QString ruleKey = o.overriddenRuleId ? QString::number(*o.overriddenRuleId) : QString();
        LedgerRow& r = byRule[ruleKey];
        r.key = ruleKey;
        ++r.count;
        r.minutes += minutes;
        LedgerRow& room = byRoom[o.roomId];
        room.key = o.roomId;
        ++room.count;
        room.minutes += minutes;
    }
    for (LedgerRow& r : byRule) {
        r.label = r.key.isEmpty() ? tr("No rule (the device's own setting)") : QString();
        for (const AutomationRule& rule : rules) {
            if (QString::number(rule.id) == r.key)
                r.label = rule.name;
        }
        if (!r.key.isEmpty() && r.label.isEmpty())
            r.label = tr("Deleted rule %1").arg(r.key);
        r.flagged = !r.key.isEmpty() && r.count >= report.flagThreshold;
        report.byRule.push_back(r);
    }
    for (LedgerRow& r : byRoom) {
        const Room* room = site.room(r.key);
        r.label = room ? room->name : r.key;
        report.byRoom.push_back(r);
    }
    auto order = [](const LedgerRow& a, const LedgerRow& b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    };
    std::sort(report.byRule.begin(), report.byRule.end(), order);
    std::sort(report.byRoom.begin(), report.byRoom.end(), order);
    return report;
}

} // namespace atrium

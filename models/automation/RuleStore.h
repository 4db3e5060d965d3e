// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automation/AutomationRule.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace atrium {

class Clock;

// The rules in the site's SQLite file (table automation_rule, migration 0005). Every change is
// checked first (RuleText::validate) and written with its audit line in one transaction.
class RuleStore
{
    Q_DECLARE_TR_FUNCTIONS(atrium::RuleStore)
public:
    explicit RuleStore(const Clock& clock);
    ~RuleStore();
    RuleStore(const RuleStore&) = delete;
    RuleStore& operator=(const RuleStore&) = delete;

    Status open(const QString& databasePath);

    std::vector<AutomationRule> rules() const; // by priority, position, id
    std::optional<AutomationRule> rule(qint64 id) const;
    bool isEmpty() const;
    // True once any rule was ever stored (the audit log remembers): deleting every rule on
    // purpose must not bring the default rules back at the next start.
    bool everHadRules() const;

    // `actor` and `reason` go to the audit log. create() ignores rule.id.
    Result<AutomationRule> create(const AutomationRule& rule, const QString& actor, const QString& reason = {});
    Result<AutomationRule> update(const AutomationRule& rule, const QString& actor, const QString& reason = {});
    Status setEnabled(qint64 id, bool enabled, const QString& actor, const QString& reason = {});
    Status remove(qint64 id, const QString& actor, const QString& reason = {});

private:
    Result<AutomationRule> write(const AutomationRule& rule, bool isNew, const QString& actor, const QString& reason);

    const Clock& m_clock;
    QString m_connection;
};

} // namespace atrium

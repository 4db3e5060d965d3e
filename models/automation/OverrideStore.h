// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automation/Override.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace atrium {

class Clock;

// Overrides in the site's SQLite file (table automation_override, migration 0005), each change
// with its audit line in one transaction. Ended overrides stay: they are the ledger.
class OverrideStore
{
    Q_DECLARE_TR_FUNCTIONS(atrium::OverrideStore)
public:
    explicit OverrideStore(const Clock& clock);
    ~OverrideStore();
    OverrideStore(const OverrideStore&) = delete;
    OverrideStore& operator=(const OverrideStore&) = delete;

    Status open(const QString& databasePath);

    // Stores a new override; an active one on the same room, device and channel is ended first
    // (replaced). `label` names the subject in the audit log ("Ada · Temperature").
    Result<Override> add(const Override& candidate, const QString& label);
    // Ends an override: early by a person (`by`, `reason`), or by itself (expired, room empty).
    Status end(qint64 id, OverrideEnd how, qint64 atMs, const QString& by, const QString& reason, const QString& label);

    std::vector<Override> active() const;
    std::optional<Override> find(qint64 id) const;
    // Every override created in [fromMs, untilMs), for the ledger.
    std::vector<Override> createdBetween(qint64 fromMs, qint64 untilMs) const;

private:
    std::vector<Override> select(const QString& where, const QVariantList& binds) const;

    const Clock& m_clock;
    QString m_connection;
};

} // namespace atrium

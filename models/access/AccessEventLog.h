// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/AccessEvent.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace atrium {

struct AccessEventFilter
{
    QString doorId;                 // empty: every door
    std::optional<qint64> memberId; // empty: everyone
    bool deniedOnly = false;
    qint64 fromMs = 0;
    int limit = 500; // newest first
};

// Somebody who badged in (allowed) today, for the on-site list.
struct OnSitePerson
{
    qint64 memberId = 0;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    QString lastDoorId;
};

// The access events table: every swipe written as it happens, read back with filters, and
// trimmed to the retention period. A connection of its own, on the thread that opened it.
class AccessEventLog
{
    Q_DECLARE_TR_FUNCTIONS(atrium::AccessEventLog)
public:
    AccessEventLog() = default;
    ~AccessEventLog();
    AccessEventLog(const AccessEventLog&) = delete;
    AccessEventLog& operator=(const AccessEventLog&) = delete;

    Status open(const QString& databasePath);
    Result<qint64> record(const AccessEvent& event);
    std::vector<AccessEvent> events(const AccessEventFilter& filter = {}) const;
    std::vector<OnSitePerson> onSiteSince(qint64 fromMs) const;
    // Deletes every event before `cutoffMs`; returns how many.
    Result<int> deleteBefore(qint64 cutoffMs);
    int count() const;

private:
    QString m_connection;
};

} // namespace atrium

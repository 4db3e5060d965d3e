// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace atrium {

// One line of the audit log: who did what to which thing, when and why.
struct AuditEntry
{
    qint64 id = 0;
    qint64 atMs = 0;      // UTC ms, from the injected clock
    QString actor;        // the person at the console ("front desk"), or "automation"
    QString action;       // dotted key: "badge.suspend", "override.set", "booking.cancel"
    QString subjectKind;  // "badge", "booking", "member", "override", "rule", ...
    QString subjectId;    // the subject's id in its table
    QString subjectLabel; // readable at the time: "badge 04A1B2 of Jane Doe"
    QString reason;       // why, as the person typed it; may be empty for automatic actions
    QJsonObject details;  // old and new values
};

struct AuditQuery
{
    QString subjectKind;  // empty: any
    QString subjectId;    // empty: any (only with subjectKind)
    QString actionPrefix; // "badge." for every badge action; empty: any
    qint64 fromMs = 0;
    qint64 untilMs = 0; // 0: no upper bound
    int limit = 500;    // newest first
};

// The append-only audit log (table audit_log, migration 0002). Stores record their change and
// its audit line in one transaction by calling record(connectionName, ...) on their own
// connection; reads go through an AuditLog object opened on the database file.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(atrium::AuditLog)
public:
    AuditLog() = default;
    ~AuditLog();
    AuditLog(const AuditLog&) = delete;
    AuditLog& operator=(const AuditLog&) = delete;

    // Opens a connection of its own on the (already migrated) database, for this thread.
    Status open(const QString& databasePath);

    // Appends on the caller's open connection (inside the caller's transaction if one is open).
    static Status record(const QString& connectionName, const AuditEntry& entry);
    // Appends on this object's connection, in a transaction of its own.
    Status record(const AuditEntry& entry);

    std::vector<AuditEntry> entries(const AuditQuery& query = {}) const;

    // GDPR erasure: every line about this subject keeps its action and time, but its label
    // becomes `anonymousLabel` and its details are dropped. On the caller's connection.
    static Status anonymiseSubject(const QString& connectionName, const QString& subjectKind, const QString& subjectId,
                                   const QString& anonymousLabel);

private:
    QString m_connection;
};

} // namespace atrium

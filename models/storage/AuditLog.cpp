// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AuditLog.h"

#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace atrium {

namespace {
// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QVariant text(const QString& value)
{
    return QVariant(value.isNull() ? QStringLiteral("") : value);
}
} // namespace

AuditLog::~AuditLog()
{
    if (!m_connection.isEmpty())
        Database::closeConnection(m_connection);
}

Status AuditLog::open(const QString& databasePath)
{
    if (!m_connection.isEmpty())
        Database::closeConnection(m_connection);
    auto opened = Database::openConnection(databasePath, Database::uniqueConnectionName(QStringLiteral("audit")),
                                           Database::Durability::PowerCut);
    if (!opened)
        return Status::failure(opened.error());
    m_connection = opened.value();
    return Status::success();
}

Status AuditLog::record(const QString& connectionName, const AuditEntry& entry)
{
    if (entry.actor.isEmpty() || entry.action.isEmpty() || entry.subjectKind.isEmpty())
        return Status::failure(tr("An audit line needs who acted, the action and what it applies to."));
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO audit_log (at_ms, actor, action, subject_kind, subject_id, "
                             "subject_label, reason, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.atMs);
    q.addBindValue(text(entry.actor));
    q.addBindValue(text(entry.action));
    q.addBindValue(text(entry.subjectKind));
    q.addBindValue(text(entry.subjectId));
    q.addBindValue(text(entry.subjectLabel));
    q.addBindValue(text(entry.reason));
    q.addBindValue(text(entry.details.isEmpty()
                            ? QString()
                            : QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact))));
    if (!q.exec())
        return Status::failure(tr("Cannot write the audit log: %1").arg(q.lastError().text()));
    return Status::success();
}

Status AuditLog::record(const AuditEntry& entry)
{
    if (m_connection.isEmpty())
        return Status::failure(tr("The audit log is not open."));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return Status::failure(tr("Cannot write the audit log: %1").arg(db.lastError().text()));
    Status written = record(m_connection, entry);
    if (!written) {
        db.rollback();
        return written;
    }
    if (!db.commit())
        return Status::failure(tr("Cannot write the audit log: %1").arg(db.lastError().text()));
    return Status::success();
}

std::vector<AuditEntry> AuditLog::entries(const AuditQuery& query) const
{
    std::vector<AuditEntry> out;
    if (m_connection.isEmpty())
        return out;
    QString sql = QStringLiteral("SELECT id, at_ms, actor, action, subject_kind, subject_id, subject_label, reason, "
                                 "details FROM audit_log WHERE at_ms >= ?");
    if (query.untilMs > 0)
        sql += QStringLiteral(" AND at_ms < ?");
    if (!query.subjectKind.isEmpty())
        sql += QStringLiteral(" AND subject_kind = ?");
    if (!query.subjectKind.isEmpty() && !query.subjectId.isEmpty())
        sql += QStringLiteral(" AND subject_id = ?");
    if (!query.actionPrefix.isEmpty())
        sql += QStringLiteral(" AND substr(action, 1, ?) = ?");
    sql += QStringLiteral(" ORDER BY at_ms DESC, id DESC LIMIT ?");
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(query.fromMs);
    if (query.untilMs > 0)
        q.addBindValue(query.untilMs);
    if (!query.subjectKind.isEmpty())
        q.addBindValue(query.subjectKind);
    if (!query.subjectKind.isEmpty() && !query.subjectId.isEmpty())
        q.addBindValue(query.subjectId);
    if (!query.actionPrefix.isEmpty()) {
        q.addBindValue(query.actionPrefix.size());
        q.addBindValue(query.actionPrefix);
    }
    q.addBindValue(query.limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.atMs = q.value(1).toLongLong();
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.subjectKind = q.value(4).toString();
        e.subjectId = q.value(5).toString();
        e.subjectLabel = q.value(6).toString();
        e.reason = q.value(7).toString();
        e.details = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        out.push_back(std::move(e));
    }
    return out;
}

Status AuditLog::anonymiseSubject(const QString& connectionName, const QString& subjectKind, const QString& subjectId,
                                  const QString& anonymousLabel)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.prepare(QStringLiteral("UPDATE audit_log SET subject_label = ?, details = '' "
                             "WHERE subject_kind = ? AND subject_id = ?"));
    q.addBindValue(anonymousLabel);
    q.addBindValue(subjectKind);
    q.addBindValue(subjectId);
    if (!q.exec())
        return Status::failure(tr("Cannot anonymise the audit log: %1").arg(q.lastError().text()));
    return Status::success();
}

} // namespace atrium

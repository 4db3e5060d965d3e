// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace atrium {

// The site's SQLite file: WAL, foreign keys on, numbered migrations from resources
// (:/migrations/NNNN_name.sql) applied in one transaction at start-up (PRAGMA user_version).
// Qt SQL types stay out of this header so ui/ never sees them.
class Database
{
public:
    static inline const QString kMigrationsDir = QStringLiteral(":/migrations");

    // Creates the file if needed and brings its schema to the latest version of the
    // migrations in `migrationsDir` (files NNNN_description.sql; tests pass their own folder).
    // A file written by a newer Atrium is refused and left untouched; a failing migration
    // rolls every pending migration back and names the file and the statement.
    static Status migrate(const QString& path, const QString& migrationsDir = kMigrationsDir);
    static int latestSchemaVersion(const QString& migrationsDir = kMigrationsDir);
    // PRAGMA user_version of the file: 0 when the file does not exist yet (it is not
    // created), -1 when it cannot be read.
    static int schemaVersion(const QString& path);

    // How far a commit survives. Sensor readings use Crash (synchronous=NORMAL: a crash of the
    // program loses nothing, a power cut may lose the last commits). Whatever a person entered
    // (members, bookings, badges, overrides, the audit log, the outbox) uses PowerCut
    // (synchronous=FULL: a commit is on disk before the call returns).
    enum class Durability { Crash, PowerCut };

    // Opens (or reuses, per thread) a connection named `connectionName` on `path`, with the
    // pragmas set. Returns the connection name to pass to QSqlDatabase::database().
    // A connection is used only on the thread that opened it (Qt SQL rule).
    static Result<QString> openConnection(const QString& path, const QString& connectionName,
                                          Durability durability = Durability::Crash);
    static void closeConnection(const QString& connectionName);
    // A connection name no other caller uses: "<prefix>-<n>".
    static QString uniqueConnectionName(const QString& prefix);

    // Splits a migration script into statements on ';' outside quotes and comments; comments
    // are dropped. Trigger bodies (BEGIN ... END with inner ';') are not supported.
    static QStringList splitStatements(const QString& sql);
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace atrium {

// The site's SQLite file: WAL, foreign keys on, numbered migrations from resources
// (:/migrations/NNNN_name.sql) applied in one transaction at start-up (PRAGMA user_version).
// Qt SQL types stay out of this header so ui/ never sees them.
class Database
{
public:
    // Creates the file if needed and brings its schema to the latest version.
    static Status migrate(const QString& path);
    static int latestSchemaVersion();
    static int schemaVersion(const QString& path); // -1 when unreadable

    // Opens (or reuses, per thread) a connection named `connectionName` on `path`, with the
    // pragmas set. Returns the connection name to pass to QSqlDatabase::database().
    static Result<QString> openConnection(const QString& path, const QString& connectionName);
    static void closeConnection(const QString& connectionName);
};

} // namespace atrium

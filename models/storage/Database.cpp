// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

Q_LOGGING_CATEGORY(lcStorage, "atrium.storage")

namespace atrium {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::Database", text);
}

// Migrations are resources named NNNN_description.sql; the number is the schema version.
std::map<int, QString> migrationFiles()
{
    std::map<int, QString> files;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            files.emplace(match.captured(1).toInt(), dir.filePath(name));
    }
    return files;
}

// Splits a migration into statements. Migrations are ours: no semicolons inside literals or
// triggers, so splitting on ';' at line ends (after stripping -- comments) is enough.
QStringList statements(const QString& sql)
{
    QString cleaned;
    for (const QString& line : sql.split(QLatin1Char('\n'))) {
        const int comment = line.indexOf(QLatin1String("--"));
        cleaned += (comment >= 0 ? line.left(comment) : line) + QLatin1Char('\n');
    }
    QStringList out;
    for (const QString& part : cleaned.split(QLatin1Char(';'))) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

int Database::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Result<QString> Database::openConnection(const QString& path, const QString& connectionName)
{
    if (QSqlDatabase::contains(connectionName)) {
        QSqlDatabase db = QSqlDatabase::database(connectionName);
        if (db.isOpen())
            return connectionName;
    }
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return Result<QString>::failure(tr("Cannot create the folder %1").arg(info.absolutePath()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    // A writer holds the lock for one batch at a time; readers and writers wait instead of failing.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Result<QString>::failure(tr("Cannot open the database %1: %2").arg(path, db.lastError().text()));
    QString error;
    // WAL: readers never block the writer. synchronous=NORMAL in WAL mode keeps every
    // committed transaction across a crash of the program; a power cut may lose the last
    // commits but never corrupts the file.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
        if (!exec(db, QLatin1String(pragma), &error))
            return Result<QString>::failure(tr("Cannot set up the database %1: %2").arg(path, error));
    }
    return connectionName;
}

void Database::closeConnection(const QString& connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

int Database::schemaVersion(const QString& path)
{
    const QString name = QStringLiteral("atrium-version-probe");
    int version = -1;
    {
        auto opened = openConnection(path, name);
        if (!opened)
            return -1;
        QSqlQuery q(QSqlDatabase::database(name));
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            version = q.value(0).toInt();
    }
    closeConnection(name);
    return version;
}

Status Database::migrate(const QString& path)
{
    const QString name = QStringLiteral("atrium-migrate");
    Status status = Status::success();
    {
        auto opened = openConnection(path, name);
        if (!opened)
            return Status::failure(opened.error());
        QSqlDatabase db = QSqlDatabase::database(name);
        QSqlQuery q(db);
        int current = 0;
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            current = q.value(0).toInt();
        const auto files = migrationFiles();
        const int latest = files.empty() ? 0 : files.rbegin()->first;
        if (current > latest) {
            status = Status::failure(tr("The database %1 was written by a newer Atrium (schema %2; this version knows %3)")
                                         .arg(path)
                                         .arg(current)
                                         .arg(latest));
        } else if (current < latest) {
            // All pending migrations in one transaction: a crash half-way leaves the old schema.
            QString error;
            bool ok = db.transaction();
            for (auto it = files.upper_bound(current); ok && it != files.end(); ++it) {
                QFile file(it->second);
                if (!file.open(QIODevice::ReadOnly)) {
                    error = tr("cannot read %1").arg(it->second);
                    ok = false;
                    break;
                }
                for (const QString& statement : statements(QString::fromUtf8(file.readAll()))) {
                    if (!exec(db, statement, &error)) {
                        error = tr("migration %1: %2").arg(QFileInfo(it->second).fileName(), error);
                        ok = false;
                        break;
                    }
                }
            }
            if (ok)
                ok = exec(db, QStringLiteral("PRAGMA user_version=%1").arg(latest), &error);
            if (ok && db.commit()) {
                qCInfo(lcStorage) << "database" << path << "migrated from schema" << current << "to" << latest;
            } else {
                db.rollback();
                status = Status::failure(tr("Cannot update the database %1: %2").arg(path, error));
            }
        }
    }
    closeConnection(name);
    return status;
}

} // namespace atrium

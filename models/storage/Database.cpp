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

#include <atomic>
#include <map>

namespace atrium {

namespace {

Q_LOGGING_CATEGORY(lcStorage, "atrium.storage")

QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::Database", text);
}

// Migrations are files named NNNN_description.sql; the number is the schema version.
std::map<int, QString> migrationFiles(const QString& migrationsDir)
{
    std::map<int, QString> files;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(migrationsDir);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            files.emplace(match.captured(1).toInt(), dir.filePath(name));
    }
    return files;
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

// The first line of a statement, to name it in an error message.
QString statementHead(const QString& statement)
{
    const QString first = statement.section(QLatin1Char('\n'), 0, 0).trimmed();
    return first.length() > 80 ? first.left(77) + QLatin1String("...") : first;
}

} // namespace

QStringList Database::splitStatements(const QString& sql)
{
    QStringList out;
    QString current;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[')) {
            // A quoted literal or identifier is copied whole; '' inside a literal ends and
            // reopens it, which copies the same characters.
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            const qsizetype end = sql.indexOf(close, i + 1);
            const qsizetype stop = end < 0 ? n : end + 1;
            current += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            i = (end < 0 ? n : end) - 1;
            current += QLatin1Char(' ');
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = (end < 0 ? n : end + 2) - 1;
            current += QLatin1Char(' ');
        } else if (c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

int Database::latestSchemaVersion(const QString& migrationsDir)
{
    const auto files = migrationFiles(migrationsDir);
    return files.empty() ? 0 : files.rbegin()->first;
}

QString Database::uniqueConnectionName(const QString& prefix)
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("%1-%2").arg(prefix).arg(++counter);
}

Result<QString> Database::openConnection(const QString& path, const QString& connectionName, Durability durability)
{
    if (QSqlDatabase::contains(connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(connectionName, false);
            if (db.isOpen())
                return connectionName;
        }
        QSqlDatabase::removeDatabase(connectionName);
    }
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return Result<QString>::failure(tr("Cannot create the folder %1").arg(info.absolutePath()));
    QString error;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        // A writer holds the lock for one batch at a time; readers and writers wait instead of failing.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            error = tr("Cannot open the database %1: %2").arg(path, db.lastError().text());
        } else {
            ok = true;
            // WAL: readers never block the writer. synchronous=NORMAL in WAL mode keeps every
            // committed transaction across a crash of the program; a power cut may lose the last
            // commits but never corrupts the file. FULL syncs the WAL at every commit.
            const char* synchronous =
                durability == Durability::PowerCut ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL";
            for (const char* pragma : {"PRAGMA foreign_keys=ON", synchronous}) {
                if (ok && !exec(db, QLatin1String(pragma), &error))
                    ok = false;
            }
            // Reading the file's first page here also catches "file is not a database".
            QSqlQuery q(db);
            if (ok && q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && q.next()) {
                // The pragma answers with the mode in force: a file system without shared
                // memory keeps the rollback journal. Atrium still works, with readers and the
                // writer waiting for each other.
                if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                    qCWarning(lcStorage) << "database" << path << "is not in WAL mode:" << q.value(0).toString();
            } else if (ok) {
                error = q.lastError().text();
                ok = false;
            }
            if (!ok)
                error = tr("Cannot set up the database %1: %2").arg(path, error);
        }
    }
    if (!ok) {
        closeConnection(connectionName);
        return Result<QString>::failure(error);
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
    if (!QFileInfo::exists(path))
        return 0;
    const QString name = uniqueConnectionName(QStringLiteral("atrium-version-probe"));
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

Status Database::migrate(const QString& path, const QString& migrationsDir)
{
    const QString name = uniqueConnectionName(QStringLiteral("atrium-migrate"));
    Status status = Status::success();
    {
        auto opened = openConnection(path, name);
        if (!opened)
            return Status::failure(opened.error());
        QSqlDatabase db = QSqlDatabase::database(name);
        QSqlQuery q(db);
        int current = -1;
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            current = q.value(0).toInt();
        q.finish();
        const auto files = migrationFiles(migrationsDir);
        const int latest = files.empty() ? 0 : files.rbegin()->first;
        if (current < 0) {
            status = Status::failure(tr("Cannot read the schema version of %1: %2").arg(path, q.lastError().text()));
        } else if (current > latest) {
            status =
                Status::failure(tr("The database %1 was written by a newer Atrium (schema %2; this version knows %3)")
                                    .arg(path)
                                    .arg(current)
                                    .arg(latest));
        } else if (current < latest) {
            // All pending migrations in one transaction (SQLite DDL is transactional, and so is
            // user_version): a failure or a crash half-way leaves the old schema untouched.
            QString error;
            bool ok = db.transaction();
            if (!ok)
                error = db.lastError().text();
            for (auto it = files.upper_bound(current); ok && it != files.end(); ++it) {
                const QString fileName = QFileInfo(it->second).fileName();
                QFile file(it->second);
                if (!file.open(QIODevice::ReadOnly)) {
                    error = tr("cannot read %1").arg(fileName);
                    ok = false;
                    break;
                }
                for (const QString& statement : splitStatements(QString::fromUtf8(file.readAll()))) {
                    if (!exec(db, statement, &error)) {
                        error = tr("migration %1, statement \"%2\": %3").arg(fileName, statementHead(statement), error);
                        ok = false;
                        break;
                    }
                }
            }
            if (ok)
                ok = exec(db, QStringLiteral("PRAGMA user_version=%1").arg(latest), &error);
            if (ok && !db.commit()) {
                error = db.lastError().text();
                ok = false;
            }
            if (ok) {
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

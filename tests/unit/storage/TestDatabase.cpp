// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;

namespace {

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(content);
}

// A plain connection, without Database's pragmas, to look at the file as any tool would.
class RawConnection
{
public:
    explicit RawConnection(const QString& path) : m_name(Database::uniqueConnectionName(QStringLiteral("test-raw")))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection() { QSqlDatabase::removeDatabase(m_name); }

    QVariant scalar(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return QVariant();
        return q.value(0);
    }
    bool exec(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql);
    }
    bool hasTable(const QString& table) const
    {
        return scalar(
                   QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(table))
                   .toInt() == 1;
    }

private:
    QString m_name;
};

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshFileMigratesToLatest();
    void foreignKeysAreEnforced();
    void rerunIsNoOp();
    void newerSchemaIsRefused();
    void brokenMigrationRollsBackEverything();
    void brokenMigrationKeepsEarlierVersion();
    void garbageFileIsRefused();
    void schemaVersionOfMissingFile();
    void latestVersionFromFileNames();
    void splitStatements_data();
    void splitStatements();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::freshFileMigratesToLatest()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh/site.sqlite")); // the folder is created too
    const Status migrated = Database::migrate(path);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(Database::schemaVersion(path), Database::latestSchemaVersion());
    RawConnection raw(path);
    // WAL is a property of the file: a connection without any pragma sees it.
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Database::latestSchemaVersion());
    for (const char* table : {"sensor", "observation", "rollup"})
        QVERIFY2(raw.hasTable(QLatin1String(table)), table);
}

void TestDatabase::foreignKeysAreEnforced()
{
    const QString path = m_dir.filePath(QStringLiteral("fk.sqlite"));
    QVERIFY(Database::migrate(path).ok());
    const QString name = Database::uniqueConnectionName(QStringLiteral("test-fk"));
    auto opened = Database::openConnection(path, name);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    {
        QSqlQuery q(QSqlDatabase::database(name));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // A reading of a sensor that does not exist is refused.
        QVERIFY(!q.exec(
            QStringLiteral("INSERT INTO observation(received, ts, sensor, temperature) VALUES(1, 1, 42, 20.5)")));
        QVERIFY2(q.lastError().text().contains(QLatin1String("FOREIGN KEY")), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sensor(id, key, room) VALUES(42, 'desk-1', 'alpha')")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO observation(received, ts, sensor, temperature) VALUES(1, 1, 42, 20.5)")));
    }
    Database::closeConnection(name);
}

void TestDatabase::rerunIsNoOp()
{
    const QString path = m_dir.filePath(QStringLiteral("rerun.sqlite"));
    QVERIFY(Database::migrate(path).ok());
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO sensor(key, room) VALUES('desk-1', 'alpha')")));
    }
    const Status again = Database::migrate(path);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(Database::schemaVersion(path), Database::latestSchemaVersion());
    RawConnection raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT room FROM sensor WHERE key = 'desk-1'")).toString(),
             QStringLiteral("alpha"));
}

void TestDatabase::newerSchemaIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    const int newer = Database::latestSchemaVersion() + 5;
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future_thing (x INTEGER)")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version=%1").arg(newer)));
    }
    const Status migrated = Database::migrate(path);
    QVERIFY(!migrated.ok());
    QVERIFY2(migrated.error().contains(QLatin1String("newer Atrium")), qPrintable(migrated.error()));
    QVERIFY2(migrated.error().contains(path), qPrintable(migrated.error()));
    QVERIFY2(migrated.error().contains(QString::number(newer)), qPrintable(migrated.error()));
    // Left as it was.
    QCOMPARE(Database::schemaVersion(path), newer);
    RawConnection raw(path);
    QVERIFY(raw.hasTable(QStringLiteral("future_thing")));
    QVERIFY(!raw.hasTable(QStringLiteral("reading")));
}

void TestDatabase::brokenMigrationRollsBackEverything()
{
    const QString migrations = m_dir.filePath(QStringLiteral("broken-migrations"));
    QVERIFY(QDir().mkpath(migrations));
    writeFile(migrations + QStringLiteral("/0001_first.sql"), "CREATE TABLE first_table (a INTEGER);\n");
    writeFile(migrations + QStringLiteral("/0002_second.sql"),
              "CREATE TABLE second_table (b INTEGER);\n-- the next statement names a missing table\n"
              "INSERT INTO no_such_table VALUES (1);\n");
    QCOMPARE(Database::latestSchemaVersion(migrations), 2);

    const QString path = m_dir.filePath(QStringLiteral("broken.sqlite"));
    const Status migrated = Database::migrate(path, migrations);
    QVERIFY(!migrated.ok());
    QVERIFY2(migrated.error().contains(QLatin1String("0002_second.sql")), qPrintable(migrated.error()));
    QVERIFY2(migrated.error().contains(QLatin1String("INSERT INTO no_such_table")), qPrintable(migrated.error()));
    QVERIFY2(migrated.error().contains(QLatin1String("no_such_table")), qPrintable(migrated.error()));
    QCOMPARE(Database::schemaVersion(path), 0);
    RawConnection raw(path);
    QVERIFY2(!raw.hasTable(QStringLiteral("first_table")), "0001 is rolled back with 0002");
    QVERIFY(!raw.hasTable(QStringLiteral("second_table")));
}

void TestDatabase::brokenMigrationKeepsEarlierVersion()
{
    const QString migrations = m_dir.filePath(QStringLiteral("later-migrations"));
    QVERIFY(QDir().mkpath(migrations));
    writeFile(migrations + QStringLiteral("/0001_first.sql"),
              "CREATE TABLE first_table (a INTEGER);\nINSERT INTO first_table VALUES (7);\n");
    const QString path = m_dir.filePath(QStringLiteral("later.sqlite"));
    QVERIFY(Database::migrate(path, migrations).ok());
    QCOMPARE(Database::schemaVersion(path), 1);

    writeFile(migrations + QStringLiteral("/0002_second.sql"),
              "ALTER TABLE first_table ADD COLUMN b TEXT;\nDELETE FROM first_table;\nCREATE TABLE broken (;\n");
    const Status migrated = Database::migrate(path, migrations);
    QVERIFY(!migrated.ok());
    QVERIFY2(migrated.error().contains(QLatin1String("0002_second.sql")), qPrintable(migrated.error()));
    QCOMPARE(Database::schemaVersion(path), 1);
    RawConnection raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT a FROM first_table")).toInt(), 7);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('first_table')")).toInt(), 1);
}

void TestDatabase::garbageFileIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    writeFile(path, QByteArray("this is a floor plan, not a database\n").repeated(200));
    const Status migrated = Database::migrate(path);
    QVERIFY(!migrated.ok());
    QVERIFY2(migrated.error().contains(path), qPrintable(migrated.error()));
    QCOMPARE(Database::schemaVersion(path), -1);
}

void TestDatabase::schemaVersionOfMissingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("missing.sqlite"));
    QCOMPARE(Database::schemaVersion(path), 0);
    QVERIFY2(!QFile::exists(path), "probing does not create the file");
}

void TestDatabase::latestVersionFromFileNames()
{
    const QString migrations = m_dir.filePath(QStringLiteral("names"));
    QVERIFY(QDir().mkpath(migrations));
    writeFile(migrations + QStringLiteral("/0001_a.sql"), "SELECT 1;");
    writeFile(migrations + QStringLiteral("/0003_c.sql"), "SELECT 1;");
    writeFile(migrations + QStringLiteral("/12_not_numbered_right.sql"), "SELECT 1;");
    writeFile(migrations + QStringLiteral("/0009_notes.txt"), "not a migration");
    QCOMPARE(Database::latestSchemaVersion(migrations), 3);
    QCOMPARE(Database::latestSchemaVersion(m_dir.filePath(QStringLiteral("no-such-folder"))), 0);
}

void TestDatabase::splitStatements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("two-statements") << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);\n")
                                    << QStringList{QStringLiteral("CREATE TABLE a (x)"),
                                                   QStringLiteral("CREATE TABLE b (y)")};
    QTest::addRow("last-without-semicolon")
        << QStringLiteral("SELECT 1;\nSELECT 2") << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::addRow("semicolon-in-literal") << QStringLiteral("INSERT INTO t VALUES ('a;b');")
                                          << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b')")};
    QTest::addRow("doubled-quote-in-literal")
        << QStringLiteral("INSERT INTO t VALUES ('it''s; fine');SELECT 2;")
        << QStringList{QStringLiteral("INSERT INTO t VALUES ('it''s; fine')"), QStringLiteral("SELECT 2")};
    QTest::addRow("dashes-in-literal") << QStringLiteral("INSERT INTO t VALUES ('--not a comment');")
                                       << QStringList{QStringLiteral("INSERT INTO t VALUES ('--not a comment')")};
    QTest::addRow("line-comment-with-semicolon")
        << QStringLiteral("-- header; still a comment\nSELECT 1; -- trailing; comment\n")
        << QStringList{QStringLiteral("SELECT 1")};
    QTest::addRow("block-comment") << QStringLiteral("SELECT /* a; b */ 1;")
                                   << QStringList{QStringLiteral("SELECT   1")};
    QTest::addRow("quoted-identifier") << QStringLiteral("CREATE TABLE \"odd;name\" (x);")
                                       << QStringList{QStringLiteral("CREATE TABLE \"odd;name\" (x)")};
    QTest::addRow("only-comments-and-blanks") << QStringLiteral("-- nothing\n;\n  ;\n/* none */") << QStringList{};
}

void TestDatabase::splitStatements()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    QCOMPARE(Database::splitStatements(sql), expected);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"

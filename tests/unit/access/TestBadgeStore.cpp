// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/AccessEventLog.h"
#include "access/BadgeCsv.h"
#include "access/BadgeStore.h"
#include "access/DoorService.h"
#include "core/Clock.h"
#include "people/MemberStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace atrium;

namespace {
const QTimeZone kParis("Europe/Paris");
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
} // namespace

// Badges on a real SQLite file: every action, its audit line, imports and the GDPR handlers.
class TestBadgeStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void issueStoresTheUidAsReported();
    void issueRefusesACardAlreadyInUse();
    void statusActions_data();
    void statusActions();
    void replaceRevokesOldAndIssuesNewInOneStep();
    void csvPreviewNamesEveryBadLine();
    void csvImportThenExportRoundTrips();
    void erasureRemovesThePersonalLink();
    void retentionDeletesOldEvents();

private:
    qint64 addMember(const QString& name, const QString& email);
    Badge issue(qint64 member, const QString& uid);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), kParis).toMSecsSinceEpoch()};
    std::unique_ptr<MemberStore> m_members;
    std::unique_ptr<BadgeStore> m_badges;
    std::unique_ptr<AuditLog> m_audit;
    qint64 m_group = 0;
};

void TestBadgeStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("site.sqlite"));
    const Status migrated = Database::migrate(m_path);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
    m_members = std::make_unique<MemberStore>(m_clock);
    QVERIFY(m_members->open(m_path).ok());
    m_badges = std::make_unique<BadgeStore>(m_clock, kParis);
    QVERIFY(m_badges->open(m_path, m_members.get()).ok());
    m_badges->registerPrivacyHandlers(m_members.get());
    m_audit = std::make_unique<AuditLog>();
    QVERIFY(m_audit->open(m_path).ok());
    Door front;
    front.id = QStringLiteral("front");
    front.name = QStringLiteral("Front door");
    front.zone = QStringLiteral("building");
    const Status door = m_badges->saveDoor(front, QStringLiteral("admin"));
    QVERIFY2(door.ok(), qPrintable(door.error()));
    AccessGroup members{0, QStringLiteral("Members"), {}};
    AccessGrant g;
    g.targetKind = AccessGrant::Target::Zone;
    g.target = QStringLiteral("building");
    g.schedule = WeeklySchedule::parse(QStringLiteral("mon-fri 07:00-22:00")).value();
    members.grants.push_back(g);
    auto saved = m_badges->saveGroup(members, QStringLiteral("admin"));
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    m_group = saved->id;
}

void TestBadgeStore::cleanup()
{
    m_audit.reset();
    m_badges.reset();
    m_members.reset();
    m_dir.reset();
}

qint64 TestBadgeStore::addMember(const QString& name, const QString& email)
{
    Member m;
    m.name = name;
    m.email = email;
    auto added = m_members->add(m, QStringLiteral("desk"));
    return added.ok() ? added->id : 0;
}

Badge TestBadgeStore::issue(qint64 member, const QString& uid)
{
    BadgeStore::IssueRequest r;
    r.memberId = member;
    r.uid = uid;
    r.groupId = m_group;
    auto issued = m_badges->issue(r, QStringLiteral("Lea at the desk"), QStringLiteral("new member"));
    return issued.ok() ? issued.value() : Badge();
}

void TestBadgeStore::issueStoresTheUidAsReported()
{
    const qint64 jane = addMember(QStringLiteral("Jane Doe"), QStringLiteral("jane@example.org"));
    const Badge b = issue(jane, QStringLiteral("00a1:b2:c3"));
    QVERIFY(b.id > 0);
    QCOMPARE(b.uid, QStringLiteral("00a1:b2:c3"));
    QCOMPARE(b.uidKey, QStringLiteral("00A1B2C3"));
    QCOMPARE(b.status, BadgeStatus::Active);
    // Reloaded from the file, not from memory.
    BadgeStore again(m_clock, kParis);
    QVERIFY(again.open(m_path).ok());
    QCOMPARE(again.badge(b.id)->uidKey, QStringLiteral("00A1B2C3"));
    const auto lines = m_audit->entries({QStringLiteral("badge"), QString::number(b.id), QString(), 0, 0, 10});
    QCOMPARE(lines.size(), size_t(1));
    QCOMPARE(lines[0].action, QStringLiteral("badge.issue"));
    QCOMPARE(lines[0].actor, QStringLiteral("Lea at the desk"));
    QCOMPARE(lines[0].reason, QStringLiteral("new member"));
    QCOMPARE(lines[0].subjectLabel, QStringLiteral("badge 00a1:b2:c3 of Jane Doe"));
}

void TestBadgeStore::issueRefusesACardAlreadyInUse()
{
    const qint64 jane = addMember(QStringLiteral("Jane Doe"), QStringLiteral("jane@example.org"));
    const qint64 paul = addMember(QStringLiteral("Paul Martin"), QStringLiteral("paul@example.org"));
    const Badge first = issue(jane, QStringLiteral("04A1B2C3"));
    BadgeStore::IssueRequest r;
    r.memberId = paul;
    r.uid = QStringLiteral("3283263748"); // the same card through a decimal LSB-first reader
    r.readerFormat = QStringLiteral("iso14443:dec:lsb");
    auto refused = m_badges->issue(r, QStringLiteral("desk"), QString());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), QStringLiteral("UID: this card is already badge #%1 of Jane Doe; revoke or replace it "
                                             "first.")
                                  .arg(first.id));
    QCOMPARE(m_badges->data().badges.size(), size_t(1));
}

void TestBadgeStore::statusActions_data()
{
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("error"); // of the last action, empty: it succeeds
    QTest::addRow("suspend") << QStringList{"suspend"} << "suspended"
                             << "";
    QTest::addRow("suspend-reactivate") << QStringList{"suspend", "reactivate"} << "active"
                                        << "";
    QTest::addRow("lost") << QStringList{"lost"} << "lost"
                          << "";
    QTest::addRow("lost-then-reactivate") << QStringList{"lost", "reactivate"} << "active"
                                          << "";
    QTest::addRow("revoke") << QStringList{"revoke"} << "revoked"
                            << "";
    QTest::addRow("revoked-cannot-reactivate")
        << QStringList{"revoke", "reactivate"} << "revoked"
        << "Badge 04A1B2C3 is revoked; a revoked badge cannot change. Issue a new one.";
    QTest::addRow("suspend-twice") << QStringList{"suspend", "suspend"} << "suspended"
                                   << "Badge 04A1B2C3 is already suspended.";
}

void TestBadgeStore::statusActions()
{
    QFETCH(QStringList, actions);
    QFETCH(QString, status);
    QFETCH(QString, error);
    const qint64 jane = addMember(QStringLiteral("Jane Doe"), QStringLiteral("jane@example.org"));
    const Badge b = issue(jane, QStringLiteral("04A1B2C3"));
    QSignalSpy changed(m_badges.get(), &BadgeStore::accessChanged);
    Status last;
    for (const QString& a : actions) {
        const QString why = QStringLiteral("because %1").arg(a);
        if (a == QLatin1String("suspend"))
            last = m_badges->suspend(b.id, QStringLiteral("Lea"), why);
        else if (a == QLatin1String("reactivate"))
            last = m_badges->reactivate(b.id, QStringLiteral("Lea"), why);
        else if (a == QLatin1String("lost"))
            last = m_badges->reportLost(b.id, QStringLiteral("Lea"), why);
        else if (a == QLatin1String("revoke"))
            last = m_badges->revoke(b.id, QStringLiteral("Lea"), why);
    }
    QCOMPARE(last.ok(), error.isEmpty());
    if (!error.isEmpty())
        QCOMPARE(last.error(), error);
    QCOMPARE(badgeStatusKey(m_badges->badge(b.id)->status), status);
    // One audit line per action that happened, with who and why.
    const int done = int(actions.size()) - (error.isEmpty() ? 0 : 1);
    QCOMPARE(changed.count(), done);
    const auto lines = m_audit->entries({QStringLiteral("badge"), QString::number(b.id), QString(), 0, 0, 20});
    QCOMPARE(int(lines.size()), done + 1); // + the issue
    QCOMPARE(lines.front().actor, QStringLiteral("Lea"));
    QCOMPARE(lines.front().reason, QStringLiteral("because %1").arg(actions.at(done - 1)));
}

void TestBadgeStore::replaceRevokesOldAndIssuesNewInOneStep()
{
    const qint64 jane = addMember(QStringLiteral("Jane Doe"), QStringLiteral("jane@example.org"));
    const Badge old = issue(jane, QStringLiteral("04A1B2C3"));
    QVERIFY(m_badges->reportLost(old.id, QStringLiteral("Lea"), QStringLiteral("lost on the train")).ok());
    // A new card that is already someone's is refused and nothing changes.
    const qint64 paul = addMember(QStringLiteral("Paul Martin"), QStringLiteral("paul@example.org"));
    issue(paul, QStringLiteral("0badcafe"));
    auto refused = m_badges->replace(old.id, QStringLiteral("0BADCAFE"), QString(), QStringLiteral("Lea"), QString());
    QVERIFY(!refused.ok());
    QCOMPARE(m_badges->badge(old.id)->status, BadgeStatus::Lost);

    auto fresh = m_badges->replace(old.id, QStringLiteral("11223344"), QString(), QStringLiteral("Lea"),
                                   QStringLiteral("replacement card"));
    QVERIFY2(fresh.ok(), qPrintable(fresh.error()));
    QCOMPARE(fresh->memberId, std::optional<qint64>(jane));
    QCOMPARE(fresh->groupId, std::optional<qint64>(m_group));
    QCOMPARE(fresh->status, BadgeStatus::Active);
    const auto before = m_badges->badge(old.id);
    QCOMPARE(before->status, BadgeStatus::Revoked);
    QCOMPARE(before->replacedBy, std::optional<qint64>(fresh->id));
    const auto lines = m_audit->entries({QStringLiteral("badge"), QString(), QStringLiteral("badge.replace"), 0, 0, 5});
    QCOMPARE(lines.size(), size_t(1));
    QCOMPARE(lines[0].details.value(QStringLiteral("replaced_by")).toInteger(), fresh->id);
}

void TestBadgeStore::csvPreviewNamesEveryBadLine()
{
    addMember(QStringLiteral("Jane Doe"), QStringLiteral("jane@example.org"));
    const QByteArray csv = "uid,member_email,group,status,valid_until\n"
                           "04A1B2C3,jane@example.org,Members,active,2026-12-31\n"
                           "04A1B2ZZ,jane@example.org,Members,active,\n"
                           "11223344,nobody@example.org,Members,active,\n"
                           "22334455,jane@example.org,Visitors,active,\n"
                           "33445566,jane@example.org,Members,paused,\n"
                           "44556677,jane@example.org,Members,active,31/12/2026\n"
                           "04:A1:B2:C3,jane@example.org,Members,active,\n"
                           "\"55667788\",\"jane@example.org\",\"Members\",suspended,\n";
    const BadgeImportPreview p = BadgeCsv::preview(csv, m_badges->data(), *m_members);
    QCOMPARE(p.rows.size(), size_t(2));
    QCOMPARE(p.rows[0].line, 2);
    QCOMPARE(p.rows[1].status, BadgeStatus::Suspended);
    const QStringList expected{
        "Line 3, uid: UID \"04A1B2ZZ\": \"Z\" is not a hexadecimal digit.",
        "Line 4, member_email: no member has the e-mail address \"nobody@example.org\".",
        "Line 5, group: there is no access group \"Visitors\".",
        "Line 6, status: \"paused\" is not a status (active, suspended, lost, revoked, expired).",
        "Line 7, valid_until: \"31/12/2026\" is not a date (YYYY-MM-DD).",
        "Line 8, uid: this card is already on an earlier line.",
    };
    QCOMPARE(p.errors, expected);
    const BadgeImportPreview header = BadgeCsv::preview("uid,badge_colour\n", m_badges->data(), *m_members);
    QCOMPARE(header.errors.size(), 1);
    QVERIFY(header.errors[0].startsWith(QStringLiteral("Line 1: unknown column \"badge_colour\"")));
}

void TestBadgeStore::csvImportThenExportRoundTrips()
{
    const qint64 jane = addMember(QStringLiteral("Jane Doe"), QStringLiteral("jane@example.org"));
    addMember(QStringLiteral("Hélène Dupont, Acme"), QStringLiteral("helene@example.org"));
    const QByteArray csv = "uid,reader_format,member_email,group,status,valid_from,valid_until\n"
                           "00A1B2C3,iso14443:hex:msb,jane@example.org,Members,active,,2026-12-31\n"
                           "0012345678,iso14443:dec:msb,helene@example.org,Members,suspended,2026-01-01,\n";
    const BadgeImportPreview p = BadgeCsv::preview(csv, m_badges->data(), *m_members);
    QVERIFY2(p.ok(), qPrintable(p.errors.join(QLatin1Char('\n'))));
    QCOMPARE(p.added(), 2);
    auto imported = m_badges->importRows(p.rows, QStringLiteral("admin"), QStringLiteral("from the old system"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported.value(), 2);
    QCOMPARE(m_badges->badgesOf(jane).front().uidKey, QStringLiteral("00A1B2C3"));

    const QByteArray exported = BadgeCsv::write(m_badges->data(), *m_members);
    const QList<QByteArray> lines = exported.split('\n');
    QCOMPARE(lines[0], QByteArray("uid,reader_format,member_id,member_email,member_name,group,status,valid_from,"
                                  "valid_until"));
    QVERIFY(lines.contains(QByteArray("00A1B2C3,iso14443:hex:msb,1,jane@example.org,Jane Doe,Members,active,,"
                                      "2026-12-31")));
    QVERIFY(lines.contains(QByteArray("0012345678,iso14443:dec:msb,2,helene@example.org,\"Hélène Dupont, "
                                      "Acme\",Members,suspended,2026-01-01,")));
    // Importing the export again changes the existing badges and adds none.
    const BadgeImportPreview again = BadgeCsv::preview(exported, m_badges->data(), *m_members);
    QVERIFY2(again.ok(), qPrintable(again.errors.join(QLatin1Char('\n'))));
    QCOMPARE(again.added(), 0);
    QCOMPARE(again.updated(), 2);
}

void TestBadgeStore::erasureRemovesThePersonalLink()
{
    const qint64 jane = addMember(QStringLiteral("Jane Doe"), QStringLiteral("jane@example.org"));
    const Badge b = issue(jane, QStringLiteral("04A1B2C3"));
    AccessEventLog log;
    QVERIFY(log.open(m_path).ok());
    AccessEvent e;
    e.atMs = m_clock.nowMs();
    e.doorId = QStringLiteral("front");
    e.uid = QStringLiteral("04A1B2C3");
    e.badgeId = b.id;
    e.memberId = jane;
    e.allowed = true;
    e.reasonCode = QStringLiteral("allowed");
    QVERIFY(log.record(e).ok());
    // The export lists the badge and the event before the erasure.
    const QJsonObject exported = m_members->exportPersonalData(jane);
    QCOMPARE(exported.value(QStringLiteral("access")).toObject().value(QStringLiteral("badges")).toArray().size(), 1);
    QCOMPARE(
        exported.value(QStringLiteral("access")).toObject().value(QStringLiteral("access_events")).toArray().size(), 1);

    QSignalSpy changed(m_badges.get(), &BadgeStore::accessChanged);
    QVERIFY(m_members->erase(jane, QStringLiteral("Lea"), QStringLiteral("asked by e-mail")).ok());
    QCOMPARE(changed.count(), 1); // allow-lists are recomputed
    const auto after = m_badges->badge(b.id);
    QVERIFY(!after->memberId);
    QVERIFY(after->uid.isEmpty());
    QCOMPARE(after->status, BadgeStatus::Revoked);
    const auto events = log.events();
    QCOMPARE(events.size(), size_t(1));
    QVERIFY(!events[0].memberId && !events[0].badgeId && events[0].uid.isEmpty());
    QCOMPARE(events[0].doorId, QStringLiteral("front")); // the count of swipes keeps its shape
    const auto lines = m_audit->entries({QStringLiteral("badge"), QString::number(b.id), QString(), 0, 0, 5});
    QVERIFY(!lines.empty());
    for (const AuditEntry& line : lines)
        QVERIFY2(!line.subjectLabel.contains(QStringLiteral("Jane")), qPrintable(line.subjectLabel));
}

void TestBadgeStore::retentionDeletesOldEvents()
{
    AccessEventLog log;
    QVERIFY(log.open(m_path).ok());
    for (int daysAgo : {100, 91, 89, 1}) {
        AccessEvent e;
        e.atMs = m_clock.nowMs() - daysAgo * kDayMs;
        e.doorId = QStringLiteral("front");
        e.reasonCode = QStringLiteral("unknown_badge");
        QVERIFY(log.record(e).ok());
    }
    // The service trims at start-up and then hourly: the default is 90 days.
    DoorService doors(*m_badges, log, m_clock, QStringLiteral("hq"));
    QCOMPARE(log.count(), 2);
    QVERIFY(m_badges->setSetting(QStringLiteral("retention_days"), QStringLiteral("30"), QStringLiteral("admin")).ok());
    auto deleted = doors.applyRetention();
    QVERIFY(deleted.ok());
    QCOMPARE(deleted.value(), 1);
    QCOMPARE(log.count(), 1);
}

QTEST_GUILESS_MAIN(TestBadgeStore)
#include "TestBadgeStore.moc"

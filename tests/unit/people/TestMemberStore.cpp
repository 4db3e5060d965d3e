// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"
#include "people/MemberStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;

namespace {

Member person(const QString& name, const QString& company = QString(), const QString& email = QString())
{
    Member m;
    m.name = name;
    m.company = company;
    m.email = email;
    m.kind = MemberKind::Freelancer;
    return m;
}

QStringList namesOf(const std::vector<Member>& members)
{
    QStringList names;
    for (const Member& m : members)
        names << m.name;
    return names;
}

} // namespace

class TestMemberStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("site-%1.sqlite").arg(++m_n));
        QVERIFY(Database::migrate(m_path).ok());
    }

    void refusesBadFieldsNamingThem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("expected");
        QTest::addRow("no-name") << "  " << "" << "" << "Name:";
        QTest::addRow("email-without-domain") << "Jane" << "jane@" << "" << "E-mail: \"jane@\"";
        QTest::addRow("phone-with-letters") << "Jane" << "" << "06 12 AB" << "Phone: \"06 12 AB\"";
    }

    void refusesBadFieldsNamingThem()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(QString, expected);
        ManualClock clock(1'000);
        MemberStore store(clock);
        QVERIFY(store.open(m_path).ok());
        Member m = person(name, QString(), email);
        m.phone = phone;
        auto added = store.add(m, QStringLiteral("desk"));
        QVERIFY(!added.ok());
        QVERIFY2(added.error().startsWith(expected), qPrintable(added.error()));
        QVERIFY(store.members().empty());
    }

    void addsAndReadsBackAfterReopen()
    {
        ManualClock clock(1'700'000'000'000);
        {
            MemberStore store(clock);
            QVERIFY(store.open(m_path).ok());
            Member m = person(QStringLiteral("Hélène Dupré"), QStringLiteral("Atelier Nord"),
                              QStringLiteral("helene@example.org"));
            m.phone = QStringLiteral("+33 6 12 34 56 78");
            m.kind = MemberKind::Consultant;
            QVERIFY(store.add(m, QStringLiteral("desk")).ok());
        }
        MemberStore reopened(clock);
        QVERIFY(reopened.open(m_path).ok());
        const auto all = reopened.members();
        QCOMPARE(all.size(), size_t(1));
        QCOMPARE(all[0].name, QStringLiteral("Hélène Dupré"));
        QCOMPARE(all[0].phone, QStringLiteral("+33 6 12 34 56 78"));
        QCOMPARE(all[0].kind, MemberKind::Consultant);
        QCOMPARE(all[0].createdMs, qint64(1'700'000'000'000));
        QCOMPARE(all[0].displayName(), QStringLiteral("Hélène Dupré (Atelier Nord)"));
    }

    void searchesAsYouType_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("empty-lists-all") << "" << QStringList{"Bob Martin", "Hélène Dupré", "Zoé Leroy"};
        QTest::addRow("accent-insensitive") << "hele" << QStringList{"Hélène Dupré"};
        QTest::addRow("company-word") << "nord" << QStringList{"Hélène Dupré"};
        QTest::addRow("two-words-both-match") << "zo ler" << QStringList{"Zoé Leroy"};
        QTest::addRow("two-words-one-misses") << "zo dup" << QStringList{};
        QTest::addRow("email-start") << "bmart" << QStringList{"Bob Martin"};
        QTest::addRow("inside-a-word-does-not-match") << "lene" << QStringList{};
    }

    void searchesAsYouType()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        ManualClock clock(1'000);
        MemberStore store(clock);
        QVERIFY(store.open(m_path).ok());
        QVERIFY(store.add(person(QStringLiteral("Zoé Leroy"), QStringLiteral("Studio Z")), QStringLiteral("desk")).ok());
        QVERIFY(store.add(person(QStringLiteral("Hélène Dupré"), QStringLiteral("Atelier Nord")), QStringLiteral("desk"))
                    .ok());
        QVERIFY(store.add(person(QStringLiteral("Bob Martin"), QString(), QStringLiteral("bmartin@example.org")),
                          QStringLiteral("desk"))
                    .ok());
        QCOMPARE(namesOf(store.search(typed)), expected);
    }

    void editIsAuditedWithBeforeAndAfter()
    {
        ManualClock clock(5'000);
        MemberStore store(clock);
        QVERIFY(store.open(m_path).ok());
        auto added = store.add(person(QStringLiteral("Jane Doe")), QStringLiteral("alice"));
        QVERIFY(added.ok());
        Member edited = added.value();
        edited.company = QStringLiteral("Acme");
        clock.setNowMs(9'000);
        QVERIFY(store.update(edited, QStringLiteral("bob")).ok());
        AuditLog log;
        QVERIFY(log.open(m_path).ok());
        const auto lines = log.entries({QStringLiteral("member"), QString::number(edited.id)});
        QCOMPARE(lines.size(), size_t(2));
        QCOMPARE(lines[0].action, QStringLiteral("member.edit"));
        QCOMPARE(lines[0].actor, QStringLiteral("bob"));
        QCOMPARE(lines[0].atMs, qint64(9'000));
        QCOMPARE(lines[0].details.value(QStringLiteral("after")).toObject().value(QStringLiteral("company")).toString(),
                 QStringLiteral("Acme"));
        QCOMPARE(lines[1].action, QStringLiteral("member.add"));
        QCOMPARE(lines[1].actor, QStringLiteral("alice"));
    }

    void erasureBlanksPersonalDataRunsHandlersAndAnonymisesTheLog()
    {
        ManualClock clock(5'000);
        MemberStore store(clock);
        QVERIFY(store.open(m_path).ok());
        Member m = person(QStringLiteral("Jane Doe"), QStringLiteral("Acme"), QStringLiteral("jane@acme.example"));
        m.notes = QStringLiteral("prefers the quiet room");
        auto added = store.add(m, QStringLiteral("alice"));
        QVERIFY(added.ok());
        const qint64 id = added->id;
        qint64 erasedByHandler = 0;
        store.addErasureHandler([&](const QString&, qint64 memberId) {
            erasedByHandler = memberId;
            return Status::success();
        });
        store.addExportHandler(QStringLiteral("bookings"), [](const QString&, qint64) {
            return QJsonValue(QJsonArray{QStringLiteral("Ada 2026-12-03 10:00")});
        });
        const QJsonObject exported = store.exportPersonalData(id);
        QCOMPARE(exported.value(QStringLiteral("member")).toObject().value(QStringLiteral("email")).toString(),
                 QStringLiteral("jane@acme.example"));
        QCOMPARE(exported.value(QStringLiteral("bookings")).toArray().size(), 1);

        QSignalSpy erased(&store, &MemberStore::memberErased);
        QVERIFY(store.erase(id, QStringLiteral("bob"), QStringLiteral("asked by e-mail")).ok());
        QCOMPARE(erased.count(), 1);
        QCOMPARE(erasedByHandler, id);
        QVERIFY(store.search(QStringLiteral("jane")).empty());
        const auto after = store.member(id);
        QVERIFY(after && after->isErased());
        QVERIFY(after->email.isEmpty() && after->company.isEmpty() && after->notes.isEmpty());
        QVERIFY(!after->name.contains(QStringLiteral("Jane")));

        // Nothing of Jane is left in the file, audit log included.
        QSqlDatabase db = QSqlDatabase::database(store.connectionName());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE subject_label LIKE '%Jane%' "
                                      "OR details LIKE '%Jane%' OR details LIKE '%acme%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT reason FROM audit_log WHERE action = 'member.erase'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("asked by e-mail"));
    }

    void failingHandlerKeepsTheMemberIntact()
    {
        ManualClock clock(5'000);
        MemberStore store(clock);
        QVERIFY(store.open(m_path).ok());
        auto added = store.add(person(QStringLiteral("Jane Doe")), QStringLiteral("alice"));
        QVERIFY(added.ok());
        store.addErasureHandler(
            [](const QString&, qint64) { return Status::failure(QStringLiteral("badges: cannot unlink")); });
        const Status erased = store.erase(added->id, QStringLiteral("bob"), QStringLiteral("asked"));
        QVERIFY(!erased.ok());
        QCOMPARE(erased.error(), QStringLiteral("badges: cannot unlink"));
        MemberStore reopened(clock);
        QVERIFY(reopened.open(m_path).ok());
        QCOMPARE(reopened.member(added->id)->name, QStringLiteral("Jane Doe"));
        QVERIFY(!reopened.member(added->id)->isErased());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestMemberStore)
#include "TestMemberStore.moc"

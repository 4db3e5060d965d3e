// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingsFixture.h"
#include "SharedData.h"
#include "members/EraseMemberDialog.h"
#include "members/MemberDialog.h"
#include "members/MembersPage.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace atrium;
using namespace atrium::test;

class TestMembersPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void searchAsYouType_data();
    void searchAsYouType();
    void fieldErrorsShownNextToFields();
    void exportsPersonalDataToJson();
    void eraseNeedsReasonAndBlanksMember();

private:
    std::unique_ptr<BookingsFixture> m_f;
    std::unique_ptr<MembersPage> m_page;
};

void TestMembersPage::init()
{
    m_f = std::make_unique<BookingsFixture>(QDateTime(QDate(2026, 3, 10), QTime(9, 0)));
    QVERIFY2(m_f->error.isEmpty(), qPrintable(m_f->error));
    m_f->addMember(QStringLiteral("Hélène Martin"), QStringLiteral("Atelier Nord"));
    m_f->addMember(QStringLiteral("Jane Doe"), QStringLiteral("Acme"));
    m_f->addMember(QStringLiteral("Omar Haddad"), QStringLiteral("Acme"));
    m_page = std::make_unique<MembersPage>(*m_f->members);
    m_page->resize(1000, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestMembersPage::cleanup()
{
    m_page.reset();
    m_f.reset();
}

void TestMembersPage::searchAsYouType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("rows");
    QTest::addRow("nothing-typed") << QString() << 3;
    QTest::addRow("company") << QStringLiteral("acm") << 2;
    QTest::addRow("without-accent") << QStringLiteral("helene") << 1;
    QTest::addRow("no-match") << QStringLiteral("zz") << 0;
}

void TestMembersPage::searchAsYouType()
{
    QFETCH(QString, typed);
    QFETCH(int, rows);
    QTest::keyClicks(m_page->searchField(), typed);
    QCOMPARE(m_page->table()->rowCount(), rows);
}

void TestMembersPage::fieldErrorsShownNextToFields()
{
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("addMember")), Qt::LeftButton);
    MemberDialog* dialog = m_page->memberDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->emailField(), QStringLiteral("sam@"));
    QTest::keyClicks(dialog->phoneField(), QStringLiteral("call me"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->fieldError(QStringLiteral("name")).isEmpty());
    QVERIFY(dialog->fieldError(QStringLiteral("email")).contains(QStringLiteral("sam@")));
    QVERIFY(!dialog->fieldError(QStringLiteral("phone")).isEmpty());
    dialog->grab().save(testOutputDir() + QStringLiteral("/members-field-errors.png"));
    QCOMPARE(m_f->members->members().size(), size_t(3));

    QTest::keyClicks(dialog->nameField(), QStringLiteral("Sam Lee"));
    dialog->emailField()->setText(QStringLiteral("sam@example.org"));
    dialog->phoneField()->setText(QStringLiteral("+33 6 12 34 56 78"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(m_f->members->search(QStringLiteral("sam")).size(), size_t(1));
    QCOMPARE(m_f->members->search(QStringLiteral("sam")).front().phone, QStringLiteral("+33 6 12 34 56 78"));
}

void TestMembersPage::exportsPersonalDataToJson()
{
    const Member jane = m_f->members->search(QStringLiteral("jane")).front();
    QVERIFY(m_f->book(QStringLiteral("alpha"), QDate(2026, 3, 10), QTime(10, 0), QTime(11, 0),
                      QStringLiteral("Sprint review"), jane));
    const QString path = m_f->dir.filePath(QStringLiteral("jane.json"));
    const Status s = m_page->exportTo(jane.id, path);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(QJsonDocument::fromJson(json).isObject());
    QVERIFY(json.contains("jane@example.org"));
    QVERIFY(json.contains("Sprint review")); // the bookings section
}

void TestMembersPage::eraseNeedsReasonAndBlanksMember()
{
    const Member omarMember = m_f->members->search(QStringLiteral("omar")).front();
    const Result<Booking> booked = m_f->book(QStringLiteral("beta"), QDate(2026, 3, 11), QTime(10, 0), QTime(11, 0),
                                             QStringLiteral("Therapy session"), omarMember);
    QVERIFY2(booked.ok(), qPrintable(booked.error()));
    QTest::keyClicks(m_page->searchField(), QStringLiteral("omar"));
    QCOMPARE(m_page->table()->rowCount(), 1);
    const qint64 omar = m_page->currentMember();
    QVERIFY(omar != 0);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("eraseMember")), Qt::LeftButton);
    EraseMemberDialog* dialog = m_page->eraseDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->eraseButton()->isEnabled());
    QTest::keyClicks(dialog->reasonField(), QStringLiteral("request by e-mail, ref 2026-14"));
    QTest::mouseClick(dialog->eraseButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(m_f->members->member(omar)->isErased());
    QVERIFY(m_f->members->search(QStringLiteral("omar")).empty());
    QTRY_COMPARE(m_page->table()->rowCount(), 0);
    // The booking stays for the figures, without its personal title.
    const auto kept = m_f->store->booking(booked->id);
    QVERIFY(kept);
    QCOMPARE(kept->title, QString());
    QCOMPARE(kept->start, booked->start);
}

QTEST_MAIN(TestMembersPage)
#include "TestMembersPage.moc"

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleContext.h"
#include "SharedData.h"
#include "access/AccessEventLog.h"
#include "access/AccessEventModel.h"
#include "access/BadgeStore.h"
#include "access/BadgeTableModel.h"
#include "access/BadgesPage.h"
#include "access/DoorService.h"
#include "access/IssueBadgePanel.h"
#include "core/Clock.h"
#include "feeds/RawMessage.h"
#include "people/MemberStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace atrium;
using namespace atrium::test;

namespace {
const QTimeZone kParis("Europe/Paris");

RawMessage swipe(const QByteArray& door, const QByteArray& uid)
{
    RawMessage m;
    m.topic = "atrium-access/hq/" + door + "/request";
    m.payload = R"({"id":"x","uid":")" + uid + R"("})";
    return m;
}
} // namespace

// The badge desk driven by keyboard only, as the front desk would: issue a badge from the desk
// reader, then suspend it with a reason; the log and the alerts follow the doors.
class TestBadgesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void issueAndSuspendByKeyboard();
    void cardAlreadyInUseIsSaidAtTheDesk();
    void logFiltersAndAlerts();

private:
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void save(const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(10, 0), kParis).toMSecsSinceEpoch()};
    std::unique_ptr<MemberStore> m_members;
    std::unique_ptr<BadgeStore> m_badges;
    std::unique_ptr<AccessEventLog> m_log;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<DoorService> m_doors;
    std::unique_ptr<BadgesPage> m_page;
};

void TestBadgesPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("site.sqlite"));
    QVERIFY(Database::migrate(path).ok());
    m_members = std::make_unique<MemberStore>(m_clock);
    QVERIFY(m_members->open(path).ok());
    m_badges = std::make_unique<BadgeStore>(m_clock, kParis);
    QVERIFY(m_badges->open(path, m_members.get()).ok());
    QVERIFY(m_badges->setSetting(QStringLiteral("onsite_list"), QStringLiteral("1"), QStringLiteral("admin")).ok());
    m_log = std::make_unique<AccessEventLog>();
    QVERIFY(m_log->open(path).ok());
    m_audit = std::make_unique<AuditLog>();
    QVERIFY(m_audit->open(path).ok());
    for (const auto& [name, company] : {std::pair{"Jane Doe", "Acme"}, std::pair{"Hélène Martin", "Atelier Nord"},
                                        std::pair{"Omar Haddad", "Acme"}}) {
        Member m;
        m.name = QString::fromUtf8(name);
        m.company = QString::fromUtf8(company);
        QVERIFY(m_members->add(m, QStringLiteral("desk")).ok());
    }
    Door desk;
    desk.id = QStringLiteral("desk");
    desk.name = QStringLiteral("Desk reader");
    desk.isDeskReader = true;
    QVERIFY(m_badges->saveDoor(desk, QStringLiteral("admin")).ok());
    Door front;
    front.id = QStringLiteral("front");
    front.name = QStringLiteral("Front door");
    front.zone = QStringLiteral("building");
    QVERIFY(m_badges->saveDoor(front, QStringLiteral("admin")).ok());
    AccessGrant g;
    g.targetKind = AccessGrant::Target::Zone;
    g.target = QStringLiteral("building");
    g.schedule = WeeklySchedule::parse(QStringLiteral("mon-fri 07:00-22:00")).value();
    QVERIFY(m_badges->saveGroup({0, QStringLiteral("Members"), {g}}, QStringLiteral("admin")).ok());
    m_doors = std::make_unique<DoorService>(*m_badges, *m_log, m_clock, QStringLiteral("hq"));

    ConsoleContext context;
    context.clock = &m_clock;
    context.members = m_members.get();
    context.badges = m_badges.get();
    context.doors = m_doors.get();
    context.accessLog = m_log.get();
    context.operatorName = QStringLiteral("Lea");
    m_page = std::make_unique<BadgesPage>(context);
    m_page->resize(1366, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestBadgesPage::cleanup()
{
    m_page.reset();
    m_doors.reset();
    m_audit.reset();
    m_log.reset();
    m_badges.reset();
    m_members.reset();
    m_dir.reset();
}

void TestBadgesPage::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_page.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestBadgesPage::save(const QString& name)
{
    QVERIFY(m_page->grab().save(testOutputDir() + QLatin1Char('/') + name));
}

void TestBadgesPage::issueAndSuspendByKeyboard()
{
    IssueBadgePanel* panel = m_page->issuePanel();
    QVERIFY(!panel->isVisible());
    press(Qt::Key_N, Qt::AltModifier); // "New badge…" (a mnemonic clicks the button a moment later)
    QTRY_VERIFY(panel->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), panel->memberSearch());
    QTest::keyClicks(panel->memberSearch(), QStringLiteral("jane"));
    QCOMPARE(panel->memberList()->count(), 1);
    QCOMPARE(panel->memberList()->currentItem()->text(), QStringLiteral("Jane Doe (Acme)"));
    QVERIFY(m_doors->isDeskReaderArmed());
    save(QStringLiteral("BadgesPage-issue-waiting.png"));

    // The front desk shows the new card to the desk reader.
    m_doors->handle(swipe("desk", "04a1b2c3"));
    QCOMPARE(panel->uidEdit()->text(), QStringLiteral("04a1b2c3"));
    QCOMPARE(QApplication::focusWidget(), panel->confirmButton());
    press(Qt::Key_Return);
    QVERIFY(!panel->isVisible());
    QCOMPARE(m_page->feedback()->text(), QStringLiteral("Badge 04a1b2c3 issued to Jane Doe (Acme)."));
    const auto badges = m_badges->data().badges;
    QCOMPARE(badges.size(), size_t(1));
    QCOMPARE(badges[0].uidKey, QStringLiteral("04A1B2C3"));
    QCOMPARE(badges[0].groupId, std::optional<qint64>(m_badges->data().groups.front().id)); // the first group
    QCOMPARE(m_page->selectedBadgeId(), badges[0].id);
    QCOMPARE(m_page->badgeModel()->data(m_page->badgeModel()->index(0, BadgeTableModel::StatusColumn)).toString(),
             QStringLiteral("Active"));
    QCOMPARE(QApplication::focusWidget(), m_page->badgeTable());

    // Suspend it by keyboard, saying why.
    press(Qt::Key_W, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), m_page->reason());
    QTest::keyClicks(m_page->reason(), QStringLiteral("left the company"));
    press(Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(m_badges->badge(badges[0].id)->status, BadgeStatus::Suspended);
    QCOMPARE(m_page->feedback()->text(), QStringLiteral("Badge 04a1b2c3 suspended."));
    QCOMPARE(m_page->badgeModel()->data(m_page->badgeModel()->index(0, BadgeTableModel::StatusColumn)).toString(),
             QStringLiteral("Suspended"));
    const auto lines = m_audit->entries({QStringLiteral("badge"), QString(), QStringLiteral("badge.suspend"), 0, 0, 5});
    QCOMPARE(lines.size(), size_t(1));
    QCOMPARE(lines[0].actor, QStringLiteral("Lea"));
    QCOMPARE(lines[0].reason, QStringLiteral("left the company"));
    QCOMPARE(lines[0].subjectLabel, QStringLiteral("badge 04a1b2c3 of Jane Doe (Acme)"));
    // The buttons follow the status: a suspended badge can be reactivated, not suspended again.
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("suspendBadgeButton"))->isEnabled());
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("reactivateBadgeButton"))->isEnabled());
    save(QStringLiteral("BadgesPage-suspended.png"));
}

void TestBadgesPage::cardAlreadyInUseIsSaidAtTheDesk()
{
    BadgeStore::IssueRequest r;
    r.memberId = m_members->search(QStringLiteral("omar")).front().id;
    r.uid = QStringLiteral("0BADCAFE");
    QVERIFY(m_badges->issue(r, QStringLiteral("desk"), QString()).ok());
    IssueBadgePanel* panel = m_page->issuePanel();
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(panel->isVisible());
    m_doors->handle(swipe("desk", "0BADCAFE"));
    QVERIFY(panel->uidEdit()->text().isEmpty());
    QVERIFY2(panel->message()->text().contains(QStringLiteral("Omar Haddad")), qPrintable(panel->message()->text()));
    QVERIFY(m_doors->isDeskReaderArmed()); // still waiting for another card
    save(QStringLiteral("BadgesPage-card-in-use.png"));
    press(Qt::Key_Escape);
    QTRY_VERIFY(!panel->isVisible());
    QVERIFY(!m_doors->isDeskReaderArmed());
}

void TestBadgesPage::logFiltersAndAlerts()
{
    BadgeStore::IssueRequest r;
    r.memberId = m_members->search(QStringLiteral("jane")).front().id;
    r.uid = QStringLiteral("04A1B2C3");
    r.groupId = m_badges->data().groups.front().id;
    QVERIFY(m_badges->issue(r, QStringLiteral("desk"), QString()).ok());
    m_doors->handle(swipe("front", "04A1B2C3"));
    for (int i = 0; i < 3; ++i)
        m_doors->handle(swipe("front", "DEADBEEF"));
    AccessEventModel* model = m_page->eventModel();
    QTRY_COMPARE(model->rowCount(), 4);
    QCOMPARE(model->data(model->index(0, AccessEventModel::ResultColumn)).toString(), QStringLiteral("Refused"));
    QCOMPARE(model->data(model->index(0, AccessEventModel::HolderColumn)).toString(),
             QStringLiteral("unknown card DEADBEEF"));
    QCOMPARE(model->data(model->index(3, AccessEventModel::HolderColumn)).toString(),
             QStringLiteral("Jane Doe (Acme)"));
    QCOMPARE(m_page->alerts()->count(), 1);
    QVERIFY(m_page->alerts()->item(0)->text().contains(QStringLiteral("3 refused attempts at Front door")));
    QCOMPARE(m_page->onSite()->count(), 1);
    QCOMPARE(m_page->onSite()->item(0)->text(), QStringLiteral("Jane Doe (Acme), since 10:00"));

    // "Refused only", by keyboard.
    press(Qt::Key_Y, Qt::AltModifier);
    QTRY_COMPARE(model->rowCount(), 3);
    save(QStringLiteral("BadgesPage-log.png"));
}

QTEST_MAIN(TestBadgesPage)
#include "TestBadgesPage.moc"

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FloorPage.h"
#include "FloorPlanView.h"
#include "GuiFixture.h"
#include "RoomPanel.h"
#include "SharedData.h"
#include "automation/AutomationPage.h"
#include "automation/AutomationService.h"
#include "automation/LiveReadings.h"
#include "automation/OverrideBadgeLayer.h"
#include "automation/OverrideDialog.h"
#include "automation/RoomAutomationSection.h"
#include "feeds/FeedDiagnostics.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace atrium;
using namespace atrium::test;

namespace {

constexpr qint64 kMinute = 60 * 1000;
// Monday 2 March 2026, 14:00 in Paris.
const qint64 kNow = QDateTime(QDate(2026, 3, 2), QTime(14, 0), QTimeZone("Europe/Paris")).toMSecsSinceEpoch();

std::vector<Actuator> actuators()
{
    Actuator hvac;
    hvac.id = QStringLiteral("alpha-hvac");
    hvac.name = QStringLiteral("Alpha heating");
    hvac.roomId = QStringLiteral("alpha");
    hvac.kind = ActuatorKind::Hvac;
    Actuator lights = hvac;
    lights.id = QStringLiteral("alpha-lights");
    lights.name = QStringLiteral("Alpha lights");
    lights.kind = ActuatorKind::Lights;
    Actuator lock;
    lock.id = QStringLiteral("beta-lock");
    lock.name = QStringLiteral("Beta lock");
    lock.roomId = QStringLiteral("beta");
    lock.kind = ActuatorKind::Lock;
    lock.neverDrive = true;
    return {hvac, lights, lock};
}

// Sends a key to whatever has the focus, as a person typing would.
void type(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, key, modifiers);
}

void typeText(const QString& text)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClicks(focus, text);
}

} // namespace

class TestAutomationGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void overrideByKeyboardShowsOnThePlan();
    void noReasonNoOverride();
    void automationPageListsAndEndsOverrides();

private:
    OverrideDialog* openDialogFromPanel();

    GuiSite m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<LiveState> m_live;
    std::unique_ptr<AutomationService> m_automation;
    FeedDiagnostics m_diagnostics;
    std::unique_ptr<FloorPage> m_page;
};

void TestAutomationGui::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_fixture = loadGuiSite();
    QVERIFY2(m_fixture.error.isEmpty(), qPrintable(m_fixture.error));
}

void TestAutomationGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString db = m_dir->filePath(QStringLiteral("site.sqlite"));
    QVERIFY(Database::migrate(db));
    m_clock = std::make_unique<ManualClock>(kNow);
    m_live = std::make_unique<LiveState>(m_fixture.site, *m_clock);
    m_live->post({reading(QStringLiteral("alpha"), Metric::Occupancy, 1.0, kNow - kMinute),
                  reading(QStringLiteral("alpha"), Metric::Co2, 1150.0, kNow - kMinute),
                  reading(QStringLiteral("alpha"), Metric::Temperature, 19.2, kNow - kMinute)});
    m_live->flushNow();
    m_automation = std::make_unique<AutomationService>(m_fixture.site, actuators(), *m_clock);
    QVERIFY(m_automation->open(db));
    m_automation->setReadings(liveReadings(*m_live));
    // "occupied for 2 min" counts from the first evaluation.
    m_automation->evaluate(kNow - 5 * kMinute);
    m_automation->evaluate(kNow);

    ConsoleContext context;
    context.site = &m_fixture.site;
    context.floorPlans.insert(QStringLiteral("ground"), m_fixture.plan);
    context.live = m_live.get();
    context.diagnostics = &m_diagnostics;
    context.clock = m_clock.get();
    context.automation = m_automation.get();
    context.operatorName = QStringLiteral("Front desk");
    m_page = std::make_unique<FloorPage>(context);
    m_page->resize(1366, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestAutomationGui::cleanup()
{
    m_page.reset();
    m_automation.reset();
    m_live.reset();
    m_clock.reset();
    m_dir.reset();
}

OverrideDialog* TestAutomationGui::openDialogFromPanel()
{
    m_page->planView()->selectRoom(QStringLiteral("alpha"));
    auto* section = m_page->roomPanel()->findChild<RoomAutomationSection*>();
    if (!section || !section->isVisible())
        return nullptr;
    // Keyboard: focus the button and press Space.
    section->overrideButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(section->overrideButton(), Qt::Key_Space);
    OverrideDialog* dialog = section->overrideDialog();
    if (!dialog || !QTest::qWaitForWindowActive(dialog))
        return nullptr;
    return dialog;
}

void TestAutomationGui::overrideByKeyboardShowsOnThePlan()
{
    auto* section = m_page->roomPanel()->findChild<RoomAutomationSection*>();
    QVERIFY(section);
    m_page->planView()->selectRoom(QStringLiteral("alpha"));
    // The front desk reads why before changing anything.
    QCOMPARE(section->why(), QStringLiteral("21 °C, lights on because occupied since 13:55"));
    auto* layer = m_page->planView()->findChild<OverrideBadgeLayer*>();
    QVERIFY(layer);
    QVERIFY(layer->markedRooms().isEmpty());

    OverrideDialog* dialog = openDialogFromPanel();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->grab().save(testOutputDir() + QStringLiteral("/OverrideDialog.png")));
    // Channel (Temperature first) -> Tab -> value -> Tab -> reason -> Tab -> until -> Tab -> minutes.
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("overrideChannel"));
    QCOMPARE(dialog->channel(), Channel::Setpoint);
    type(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("overrideValue"));
    type(Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("23.5"));
    type(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("overrideReason"));
    typeText(QStringLiteral("client cold"));
    type(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("overrideExpiry"));
    type(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("overrideMinutes"));
    type(Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("90"));
    type(Qt::Key_Return);
    QTRY_VERIFY(!section->overrideDialog());

    QCOMPARE(m_automation->activeOverrides().size(), size_t(1));
    const Override& o = m_automation->activeOverrides().front();
    QCOMPARE(o.value, 23.5);
    QCOMPARE(o.reason, QStringLiteral("client cold"));
    QCOMPARE(o.author, QStringLiteral("Front desk"));
    QCOMPARE(*o.expiresMs, kNow + 90 * kMinute);

    // On the plan: the room carries the badge, drawn where the layer says.
    QCOMPARE(layer->markedRooms(), QSet<QString>{QStringLiteral("alpha")});
    const QRectF badge = layer->badgeRect(QStringLiteral("alpha"));
    QVERIFY(!badge.isNull());
    const QImage plan = m_page->planView()->grab().toImage();
    const QColor rim = plan.pixelColor((badge.center() + QPointF(0, badge.height() / 2 - 3)).toPoint());
    QVERIFY2(colorDistance(rim, QColor(0x3d, 0x2b, 0x1f)) < 40, qPrintable(rim.name()));
    QVERIFY(plan.save(testOutputDir() + QStringLiteral("/FloorWithOverride.png")));
    QVERIFY(m_page->grab().save(testOutputDir() + QStringLiteral("/FloorPageWithOverride.png")));
    // And the panel says why, with who and until when.
    QVERIFY2(
        section->why().contains(QStringLiteral("23.5 °C set by Front desk until 15:30 (client cold), automatic 21 °C")),
        qPrintable(section->why()));
}

void TestAutomationGui::noReasonNoOverride()
{
    OverrideDialog* dialog = openDialogFromPanel();
    QVERIFY(dialog);
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("overrideOk"));
    QVERIFY(ok);
    QVERIFY(!ok->isEnabled());
    type(Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(m_automation->activeOverrides().empty());
    auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("overrideReason"));
    QTest::keyClicks(reason, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled()); // blanks are no reason
    QCOMPARE(reason->accessibleName(), QStringLiteral("Reason (required)"));
    dialog->reject();
}

void TestAutomationGui::automationPageListsAndEndsOverrides()
{
    AutomationService::OverrideRequest r;
    r.roomId = QStringLiteral("alpha");
    r.channel = Channel::LightsOn;
    r.value = 0;
    r.author = QStringLiteral("Front desk");
    r.reason = QStringLiteral("projector talk");
    r.minutes = 45;
    QVERIFY(m_automation->setOverride(r));
    AutomationPage page(*m_automation, QStringLiteral("Front desk"));
    page.resize(1366, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.grab().save(testOutputDir() + QStringLiteral("/AutomationPage-rooms.png")));
    QTableWidget* rooms = page.roomsTable();
    QCOMPARE(rooms->item(0, 0)->text(), QStringLiteral("Alpha (overridden)"));
    page.sections()->setCurrentIndex(1);
    QTableWidget* list = page.overridesTable();
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->item(0, 1)->text(), QStringLiteral("lights off"));
    QCOMPARE(list->item(0, 3)->text(), QStringLiteral("projector talk"));
    QCOMPARE(list->item(0, 4)->text(), QStringLiteral("45 min left"));
    QVERIFY(page.grab().save(testOutputDir() + QStringLiteral("/AutomationPage-overrides.png")));
    page.sections()->setCurrentIndex(2);
    QVERIFY(page.rulesTable()->rowCount() >= 5);
    QVERIFY(page.grab().save(testOutputDir() + QStringLiteral("/AutomationPage-rules.png")));
    page.sections()->setCurrentIndex(3);
    QVERIFY(page.grab().save(testOutputDir() + QStringLiteral("/AutomationPage-report.png")));
    page.sections()->setCurrentIndex(1);
    // "End now" by keyboard.
    auto* endNow = page.findChild<QPushButton*>(QStringLiteral("endOverrideButton"));
    endNow->setFocus(Qt::TabFocusReason);
    QTest::keyClick(endNow, Qt::Key_Space);
    QVERIFY(m_automation->activeOverrides().empty());
    QCOMPARE(list->rowCount(), 0);
}

QTEST_MAIN(TestAutomationGui)
#include "TestAutomationGui.moc"

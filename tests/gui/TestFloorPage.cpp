// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FloorPage.h"
#include "FloorPlanView.h"
#include "GuiFixture.h"
#include "LegendWidget.h"
#include "RoomPanel.h"
#include "SharedData.h"
#include "feeds/FeedDiagnostics.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace atrium;
using namespace atrium::test;

namespace {
const qint64 kNow = QDateTime(QDate(2026, 3, 10), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
constexpr qint64 kMinute = 60 * 1000;
} // namespace

class TestFloorPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void layerSelectorRecoloursPlanAndLegend();
    void singleFloorHidesFloorSelector();
    void selectingRoomFillsPanel();
    void fitButtonRestoresWholePlan();
    void grabsAtReceptionScreenSizes_data();
    void grabsAtReceptionScreenSizes();

private:
    GuiSite m_fixture;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<LiveState> m_live;
    FeedDiagnostics m_diagnostics;
    std::unique_ptr<FloorPage> m_page;
};

void TestFloorPage::initTestCase()
{
    m_fixture = loadGuiSite();
    QVERIFY2(m_fixture.error.isEmpty(), qPrintable(m_fixture.error));
}

void TestFloorPage::init()
{
    m_clock = std::make_unique<ManualClock>(kNow - 20 * kMinute);
    m_live = std::make_unique<LiveState>(m_fixture.site, *m_clock);
    // gamma's sensor goes silent 20 minutes before "now": stale. zeta never reported: no data.
    m_live->post({reading(QStringLiteral("gamma"), Metric::Co2, 640.0, m_clock->nowMs())});
    m_live->flushNow();
    m_clock->setNowMs(kNow);
    m_live->post({reading(QStringLiteral("alpha"), Metric::Co2, 1180.0, kNow - 2 * kMinute),
                  reading(QStringLiteral("alpha"), Metric::Temperature, 23.4, kNow - kMinute),
                  reading(QStringLiteral("alpha"), Metric::Occupancy, 1.0, kNow - kMinute),
                  reading(QStringLiteral("beta"), Metric::Co2, 520.0, kNow - kMinute),
                  reading(QStringLiteral("beta"), Metric::Temperature, 20.1, kNow - kMinute),
                  reading(QStringLiteral("delta"), Metric::Co2, 850.0, kNow - 3 * kMinute),
                  reading(QStringLiteral("delta"), Metric::Temperature, 21.8, kNow - kMinute),
                  reading(QStringLiteral("epsilon"), Metric::Co2, 1520.0, kNow - kMinute),
                  reading(QStringLiteral("epsilon"), Metric::Temperature, 26.5, kNow - kMinute)});
    m_live->flushNow();

    ConsoleContext context;
    context.site = &m_fixture.site;
    context.floorPlans.insert(QStringLiteral("ground"), m_fixture.plan);
    context.live = m_live.get();
    context.diagnostics = &m_diagnostics;
    context.clock = m_clock.get();
    m_page = std::make_unique<FloorPage>(context);
    m_page->resize(1366, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestFloorPage::cleanup()
{
    m_page.reset();
    m_live.reset();
    m_clock.reset();
}

void TestFloorPage::layerSelectorRecoloursPlanAndLegend()
{
    auto* layers = m_page->findChild<QComboBox*>(QStringLiteral("layerSelector"));
    QVERIFY(layers);
    m_page->setLayer(Layer::Occupancy);
    layers->setFocus();
    // Keyboard only: step down the list to CO₂.
    while (Layer(layers->currentData().toInt()) != Layer::Co2)
        QTest::keyClick(layers, Qt::Key_Down);
    QCOMPARE(m_page->planView()->layer(), Layer::Co2);
    QCOMPARE(m_page->legend()->title(), layerDisplayName(Layer::Co2));
    QVERIFY(m_page->legend()->entryLabels().first().endsWith(QStringLiteral("ppm")));
    const RoomAppearance alpha = m_page->planView()->roomAppearance(QStringLiteral("alpha"));
    QCOMPARE(alpha.state, RoomAppearance::State::Value);
    QCOMPARE(alpha.color, ColorScale::forLayer(Layer::Co2).color(1180.0));
    QCOMPARE(m_page->roomPanel()->chartMetric(), Metric::Co2); // the chart follows the map
}

void TestFloorPage::singleFloorHidesFloorSelector()
{
    auto* floors = m_page->findChild<QComboBox*>(QStringLiteral("floorSelector"));
    QVERIFY(floors);
    QVERIFY(!floors->isVisible());
    QCOMPARE(m_page->floorId(), QStringLiteral("ground"));
}

void TestFloorPage::selectingRoomFillsPanel()
{
    FloorPlanView* view = m_page->planView();
    view->setFocus();
    QTest::mouseClick(view, Qt::LeftButton, {}, view->roomCentre(QStringLiteral("epsilon")).toPoint());
    QCOMPARE(m_page->roomPanel()->room(), QStringLiteral("epsilon"));
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(m_page->roomPanel()->room(), QStringLiteral("delta"));
    QCOMPARE(m_page->roomPanel()->findChild<QLabel*>(QStringLiteral("roomName"))->text(),
             QStringLiteral("Delta lounge"));
}

void TestFloorPage::fitButtonRestoresWholePlan()
{
    FloorPlanView* view = m_page->planView();
    view->zoomIn();
    view->zoomIn();
    QVERIFY(view->zoom() > 1.0);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("fitButton")), Qt::LeftButton);
    QCOMPARE(view->zoom(), 1.0);
}

void TestFloorPage::grabsAtReceptionScreenSizes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<Layer>("layer");
    QTest::addRow("1366x768-co2") << QSize(1366, 768) << Layer::Co2;
    QTest::addRow("1920x1080-temperature") << QSize(1920, 1080) << Layer::Temperature;
    QTest::addRow("1366x768-comfort") << QSize(1366, 768) << Layer::Comfort;
}

void TestFloorPage::grabsAtReceptionScreenSizes()
{
    QFETCH(QSize, size);
    QFETCH(Layer, layer);
    m_page->resize(size);
    m_page->setLayer(layer);
    m_page->planView()->selectRoom(QStringLiteral("alpha"));
    QCoreApplication::processEvents();
    // The whole plan, the legend and the panel are on screen without scrolling sideways.
    QVERIFY(m_page->legend()->width() >= m_page->legend()->sizeHint().width());
    QVERIFY(m_page->planView()->width() > size.width() / 2);
    const QImage image = m_page->grab().toImage();
    QVERIFY(image.save(testOutputDir() + QStringLiteral("/FloorPage-%1.png").arg(QTest::currentDataTag())));
}

QTEST_MAIN(TestFloorPage)
#include "TestFloorPage.moc"

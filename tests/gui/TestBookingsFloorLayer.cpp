// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingsFixture.h"
#include "FloorPage.h"
#include "FloorPlanView.h"
#include "LegendWidget.h"
#include "RoomPanel.h"
#include "SharedData.h"
#include "bookings/DeskQueuePanel.h"
#include "feeds/FeedDiagnostics.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace atrium;
using namespace atrium::test;

namespace {
const QDate kDay(2026, 3, 10); // a Tuesday
constexpr qint64 kMinute = 60 * 1000;

// Category of the bookings layer for a state (ColorScale::forLayer(Layer::Bookings)).
double category(RoomBookingState state)
{
    return double(int(state) + 1);
}
} // namespace

class TestBookingsFloorLayer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void coloursRoomBookedButEmpty();
    void queueReleasesEmptyRoom();
    void bookThisRoomFromPanel();

private:
    std::unique_ptr<BookingsFixture> m_f;
    FeedDiagnostics m_diagnostics;
    std::unique_ptr<FloorPage> m_page;
    Booking m_standUp;
};

void TestBookingsFloorLayer::init()
{
    m_f = std::make_unique<BookingsFixture>(QDateTime(kDay, QTime(8, 50)));
    QVERIFY2(m_f->error.isEmpty(), qPrintable(m_f->error));
    const Member jane = m_f->addMember(QStringLiteral("Jane Doe"));
    const Result<Booking> standUp =
        m_f->book(QStringLiteral("alpha"), kDay, QTime(9, 0), QTime(10, 0), QStringLiteral("Stand-up"), jane);
    QVERIFY2(standUp.ok(), qPrintable(standUp.error()));
    m_standUp = standUp.value();
    QVERIFY(m_f->book(QStringLiteral("epsilon"), kDay, QTime(9, 30), QTime(10, 30), QStringLiteral("Demo"), jane));

    ConsoleContext context;
    context.site = &m_f->gui.site;
    context.floorPlans.insert(QStringLiteral("ground"), m_f->gui.plan);
    context.live = m_f->live.get();
    context.diagnostics = &m_diagnostics;
    context.clock = m_f->clock.get();
    context.members = m_f->members.get();
    context.bookings = m_f->store.get();
    context.checkIn = m_f->monitor.get();
    m_page = std::make_unique<FloorPage>(context);
    m_page->resize(1366, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));

    // 09:15: the stand-up's 10 minutes of grace are over and alpha's sensor sees nobody; beta
    // is occupied without a booking; the demo in epsilon starts within half an hour.
    m_f->clock->setNowMs(m_f->local(kDay, QTime(9, 15)).toMSecsSinceEpoch());
    const qint64 now = m_f->clock->nowMs();
    m_f->live->post({reading(QStringLiteral("alpha"), Metric::Occupancy, 0.0, now - kMinute),
                     reading(QStringLiteral("beta"), Metric::Occupancy, 1.0, now - kMinute)});
    m_f->live->flushNow();
    m_f->monitor->evaluate();
}

void TestBookingsFloorLayer::cleanup()
{
    m_page.reset();
    m_f.reset();
}

void TestBookingsFloorLayer::coloursRoomBookedButEmpty()
{
    auto* layers = m_page->findChild<QComboBox*>(QStringLiteral("layerSelector"));
    QVERIFY(layers);
    QVERIFY(layers->findData(int(Layer::Bookings)) >= 0);
    m_page->setLayer(Layer::Bookings);
    FloorPlanView* view = m_page->planView();
    const ColorScale scale = ColorScale::forLayer(Layer::Bookings);

    QCOMPARE(m_f->monitor->roomState(QStringLiteral("alpha")), RoomBookingState::BookedButEmpty);
    const RoomAppearance alpha = view->roomAppearance(QStringLiteral("alpha"));
    QCOMPARE(alpha.state, RoomAppearance::State::Value);
    QCOMPARE(alpha.color, scale.color(category(RoomBookingState::BookedButEmpty)));
    QCOMPARE(view->roomAppearance(QStringLiteral("beta")).color,
             scale.color(category(RoomBookingState::InUseNotBooked)));
    QCOMPARE(view->roomAppearance(QStringLiteral("epsilon")).color,
             scale.color(category(RoomBookingState::BookedSoon)));
    // An open space is used without booking: the layer has nothing to say about it.
    QCOMPARE(view->roomAppearance(QStringLiteral("gamma")).state, RoomAppearance::State::NoData);
    QCOMPARE(view->roomAppearance(QStringLiteral("zeta")).color, scale.color(category(RoomBookingState::Free)));
    // The five states have five different colours, each labelled in the legend.
    QSet<QRgb> colours;
    for (int c = 1; c <= 5; ++c)
        colours.insert(scale.color(c).rgb());
    QCOMPARE(colours.size(), 5);
    const QStringList labels = m_page->legend()->entryLabels();
    QVERIFY2(labels.contains(QStringLiteral("Booked, empty")), qPrintable(labels.join(QLatin1Char('|'))));
    QVERIFY(labels.contains(QStringLiteral("In use, not booked")));
    QVERIFY(labels.contains(QStringLiteral("Free")));

    // What the plan draws inside alpha, away from its name.
    const QImage image = view->grab().toImage();
    const QColor seen = image.pixelColor(view->documentToWidget(QPointF(125, 75)).toPoint());
    QVERIFY2(colorDistance(seen, alpha.color) <= 2, qPrintable(seen.name() + QLatin1Char(' ') + alpha.color.name()));
    image.save(testOutputDir() + QStringLiteral("/bookings-floor-layer.png"));
    QVERIFY(view->roomToolTip(QStringLiteral("alpha")).contains(QStringLiteral("Booked but empty")));
}

void TestBookingsFloorLayer::queueReleasesEmptyRoom()
{
    m_page->setLayer(Layer::Bookings);
    DeskQueuePanel panel(*m_f->monitor, m_f->gui.site, *m_f->clock);
    panel.resize(320, 520);
    QListWidget* queue = panel.queueList();
    QCOMPARE(queue->count(), 2); // alpha booked but empty, beta in use not booked
    int alphaRow = -1;
    for (int row = 0; row < queue->count(); ++row) {
        if (queue->item(row)->text().contains(QStringLiteral("Stand-up")))
            alphaRow = row;
    }
    QVERIFY(alphaRow >= 0);
    queue->setCurrentRow(alphaRow);
    QVERIFY(panel.releaseButton()->isEnabled());
    QVERIFY(!panel.bookNowButton()->isEnabled());
    panel.grab().save(testOutputDir() + QStringLiteral("/bookings-queue-panel.png"));
    QTest::mouseClick(panel.releaseButton(), Qt::LeftButton);
    QVERIFY2(panel.lastError().isEmpty(), qPrintable(panel.lastError()));
    QCOMPARE(m_f->store->booking(m_standUp.id)->status, BookingStatus::Released);
    QTRY_COMPARE(queue->count(), 1);
    m_f->monitor->evaluate();
    QCOMPARE(m_page->planView()->roomAppearance(QStringLiteral("alpha")).value,
             std::optional<double>(category(RoomBookingState::Free)));

    // The remaining line is beta, in use without a booking: "Book now" asks for a booking there.
    queue->setCurrentRow(0);
    QVERIFY(panel.bookNowButton()->isEnabled());
    QSignalSpy asked(&panel, &DeskQueuePanel::createBookingRequested);
    QTest::mouseClick(panel.bookNowButton(), Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().first().toString(), QStringLiteral("beta"));
}

void TestBookingsFloorLayer::bookThisRoomFromPanel()
{
    FloorPlanView* view = m_page->planView();
    QTest::mouseClick(view, Qt::LeftButton, {}, view->roomCentre(QStringLiteral("epsilon")).toPoint());
    QPushButton* book = m_page->roomPanel()->bookButton();
    QVERIFY(book->isVisible());
    QSignalSpy asked(m_page.get(), &FloorPage::bookRoomRequested);
    QTest::mouseClick(book, Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().first().toString(), QStringLiteral("epsilon"));
}

QTEST_MAIN(TestBookingsFloorLayer)
#include "TestBookingsFloorLayer.moc"

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FloorPlanView.h"
#include "GuiFixture.h"
#include "SharedData.h"
#include "analytics/ColorScale.h"
#include "analytics/Comfort.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <memory>

using namespace atrium;
using namespace atrium::test;

namespace {

// 10:00 UTC on a Tuesday in March (heating season).
const qint64 kNow = QDateTime(QDate(2026, 3, 10), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();

QSet<QRgb> patchColors(const QImage& image, QPointF centre, int half)
{
    QSet<QRgb> colors;
    const QPoint c = centre.toPoint();
    for (int y = c.y() - half; y <= c.y() + half; ++y) {
        for (int x = c.x() - half; x <= c.x() + half; ++x)
            colors.insert(image.pixel(x, y) | 0xff000000u);
    }
    return colors;
}

} // namespace

class TestFloorPlanView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void roomTakesScaleColour_data();
    void roomTakesScaleColour();
    void repaintsFromSnapshotsNotFromPosts();
    void noDataAndStaleLookDifferent();
    void allEqualValuesDoNotSaturate();
    void arrowKeysMoveToNeighbour_data();
    void arrowKeysMoveToNeighbour();
    void hoverShowsValuesWithUnitsAndAge();
    void occupancyTooltipSaysCountOrPresence_data();
    void occupancyTooltipSaysCountOrPresence();
    void clickAndEnterActivateRoom();
    void dragPansWithoutActivating();
    void zoomAndFit();

private:
    QImage grabView(const QString& name);

    GuiSite m_fixture;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<LiveState> m_live;
    std::unique_ptr<FloorPlanView> m_view;
};

void TestFloorPlanView::initTestCase()
{
    m_fixture = loadGuiSite();
    QVERIFY2(m_fixture.error.isEmpty(), qPrintable(m_fixture.error));
}

void TestFloorPlanView::init()
{
    m_clock = std::make_unique<ManualClock>(kNow);
    m_live = std::make_unique<LiveState>(m_fixture.site, *m_clock);
    m_view = std::make_unique<FloorPlanView>(m_fixture.site, *m_live, *m_clock);
    m_view->resize(800, 560);
    m_view->setFloor(QStringLiteral("ground"), m_fixture.plan);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->activateWindow();
    m_view->setFocus();
}

void TestFloorPlanView::cleanup()
{
    m_view.reset();
    m_live.reset();
    m_clock.reset();
}

QImage TestFloorPlanView::grabView(const QString& name)
{
    const QImage image = m_view->grab().toImage();
    image.save(testOutputDir() + QStringLiteral("/FloorPlanView-%1.png").arg(name));
    return image;
}

void TestFloorPlanView::roomTakesScaleColour_data()
{
    QTest::addColumn<QString>("room");
    QTest::addColumn<Layer>("layer");
    QTest::addColumn<Metric>("metric");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("scaleValue");   // what the scale is asked for: occupancy is a share
    QTest::addColumn<QPointF>("samplePoint"); // document coordinates, away from labels and furniture

    QTest::addRow("co2-filled-rect") << "alpha" << Layer::Co2 << Metric::Co2 << 812.0 << 812.0 << QPointF(210, 140);
    QTest::addRow("co2-under-furniture") << "beta" << Layer::Co2 << Metric::Co2 << 1450.0 << 1450.0
                                         << QPointF(410, 130);
    QTest::addRow("temperature-stroke-only-room")
        << "gamma" << Layer::Temperature << Metric::Temperature << 24.5 << 24.5 << QPointF(620, 140);
    QTest::addRow("humidity-l-shaped-path")
        << "delta" << Layer::Humidity << Metric::Humidity << 45.0 << 45.0 << QPointF(160, 300);
    QTest::addRow("illuminance-scaled-group")
        << "epsilon" << Layer::Illuminance << Metric::Illuminance << 300.0 << 300.0 << QPointF(410, 340);
    QTest::addRow("co2-translucent-fill") << "zeta" << Layer::Co2 << Metric::Co2 << 600.0 << 600.0 << QPointF(620, 340);
    QTest::addRow("people-half-of-capacity")
        << "epsilon" << Layer::Occupancy << Metric::People << 15.0 << 0.5 << QPointF(410, 340);
    // One person in a 30-seat space is a thirtieth full, not "occupied" in the top colour.
    QTest::addRow("one-person-in-big-room")
        << "epsilon" << Layer::Occupancy << Metric::People << 1.0 << 1.0 / 30.0 << QPointF(410, 340);
    QTest::addRow("people-over-capacity-clamped")
        << "alpha" << Layer::Occupancy << Metric::People << 9.0 << 1.0 << QPointF(210, 140);
    QTest::addRow("presence-occupied-top-colour")
        << "alpha" << Layer::Occupancy << Metric::Occupancy << 1.0 << 1.0 << QPointF(210, 140);
    QTest::addRow("presence-free") << "alpha" << Layer::Occupancy << Metric::Occupancy << 0.0 << 0.0
                                   << QPointF(210, 140);
}

void TestFloorPlanView::roomTakesScaleColour()
{
    QFETCH(QString, room);
    QFETCH(Layer, layer);
    QFETCH(Metric, metric);
    QFETCH(double, value);
    QFETCH(double, scaleValue);
    QFETCH(QPointF, samplePoint);

    m_view->setLayer(layer);
    m_live->post({reading(room, metric, value, kNow - 30'000)});
    m_live->flushNow();
    const QImage image = grabView(QString::fromLatin1(QTest::currentDataTag()));

    const QColor expected = ColorScale::forLayer(layer).color(scaleValue);
    const QPointF at = m_view->documentToWidget(samplePoint);
    QCOMPARE(m_view->roomAt(at), room);
    // The whole neighbourhood is the scale colour: antialiasing only at the room's edges.
    for (QRgb pixel : patchColors(image, at, 4))
        QVERIFY2(colorDistance(QColor(pixel), expected) <= 1,
                 qPrintable(QStringLiteral("%1 instead of %2").arg(QColor(pixel).name(), expected.name())));
}

void TestFloorPlanView::repaintsFromSnapshotsNotFromPosts()
{
    m_view->setLayer(Layer::Co2);
    const QPointF at = m_view->documentToWidget(QPointF(210, 140));
    m_live->post({reading(QStringLiteral("alpha"), Metric::Co2, 1000.0, kNow)});
    // Posted but not folded: the view still shows what LiveState last published.
    QCOMPARE(m_view->roomAppearance(QStringLiteral("alpha")).state, RoomAppearance::State::NoData);
    const QColor expected = ColorScale::forLayer(Layer::Co2).color(1000.0);
    QVERIFY(colorDistance(m_view->grab().toImage().pixelColor(at.toPoint()), expected) > 40);
    m_live->flushNow();
    QCOMPARE(colorDistance(m_view->grab().toImage().pixelColor(at.toPoint()), expected), 0);
}

void TestFloorPlanView::noDataAndStaleLookDifferent()
{
    m_view->setLayer(Layer::Co2);
    m_live->post({reading(QStringLiteral("gamma"), Metric::Co2, 700.0, kNow)});
    m_live->flushNow();
    m_clock->advanceMs(10 * 60 * 1000); // gamma's sensor expects a value every 300 s
    m_live->post({reading(QStringLiteral("alpha"), Metric::Co2, 700.0, m_clock->nowMs())});
    m_live->flushNow();
    const QImage image = grabView(QStringLiteral("no-data-and-stale"));

    QCOMPARE(m_view->roomAppearance(QStringLiteral("alpha")).state, RoomAppearance::State::Value);
    QCOMPARE(m_view->roomAppearance(QStringLiteral("beta")).state, RoomAppearance::State::NoData);
    QCOMPARE(m_view->roomAppearance(QStringLiteral("gamma")).state, RoomAppearance::State::Stale);

    const QSet<QRgb> noData = patchColors(image, m_view->documentToWidget(QPointF(410, 120)), 8);
    const QSet<QRgb> stale = patchColors(image, m_view->documentToWidget(QPointF(620, 140)), 8);
    // Hatched, not flat: at least a background and a line colour each.
    QVERIFY(noData.size() >= 2);
    QVERIFY(stale.size() >= 2);
    QVERIFY2(!noData.intersects(stale), "no-data and stale rooms share colours");
    // Neither look is any colour of any layer's scale.
    for (Layer layer : kAllLayers) {
        const ColorScale scale = ColorScale::forLayer(layer);
        for (int i = 0; i <= 200; ++i) {
            const QColor c = scale.color(scale.minimum() + (scale.maximum() - scale.minimum()) * i / 200.0);
            for (QRgb pixel : noData + stale)
                QVERIFY2(colorDistance(QColor(pixel), c) > 24,
                         qPrintable(QStringLiteral("%1 is close to %2 of layer %3")
                                        .arg(QColor(pixel).name(), c.name(), layerKey(layer))));
        }
    }
}

void TestFloorPlanView::allEqualValuesDoNotSaturate()
{
    QHash<QString, double> shares;
    for (const Room& room : m_fixture.site.rooms)
        shares.insert(room.id, 0.35);
    m_view->setPopularity(shares);
    m_view->setLayer(Layer::Popularity);
    const QImage image = grabView(QStringLiteral("popularity-all-equal"));
    const ColorScale& scale = m_view->colorScale();
    const QColor low = scale.color(scale.minimum());
    const QColor high = scale.color(scale.maximum());
    for (const QPointF& doc : {QPointF(210, 140), QPointF(620, 140), QPointF(410, 340)}) {
        const QColor seen = image.pixelColor(m_view->documentToWidget(doc).toPoint());
        QVERIFY(colorDistance(seen, scale.color((scale.minimum() + scale.maximum()) / 2)) <= 1);
        QVERIFY(colorDistance(seen, low) > 60);
        QVERIFY(colorDistance(seen, high) > 60);
    }
}

void TestFloorPlanView::arrowKeysMoveToNeighbour_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("expected");
    QTest::addRow("first-press-takes-room-nearest-middle") << "" << int(Qt::Key_Right) << "epsilon";
    QTest::addRow("right-from-alpha") << "alpha" << int(Qt::Key_Right) << "beta";
    QTest::addRow("right-from-beta") << "beta" << int(Qt::Key_Right) << "gamma";
    QTest::addRow("down-from-alpha-into-l-shape") << "alpha" << int(Qt::Key_Down) << "delta";
    QTest::addRow("down-from-gamma") << "gamma" << int(Qt::Key_Down) << "zeta";
    QTest::addRow("left-from-epsilon") << "epsilon" << int(Qt::Key_Left) << "delta";
    QTest::addRow("up-from-epsilon-same-column") << "epsilon" << int(Qt::Key_Up) << "beta";
    QTest::addRow("right-from-gamma-stays-at-edge") << "gamma" << int(Qt::Key_Right) << "gamma";
}

void TestFloorPlanView::arrowKeysMoveToNeighbour()
{
    QFETCH(QString, from);
    QFETCH(int, key);
    QFETCH(QString, expected);
    m_view->selectRoom(from);
    QTest::keyClick(m_view.get(), Qt::Key(key));
    QCOMPARE(m_view->selectedRoom(), expected);
    QVERIFY(m_view->accessibleDescription().contains(m_fixture.site.room(expected)->name));
}

void TestFloorPlanView::hoverShowsValuesWithUnitsAndAge()
{
    m_live->post({reading(QStringLiteral("alpha"), Metric::Co2, 812.0, kNow - 2 * 60 * 1000),
                  reading(QStringLiteral("alpha"), Metric::Temperature, 21.5, kNow - 30 * 1000)});
    m_live->flushNow();
    const QPointF centre = m_view->roomCentre(QStringLiteral("alpha"));
    QCOMPARE(m_view->roomAt(centre), QStringLiteral("alpha"));
    QVERIFY(m_view->roomAt(QPointF(2, 2)).isEmpty());

    QTest::mouseMove(m_view.get(), centre.toPoint());
    QCOMPARE(m_view->cursor().shape(), Qt::PointingHandCursor);
    QHelpEvent help(QEvent::ToolTip, centre.toPoint(), m_view->mapToGlobal(centre.toPoint()));
    QCoreApplication::sendEvent(m_view.get(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    QVERIFY2(text.startsWith(QStringLiteral("Alpha\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("CO₂ 812 ppm · 2 min ago")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Temperature 21.5 °C · 30 s ago")), qPrintable(text));
    QToolTip::hideText();
}

void TestFloorPlanView::occupancyTooltipSaysCountOrPresence_data()
{
    QTest::addColumn<QString>("room");
    QTest::addColumn<Metric>("metric");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("line"); // the line that explains the colour
    QTest::addColumn<bool>("presenceOnly");
    QTest::addRow("counted-against-seats") << "alpha" << Metric::People << 3.0 << "3 people of 6" << false;
    QTest::addRow("one-person") << "epsilon" << Metric::People << 1.0 << "1 person of 30" << false;
    QTest::addRow("presence-occupied") << "alpha" << Metric::Occupancy << 1.0 << "Occupied (presence sensor, no count)"
                                       << true;
    QTest::addRow("presence-free") << "alpha" << Metric::Occupancy << 0.0 << "Free" << true;
}

void TestFloorPlanView::occupancyTooltipSaysCountOrPresence()
{
    QFETCH(QString, room);
    QFETCH(Metric, metric);
    QFETCH(double, value);
    QFETCH(QString, line);
    QFETCH(bool, presenceOnly);
    m_view->setLayer(Layer::Occupancy);
    m_live->post({reading(room, metric, value, kNow - 60'000)});
    m_live->flushNow();
    const RoomAppearance a = m_view->roomAppearance(room);
    QCOMPARE(a.state, RoomAppearance::State::Value);
    QCOMPARE(a.presenceOnly, presenceOnly);
    const QString text = m_view->roomToolTip(room);
    QVERIFY2(text.split(QLatin1Char('\n')).contains(line), qPrintable(text));
    QVERIFY2(text.contains(line + QStringLiteral(" · 1 min ago")), qPrintable(text));
}

void TestFloorPlanView::clickAndEnterActivateRoom()
{
    QSignalSpy activated(m_view.get(), &FloorPlanView::roomActivated);
    // gamma is drawn with fill="none": its inside must still be clickable.
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, m_view->roomCentre(QStringLiteral("gamma")).toPoint());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().at(0).toString(), QStringLiteral("gamma"));
    QCOMPARE(m_view->selectedRoom(), QStringLiteral("gamma"));
    QVERIFY(m_view->accessibleDescription().startsWith(QStringLiteral("Gamma")));
    grabView(QStringLiteral("selected-gamma"));

    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().at(0).toString(), QStringLiteral("zeta"));
}

void TestFloorPlanView::dragPansWithoutActivating()
{
    QSignalSpy activated(m_view.get(), &FloorPlanView::roomActivated);
    const QPointF before = m_view->roomCentre(QStringLiteral("alpha"));
    const QPoint start = before.toPoint();
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, start);
    QTest::mouseMove(m_view.get(), start + QPoint(20, 10));
    QTest::mouseMove(m_view.get(), start + QPoint(60, 30));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, start + QPoint(60, 30));
    QCOMPARE(activated.count(), 0);
    QCOMPARE(m_view->roomCentre(QStringLiteral("alpha")), before + QPointF(60, 30));
}

void TestFloorPlanView::zoomAndFit()
{
    const QPointF alpha = m_view->roomCentre(QStringLiteral("alpha"));
    const QPointF beta = m_view->roomCentre(QStringLiteral("beta"));
    const qreal fittedDistance = beta.x() - alpha.x();

    QTest::keyClick(m_view.get(), Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(m_view->zoom() > 1.0);
    const qreal zoomedDistance =
        m_view->roomCentre(QStringLiteral("beta")).x() - m_view->roomCentre(QStringLiteral("alpha")).x();
    QVERIFY(zoomedDistance > fittedDistance * 1.1);

    // The wheel zooms about the cursor: the room under it stays under it.
    const QPointF under = m_view->roomCentre(QStringLiteral("epsilon"));
    QWheelEvent wheel(under, m_view->mapToGlobal(under), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_view.get(), &wheel);
    QCOMPARE(m_view->roomAt(under), QStringLiteral("epsilon"));
    QVERIFY(qAbs(m_view->roomCentre(QStringLiteral("epsilon")).x() - under.x()) < 1.0);
    grabView(QStringLiteral("zoomed"));

    QTest::keyClick(m_view.get(), Qt::Key_F);
    QCOMPARE(m_view->zoom(), 1.0);
    QCOMPARE(m_view->roomCentre(QStringLiteral("alpha")), alpha);
    QTest::keyClick(m_view.get(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(m_view->zoom() < 1.0);
    QTest::keyClick(m_view.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_view->zoom(), 1.0);
}

QTEST_MAIN(TestFloorPlanView)
#include "TestFloorPlanView.moc"

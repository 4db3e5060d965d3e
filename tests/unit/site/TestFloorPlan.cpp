// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedData.h"
#include "site/FloorPlan.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;

namespace {

constexpr double kTolerance = 1e-3;

bool near(const QRectF& actual, const QRectF& expected)
{
    return std::abs(actual.x() - expected.x()) < kTolerance && std::abs(actual.y() - expected.y()) < kTolerance &&
           std::abs(actual.width() - expected.width()) < kTolerance &&
           std::abs(actual.height() - expected.height()) < kTolerance;
}

QString describe(const QRectF& r)
{
    return QStringLiteral("(%1, %2, %3 x %4)svg").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

QString sampleFloor()
{
    return QStringLiteral(ATRIUM_SAMPLE_SITE).section(u'/', 0, -2) + QStringLiteral("/floor.svg");
}

} // namespace

class TestFloorPlan : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void transforms_data();
    void transforms();
    void samplePlan_data();
    void samplePlan();
    void sampleIdsAndViewBox();
    void refusedFiles_data();
    void refusedFiles();
    void requiredIdMissing();
    void haHome_data();
    void haHome();
    void haHomeNestedSvg();
    void haMultiFloor_data();
    void haMultiFloor();
    void jacksonRoom();
};

void TestFloorPlan::transforms_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("viewBox");
    QTest::addColumn<QRectF>("expected");

    QTest::addRow("translate")
        << QByteArray(R"svg(<g transform="translate(10,20)"><rect id="room" x="1" y="2" width="3" height="4"/></g>)svg")
        << QStringLiteral("0 0 100 100") << QRectF(11, 22, 3, 4);
    QTest::addRow("nested-groups-scale")
        << QByteArray(
               R"svg(<g transform="translate(100,0)"><g transform="scale(2)"><rect id="room" x="5" y="5" width="10" height="10"/></g></g>)svg")
        << QStringLiteral("0 0 200 200") << QRectF(110, 10, 20, 20);
    // matrix(0,1,-1,0,50,0) turns a quarter: (x, y) -> (50 - y, x).
    QTest::addRow("matrix-rotation")
        << QByteArray(
               R"svg(<g transform="matrix(0,1,-1,0,50,0)"><rect id="room" x="10" y="0" width="10" height="5"/></g>)svg")
        << QStringLiteral("0 0 100 100") << QRectF(45, 10, 5, 10);
    QTest::addRow("own-and-parent-transform")
        << QByteArray(
               R"svg(<g transform="translate(10,0)"><rect id="room" transform="translate(5,5)" x="0" y="0" width="10" height="10"/></g>)svg")
        << QStringLiteral("0 0 100 100") << QRectF(15, 5, 10, 10);
    // scale(1 -1) translate(0 -1056): (x, y) -> (x, 1056 - y), as in the MapMyStuff plans.
    QTest::addRow("y-flip-negative-viewbox")
        << QByteArray(
               R"svg(<g transform="scale(1 -1) translate(0 -1056)"><rect id="room" x="10" y="100" width="20" height="50"/></g>)svg")
        << QStringLiteral("-12 -12 800 1100") << QRectF(10, 906, 20, 50);
    // Viewport (100, 50) 200 x 100 showing viewBox 20 x 10: scale 10.
    QTest::addRow("nested-svg-viewbox")
        << QByteArray(
               R"svg(<svg x="100" y="50" width="200" height="100" viewBox="0 0 20 10"><rect id="room" x="5" y="2" width="10" height="4"/></svg>)svg")
        << QStringLiteral("0 0 400 300") << QRectF(150, 70, 100, 40);
    // 200 x 100 viewport, square viewBox: scale 10, centred horizontally (xMidYMid meet): +50.
    QTest::addRow("nested-svg-meet")
        << QByteArray(
               R"svg(<svg width="200" height="100" viewBox="0 0 10 10"><rect id="room" x="0" y="0" width="10" height="10"/></svg>)svg")
        << QStringLiteral("0 0 400 300") << QRectF(50, 0, 100, 100);
    // Qt 6.4 alone loses every id after a nested <svg>; the flattened copy keeps them.
    QTest::addRow("after-nested-svg")
        << QByteArray(
               R"svg(<svg width="10" height="10"><rect x="0" y="0" width="1" height="1"/></svg><g transform="translate(7,8)"><rect id="room" x="1" y="1" width="2" height="2"/></g>)svg")
        << QStringLiteral("0 0 100 100") << QRectF(8, 9, 2, 2);
}

void TestFloorPlan::transforms()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, viewBox);
    QFETCH(QRectF, expected);
    const QByteArray svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"" + viewBox.toUtf8() + "\">" + body + "</svg>";
    const QString path = write(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".svg"), svg);
    auto plan = FloorPlan::load(path, {QStringLiteral("room")});
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    const QRectF bounds = plan.value()->elementBounds(QStringLiteral("room"));
    QVERIFY2(near(bounds, expected), qPrintable(describe(bounds) + QStringLiteral(" != ") + describe(expected)));
}

void TestFloorPlan::samplePlan_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QRectF>("expected");
    // Room layer translate(80,70); booths add translate(610,330); the meeting block matrix(1,0,0,1,790,330).
    QTest::addRow("rect-in-layer") << QStringLiteral("meeting-ada") << QRectF(500, 70, 220, 260);
    QTest::addRow("path-in-layer") << QStringLiteral("reception") << QRectF(600, 400, 270, 430);
    QTest::addRow("nested-translate") << QStringLiteral("booth-2") << QRectF(750, 400, 60, 70);
    QTest::addRow("nested-matrix") << QStringLiteral("meeting-hopper") << QRectF(870, 550, 170, 280);
}

void TestFloorPlan::samplePlan()
{
    QFETCH(QString, id);
    QFETCH(QRectF, expected);
    auto plan = FloorPlan::load(sampleFloor(), {id});
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    const QRectF bounds = plan.value()->elementBounds(id);
    QVERIFY2(near(bounds, expected), qPrintable(describe(bounds)));
}

void TestFloorPlan::sampleIdsAndViewBox()
{
    auto plan = FloorPlan::load(sampleFloor());
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan.value()->viewBox(), QRectF(0, 0, 1600, 900));
    const QStringList ids = plan.value()->elementIds();
    QVERIFY(ids.contains(QStringLiteral("booth-3")));
    // Document order: the rooms layer comes before the walls layer.
    QVERIFY(ids.indexOf(QStringLiteral("event-space")) < ids.indexOf(QStringLiteral("facade")));
    QVERIFY(plan.value()->elementLine(QStringLiteral("kitchen")) > 0);
    QVERIFY(plan.value()->elementBounds(QStringLiteral("no-such-room")).isNull());
    QVERIFY(!plan.value()->hasElement(QStringLiteral("no-such-room")));
}

void TestFloorPlan::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expectedParts");
    QTest::addRow("mismatched-tag")
        << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g>\n<rect id=\"a\"/>\n</svg>\n")
        << QStringList{QStringLiteral("bad.svg line 4"), QStringLiteral("column")};
    QTest::addRow("unquoted-attribute") << QByteArray(
                                               "<svg xmlns=\"http://www.w3.org/2000/svg\">\n\n<rect id=a/>\n</svg>\n")
                                        << QStringList{QStringLiteral("bad.svg line 3")};
    QTest::addRow("not-svg") << QByteArray("<?xml version=\"1.0\"?>\n<html><body/></html>\n")
                             << QStringList{QStringLiteral("bad.svg line 2"), QStringLiteral("<html>"),
                                            QStringLiteral("not <svg>")};
    QTest::addRow("empty") << QByteArray() << QStringList{QStringLiteral("bad.svg")};
}

void TestFloorPlan::refusedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expectedParts);
    const QString path = write(QStringLiteral("bad.svg"), content);
    auto plan = FloorPlan::load(path);
    QVERIFY(!plan.ok());
    for (const QString& part : expectedParts)
        QVERIFY2(plan.error().contains(part), qPrintable(plan.error()));
}

void TestFloorPlan::requiredIdMissing()
{
    auto plan = FloorPlan::load(sampleFloor(), {QStringLiteral("meeting-ada"), QStringLiteral("meeting-zuse")});
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().contains(QStringLiteral("'meeting-zuse'")), qPrintable(plan.error()));
    QVERIFY2(!plan.error().contains(QStringLiteral("'meeting-ada'")), qPrintable(plan.error()));
    QVERIFY(!FloorPlan::load(m_dir.filePath(QStringLiteral("absent.svg"))).ok());
}

void TestFloorPlan::haHome_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QRectF>("expected");
    // Top-level rects: bounds are their x, y, width, height attributes.
    QTest::addRow("living_area") << QStringLiteral("binary_sensor.living_area")
                                 << QRectF(84.378082, 55.04483, 75.894737, 98.637543);
    QTest::addRow("garage") << QStringLiteral("binary_sensor.garage")
                            << QRectF(3.2775245, 113.59852, 79.56012, 87.086044);
    QTest::addRow("main_bedroom") << QStringLiteral("binary_sensor.main_bedroom")
                                  << QRectF(106.13563, 181.13742, 54.138214, 46.318417);
    // ellipse cx 171.5 cy 6.822 rx 3.96 ry 3.253 in g362 translate(-131.02417,0.41582864); the
    // group's stroke-width 0.2 widens the bounds by 0.1 on every side.
    QTest::addRow("ellipse-in-translated-group")
        << QStringLiteral("ellipse350") << QRectF(36.51583 - 0.1, 3.98482864 - 0.1, 7.92 + 0.2, 6.506 + 0.2);
    // ellipse cx -78.845161 cy 120.78307 rx 40.688259 ry 39.473686, own matrix(0.10946544,0,0,
    // 0.10946544,52.401348,140.07825), parent light.garage matrix(1.2486002,0,0,1.2486002,
    // -10.870345,-39.002451): x = ((cx - rx) * 0.10946544 + 52.401348) * 1.2486002 - 10.870345.
    QTest::addRow("ellipse-two-matrices")
        << QStringLiteral("path3209") << QRectF(38.220332, 147.012530, 11.122426, 10.790414);
}

void TestFloorPlan::haHome()
{
    ATRIUM_REQUIRE_SHARED(path, "floorplans/ha-floorplan_home.svg");
    QFETCH(QString, id);
    QFETCH(QRectF, expected);
    auto plan = FloorPlan::load(path, {id});
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    const QRectF bounds = plan.value()->elementBounds(id);
    QVERIFY2(near(bounds, expected), qPrintable(describe(bounds)));
    QVERIFY(plan.value()->viewBox().contains(bounds));
}

void TestFloorPlan::haHomeNestedSvg()
{
    ATRIUM_REQUIRE_SHARED(path, "floorplans/ha-floorplan_home.svg");
    auto plan = FloorPlan::load(path, {QStringLiteral("triangle"), QStringLiteral("light.main_bedroom"),
                                       QStringLiteral("light.garage.button")});
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    // polygon 10,0 15,162 5,162 in needle translate(175,18), Group translate(15,220), Artboard
    // translate(-15,-224); nested <svg> width 100% (of the root's 268.65611) height 177 viewBox
    // 0 0 385 185: meet scale s = 268.65611 / 385, centred vertically by (177 - 185 s) / 2;
    // then g3755 matrix(0.22292308,0,0,0.22292308,6.4208852,205.49973).
    const QRectF triangle = plan.value()->elementBounds(QStringLiteral("triangle"));
    QVERIFY2(near(triangle, QRectF(34.421240, 213.017157, 1.555575, 25.200319)), qPrintable(describe(triangle)));
    // The second nested <svg> (the bulb icon) sits in g4755 matrix(0.13970147,...,130.7653,195.01979):
    // its content starts right of and below that translation and stays inside the plan.
    const QRectF bulb = plan.value()->elementBounds(QStringLiteral("light.main_bedroom"));
    QVERIFY2(bulb.left() >= 130.7653 - kTolerance && bulb.top() >= 195.01979 - kTolerance, qPrintable(describe(bulb)));
    QVERIFY2(plan.value()->viewBox().contains(bulb), qPrintable(describe(bulb)));
}

void TestFloorPlan::haMultiFloor_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("floorGroup");
    QTest::addColumn<QRectF>("expected");
    // first_floor translate(-77.154919,-1.1097272); rect x 165.298 y 71.974625 43.237583 x 43.183369.
    QTest::addRow("first-floor-activity") << QStringLiteral("binary_sensor.activity") << QStringLiteral("first_floor")
                                          << QRectF(165.298 - 77.154919, 71.974625 - 1.1097272, 43.237583, 43.183369);
    // ground_floor translate(-77.355919,-0.93772724); rect x 147.40164 y 112.791 61.398342 x 71.542015.
    QTest::addRow("ground-floor-garage") << QStringLiteral("binary_sensor.garage") << QStringLiteral("ground_floor")
                                         << QRectF(147.40164 - 77.355919, 112.791 - 0.93772724, 61.398342, 71.542015);
}

void TestFloorPlan::haMultiFloor()
{
    ATRIUM_REQUIRE_SHARED(path, "floorplans/ha-floorplan_multi_floor.svg");
    QFETCH(QString, id);
    QFETCH(QString, floorGroup);
    QFETCH(QRectF, expected);
    auto plan = FloorPlan::load(path, {id, floorGroup});
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    const QRectF bounds = plan.value()->elementBounds(id);
    QVERIFY2(near(bounds, expected), qPrintable(describe(bounds)));
    QVERIFY(plan.value()->elementBounds(floorGroup).contains(bounds));
    QVERIFY(plan.value()->viewBox().contains(bounds));
}

void TestFloorPlan::jacksonRoom()
{
    ATRIUM_REQUIRE_SHARED(path, "floorplans/mapmystuff_JacksonRoom.svg");
    auto plan = FloorPlan::load(path);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan.value()->viewBox(), QRectF(-12, -12, 800, 1100));
    QCOMPARE(plan.value()->elementIds(), QStringList{QStringLiteral("real-world")});
    auto missing = FloorPlan::load(path, {QStringLiteral("table-1")});
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(QStringLiteral("mapmystuff_JacksonRoom.svg")) &&
                 missing.error().contains(QStringLiteral("'table-1'")),
             qPrintable(missing.error()));
}

QTEST_MAIN(TestFloorPlan)
#include "TestFloorPlan.moc"

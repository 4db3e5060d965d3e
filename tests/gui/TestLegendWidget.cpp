// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HatchStyle.h"
#include "LegendSwatch.h"
#include "LegendWidget.h"
#include "SharedData.h"
#include "analytics/ColorScale.h"

#include <QTest>

using namespace atrium;

class TestLegendWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labelsCarryUnits_data();
    void labelsCarryUnits();
    void noDataAndStaleUseThePlanHatching();
    void fitsBesideTheRoomPanelAt1366();
};

void TestLegendWidget::labelsCarryUnits_data()
{
    QTest::addColumn<Layer>("layer");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("co2-ppm") << Layer::Co2 << QStringList{"400 ppm", "700 ppm", "1,000 ppm", "1,300 ppm", "1,600 ppm"};
    QTest::addRow("temperature-celsius") << Layer::Temperature
                                         << QStringList{"16 °C", "19 °C", "22 °C", "25 °C", "28 °C"};
    QTest::addRow("occupancy-percent") << Layer::Occupancy
                                       << QStringList{"0 % free", "25 %", "50 %", "75 %", "100 % full"};
    QTest::addRow("comfort-categories") << Layer::Comfort << QStringList{"Cat. I", "Cat. II", "Cat. III", "Cat. IV"};
}

void TestLegendWidget::labelsCarryUnits()
{
    QFETCH(Layer, layer);
    QFETCH(QStringList, expected);
    LegendWidget legend;
    legend.setScale(ColorScale::forLayer(layer), layerDisplayName(layer));
    QCOMPARE(legend.title(), layerDisplayName(layer));
    const QStringList all = expected + QStringList{QStringLiteral("No data"), QStringLiteral("Stale")};
    QCOMPARE(legend.entryLabels(), all);
    // What a screen reader hears names the layer and every step.
    QVERIFY(legend.accessibleDescription().startsWith(layerDisplayName(layer)));
    QVERIFY(legend.accessibleDescription().contains(expected.last()));
    // Each swatch has the scale's colour for its label.
    const auto swatches = legend.findChildren<LegendSwatch*>();
    QCOMPARE(swatches.size(), expected.size() + 2);
    const auto entries = ColorScale::forLayer(layer).legend();
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(swatches[i]->accessibleName(), expected[i]);
        QCOMPARE(swatches[i]->brush().color(), entries[size_t(i)].color);
    }
    legend.resize(legend.sizeHint());
    legend.grab().save(atrium::test::testOutputDir() + QStringLiteral("/Legend-%1.png").arg(QTest::currentDataTag()));
}

void TestLegendWidget::noDataAndStaleUseThePlanHatching()
{
    LegendWidget legend;
    legend.setScale(ColorScale::forLayer(Layer::Humidity), layerDisplayName(Layer::Humidity));
    const auto swatches = legend.findChildren<LegendSwatch*>();
    QVERIFY(swatches.size() >= 2);
    QCOMPARE(swatches[swatches.size() - 2]->accessibleName(), QStringLiteral("No data"));
    QCOMPARE(swatches[swatches.size() - 2]->brush(), HatchStyle::noDataBrush());
    QCOMPARE(swatches.last()->accessibleName(), QStringLiteral("Stale"));
    QCOMPARE(swatches.last()->brush(), HatchStyle::staleBrush());
    QVERIFY(HatchStyle::noDataBrush() != HatchStyle::staleBrush());
    // Drawn swatches differ from each other as the plan's rooms do.
    legend.resize(legend.sizeHint());
    const QImage noData = swatches[swatches.size() - 2]->grab().toImage();
    const QImage stale = swatches.last()->grab().toImage();
    QVERIFY(noData != stale);
}

void TestLegendWidget::fitsBesideTheRoomPanelAt1366()
{
    // At 1366 px the plan side gets about 1000 px; every layer's legend must fit in one row.
    for (Layer layer : kAllLayers) {
        LegendWidget legend;
        legend.setScale(ColorScale::forLayer(layer), layerDisplayName(layer));
        QVERIFY2(legend.sizeHint().width() <= 1000,
                 qPrintable(QStringLiteral("%1: %2 px").arg(layerKey(layer)).arg(legend.sizeHint().width())));
    }
}

QTEST_MAIN(TestLegendWidget)
#include "TestLegendWidget.moc"

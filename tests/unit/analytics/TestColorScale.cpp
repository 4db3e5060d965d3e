// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/ColorScale.h"

#include <QLocale>
#include <QTest>

#include <algorithm>
#include <cmath>

using atrium::ColorScale;
using atrium::Layer;

namespace {

double distance(const QColor& a, const QColor& b)
{
    const double dr = a.red() - b.red();
    const double dg = a.green() - b.green();
    const double db = a.blue() - b.blue();
    return std::sqrt(dr * dr + dg * dg + db * db);
}

// Relative luminance (Rec. 709 weights on the sRGB values): a simple proxy for lightness.
double luminance(const QColor& c)
{
    return 0.2126 * c.red() + 0.7152 * c.green() + 0.0722 * c.blue();
}

// WCAG 2.x relative luminance: sRGB channels linearised, Rec. 709 weights.
double relativeLuminance(const QColor& c)
{
    auto linear = [](int channel) {
        const double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue());
}

// WCAG 2.x contrast ratio, 1..21.
double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// How the floor view shows a plan's own label over a room's fill: PlanCache::liftInk turns
// the sample plan's #333333 text on its white floor into black ink at 80 % opacity
// ((255 - 51) / 255), which QPainter composes over the fill in sRGB: 20 % of the fill is left.
QColor liftedPlanLabelOver(const QColor& fill)
{
    constexpr double kInkAlpha = (255.0 - 0x33) / 255.0;
    auto over = [](int channel) { return int(std::lround(channel * (1.0 - kInkAlpha))); };
    return QColor(over(fill.red()), over(fill.green()), over(fill.blue()));
}

} // namespace

class TestColorScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void allEqualGetsMiddleColour_data();
    void allEqualGetsMiddleColour();
    void outlierDoesNotCrushTheRest();
    void clampsOutsideDomain_data();
    void clampsOutsideDomain();
    void noDataAndStaleDistinctFromPalette_data();
    void noDataAndStaleDistinctFromPalette();
    void legendLabelsCarryUnits_data();
    void legendLabelsCarryUnits();
    void legendFollowsLocale();
    void comfortCategoriesAreDistinct();
    void temperatureCentredOnComfortBand();
    void sequentialStartsLight_data();
    void sequentialStartsLight();
    void labelsStayLegible_data();
    void labelsStayLegible();
};

void TestColorScale::allEqualGetsMiddleColour_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("count");
    QTest::addRow("twelve-rooms-at-21.5") << 21.5 << 12;
    QTest::addRow("single-room") << 800.0 << 1;
    QTest::addRow("all-zero") << 0.0 << 5;
    QTest::addRow("negative") << -3.0 << 4;
}

void TestColorScale::allEqualGetsMiddleColour()
{
    QFETCH(double, value);
    QFETCH(int, count);
    const ColorScale scale = ColorScale::fitted(std::vector<double>(size_t(count), value), QStringLiteral("°C"));
    QVERIFY(scale.minimum() < value);
    QVERIFY(scale.maximum() > value);
    const QColor middle = scale.color((scale.minimum() + scale.maximum()) / 2.0);
    QCOMPARE(scale.color(value), middle);
    // Not either end of the ramp.
    QVERIFY(scale.color(value) != scale.color(scale.minimum()));
    QVERIFY(scale.color(value) != scale.color(scale.maximum()));
}

void TestColorScale::outlierDoesNotCrushTheRest()
{
    // Eleven plausible rooms and one broken sensor reading 3000 ppm.
    std::vector<double> values = {450, 520, 610, 640, 700, 760, 820, 880, 930, 990, 1050, 3000};
    const ColorScale scale = ColorScale::fitted(values, QStringLiteral("ppm"));
    QCOMPARE(scale.minimum(), 450.0);
    QCOMPARE(scale.maximum(), 1050.0);
    // The plausible rooms spread over the whole ramp: lowest and highest are far apart.
    QVERIFY2(distance(scale.color(450), scale.color(1050)) > 200,
             qPrintable(QStringLiteral("%1 vs %2").arg(scale.color(450).name(), scale.color(1050).name())));
    // Neighbouring rooms still differ.
    QVERIFY(scale.color(700) != scale.color(760));
    // The outlier is clamped to the top colour.
    QCOMPARE(scale.color(3000), scale.color(1050));
}

void TestColorScale::clampsOutsideDomain_data()
{
    QTest::addColumn<Layer>("layer");
    QTest::addColumn<double>("outside");
    QTest::addColumn<double>("end");
    QTest::addRow("co2-below-400") << Layer::Co2 << 250.0 << 400.0;
    QTest::addRow("co2-above-1600") << Layer::Co2 << 5000.0 << 1600.0;
    QTest::addRow("temperature-below-16") << Layer::Temperature << 5.0 << 16.0;
    QTest::addRow("temperature-above-28") << Layer::Temperature << 35.0 << 28.0;
    QTest::addRow("occupancy-over-capacity") << Layer::Occupancy << 1.4 << 1.0;
    QTest::addRow("illuminance-negative") << Layer::Illuminance << -20.0 << 0.0;
    QTest::addRow("humidity-above-80") << Layer::Humidity << 99.0 << 80.0;
    QTest::addRow("comfort-beyond-iv") << Layer::Comfort << 7.0 << 4.0;
}

void TestColorScale::clampsOutsideDomain()
{
    QFETCH(Layer, layer);
    QFETCH(double, outside);
    QFETCH(double, end);
    const ColorScale scale = ColorScale::forLayer(layer);
    QCOMPARE(scale.color(outside), scale.color(end));
}

void TestColorScale::noDataAndStaleDistinctFromPalette_data()
{
    QTest::addColumn<Layer>("layer");
    for (Layer layer : atrium::kAllLayers)
        QTest::addRow("%s", qPrintable(atrium::layerKey(layer))) << layer;
}

void TestColorScale::noDataAndStaleDistinctFromPalette()
{
    QFETCH(Layer, layer);
    const ColorScale scale = ColorScale::forLayer(layer);
    const QColor noData = ColorScale::noDataColor();
    const QColor stale = ColorScale::staleColor();
    QVERIFY(distance(noData, stale) > 40);
    // Every colour the scale can produce, sampled finely over its domain.
    for (int i = 0; i <= 200; ++i) {
        const double v = scale.minimum() + (scale.maximum() - scale.minimum()) * i / 200.0;
        const QColor c = scale.color(v);
        QVERIFY2(
            distance(c, noData) > 40,
            qPrintable(QStringLiteral("%1 at %2 too close to no-data %3").arg(c.name()).arg(v).arg(noData.name())));
        QVERIFY2(distance(c, stale) > 40,
                 qPrintable(QStringLiteral("%1 at %2 too close to stale %3").arg(c.name()).arg(v).arg(stale.name())));
    }
    QCOMPARE(scale.color(std::nan("")), noData);
}

void TestColorScale::legendLabelsCarryUnits_data()
{
    QTest::addColumn<Layer>("layer");
    QTest::addColumn<QStringList>("labels");
    QTest::addRow("co2") << Layer::Co2 << QStringList{"400 ppm", "700 ppm", "1,000 ppm", "1,300 ppm", "1,600 ppm"};
    QTest::addRow("temperature") << Layer::Temperature << QStringList{"16 °C", "19 °C", "22 °C", "25 °C", "28 °C"};
    QTest::addRow("occupancy-share-in-percent")
        << Layer::Occupancy << QStringList{"0 % free", "25 %", "50 %", "75 %", "100 % full"};
    QTest::addRow("popularity") << Layer::Popularity << QStringList{"0 %", "25 %", "50 %", "75 %", "100 %"};
    QTest::addRow("humidity") << Layer::Humidity << QStringList{"20 %", "35 %", "50 %", "65 %", "80 %"};
    QTest::addRow("illuminance") << Layer::Illuminance << QStringList{"0 lx", "250 lx", "500 lx", "750 lx", "1,000 lx"};
    QTest::addRow("comfort") << Layer::Comfort << QStringList{"Cat. I", "Cat. II", "Cat. III", "Cat. IV"};
}

void TestColorScale::legendLabelsCarryUnits()
{
    QFETCH(Layer, layer);
    QFETCH(QStringList, labels);
    const ColorScale scale = ColorScale::forLayer(layer);
    const auto legend = scale.legend();
    QStringList actual;
    for (const auto& entry : legend)
        actual << entry.label;
    QCOMPARE(actual, labels);
    // Legend swatches are the colours the map uses.
    QCOMPARE(legend.front().color, scale.color(scale.minimum()));
    QCOMPARE(legend.back().color, scale.color(scale.maximum()));
}

void TestColorScale::legendFollowsLocale()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const auto legend = ColorScale::forLayer(Layer::Co2).legend();
    const auto fitted = ColorScale::fitted({21.2, 21.8, 22.4}, QStringLiteral("°C")).legend();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    const QString label = legend[2].label; // 1000 ppm
    QVERIFY2(!label.contains(QLatin1Char(',')), qPrintable(label));
    QVERIFY(label.endsWith(QStringLiteral(" ppm")));
    bool ok = false;
    QCOMPARE(QLocale(QLocale::French).toDouble(label.chopped(4), &ok), 1000.0);
    QVERIFY(ok);
    // French decimal comma in a fitted scale's fractional steps (21.2 .. 22.4 by 0.3).
    QCOMPARE(fitted[1].label, QStringLiteral("21,5 °C"));
}

void TestColorScale::comfortCategoriesAreDistinct()
{
    const ColorScale scale = ColorScale::forLayer(Layer::Comfort);
    QCOMPARE(scale.kind(), ColorScale::Kind::Categorical);
    for (int a = 1; a <= 4; ++a) {
        for (int b = a + 1; b <= 4; ++b)
            QVERIFY2(distance(scale.color(a), scale.color(b)) > 60, qPrintable(QStringLiteral("%1/%2").arg(a).arg(b)));
    }
    // Okabe-Ito: I bluish green, IV vermillion.
    QCOMPARE(scale.color(1).name(), QStringLiteral("#009e73"));
    QCOMPARE(scale.color(4).name(), QStringLiteral("#d55e00"));
}

void TestColorScale::temperatureCentredOnComfortBand()
{
    const ColorScale scale = ColorScale::forLayer(Layer::Temperature);
    QCOMPARE(scale.kind(), ColorScale::Kind::Diverging);
    // 22 °C, the middle of the heating-season category I band, gets the pale centre.
    const QColor centre = scale.color(22.0);
    QVERIFY(luminance(centre) > luminance(scale.color(16.0)));
    QVERIFY(luminance(centre) > luminance(scale.color(28.0)));
    // Cold is blue, warm is red.
    QVERIFY(scale.color(16.0).blue() > scale.color(16.0).red());
    QVERIFY(scale.color(28.0).red() > scale.color(28.0).blue());
}

void TestColorScale::sequentialStartsLight_data()
{
    QTest::addColumn<Layer>("layer");
    QTest::addColumn<double>("low");  // the calm end: free, fresh air, dry
    QTest::addColumn<double>("high"); // the end that needs attention
    QTest::addRow("occupancy-free-is-light") << Layer::Occupancy << 0.0 << 1.0;
    QTest::addRow("popularity") << Layer::Popularity << 0.0 << 100.0;
    QTest::addRow("co2-fresh-air-is-light") << Layer::Co2 << 400.0 << 1600.0;
    QTest::addRow("humidity-dry-is-light") << Layer::Humidity << 20.0 << 80.0;
    // Illuminance reads the natural way round: bright is light, dim is the darker end.
    QTest::addRow("illuminance-bright-is-light") << Layer::Illuminance << 1000.0 << 0.0;
}

void TestColorScale::sequentialStartsLight()
{
    QFETCH(Layer, layer);
    QFETCH(double, low);
    QFETCH(double, high);
    const ColorScale scale = ColorScale::forLayer(layer);
    QCOMPARE(scale.kind(), ColorScale::Kind::Sequential);
    const double lowLuminance = relativeLuminance(scale.color(low));
    QVERIFY2(lowLuminance > 0.75, qPrintable(scale.color(low).name()));
    // Lightness falls monotonically from the calm end to the other, sampled densely.
    double previous = lowLuminance;
    for (int i = 1; i <= 200; ++i) {
        const double v = low + (high - low) * i / 200.0;
        const double l = relativeLuminance(scale.color(v));
        // 0.003: what rounding the interpolated colour to 8-bit channels can add.
        QVERIFY2(l <= previous + 0.003, qPrintable(QStringLiteral("%1 at %2").arg(scale.color(v).name()).arg(v)));
        previous = std::min(previous, l);
    }
    QVERIFY(previous < lowLuminance - 0.4); // a real range, not a faint tint
}

void TestColorScale::labelsStayLegible_data()
{
    QTest::addColumn<Layer>("layer");
    for (Layer layer : atrium::kAllLayers)
        QTest::addRow("%s", qPrintable(atrium::layerKey(layer))) << layer;
}

void TestColorScale::labelsStayLegible()
{
    // WCAG 2.x AA for normal text: 4.5:1. Labels on the plan are black (names the view draws,
    // on a white halo) or the plan's own dark text lifted to translucent black ink over the
    // fill (see liftedPlanLabelOver). Both must read on every colour a scale can produce.
    QFETCH(Layer, layer);
    const ColorScale scale = ColorScale::forLayer(layer);
    std::vector<QColor> colors;
    if (scale.kind() == ColorScale::Kind::Categorical) {
        for (int category = 1; category <= 4; ++category)
            colors.push_back(scale.color(category));
    } else {
        for (int i = 0; i <= 400; ++i)
            colors.push_back(scale.color(scale.minimum() + (scale.maximum() - scale.minimum()) * i / 400.0));
    }
    // The no-data and stale fills carry labels too.
    colors.push_back(ColorScale::noDataColor());
    colors.push_back(ColorScale::staleColor());
    for (const QColor& fill : colors) {
        const double black = contrastRatio(fill, Qt::black);
        const double ink = contrastRatio(fill, liftedPlanLabelOver(fill));
        QVERIFY2(black >= 4.5, qPrintable(QStringLiteral("black on %1: %2:1").arg(fill.name()).arg(black)));
        QVERIFY2(ink >= 4.5, qPrintable(QStringLiteral("plan label on %1: %2:1").arg(fill.name()).arg(ink)));
    }
}

QTEST_GUILESS_MAIN(TestColorScale)
#include "TestColorScale.moc"

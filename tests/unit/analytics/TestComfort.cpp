// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/Comfort.h"

#include <QLocale>
#include <QTest>

using atrium::ComfortCategory;
using atrium::ComfortInputs;
using atrium::Season;

namespace {

// Category as a number for readable failure messages; 0 when none was assessed.
int cat(std::optional<ComfortCategory> category)
{
    return category ? int(*category) : 0;
}

int cat(ComfortCategory category)
{
    return int(category);
}

} // namespace

class TestComfort : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void temperature_data();
    void temperature();
    void co2_data();
    void co2();
    void humidity_data();
    void humidity();
    void worstOfDecides();
    void reasonsNameValueAndLimit();
    void nothingMeasured();
    void seasonFromDate_data();
    void seasonFromDate();
};

void TestComfort::temperature_data()
{
    QTest::addColumn<Season>("season");
    QTest::addColumn<double>("celsius");
    QTest::addColumn<ComfortCategory>("expected");
    // Heating season: I 21-23, II 20-24, III 19-25 °C, inclusive bounds.
    QTest::addRow("heating-22.0-centre") << Season::Heating << 22.0 << ComfortCategory::I;
    QTest::addRow("heating-21.0-edge-of-I") << Season::Heating << 21.0 << ComfortCategory::I;
    QTest::addRow("heating-20.0-edge-of-II") << Season::Heating << 20.0 << ComfortCategory::II;
    QTest::addRow("heating-24.0-edge-of-II") << Season::Heating << 24.0 << ComfortCategory::II;
    QTest::addRow("heating-24.01-just-III") << Season::Heating << 24.01 << ComfortCategory::III;
    QTest::addRow("heating-19.99-just-III") << Season::Heating << 19.99 << ComfortCategory::III;
    QTest::addRow("heating-25.0-edge-of-III") << Season::Heating << 25.0 << ComfortCategory::III;
    QTest::addRow("heating-25.1-IV") << Season::Heating << 25.1 << ComfortCategory::IV;
    QTest::addRow("heating-18.0-IV") << Season::Heating << 18.0 << ComfortCategory::IV;
    // Cooling season: I 23.5-25.5, II 23-26, III 22-27 °C.
    QTest::addRow("cooling-24.0-I") << Season::Cooling << 24.0 << ComfortCategory::I;
    QTest::addRow("cooling-20.0-IV") << Season::Cooling << 20.0 << ComfortCategory::IV;
    QTest::addRow("cooling-23.0-edge-of-II") << Season::Cooling << 23.0 << ComfortCategory::II;
    QTest::addRow("cooling-26.0-edge-of-II") << Season::Cooling << 26.0 << ComfortCategory::II;
    QTest::addRow("cooling-22.0-edge-of-III") << Season::Cooling << 22.0 << ComfortCategory::III;
    QTest::addRow("cooling-27.5-IV") << Season::Cooling << 27.5 << ComfortCategory::IV;
}

void TestComfort::temperature()
{
    QFETCH(Season, season);
    QFETCH(double, celsius);
    QFETCH(ComfortCategory, expected);
    ComfortInputs inputs;
    inputs.season = season;
    inputs.temperatureC = celsius;
    const auto result = atrium::assessComfort(inputs);
    QCOMPARE(cat(result.temperature), cat(expected));
    QCOMPARE(cat(result.category), cat(expected));
    QVERIFY(!result.co2.has_value());
    QVERIFY(!result.humidity.has_value());
}

void TestComfort::co2_data()
{
    QTest::addColumn<double>("ppm");
    QTest::addColumn<double>("outdoor");
    QTest::addColumn<ComfortCategory>("expected");
    // Limits are above outdoor: I <= 550, II <= 800, III <= 1350, IV above.
    QTest::addRow("outdoor-air") << 420.0 << 420.0 << ComfortCategory::I;
    QTest::addRow("550-above-is-I") << 970.0 << 420.0 << ComfortCategory::I;
    QTest::addRow("551-above-is-II") << 971.0 << 420.0 << ComfortCategory::II;
    QTest::addRow("800-above-is-II") << 1220.0 << 420.0 << ComfortCategory::II;
    QTest::addRow("801-above-is-III") << 1221.0 << 420.0 << ComfortCategory::III;
    QTest::addRow("1350-above-is-III") << 1770.0 << 420.0 << ComfortCategory::III;
    QTest::addRow("1351-above-is-IV") << 1771.0 << 420.0 << ComfortCategory::IV;
    QTest::addRow("measured-outdoor-400") << 1200.0 << 400.0 << ComfortCategory::II;
    QTest::addRow("below-outdoor") << 380.0 << 420.0 << ComfortCategory::I;
}

void TestComfort::co2()
{
    QFETCH(double, ppm);
    QFETCH(double, outdoor);
    QFETCH(ComfortCategory, expected);
    ComfortInputs inputs;
    inputs.co2Ppm = ppm;
    inputs.outdoorCo2Ppm = outdoor;
    const auto result = atrium::assessComfort(inputs);
    QCOMPARE(cat(result.co2), cat(expected));
    QCOMPARE(cat(result.category), cat(expected));
}

void TestComfort::humidity_data()
{
    QTest::addColumn<double>("rh");
    QTest::addColumn<ComfortCategory>("expected");
    // I 30-50, II 25-60, III 20-70 %.
    QTest::addRow("40-I") << 40.0 << ComfortCategory::I;
    QTest::addRow("25-edge-of-II") << 25.0 << ComfortCategory::II;
    QTest::addRow("60-edge-of-II") << 60.0 << ComfortCategory::II;
    QTest::addRow("24.9-III") << 24.9 << ComfortCategory::III;
    QTest::addRow("60.1-III") << 60.1 << ComfortCategory::III;
    QTest::addRow("70-edge-of-III") << 70.0 << ComfortCategory::III;
    QTest::addRow("15-IV") << 15.0 << ComfortCategory::IV;
    QTest::addRow("75-IV") << 75.0 << ComfortCategory::IV;
}

void TestComfort::humidity()
{
    QFETCH(double, rh);
    QFETCH(ComfortCategory, expected);
    ComfortInputs inputs;
    inputs.humidityPct = rh;
    const auto result = atrium::assessComfort(inputs);
    QCOMPARE(cat(result.humidity), cat(expected));
    QCOMPARE(cat(result.category), cat(expected));
}

void TestComfort::worstOfDecides()
{
    ComfortInputs inputs;
    inputs.temperatureC = 22.0; // I
    inputs.humidityPct = 55.0;  // II
    inputs.co2Ppm = 1400.0;     // 980 above outdoor: III
    const auto result = atrium::assessComfort(inputs);
    QCOMPARE(cat(result.temperature), cat(ComfortCategory::I));
    QCOMPARE(cat(result.humidity), cat(ComfortCategory::II));
    QCOMPARE(cat(result.co2), cat(ComfortCategory::III));
    QCOMPARE(cat(result.category), cat(ComfortCategory::III));
    QCOMPARE(result.reasons.size(), 3);
    // The quantity that set the category comes first.
    QVERIFY2(result.reasons.first().startsWith(QStringLiteral("CO₂")), qPrintable(result.reasons.join('\n')));

    // The same temperature is category I in the heating season and IV in the cooling season.
    ComfortInputs summer;
    summer.temperatureC = 21.5;
    summer.season = Season::Cooling;
    QCOMPARE(cat(atrium::assessComfort(summer).category), cat(ComfortCategory::IV));
    summer.season = Season::Heating;
    QCOMPARE(cat(atrium::assessComfort(summer).category), cat(ComfortCategory::I));
}

void TestComfort::reasonsNameValueAndLimit()
{
    ComfortInputs inputs;
    inputs.co2Ppm = 1150.0;
    inputs.temperatureC = 24.5;
    const auto result = atrium::assessComfort(inputs);
    QCOMPARE(cat(result.category), cat(ComfortCategory::III));
    QCOMPARE(result.reasons,
             (QStringList{QStringLiteral("Temperature 24.5 °C: category III (outside the category II range 20.0–24.0 "
                                         "°C, heating season)"),
                          QStringLiteral("CO₂ 1,150 ppm (730 ppm above outdoor 420 ppm): category II (at most 800 ppm "
                                         "above outdoor)")}));

    ComfortInputs bad;
    bad.co2Ppm = 2000.0;
    QCOMPARE(atrium::assessComfort(bad).reasons.first(),
             QStringLiteral("CO₂ 2,000 ppm (1,580 ppm above outdoor 420 ppm): category IV (more than 1,350 ppm above "
                            "outdoor)"));
}

void TestComfort::nothingMeasured()
{
    const auto result = atrium::assessComfort(ComfortInputs{});
    QVERIFY(!result.category.has_value());
    QVERIFY(result.reasons.isEmpty());
}

void TestComfort::seasonFromDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<Season>("season");
    QTest::addRow("january") << QDate(2026, 1, 15) << Season::Heating;
    QTest::addRow("may-31") << QDate(2026, 5, 31) << Season::Heating;
    QTest::addRow("june-1") << QDate(2026, 6, 1) << Season::Cooling;
    QTest::addRow("september-30") << QDate(2026, 9, 30) << Season::Cooling;
    QTest::addRow("october-1") << QDate(2026, 10, 1) << Season::Heating;
}

void TestComfort::seasonFromDate()
{
    QFETCH(QDate, date);
    QFETCH(Season, season);
    QCOMPARE(atrium::seasonForDate(date), season);
}

QTEST_GUILESS_MAIN(TestComfort)
#include "TestComfort.moc"

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/Comfort.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace atrium {

namespace {

// Thresholds from ../shared/data/comfort/ieq_thresholds.csv (and en16798_categories.md), which
// transcribe EN 16798-1 from open implementations; source keys as in that folder's SOURCES.md.
// Bounds are inclusive, as in those implementations (TAIL: 21 <= T <= 23 is category I).
struct Band
{
    double lower;
    double upper;
};

// operative_temperature, office heating season (~1.0 clo; 1.2 met), I/II/III; S10;S12.
constexpr Band kHeatingBands[3] = {{21.0, 23.0}, {20.0, 24.0}, {19.0, 25.0}};
// operative_temperature, office cooling season (~0.5 clo; 1.2 met), I/II/III; S10;S12.
constexpr Band kCoolingBands[3] = {{23.5, 25.5}, {23.0, 26.0}, {22.0, 27.0}};
// relative_humidity, office, I/II/III in %; S10;S12. Category IV is outside III.
constexpr Band kHumidityBands[3] = {{30.0, 50.0}, {25.0, 60.0}, {20.0, 70.0}};
// co2_above_outdoor, upper inclusive, I/II/III in ppm above outdoor; IV is above 1350.
// S10;S11;S12 (carbonfly cites DIN EN 16798-1:2019 p. 55).
constexpr double kCo2AboveOutdoor[3] = {550.0, 800.0, 1350.0};

QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::Comfort", text);
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

ComfortCategory categoryFromIndex(int index)
{
    return static_cast<ComfortCategory>(std::clamp(index, 1, 4));
}

// Category of a value against bands I..III (inclusive); outside III is IV.
ComfortCategory bandCategory(double value, const Band (&bands)[3])
{
    for (int i = 0; i < 3; ++i) {
        if (value >= bands[i].lower && value <= bands[i].upper)
            return categoryFromIndex(i + 1);
    }
    return ComfortCategory::IV;
}

// "within the category I range 21.0–23.0 °C" or "outside the category II range 20.0–24.0 °C".
QString bandReason(ComfortCategory category, const Band (&bands)[3], const QString& unit, int decimals)
{
    const int index = int(category);
    if (index == 1) {
        const Band& band = bands[0];
        return tr("within the category I range %1–%2 %3")
            .arg(number(band.lower, decimals), number(band.upper, decimals), unit);
    }
    const Band& band = bands[index - 2];
    return tr("outside the category %1 range %2–%3 %4")
        .arg(comfortCategoryLabel(categoryFromIndex(index - 1)), number(band.lower, decimals),
             number(band.upper, decimals), unit);
}

struct Part
{
    ComfortCategory category;
    QString reason;
};

} // namespace

Season seasonForDate(const QDate& date)
{
    // TAIL treats October..May as the heating season (en16798_categories.md §2, S10); this is
    // the Northern-hemisphere default the settings can override.
    const int month = date.month();
    return (month >= 10 || month <= 5) ? Season::Heating : Season::Cooling;
}

QString comfortCategoryLabel(ComfortCategory category)
{
    switch (category) {
    case ComfortCategory::I:
        return QStringLiteral("I");
    case ComfortCategory::II:
        return QStringLiteral("II");
    case ComfortCategory::III:
        return QStringLiteral("III");
    case ComfortCategory::IV:
        return QStringLiteral("IV");
    }
    return {};
}

ComfortAssessment assessComfort(const ComfortInputs& inputs)
{
    ComfortAssessment result;
    std::vector<Part> parts;

    if (inputs.temperatureC) {
        const double t = *inputs.temperatureC;
        const bool heating = inputs.season == Season::Heating;
        const auto& bands = heating ? kHeatingBands : kCoolingBands;
        const ComfortCategory c = bandCategory(t, bands);
        result.temperature = c;
        const QString season = heating ? tr("heating season") : tr("cooling season");
        //: %1 temperature, %2 category, %3 which band it is in or outside of, %4 the season
        parts.push_back({c, tr("Temperature %1 °C: category %2 (%3, %4)")
                                .arg(number(t, 1), comfortCategoryLabel(c),
                                     bandReason(c, bands, QStringLiteral("°C"), 1), season)});
    }

    if (inputs.humidityPct) {
        const double rh = *inputs.humidityPct;
        const ComfortCategory c = bandCategory(rh, kHumidityBands);
        result.humidity = c;
        parts.push_back({c, tr("Humidity %1 %: category %2 (%3)")
                                .arg(number(rh, 0), comfortCategoryLabel(c),
                                     bandReason(c, kHumidityBands, QStringLiteral("%"), 0))});
    }

    if (inputs.co2Ppm) {
        const double co2 = *inputs.co2Ppm;
        const double above = co2 - inputs.outdoorCo2Ppm;
        ComfortCategory c = ComfortCategory::IV;
        for (int i = 0; i < 3; ++i) {
            if (above <= kCo2AboveOutdoor[i]) {
                c = categoryFromIndex(i + 1);
                break;
            }
        }
        result.co2 = c;
        const QString limit = c == ComfortCategory::IV
                                  ? tr("more than %1 ppm above outdoor").arg(number(kCo2AboveOutdoor[2], 0))
                                  : tr("at most %1 ppm above outdoor").arg(number(kCo2AboveOutdoor[int(c) - 1], 0));
        //: %1 CO2 reading, %2 difference to outdoor, %3 outdoor CO2, %4 category, %5 the limit
        parts.push_back({c, tr("CO₂ %1 ppm (%2 ppm above outdoor %3 ppm): category %4 (%5)")
                                .arg(number(co2, 0), number(above, 0), number(inputs.outdoorCo2Ppm, 0),
                                     comfortCategoryLabel(c), limit)});
    }

    if (parts.empty())
        return result;

    // The room is as good as its worst quantity (TAIL's rule, ieq_aggregation.md, S10); the
    // quantities that set it come first in the reasons.
    std::stable_sort(parts.begin(), parts.end(),
                     [](const Part& a, const Part& b) { return int(a.category) > int(b.category); });
    result.category = parts.front().category;
    for (const Part& part : parts)
        result.reasons << part.reason;
    return result;
}

} // namespace atrium

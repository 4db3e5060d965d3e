// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Layer.h"

#include <QColor>
#include <QString>

#include <vector>

namespace atrium {

// Colour-blind-safe scales for the heatmap, with the legend that explains them. Sequential
// scales run from light (low: free, fresh air, dry) to darker (high), except illuminance
// (dim is the darker end); every colour keeps black labels legible (WCAG >= 4.5:1). Values
// outside the domain are clamped (an outlier never stretches the scale); the "no data" and
// "stale" looks are not colours of any scale (see noDataColor/staleColor and the view's
// hatching).
class ColorScale
{
public:
    enum class Kind { Sequential, Diverging, Categorical };

    struct LegendEntry
    {
        QColor color;
        QString label;   // with the unit: "20 °C", "800 ppm", "Cat. II", "0 % free"
        QString toolTip; // what the colour also stands for, when the label cannot say it all
    };

    // The fixed, documented domain and palette of a layer (see ColorScale.cpp for the stops):
    // Occupancy 0..1 (people / capacity, or presence 0/1; legend in %), Popularity 0..100 %
    // (computePopularity() * 100), Temperature 16..28 °C (diverging, centred on 22 °C),
    // Humidity 20..80 %, CO2 400..1600 ppm, Illuminance 0..1000 lx, Comfort categories 1..4,
    // Bookings categories 1..5 (RoomBookingState Free..InUseNotBooked).
    static ColorScale forLayer(Layer layer);
    // A sequential scale fitted to observed values; all-equal values get the middle colour
    // and a span around them, never a saturated end. The range is robust (values outside
    // Tukey's fences are clamped), so one outlier does not squeeze the others into one colour.
    static ColorScale fitted(const std::vector<double>& values, QString unit);

    Kind kind() const { return m_kind; }
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }
    QString unit() const { return m_unit; }

    // Clamped to the domain; NaN gives noDataColor(). Categorical: value 1..n = category.
    QColor color(double value) const;
    // Five labelled steps (sequential, diverging) or one entry per category, numbers in the
    // default QLocale ("1,000 ppm" in English, "1 000 ppm" in French).
    std::vector<LegendEntry> legend() const;

    static QColor noDataColor();
    static QColor staleColor();

private:
    QString formatValue(double value, int decimals) const;

    Kind m_kind = Kind::Sequential;
    double m_min = 0.0;
    double m_max = 1.0;
    QString m_unit;
    double m_labelFactor = 1.0;  // legend value = domain value * factor (occupancy share -> %)
    bool m_occupancy = false;    // the legend's ends say free and full
    std::vector<QColor> m_stops; // evenly spaced over [min, max]; one per category for Categorical
    std::vector<QString> m_categoryLabels;
};

} // namespace atrium

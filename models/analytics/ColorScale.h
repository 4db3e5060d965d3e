// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Layer.h"

#include <QColor>
#include <QString>

#include <vector>

namespace atrium {

// Colour-blind-safe scales for the heatmap, with the legend that explains them. Values
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
        QString label; // with the unit: "20 °C", "800 ppm", "Cat. II"
    };

    // The fixed, documented domain and palette of a layer.
    static ColorScale forLayer(Layer layer);
    // A sequential scale fitted to observed values; all-equal values get the middle colour
    // and a span around them, never a saturated end.
    static ColorScale fitted(const std::vector<double>& values, QString unit);

    Kind kind() const { return m_kind; }
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }
    QString unit() const { return m_unit; }

    QColor color(double value) const;
    std::vector<LegendEntry> legend() const;

    static QColor noDataColor();
    static QColor staleColor();

private:
    Kind m_kind = Kind::Sequential;
    double m_min = 0.0;
    double m_max = 1.0;
    QString m_unit;
    std::vector<QColor> m_stops;      // evenly spaced over [min, max]; one per category for Categorical
    std::vector<QString> m_categoryLabels;
};

} // namespace atrium

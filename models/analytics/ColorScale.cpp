// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/ColorScale.h"

#include "core/Metric.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace atrium {

namespace {

// Every palette runs from light to a darkest stop that still carries the plan's labels: the
// view lifts the plan's own text (#333333 in the sample plan) to translucent black ink over
// the fill and draws site-file names in black on a white halo, so each stop below keeps a WCAG
// 2.x contrast ratio of at least 4.5:1 against black and against that ink (relative luminance
// >= about 0.22; TestColorScale checks every colour). Low values are light: a free room,
// fresh air and a dry room are calm pale tints, never the most alarming dark colour.

// Occupancy and popularity: ColorBrewer YlGnBu (Cynthia Brewer, colorbrewer2.org; marked
// colour-blind safe there), its six lightest classes of nine, #ffffd9 .. #1d91c0. Yellow to
// blue through green keeps hue and lightness changing together, so deuteranopes, protanopes
// and tritanopes still read the order; blue for "full" is calm, a busy room is not an alarm.
constexpr QRgb kYlGnBu[] = {0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0};

// CO2: ColorBrewer YlOrRd (colour-blind safe), its six lightest classes of nine, #ffffcc ..
// #fc4e2a. Fresh air is pale yellow, stale air orange-red: the warm end warns. The darker
// classes (#e31a1c and beyond) fall under 4.5:1 against black labels.
constexpr QRgb kYlOrRd[] = {0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a};

// Humidity: ColorBrewer Blues (colour-blind safe, single hue), classes two to six of nine,
// #deebf7 .. #4292c6: dry is pale, damp is blue. The first class (#f7fbff) is left out because
// it cannot be told from the white plan.
constexpr QRgb kBlues[] = {0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6};

// Illuminance, read the natural way round: dim rooms are bluer and darker, bright rooms pale
// cream like daylight. Five samples of Paul Tol's colour-blind-safe sequential "iridescent"
// scheme (personal.sron.nl/~pault/, its colours 1, 4, 7, 10 and 14 of 23), in reverse order:
// lightness still changes monotonically, so the order reads without hue.
constexpr QRgb kIridescentDimToBright[] = {0x7eb2e4, 0x9bd2e1, 0xc2e3d2, 0xeaf0b5, 0xfefbe9};

// Diverging ramp for temperature: Paul Tol's colour-blind-safe "sunset" scheme, the seven
// inner colours of its eleven, symmetric around its pale centre. Blue reads "cool", orange
// "warm", and the pale centre sits on the comfort band (see the temperature domain below).
// Its two darkest colours at each end (#364b9a, #4a7bb7, #dd3d2d, #a50026) are left out: they
// drown black labels. Tol designed both arms to stay apart for the common deficiencies.
constexpr QRgb kSunset[] = {0x6ea6cd, 0x98cae1, 0xc2e4ef, 0xeaeccc, 0xfeda8b, 0xfdb366, 0xf67e4b};

// EN 16798-1 categories I..IV: four colours of the Okabe-Ito set, chosen to be told apart by
// people with any common colour-vision deficiency. Cool for good (I bluish green, II sky blue),
// warm for poor (III orange, IV vermillion); blue against orange is the safest contrast. The
// darkest, vermillion, still gives 5.4:1 against black labels.
constexpr QRgb kComfort[] = {0x009e73, 0x56b4e9, 0xe69f00, 0xd55e00};

// The bookings layer's five states: a pale green tint for a free room, then four colours of the
// Okabe-Ito set (sky blue booked soon, bluish green in progress, orange booked but empty,
// reddish purple in use without a booking). The two states the desk must act on are the warm
// ones; every colour keeps black labels at 4.5:1 or better and stays apart from both greys.
constexpr QRgb kBookings[] = {0xe5f5e0, 0x56b4e9, 0x009e73, 0xe69f00, 0xcc79a7};

// Neither grey is close to any palette colour: the palettes above have no neutral tone (their
// palest colours are tinted, their mid tones saturated). The view adds hatching to both so
// they never read as a value. Stale is a mid grey, not a dark one, so that labels stay legible
// on it too.
constexpr QRgb kNoData = 0xb0b0b0;
constexpr QRgb kStale = 0x8a8a8a;

std::vector<QColor> toColors(const QRgb* first, const QRgb* last)
{
    std::vector<QColor> colors;
    for (const QRgb* it = first; it != last; ++it)
        colors.emplace_back(QColor::fromRgb(*it));
    return colors;
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    auto channel = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

// Quantile with linear interpolation on sorted values (type 7, as R's default).
double quantile(const std::vector<double>& sorted, double p)
{
    const double pos = p * double(sorted.size() - 1);
    const auto lower = size_t(std::floor(pos));
    const auto upper = std::min(lower + 1, sorted.size() - 1);
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (pos - double(lower));
}

// Enough decimals that the legend's steps are told apart: 0 for whole steps, else 1 or 2.
int decimalsFor(double step)
{
    if (step <= 0.0)
        return 1;
    if (std::abs(step - std::round(step)) < 1e-9)
        return 0;
    return step >= 0.1 ? 1 : 2;
}

} // namespace

ColorScale ColorScale::forLayer(Layer layer)
{
    ColorScale scale;
    scale.m_stops = toColors(std::begin(kYlGnBu), std::end(kYlGnBu));
    switch (layer) {
    case Layer::Occupancy:
        // Share of capacity (or occupied yes/no) in 0..1, labelled in percent.
        scale.m_min = 0.0;
        scale.m_max = 1.0;
        scale.m_unit = QStringLiteral("%");
        scale.m_labelFactor = 100.0;
        scale.m_occupancy = true;
        break;
    case Layer::Popularity:
        // Percent of opening hours occupied: computePopularity() * 100.
        scale.m_min = 0.0;
        scale.m_max = 100.0;
        scale.m_unit = QStringLiteral("%");
        break;
    case Layer::Temperature:
        // 16..28 °C: its midpoint 22 °C is the centre of the heating-season category I band
        // (21-23 °C, ieq_thresholds.csv operative_temperature, S10;S12), so the pale centre of
        // the diverging ramp means "comfortable"; each step of 3 K is about one category.
        scale.m_kind = Kind::Diverging;
        scale.m_min = 16.0;
        scale.m_max = 28.0;
        scale.m_unit = metricUnit(Metric::Temperature);
        scale.m_stops = toColors(std::begin(kSunset), std::end(kSunset));
        break;
    case Layer::Humidity:
        // 20..80 % covers the EN 16798-1 category III band (20-70 %) and damp rooms beyond it.
        scale.m_min = 20.0;
        scale.m_max = 80.0;
        scale.m_unit = metricUnit(Metric::Humidity);
        scale.m_stops = toColors(std::begin(kBlues), std::end(kBlues));
        break;
    case Layer::Co2:
        // 400 ppm is about outdoor air; 1600 ppm is past the category II limit (420 + 800)
        // and near the category III limit (420 + 1350).
        scale.m_min = 400.0;
        scale.m_max = 1600.0;
        scale.m_unit = metricUnit(Metric::Co2);
        scale.m_stops = toColors(std::begin(kYlOrRd), std::end(kYlOrRd));
        break;
    case Layer::Illuminance:
        // 0..1000 lx: twice the EN 12464-1 office task value of 500 lx sits in the middle.
        scale.m_min = 0.0;
        scale.m_max = 1000.0;
        scale.m_unit = metricUnit(Metric::Illuminance);
        scale.m_stops = toColors(std::begin(kIridescentDimToBright), std::end(kIridescentDimToBright));
        break;
    case Layer::Comfort:
        scale.m_kind = Kind::Categorical;
        scale.m_min = 1.0;
        scale.m_max = 4.0;
        scale.m_stops = toColors(std::begin(kComfort), std::end(kComfort));
        //: EN 16798-1 indoor-environment category, shown in the map legend
        scale.m_categoryLabels = {QCoreApplication::translate("atrium::ColorScale", "Cat. I"),
                                  QCoreApplication::translate("atrium::ColorScale", "Cat. II"),
                                  QCoreApplication::translate("atrium::ColorScale", "Cat. III"),
                                  QCoreApplication::translate("atrium::ColorScale", "Cat. IV")};
        break;
    case Layer::Bookings:
        // Category 1..5 = RoomBookingState Free..InUseNotBooked, in that order.
        scale.m_kind = Kind::Categorical;
        scale.m_min = 1.0;
        scale.m_max = 5.0;
        scale.m_stops = toColors(std::begin(kBookings), std::end(kBookings));
        //: bookings layer legend: no booking now or soon
        scale.m_categoryLabels = {QCoreApplication::translate("atrium::ColorScale", "Free"),
                                  //: bookings layer legend: a booking starts within half an hour
                                  QCoreApplication::translate("atrium::ColorScale", "Booked soon"),
                                  //: bookings layer legend: a booking holds the room now
                                  QCoreApplication::translate("atrium::ColorScale", "In progress"),
                                  //: bookings layer legend: booked, grace over, nobody checked in
                                  QCoreApplication::translate("atrium::ColorScale", "Booked, empty"),
                                  //: bookings layer legend: people seen, no booking
                                  QCoreApplication::translate("atrium::ColorScale", "In use, not booked")};
        break;
    }
    return scale;
}

ColorScale ColorScale::fitted(const std::vector<double>& values, QString unit)
{
    ColorScale scale;
    scale.m_stops = toColors(std::begin(kYlGnBu), std::end(kYlGnBu));
    scale.m_unit = std::move(unit);

    std::vector<double> sorted;
    sorted.reserve(values.size());
    for (double v : values) {
        if (std::isfinite(v))
            sorted.push_back(v);
    }
    if (sorted.empty())
        return scale;
    std::sort(sorted.begin(), sorted.end());

    // Robust range: the values inside Tukey's fences (1.5 interquartile ranges beyond the
    // quartiles). One faulty sensor then clamps to an end instead of squeezing every other
    // room into one colour; with a dozen rooms this works better than fixed percentiles.
    const double q1 = quantile(sorted, 0.25);
    const double q3 = quantile(sorted, 0.75);
    const double fence = 1.5 * (q3 - q1);
    const auto low = std::lower_bound(sorted.begin(), sorted.end(), q1 - fence);
    const auto high = std::upper_bound(sorted.begin(), sorted.end(), q3 + fence);
    double lo = *low;
    double hi = *(high - 1);

    const double magnitude = std::max(std::abs(lo), std::abs(hi));
    if (hi - lo <= 1e-9 * std::max(1.0, magnitude)) {
        // All equal: centre the value so it gets the middle colour, not a saturated end.
        const double halfSpan = std::max(0.5, 0.05 * magnitude);
        lo -= halfSpan;
        hi += halfSpan;
    }
    scale.m_min = lo;
    scale.m_max = hi;
    return scale;
}

QColor ColorScale::color(double value) const
{
    if (!std::isfinite(value) || m_stops.empty())
        return noDataColor();
    if (m_kind == Kind::Categorical) {
        const auto index = std::clamp(std::lround(value - m_min), 0L, long(m_stops.size()) - 1);
        return m_stops[size_t(index)];
    }
    if (m_stops.size() == 1 || m_max <= m_min)
        return m_stops[m_stops.size() / 2];
    const double t = std::clamp((value - m_min) / (m_max - m_min), 0.0, 1.0);
    const double pos = t * double(m_stops.size() - 1);
    const auto index = std::min(size_t(pos), m_stops.size() - 2);
    return mix(m_stops[index], m_stops[index + 1], pos - double(index));
}

QString ColorScale::formatValue(double value, int decimals) const
{
    const QString number = QLocale().toString(value * m_labelFactor, 'f', decimals);
    if (m_unit.isEmpty())
        return number;
    //: A value and its unit in the map legend, e.g. "1,000 ppm"
    return QCoreApplication::translate("atrium::ColorScale", "%1 %2").arg(number, m_unit);
}

std::vector<ColorScale::LegendEntry> ColorScale::legend() const
{
    std::vector<LegendEntry> entries;
    if (m_kind == Kind::Categorical) {
        for (size_t i = 0; i < m_stops.size(); ++i)
            entries.push_back({m_stops[i], i < m_categoryLabels.size() ? m_categoryLabels[i] : QString(), QString()});
        return entries;
    }
    // Five evenly spaced labels: both ends, the middle and the quarters.
    constexpr int kEntries = 5;
    const double step = (m_max - m_min) / (kEntries - 1);
    const int decimals = decimalsFor(step * m_labelFactor);
    for (int i = 0; i < kEntries; ++i) {
        const double value = m_min + step * i;
        entries.push_back({color(value), formatValue(value, decimals), QString()});
    }
    if (m_occupancy) {
        // The ends in words for the front desk; the top colour also marks presence-only rooms.
        //: occupancy legend, the empty end of the scale: "0 % free"
        entries.front().label = QCoreApplication::translate("atrium::ColorScale", "%1 free").arg(entries.front().label);
        //: occupancy legend, the full end of the scale: "100 % full"
        entries.back().label = QCoreApplication::translate("atrium::ColorScale", "%1 full").arg(entries.back().label);
        entries.back().toolTip = QCoreApplication::translate(
            "atrium::ColorScale", "As many people as seats, or occupied according to a presence sensor that cannot "
                                  "count people.");
    }
    return entries;
}

QColor ColorScale::noDataColor()
{
    return QColor::fromRgb(kNoData);
}

QColor ColorScale::staleColor()
{
    return QColor::fromRgb(kStale);
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoomHistoryChart.h"

#include "UiLogging.h"
#include "core/Clock.h"
#include "telemetry/RollupStore.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QFontMetrics>
#include <QLabel>
#include <QLineSeries>
#include <QStackedLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace atrium {

RoomHistoryChart::RoomHistoryChart(RollupStore* rollups, const Clock& clock, const QTimeZone& zone, QWidget* parent)
    : QWidget(parent), m_rollups(rollups), m_clock(clock), m_zone(zone)
{
    setObjectName(QStringLiteral("roomHistoryChart"));
    m_chart = new QChart();
    m_chart->legend()->hide();
    // Room on the right for half of the last hour label, which sits on the chart's edge.
    const int halfLabel = fontMetrics().horizontalAdvance(QStringLiteral("00:00")) / 2;
    m_chart->setMargins(QMargins(4, 4, 4 + halfLabel, 4));
    m_chart->setBackgroundRoundness(0);
    QFont titleFont = font();
    m_chart->setTitleFont(titleFont);
    m_series = new QLineSeries(m_chart);
    // Drawn in software: Qt Charts' OpenGL path is never enabled (setUseOpenGL stays false).
    m_series->setPen(QPen(QColor(0x3b, 0x52, 0x8b), 2));
    // Markers on every bucket: a line alone would suggest readings across hours without any.
    m_series->setPointsVisible(true);
    m_series->setMarkerSize(5);
    m_chart->addSeries(m_series);
    // Hours of the site's clock, whatever the zone of this PC (QDateTimeAxis would use the PC's):
    // the times are epoch milliseconds and each label is placed on its instant.
    m_timeAxis = new QCategoryAxis(m_chart);
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_valueAxis = new QValueAxis(m_chart);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_timeAxis);
    m_series->attachAxis(m_valueAxis);

    connect(m_chart, &QChart::plotAreaChanged, this, [this] { setTimeLabels(); });
    m_view = new QChartView(m_chart, this); // takes ownership of the chart
    m_view->setObjectName(QStringLiteral("roomHistoryChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(170);
    m_view->setFocusPolicy(Qt::NoFocus); // nothing to operate; the metric combo is the control
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("roomHistoryMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMinimumHeight(60);
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
}

void RoomHistoryChart::showRoom(const QString& roomId, Metric metric)
{
    m_roomId = roomId;
    m_metric = metric;
    reload();
}

QStringList RoomHistoryChart::timeLabels() const
{
    return m_timeAxis->categoriesLabels();
}

QRectF RoomHistoryChart::plotArea() const
{
    return m_chart->plotArea();
}

QFont RoomHistoryChart::timeLabelFont() const
{
    return m_timeAxis->labelsFont();
}

void RoomHistoryChart::setTimeLabels()
{
    // As many labels as fit the plot's width unshortened (QCategoryAxis elides a label wider
    // than its category): every 6 hours where there is room, else every 8 or 12.
    constexpr qint64 kHourMs = 3600 * 1000;
    const double plotWidth = m_chart->plotArea().width();
    const int labelWidth = QFontMetrics(m_timeAxis->labelsFont()).horizontalAdvance(QStringLiteral("00:00")) + 8;
    qint64 stepMs = 12 * kHourMs;
    for (const int hours : {6, 8}) {
        if (plotWidth <= 0 || plotWidth * hours / 24.0 >= labelWidth) {
            stepMs = hours * kHourMs;
            break;
        }
    }
    if (stepMs == m_labelStepMs && m_labelsToMs == m_toMs)
        return;
    m_labelStepMs = stepMs;
    m_labelsToMs = m_toMs;
    for (const QString& label : m_timeAxis->categoriesLabels())
        m_timeAxis->remove(label);
    const qint64 fromMs = m_toMs - kSpanMs;
    QList<qint64> ticks;
    for (qint64 t = m_toMs; t > fromMs; t -= stepMs)
        ticks.prepend(t);
    m_timeAxis->setStartValue(double(fromMs));
    for (const qint64 t : ticks) {
        // The axis wants distinct labels; an hour repeated when clocks go back is shown once.
        const QString label = QDateTime::fromMSecsSinceEpoch(t, m_zone).toString(QStringLiteral("HH:mm"));
        if (!m_timeAxis->categoriesLabels().contains(label))
            m_timeAxis->append(label, double(t));
    }
    m_timeAxis->setRange(double(fromMs), double(m_toMs));
}

QString RoomHistoryChart::statusText() const
{
    return m_status;
}

void RoomHistoryChart::reload()
{
    const qint64 now = m_clock.nowMs();
    // The span ends at the site's next full hour, with labels at whole hours back from there.
    constexpr qint64 kHourMs = 3600 * 1000;
    const qint64 offsetMs = 1000LL * m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()));
    m_toMs = ((now + offsetMs) / kHourMs + 1) * kHourMs - offsetMs;
    const qint64 from = m_toMs - kSpanMs;
    setTimeLabels();
    // Presence is charted as the share of each 15 minutes the room was occupied (from the
    // rollups' occupied seconds, which a people counter fills too), not as a mean of 0/1.
    const bool presence = m_metric == Metric::Occupancy;
    //: chart axis: percent of each quarter hour a room was occupied
    const QString unit = presence ? tr("% of time occupied") : metricUnit(m_metric);
    m_valueAxis->setTitleText(unit);
    m_valueAxis->setLabelFormat(m_metric == Metric::Temperature ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));

    QList<QPointF> points;
    QString title;
    if (m_roomId.isEmpty()) {
        title = tr("Select a room to see its last 24 hours");
    } else if (!m_rollups) {
        title = tr("History is not available: no database is open");
    } else {
        const auto buckets = m_rollups->buckets(m_roomId, m_metric, from, now + 1);
        if (!buckets) {
            qCWarning(lcUi) << "history of" << m_roomId << metricKey(m_metric) << buckets.error();
            title = tr("History could not be read: %1").arg(buckets.error());
        } else {
            for (const RollupBucket& b : *buckets) {
                if (presence)
                    points.append(QPointF(double(b.startMs), 100.0 * b.occupiedS / (kRollupBucketMs / 1000.0)));
                else if (b.count > 0)
                    points.append(QPointF(double(b.startMs), b.mean()));
            }
            //: chart title; %1 is a metric such as CO₂
            title = points.isEmpty() ? tr("No %1 readings in the last 24 hours").arg(metricDisplayName(m_metric))
                                     : tr("%1, last 24 hours (15-minute means)").arg(metricDisplayName(m_metric));
        }
    }
    m_series->replace(points);
    m_status = title;
    // The box says "last 24 hours" and the combo names the metric: the chart's own title is
    // short, so that it is not cut off in the panel; the whole sentence is its accessible name.
    //: chart title above a room's last 24 hours of one metric
    m_chart->setTitle(tr("15-minute means"));
    m_view->setAccessibleName(title);
    // An empty grid says nothing; the sentence says why there is no line.
    m_message->setText(title);
    m_message->setAccessibleName(title);
    m_stack->setCurrentWidget(points.isEmpty() ? static_cast<QWidget*>(m_message) : m_view);
    if (points.isEmpty())
        return;
    const auto [lo, hi] = std::minmax_element(points.cbegin(), points.cend(),
                                              [](const QPointF& a, const QPointF& b) { return a.y() < b.y(); });
    // A little headroom, and a minimum span so a flat line does not fill the chart with noise.
    const double span = std::max(hi->y() - lo->y(), std::max(1.0, std::abs(hi->y()) * 0.05));
    m_valueAxis->setRange(lo->y() - span * 0.1, hi->y() + span * 0.1);
    m_valueAxis->applyNiceNumbers();
}

} // namespace atrium

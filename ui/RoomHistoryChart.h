// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Metric.h"

#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedLayout;
class QCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace atrium {

class Clock;
class RollupStore;

// A room's last 24 hours of one metric: the 15-minute bucket means from the rollups, as a
// line (one point per bucket, at the bucket's start). Software rendering only.
class RoomHistoryChart : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 kSpanMs = 24 * 3600 * 1000;

    // `zone`: the site's; the time axis is labelled in its hours.
    RoomHistoryChart(RollupStore* rollups, const Clock& clock, const QTimeZone& zone, QWidget* parent = nullptr);

    void showRoom(const QString& roomId, Metric metric);
    void reload(); // fetches the buckets again (new data arrives every 15 minutes)
    QLineSeries* series() const { return m_series; }
    QString statusText() const;     // what the chart says above the line ("No CO₂ readings ...")
    QStringList timeLabels() const; // the time axis' labels, left to right ("18:00", ...)
    QRectF plotArea() const;        // where the line is drawn, in the chart's coordinates
    QFont timeLabelFont() const;

private:
    void setTimeLabels(); // for the span ending at m_toMs, as many as the plot's width holds

    RollupStore* m_rollups;
    const Clock& m_clock;
    QTimeZone m_zone;
    QString m_roomId;
    Metric m_metric = Metric::Temperature;
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLineSeries* m_series = nullptr;
    QCategoryAxis* m_timeAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
    QLabel* m_message = nullptr; // shown instead of an empty chart
    QString m_status;            // statusText()
    qint64 m_toMs = 0;           // end of the span shown: the site's next full hour
    qint64 m_labelStepMs = 0;    // of the labels on the axis now
    qint64 m_labelsToMs = 0;
    QStackedLayout* m_stack = nullptr;
};

} // namespace atrium

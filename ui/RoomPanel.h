// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Metric.h"

#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace atrium {

class Clock;
class LiveState;
class RollupStore;
class RoomHistoryChart;
struct Site;

// Everything about one room: what it is (type, capacity, light, windows, furniture, screen,
// features), what it measures now (values with units, how old, stale or not), its EN 16798-1
// category with the reasons, and a chart of the last 24 hours for a chosen metric. Each value
// is a QLabel whose accessible name says what it is, and a summary line sums the room up for
// a screen reader and for a quick look.
class RoomPanel : public QWidget
{
    Q_OBJECT
public:
    RoomPanel(const Site& site, LiveState& live, RollupStore* rollups, const Clock& clock, QWidget* parent = nullptr);

    void setRoom(const QString& roomId);
    QString room() const { return m_roomId; }
    void setChartMetric(Metric metric);
    Metric chartMetric() const;
    RoomHistoryChart* chart() const { return m_chart; }
    QString summary() const;
    // A section another area adds above the readings (automation's "why" and "Override…");
    // it follows the room through roomChanged().
    void addSection(QWidget* section);

Q_SIGNALS:
    void roomChanged(const QString& roomId);

public:
    // Shows the "Book this room" button (when the console has bookings).
    void setBookingEnabled(bool enabled);
    QPushButton* bookButton() const { return m_book; }

Q_SIGNALS:
    void bookRequested(const QString& roomId);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    struct ReadingRow
    {
        QLabel* name = nullptr;
        QLabel* value = nullptr;
        QLabel* age = nullptr;
    };
    QWidget* buildReadings();
    QWidget* buildAttributes();
    QWidget* buildHistory();
    void refreshDescription();
    void refreshReadings();
    void onLiveUpdated(const QSet<QString>& roomIds);

    const Site& m_site;
    LiveState& m_live;
    RollupStore* m_rollups;
    const Clock& m_clock;
    QString m_roomId;
    QLabel* m_name = nullptr;
    QLabel* m_kind = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_book = nullptr;
    bool m_bookingEnabled = false;
    QLabel* m_noReadings = nullptr;
    QHash<int, ReadingRow> m_rows; // by Metric
    QLabel* m_comfort = nullptr;
    QLabel* m_comfortReasons = nullptr;
    QLabel* m_light = nullptr;
    QLabel* m_windows = nullptr;
    QLabel* m_furniture = nullptr;
    QLabel* m_screen = nullptr;
    QLabel* m_features = nullptr;
    QList<QGroupBox*> m_sections;
    QComboBox* m_chartMetric = nullptr;
    RoomHistoryChart* m_chart = nullptr;
    QTimer m_ageTimer;   // "2 min ago" keeps counting while the panel is shown
    QTimer m_chartTimer; // rollups gain a bucket every 15 minutes
};

} // namespace atrium

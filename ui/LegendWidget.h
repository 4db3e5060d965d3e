// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/ColorScale.h"

#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace atrium {

// The key to the floor plan's colours: the current layer's ColorScale::legend() (labels carry
// their units), then the "No data" and "Stale" looks with the same hatching as the plan. One
// row, so it fits under the plan at 1366x768 as well as 1920x1080.
class LegendWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LegendWidget(QWidget* parent = nullptr);

    void setScale(const ColorScale& scale, const QString& title);
    QString title() const;
    QStringList entryLabels() const; // as shown, in order, including "No data" and "Stale"

private:
    void addEntry(const QBrush& brush, const QString& label, const QString& toolTip, bool staleMark, int gapBefore);

    QHBoxLayout* m_layout = nullptr;
    QLabel* m_title = nullptr;
    QList<QWidget*> m_entries;
    QStringList m_labels;
};

} // namespace atrium

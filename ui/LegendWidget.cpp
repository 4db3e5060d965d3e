// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LegendWidget.h"

#include "HatchStyle.h"
#include "LegendSwatch.h"

#include <QHBoxLayout>
#include <QLabel>

namespace atrium {

LegendWidget::LegendWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("legend"));
    setAccessibleName(tr("Legend"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(4, 2, 4, 2);
    m_layout->setSpacing(6);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("legendTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_layout->addWidget(m_title);
    m_layout->addStretch(1);
}

QString LegendWidget::title() const
{
    return m_title->text();
}

QStringList LegendWidget::entryLabels() const
{
    return m_labels;
}

void LegendWidget::setScale(const ColorScale& scale, const QString& title)
{
    qDeleteAll(m_entries);
    m_entries.clear();
    m_labels.clear();
    m_title->setText(title);
    for (const ColorScale::LegendEntry& entry : scale.legend())
        addEntry(QBrush(entry.color), entry.label, entry.toolTip, false, m_entries.isEmpty() ? 4 : 8);
    // A wider gap sets "No data" and "Stale" apart from the scale.
    addEntry(HatchStyle::noDataBrush(), tr("No data"), tr("No reading has arrived for this room yet."), false, 24);
    addEntry(HatchStyle::staleBrush(), tr("Stale"),
             tr("The room's sensor has been silent for longer than it should be: the last value may be out of date."),
             true, 8);

    QStringList spoken;
    for (int i = 0; i + 2 < m_labels.size(); ++i)
        spoken << m_labels[i];
    //: read by screen readers; %1 the layer, %2 the scale's labels
    setAccessibleDescription(tr("%1: %2. Light grey with diagonal lines: no data. Grey, cross-hatched with a "
                                "clock: stale.")
                                 .arg(title, spoken.join(QStringLiteral(", "))));
}

void LegendWidget::addEntry(const QBrush& brush, const QString& label, const QString& toolTip, bool staleMark,
                            int gapBefore)
{
    auto* entry = new QWidget(this);
    auto* row = new QHBoxLayout(entry);
    row->setContentsMargins(gapBefore, 0, 0, 0);
    row->setSpacing(4);
    auto* swatch = new LegendSwatch(brush, staleMark, entry);
    swatch->setAccessibleName(label);
    auto* text = new QLabel(label, entry);
    text->setObjectName(QStringLiteral("legendLabel"));
    row->addWidget(swatch);
    row->addWidget(text);
    entry->setToolTip(toolTip);
    m_layout->insertWidget(m_layout->count() - 1, entry);
    m_entries << entry;
    m_labels << label;
}

} // namespace atrium

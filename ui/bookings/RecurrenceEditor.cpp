// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecurrenceEditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace atrium {

RecurrenceEditor::RecurrenceEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("recurrenceEditor"));
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("repeatFrequency"));
    m_frequency->setAccessibleName(tr("Repeat"));
    m_frequency->addItem(tr("Does not repeat"), int(Recurrence::Frequency::None));
    m_frequency->addItem(tr("Daily"), int(Recurrence::Frequency::Daily));
    m_frequency->addItem(tr("Weekly"), int(Recurrence::Frequency::Weekly));
    m_frequency->addItem(tr("Monthly"), int(Recurrence::Frequency::Monthly));
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("repeatInterval"));
    m_interval->setAccessibleName(tr("Repeat every"));
    m_interval->setRange(1, 12);
    m_intervalUnit = new QLabel(this);
    //: "every [2] weeks": the word before the number
    auto* every = new QLabel(tr("every"), this);
    every->setBuddy(m_interval);

    auto* first = new QHBoxLayout;
    first->setContentsMargins(0, 0, 0, 0);
    first->addWidget(m_frequency);
    first->addWidget(every);
    first->addWidget(m_interval);
    first->addWidget(m_intervalUnit);
    first->addStretch(1);

    m_weekdays = new QWidget(this);
    auto* days = new QHBoxLayout(m_weekdays);
    days->setContentsMargins(0, 0, 0, 0);
    for (int d = 1; d <= 7; ++d) {
        auto* box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), m_weekdays);
        box->setObjectName(QStringLiteral("repeatDay%1").arg(d));
        box->setAccessibleName(QLocale().dayName(d, QLocale::LongFormat));
        days->addWidget(box);
        m_dayBoxes << box;
        connect(box, &QCheckBox::toggled, this, &RecurrenceEditor::changed);
    }
    days->addStretch(1);

    m_endRow = new QWidget(this);
    auto* end = new QHBoxLayout(m_endRow);
    end->setContentsMargins(0, 0, 0, 0);
    m_byCount = new QRadioButton(tr("&after"), m_endRow);
    m_byCount->setObjectName(QStringLiteral("repeatByCount"));
    m_byCount->setAccessibleName(tr("End after a number of times"));
    m_count = new QSpinBox(m_endRow);
    m_count->setObjectName(QStringLiteral("repeatCount"));
    m_count->setAccessibleName(tr("Number of times"));
    m_count->setRange(2, Recurrence::kMaxOccurrences);
    m_count->setValue(10);
    m_count->setSuffix(tr(" times"));
    m_byUntil = new QRadioButton(tr("&until"), m_endRow);
    m_byUntil->setObjectName(QStringLiteral("repeatByUntil"));
    m_byUntil->setAccessibleName(tr("End on a date"));
    m_until = new QDateEdit(m_endRow);
    m_until->setObjectName(QStringLiteral("repeatUntil"));
    m_until->setAccessibleName(tr("Last date"));
    m_until->setCalendarPopup(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_byCount);
    group->addButton(m_byUntil);
    m_byCount->setChecked(true);
    auto* ends = new QLabel(tr("Ends"), m_endRow);
    end->addWidget(ends);
    end->addWidget(m_byCount);
    end->addWidget(m_count);
    end->addWidget(m_byUntil);
    end->addWidget(m_until);
    end->addStretch(1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("repeatSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(first);
    layout->addWidget(m_weekdays);
    layout->addWidget(m_endRow);
    layout->addWidget(m_summary);

    connect(m_frequency, &QComboBox::currentIndexChanged, this, &RecurrenceEditor::updateVisibility);
    connect(m_frequency, &QComboBox::currentIndexChanged, this, &RecurrenceEditor::changed);
    connect(m_interval, &QSpinBox::valueChanged, this, &RecurrenceEditor::changed);
    connect(m_count, &QSpinBox::valueChanged, this, &RecurrenceEditor::changed);
    connect(m_until, &QDateEdit::dateChanged, this, &RecurrenceEditor::changed);
    connect(m_byCount, &QRadioButton::toggled, this, &RecurrenceEditor::changed);
    connect(this, &RecurrenceEditor::changed, this, [this] { m_summary->setText(recurrence().describe()); });
    connect(m_byCount, &QRadioButton::toggled, m_count, &QSpinBox::setEnabled);
    connect(m_byUntil, &QRadioButton::toggled, m_until, &QDateEdit::setEnabled);
    m_until->setEnabled(false);
    updateVisibility();
}

void RecurrenceEditor::setFirstDay(QDate firstDay)
{
    m_firstDay = firstDay;
    if (m_until->date() < firstDay)
        m_until->setDate(firstDay.addMonths(1));
    m_until->setMinimumDate(firstDay);
    if (recurrence().frequency == Recurrence::Frequency::Weekly && recurrence().weekdays.isEmpty())
        m_dayBoxes.value(firstDay.dayOfWeek() - 1)->setChecked(true);
}

void RecurrenceEditor::setRecurrence(const Recurrence& r, QDate firstDay)
{
    const QSignalBlocker block(this);
    m_frequency->setCurrentIndex(std::max(0, m_frequency->findData(int(r.frequency))));
    m_interval->setValue(std::max(1, r.interval));
    for (int d = 0; d < 7; ++d)
        m_dayBoxes[d]->setChecked(r.weekdays.contains(Qt::DayOfWeek(d + 1)));
    if (r.until.isValid()) {
        m_byUntil->setChecked(true);
        m_until->setDate(r.until);
    } else {
        m_byCount->setChecked(true);
        if (r.count > 0)
            m_count->setValue(r.count);
    }
    setFirstDay(firstDay);
    updateVisibility();
    m_summary->setText(recurrence().describe());
}

Recurrence RecurrenceEditor::recurrence() const
{
    Recurrence r;
    r.frequency = Recurrence::Frequency(m_frequency->currentData().toInt());
    if (!r.isRecurring())
        return r;
    r.interval = m_interval->value();
    if (r.frequency == Recurrence::Frequency::Weekly) {
        for (int d = 0; d < 7; ++d) {
            if (m_dayBoxes[d]->isChecked())
                r.weekdays << Qt::DayOfWeek(d + 1);
        }
    }
    if (m_byUntil->isChecked())
        r.until = m_until->date();
    else
        r.count = m_count->value();
    return r;
}

void RecurrenceEditor::updateVisibility()
{
    const auto f = Recurrence::Frequency(m_frequency->currentData().toInt());
    const bool repeats = f != Recurrence::Frequency::None;
    m_interval->setVisible(repeats);
    m_intervalUnit->setVisible(repeats);
    for (QLabel* label : findChildren<QLabel*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (label->buddy() == m_interval)
            label->setVisible(repeats);
    }
    m_weekdays->setVisible(f == Recurrence::Frequency::Weekly);
    m_endRow->setVisible(repeats);
    m_summary->setVisible(repeats);
    switch (f) {
    case Recurrence::Frequency::Daily:
        m_intervalUnit->setText(tr("day(s)"));
        break;
    case Recurrence::Frequency::Weekly:
        m_intervalUnit->setText(tr("week(s)"));
        if (m_firstDay.isValid() && recurrence().weekdays.isEmpty())
            m_dayBoxes.value(m_firstDay.dayOfWeek() - 1)->setChecked(true);
        break;
    case Recurrence::Frequency::Monthly:
        m_intervalUnit->setText(tr("month(s)"));
        break;
    case Recurrence::Frequency::None:
        break;
    }
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookings/Recurrence.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace atrium {

// How a booking repeats: never, daily, weekly on chosen days, or monthly; every N; ending
// after a number of times or on a date. Shows the rule in words under the fields.
class RecurrenceEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RecurrenceEditor(QWidget* parent = nullptr);

    // `firstDay`: the first occurrence's local date (the default weekday and end date).
    void setRecurrence(const Recurrence& recurrence, QDate firstDay);
    Recurrence recurrence() const;
    void setFirstDay(QDate firstDay);

    QComboBox* frequencyBox() const { return m_frequency; }

Q_SIGNALS:
    void changed();

private:
    void updateVisibility();

    QComboBox* m_frequency = nullptr;
    QSpinBox* m_interval = nullptr;
    QLabel* m_intervalUnit = nullptr;
    QWidget* m_weekdays = nullptr;
    QList<QCheckBox*> m_dayBoxes; // Monday first
    QWidget* m_endRow = nullptr;
    QRadioButton* m_byCount = nullptr;
    QSpinBox* m_count = nullptr;
    QRadioButton* m_byUntil = nullptr;
    QDateEdit* m_until = nullptr;
    QLabel* m_summary = nullptr;
    QDate m_firstDay;
};

} // namespace atrium

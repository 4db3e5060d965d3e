// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automation/AutomationRule.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace atrium {

class AutomationService;

// Edits one rule: name, on/off, priority, rooms, "when" (only the fields the chosen condition
// uses are shown), the minimum duration and "then" (a tick and a value per channel). Saving
// goes through AutomationService::saveRule; a refusal is shown in the dialog.
class RuleDialog : public QDialog
{
    Q_OBJECT
public:
    RuleDialog(AutomationService& automation, const AutomationRule& rule, const QString& actor,
               QWidget* parent = nullptr);

    AutomationRule rule() const; // as edited
    QString errorText() const;
    void accept() override;

private:
    void onConditionChanged();

    struct ActionRow
    {
        QCheckBox* use = nullptr;
        QDoubleSpinBox* number = nullptr;
        QComboBox* choice = nullptr;
    };

    AutomationService& m_automation;
    AutomationRule m_original;
    QString m_actor;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_enabled = nullptr;
    QComboBox* m_priority = nullptr;
    QComboBox* m_scope = nullptr;
    QComboBox* m_condition = nullptr;
    QSpinBox* m_minutes = nullptr;
    QDoubleSpinBox* m_threshold = nullptr;
    QDoubleSpinBox* m_low = nullptr;
    QDoubleSpinBox* m_high = nullptr;
    QDoubleSpinBox* m_hysteresis = nullptr;
    QTimeEdit* m_start = nullptr;
    QTimeEdit* m_end = nullptr;
    QList<QCheckBox*> m_days;
    QSpinBox* m_minActive = nullptr;
    QHash<int, ActionRow> m_actions;    // by Channel
    QHash<QWidget*, QWidget*> m_labels; // field -> its label, hidden together
    QLabel* m_error = nullptr;
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automation/Actuator.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace atrium {

class AutomationService;

// "Override…": what to change in a room, to which value, why (required) and until when. Every
// field is reachable by Tab with an accessible name; Enter sets the override once a reason is
// typed. A refusal (a lock, no booking now, a time already past) is shown in the dialog, which
// stays open. Open it with open(), not exec().
class OverrideDialog : public QDialog
{
    Q_OBJECT
public:
    OverrideDialog(AutomationService& automation, const QString& roomId, const QString& author,
                   QWidget* parent = nullptr);

    void setChannel(Channel channel);
    Channel channel() const;
    QString errorText() const;

    void accept() override; // sets the override; stays open and says why when refused

private:
    void onChannelChanged();
    void onExpiryChanged();
    void updateOkButton();
    double value() const;

    AutomationService& m_automation;
    QString m_roomId;
    QString m_author;
    QComboBox* m_channel = nullptr;
    QDoubleSpinBox* m_number = nullptr; // setpoint, levels, positions
    QComboBox* m_choice = nullptr;      // mode, ventilation, lights on/off
    QLineEdit* m_reason = nullptr;
    QComboBox* m_expiry = nullptr;
    QSpinBox* m_minutes = nullptr;
    QTimeEdit* m_until = nullptr;
    QLabel* m_now = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace atrium

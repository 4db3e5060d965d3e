// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace atrium {

class AutomationService;
class OverrideDialog;

// The room panel's "Automation" section: why the room is in its state, in words, the
// overrides in force with their time left, and "Override…" (the same dialog as the Automation
// page). Answers "why is it so cold in room 3?" where the front desk already looks.
class RoomAutomationSection : public QGroupBox
{
    Q_OBJECT
public:
    RoomAutomationSection(AutomationService& automation, const QString& operatorName, QWidget* parent = nullptr);

    void setRoom(const QString& roomId);
    QString why() const;
    QPushButton* overrideButton() const { return m_override; }
    OverrideDialog* overrideDialog() const { return m_dialog; }
    void openOverrideDialog();

private:
    void refresh();

    AutomationService& m_automation;
    QString m_operator;
    QString m_roomId;
    QLabel* m_why = nullptr;
    QLabel* m_overrides = nullptr;
    QPushButton* m_override = nullptr;
    OverrideDialog* m_dialog = nullptr;
};

} // namespace atrium

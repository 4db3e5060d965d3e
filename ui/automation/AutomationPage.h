// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace atrium {

class AutomationService;
class OverrideDialog;

// The "Automation" tab: each room with why it is in its state, the overrides in force with the
// time left and "End now", the rules (on/off, edit, new, delete) and the override report
// (which rules people override, in which rooms, over a period).
class AutomationPage : public QWidget
{
    Q_OBJECT
public:
    AutomationPage(AutomationService& automation, const QString& operatorName, QWidget* parent = nullptr);

    QTableWidget* roomsTable() const { return m_rooms; }
    QTableWidget* overridesTable() const { return m_overrides; }
    QTableWidget* rulesTable() const { return m_rules; }
    QTableWidget* reportByRule() const { return m_byRule; }
    QTabWidget* sections() const { return m_tabs; }
    // The dialog opened by "Override…" (null when none is open).
    OverrideDialog* overrideDialog() const { return m_dialog; }
    void openOverrideDialog(const QString& roomId);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildRooms();
    QWidget* buildOverrides();
    QWidget* buildRules();
    QWidget* buildReport();
    void refresh();
    void refreshRooms();
    void refreshOverrides();
    void refreshRules();
    void refreshReport();
    void endSelectedOverride();
    void editRule(bool createNew);
    void deleteSelectedRule();
    void showMessage(const QString& text);

    AutomationService& m_automation;
    QString m_operator;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_rooms = nullptr;
    QTableWidget* m_overrides = nullptr;
    QPushButton* m_endNow = nullptr;
    QTableWidget* m_rules = nullptr;
    QComboBox* m_period = nullptr;
    QTableWidget* m_byRule = nullptr;
    QTableWidget* m_byRoom = nullptr;
    QLabel* m_reportSummary = nullptr;
    QLabel* m_message = nullptr;
    OverrideDialog* m_dialog = nullptr;
    QTimer m_tick; // time left counts down while the page is shown
    bool m_filling = false;
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConsoleContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace atrium {

class AccessEventModel;
class BadgeTableModel;
class IssueBadgePanel;
struct AccessEvent;

// The badge desk: the badge list with search and its actions (new badge from the desk reader,
// suspend, reactivate, report lost, revoke, replace), every one by keyboard, with why it is
// done for the audit log; the live access log with its filters, the alerts on repeated refusals
// and, if the site turned it on, who badged in today.
class BadgesPage : public QWidget
{
    Q_OBJECT
public:
    explicit BadgesPage(const ConsoleContext& context, QWidget* parent = nullptr);

    QLineEdit* search() const { return m_search; }
    QTableView* badgeTable() const { return m_badgeView; }
    BadgeTableModel* badgeModel() const { return m_badgeModel; }
    AccessEventModel* eventModel() const { return m_eventModel; }
    IssueBadgePanel* issuePanel() const { return m_issue; }
    QLabel* feedback() const { return m_feedback; }
    QListWidget* alerts() const { return m_alerts; }
    QListWidget* onSite() const { return m_onSite; }
    QLineEdit* reason() const { return m_reason; }

    qint64 selectedBadgeId() const;
    void selectBadge(qint64 badgeId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildBadgeSide();
    QWidget* buildLogSide();
    void updateActions();
    void runAction(const QString& done, Status (BadgeStore::*action)(qint64, const QString&, const QString&));
    void showFeedback(const QString& text, bool error);
    void applyLogFilter();
    void fillFilters();
    void refreshOnSite();
    void addAlert(const QString& doorId, int attempts, const QString& text);

    ConsoleContext m_context;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showRevoked = nullptr;
    QTableView* m_badgeView = nullptr;
    BadgeTableModel* m_badgeModel = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_suspend = nullptr;
    QPushButton* m_reactivate = nullptr;
    QPushButton* m_lost = nullptr;
    QPushButton* m_revoke = nullptr;
    QPushButton* m_replace = nullptr;
    IssueBadgePanel* m_issue = nullptr;
    QLabel* m_feedback = nullptr;
    QComboBox* m_doorFilter = nullptr;
    QComboBox* m_memberFilter = nullptr;
    QCheckBox* m_deniedOnly = nullptr;
    QTableView* m_eventView = nullptr;
    AccessEventModel* m_eventModel = nullptr;
    QListWidget* m_alerts = nullptr;
    QLabel* m_onSiteTitle = nullptr;
    QListWidget* m_onSite = nullptr;
};

} // namespace atrium

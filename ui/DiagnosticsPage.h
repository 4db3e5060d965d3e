// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConsoleContext.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace atrium {

class AssignTopicDialog;
class RejectedPayloadsModel;
class UnmatchedTopicsModel;

// What the feed could not use: refused payloads (topic, reason, payload) and topics no sensor
// owns (with their last payload), each in a table refreshed once a second while the page is
// visible. An unmatched topic can be assigned to a room from here.
class DiagnosticsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosticsPage(const ConsoleContext& context, QWidget* parent = nullptr);

    QTableView* rejectedTable() const { return m_rejectedView; }
    QTableView* unmatchedTable() const { return m_unmatchedView; }
    QPushButton* assignButton() const { return m_assign; }
    AssignTopicDialog* assignDialog() const; // the open one, if any
    bool isRefreshing() const { return m_timer.isActive(); }

public Q_SLOTS:
    void refresh();
    void openAssignDialog();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateCounts();
    QString selectedUnmatchedTopic(QString* profile) const;

    ConsoleContext m_context;
    RejectedPayloadsModel* m_rejected = nullptr;
    UnmatchedTopicsModel* m_unmatched = nullptr;
    QTableView* m_rejectedView = nullptr;
    QTableView* m_unmatchedView = nullptr;
    QLabel* m_rejectedTitle = nullptr;
    QLabel* m_unmatchedTitle = nullptr;
    QPushButton* m_assign = nullptr;
    QPointer<AssignTopicDialog> m_dialog;
    QTimer m_timer;
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace atrium {

class EraseMemberDialog;
class MemberDialog;
class MemberStore;

// The members: search as you type (name, company or e-mail, accents ignored), add and edit,
// and the two GDPR requests: export what Atrium holds about a member to a JSON file, and
// erase it (with a confirmation and the reason, kept in the audit log).
class MembersPage : public QWidget
{
    Q_OBJECT
public:
    // `actor`: who the audit log names for the changes made here (the console's operator).
    explicit MembersPage(MemberStore& members, const QString& actor = QString(), QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QTableWidget* table() const { return m_table; }
    qint64 currentMember() const;
    void selectMember(qint64 memberId);
    MemberDialog* memberDialog() const;
    EraseMemberDialog* eraseDialog() const;
    QString message() const;

    // Writes MemberStore::exportPersonalData() as indented JSON.
    Status exportTo(qint64 memberId, const QString& path);

public Q_SLOTS:
    void refresh();
    void addMember();
    void editMember();
    void exportMember();
    void eraseMember();

private:
    void showMessage(const QString& text);
    void updateButtons();

    MemberStore& m_members;
    QString m_actor;
    QLineEdit* m_search = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_eraseButton = nullptr;
    QPointer<MemberDialog> m_dialog;
    QPointer<EraseMemberDialog> m_erase;
};

} // namespace atrium

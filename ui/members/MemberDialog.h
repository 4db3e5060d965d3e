// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/Member.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace atrium {

class MemberStore;

// Adds or edits a member. Each field's problem is shown right under that field (the name is
// required, the e-mail and phone must look like one) and nothing is saved until all are fine.
class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    // Who is recorded in the audit log for the desk's changes.
    static QString deskActor();

    MemberDialog(MemberStore& members, QWidget* parent = nullptr);

    // Who the audit log names for this change; deskActor() when empty.
    void setActor(const QString& actor) { m_actor = actor; }
    void prepareNew(const QString& name = QString());
    void prepareEdit(const Member& member);

    QLineEdit* nameField() const { return m_name; }
    QLineEdit* emailField() const { return m_email; }
    QLineEdit* phoneField() const { return m_phone; }
    // The error shown under a field ("name", "email", "phone"; "" for the whole form).
    QString fieldError(const QString& field) const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void memberSaved(const atrium::Member& member);

private:
    Member fromFields() const;
    bool checkFields();
    QLabel* errorLabel(const QString& field);

    MemberStore& m_members;
    QString m_actor;
    Member m_member;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_company = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_kind = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QHash<QString, QLabel*> m_errors;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/Member.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace atrium {

class MemberStore;

// Confirms a GDPR erasure: says what goes and what stays, asks for the reason (the request's
// reference, kept in the audit log) and only then erases.
class EraseMemberDialog : public QDialog
{
    Q_OBJECT
public:
    // `actor`: who the audit log names for the erasure.
    EraseMemberDialog(MemberStore& members, const Member& member, const QString& actor, QWidget* parent = nullptr);

    QLineEdit* reasonField() const { return m_reason; }
    QPushButton* eraseButton() const { return m_eraseButton; }
    QString error() const;

public Q_SLOTS:
    void accept() override;

private:
    MemberStore& m_members;
    Member m_member;
    QString m_actor;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_eraseButton = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace atrium

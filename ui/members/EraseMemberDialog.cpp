// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EraseMemberDialog.h"

#include "MemberDialog.h"
#include "people/MemberStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace atrium {

EraseMemberDialog::EraseMemberDialog(MemberStore& members, const Member& member, const QString& actor, QWidget* parent)
    : QDialog(parent), m_members(members), m_member(member),
      m_actor(actor.isEmpty() ? MemberDialog::deskActor() : actor)
{
    setObjectName(QStringLiteral("eraseMemberDialog"));
    setWindowTitle(tr("Erase member"));
    auto* what = new QLabel(
        tr("Erase %1?\n\nTheir name, company, e-mail, phone and notes are blanked; what other parts of Atrium "
           "hold about them (bookings, badges) is unlinked or blanked as docs/personal-data.md lists. Times and "
           "counts stay, without the name, for the figures. This cannot be undone: export their data first if "
           "they asked for a copy.")
            .arg(member.displayName()),
        this);
    what->setObjectName(QStringLiteral("eraseWhat"));
    what->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("eraseReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("e.g. request by e-mail of 12 March"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("eraseError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(this);
    m_eraseButton = buttons->addButton(tr("&Erase"), QDialogButtonBox::AcceptRole);
    m_eraseButton->setObjectName(QStringLiteral("confirmErase"));
    m_eraseButton->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel)->setDefault(true);
    auto* form = new QFormLayout;
    form->addRow(what);
    form->addRow(tr("&Reason:"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_reason, &QLineEdit::textChanged, m_eraseButton,
            [this](const QString& text) { m_eraseButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &EraseMemberDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EraseMemberDialog::reject);
    setMinimumWidth(460);
    m_reason->setFocus();
}

QString EraseMemberDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void EraseMemberDialog::accept()
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty())
        return;
    if (const Status s = m_members.erase(m_member.id, m_actor, reason); !s) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace atrium

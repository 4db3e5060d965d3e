// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberDialog.h"

#include "people/MemberStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace atrium {

QString MemberDialog::deskActor()
{
    //: who did it, as the audit log records a change made at the console
    return tr("front desk");
}

MemberDialog::MemberDialog(MemberStore& members, QWidget* parent) : QDialog(parent), m_members(members)
{
    setObjectName(QStringLiteral("memberDialog"));
    auto lineEdit = [this](const QString& objectName, const QString& accessible) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessible);
        return edit;
    };
    m_name = lineEdit(QStringLiteral("memberName"), tr("Name"));
    m_company = lineEdit(QStringLiteral("memberCompany"), tr("Company"));
    m_email = lineEdit(QStringLiteral("memberEmail"), tr("E-mail"));
    m_phone = lineEdit(QStringLiteral("memberPhone"), tr("Phone"));
    m_phone->setPlaceholderText(tr("+33 1 23 45 67 89"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("memberKind"));
    m_kind->setAccessibleName(tr("Kind"));
    for (MemberKind kind : {MemberKind::Freelancer, MemberKind::RemoteEmployee, MemberKind::Consultant,
                            MemberKind::CompanyTeam, MemberKind::Guest})
        m_kind->addItem(memberKindDisplayName(kind), int(kind));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("memberNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Only what the desk needs (no health or private details)"));
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 4);

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, QWidget* field, const QString& key) {
        auto* column = new QVBoxLayout;
        column->setSpacing(1);
        column->addWidget(field);
        if (!key.isEmpty())
            column->addWidget(errorLabel(key));
        auto* text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, column);
    };
    addRow(tr("&Name:"), m_name, QStringLiteral("name"));
    addRow(tr("&Company:"), m_company, QString());
    addRow(tr("&E-mail:"), m_email, QStringLiteral("email"));
    addRow(tr("&Phone:"), m_phone, QStringLiteral("phone"));
    addRow(tr("&Kind:"), m_kind, QString());
    addRow(tr("N&otes:"), m_notes, QString());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("memberButtons"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(errorLabel(QString()));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);
    // Errors go away as soon as the field is fixed.
    for (QLineEdit* edit : {m_name, m_email, m_phone})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            for (QLabel* label : std::as_const(m_errors)) {
                if (!label->isHidden())
                    return void(checkFields());
            }
        });
    setMinimumWidth(420);
    prepareNew();
}

QLabel* MemberDialog::errorLabel(const QString& field)
{
    auto* label = new QLabel(this);
    label->setObjectName(field.isEmpty() ? QStringLiteral("memberError") : field + QStringLiteral("Error"));
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, QColor(0xa6, 0x1b, 0x00)); // dark red: 7:1 on white
    label->setPalette(pal);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

QString MemberDialog::fieldError(const QString& field) const
{
    const QLabel* label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void MemberDialog::prepareNew(const QString& name)
{
    setWindowTitle(tr("New member"));
    m_member = Member();
    m_name->setText(name);
    m_company->clear();
    m_email->clear();
    m_phone->clear();
    m_kind->setCurrentIndex(0);
    m_notes->clear();
    for (QLabel* label : std::as_const(m_errors))
        label->hide();
    m_name->setFocus();
}

void MemberDialog::prepareEdit(const Member& member)
{
    setWindowTitle(tr("Edit member"));
    m_member = member;
    m_name->setText(member.name);
    m_company->setText(member.company);
    m_email->setText(member.email);
    m_phone->setText(member.phone);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(member.kind))));
    m_notes->setPlainText(member.notes);
    for (QLabel* label : std::as_const(m_errors))
        label->hide();
}

Member MemberDialog::fromFields() const
{
    Member m = m_member;
    m.name = m_name->text().trimmed();
    m.company = m_company->text().trimmed();
    m.email = m_email->text().trimmed();
    m.phone = m_phone->text().trimmed();
    m.kind = MemberKind(m_kind->currentData().toInt());
    m.notes = m_notes->toPlainText().trimmed();
    return m;
}

bool MemberDialog::checkFields()
{
    // MemberStore::validate stops at the first problem; asking about one field at a time (the
    // others left valid) shows every problem next to its own field.
    const Member all = fromFields();
    auto probe = [&](const QString& field) {
        Member m;
        m.name = field == QLatin1String("name") ? all.name : QStringLiteral("x");
        if (field == QLatin1String("email"))
            m.email = all.email;
        if (field == QLatin1String("phone"))
            m.phone = all.phone;
        const Status s = MemberStore::validate(m);
        QLabel* label = m_errors.value(field);
        label->setText(s.error());
        label->setVisible(!s.ok());
        return s.ok();
    };
    bool ok = true;
    QLineEdit* firstBad = nullptr;
    for (auto [field, edit] : {std::pair{QStringLiteral("name"), m_name}, std::pair{QStringLiteral("email"), m_email},
                               std::pair{QStringLiteral("phone"), m_phone}}) {
        if (!probe(field)) {
            ok = false;
            if (!firstBad)
                firstBad = edit;
        }
    }
    if (firstBad && !firstBad->hasFocus() && !m_name->hasFocus() && !m_email->hasFocus() && !m_phone->hasFocus())
        firstBad->setFocus();
    return ok;
}

void MemberDialog::accept()
{
    m_errors.value(QString())->hide();
    if (!checkFields())
        return;
    Member m = fromFields();
    const QString actor = m_actor.isEmpty() ? deskActor() : m_actor;
    if (m.id == 0) {
        Result<Member> added = m_members.add(m, actor);
        if (!added) {
            m_errors.value(QString())->setText(added.error());
            m_errors.value(QString())->show();
            return;
        }
        m = added.value();
    } else if (Status s = m_members.update(m, actor); !s) {
        m_errors.value(QString())->setText(s.error());
        m_errors.value(QString())->show();
        return;
    }
    Q_EMIT memberSaved(m);
    QDialog::accept();
}

} // namespace atrium

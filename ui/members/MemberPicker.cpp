// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberPicker.h"

#include "MemberDialog.h"
#include "people/MemberStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace atrium {

namespace {
constexpr int kMatchLimit = 20;
}

MemberPicker::MemberPicker(MemberStore* members, QWidget* parent) : QWidget(parent), m_members(members)
{
    setObjectName(QStringLiteral("memberPicker"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setAccessibleName(tr("Find a member"));
    m_search->setPlaceholderText(tr("Type a name, company or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_new = new QPushButton(tr("&New member…"), this);
    m_new->setObjectName(QStringLiteral("newMember"));
    m_new->setAccessibleName(tr("New member"));
    m_new->setEnabled(m_members != nullptr);
    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("memberMatches"));
    m_matches->setAccessibleName(tr("Matching members"));
    m_matches->setMaximumHeight(m_matches->fontMetrics().height() * 5);
    m_matches->hide();
    m_chosen = new QLabel(this);
    m_chosen->setObjectName(QStringLiteral("chosenMember"));
    m_chosen->setForegroundRole(QPalette::PlaceholderText);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_search, 1);
    row->addWidget(m_new);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_matches);
    layout->addWidget(m_chosen);
    setFocusProxy(m_search);
    setTabOrder(m_search, m_matches);
    setTabOrder(m_matches, m_new);

    connect(m_search, &QLineEdit::textEdited, this, &MemberPicker::search);
    connect(m_matches, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { choose(m_matches->row(item)); });
    connect(m_matches, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { choose(m_matches->row(item)); });
    connect(m_new, &QPushButton::clicked, this, &MemberPicker::addMember);
    setMember(0, QString());
}

void MemberPicker::setMember(qint64 memberId, const QString& displayName)
{
    m_memberId = memberId;
    m_search->setText(memberId ? displayName : QString());
    m_matches->hide();
    m_chosen->setText(memberId ? QString() : tr("No member chosen"));
    m_chosen->setVisible(memberId == 0);
    Q_EMIT memberChanged(memberId);
}

QString MemberPicker::memberName() const
{
    return m_memberId ? m_search->text() : QString();
}

void MemberPicker::search(const QString& text)
{
    if (m_memberId) {
        // Typing again drops the choice until a member is chosen anew.
        m_memberId = 0;
        m_chosen->setText(tr("No member chosen"));
        m_chosen->show();
        Q_EMIT memberChanged(0);
    }
    m_matches->clear();
    if (!m_members || text.trimmed().isEmpty()) {
        m_matches->hide();
        return;
    }
    for (const Member& m : m_members->search(text, kMatchLimit)) {
        auto* item =
            new QListWidgetItem(m.email.isEmpty() ? m.displayName() : tr("%1 — %2").arg(m.displayName(), m.email));
        item->setData(Qt::UserRole, m.id);
        item->setData(Qt::UserRole + 1, m.displayName());
        m_matches->addItem(item);
    }
    if (m_matches->count() == 0) {
        m_chosen->setText(tr("No member matches “%1”. Use New member… to add one.").arg(text.trimmed()));
        m_matches->hide();
        return;
    }
    m_matches->setCurrentRow(0);
    m_matches->show();
}

void MemberPicker::choose(int row)
{
    QListWidgetItem* item = m_matches->item(row);
    if (!item)
        return;
    setMember(item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toString());
    m_search->setFocus();
}

bool MemberPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress && m_matches->isVisible()) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down) {
            m_matches->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Enter in the field takes the first match rather than closing the dialog.
            choose(std::max(0, m_matches->currentRow()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MemberPicker::addMember()
{
    if (!m_members)
        return;
    auto* dialog = new MemberDialog(*m_members, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setActor(m_actor);
    dialog->prepareNew(m_search->text().trimmed());
    connect(dialog, &MemberDialog::memberSaved, this,
            [this](const Member& member) { setMember(member.id, member.displayName()); });
    dialog->open();
}

} // namespace atrium

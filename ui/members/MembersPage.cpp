// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MembersPage.h"

#include "EraseMemberDialog.h"
#include "MemberDialog.h"
#include "people/MemberStore.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atrium {

MembersPage::MembersPage(MemberStore& members, const QString& actor, QWidget* parent)
    : QWidget(parent), m_members(members), m_actor(actor)
{
    setObjectName(QStringLiteral("membersPage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("membersSearch"));
    m_search->setAccessibleName(tr("Search members"));
    m_search->setPlaceholderText(tr("Name, company or e-mail"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("membersCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setAccessibleName(tr("Members"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Company"), tr("E-mail"), tr("Phone"), tr("Kind")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addMember"));
    m_add->setAccessibleName(tr("Add a member"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editMember"));
    m_edit->setAccessibleName(tr("Edit the member"));
    m_export = new QPushButton(tr("E&xport data…"), this);
    m_export->setObjectName(QStringLiteral("exportMember"));
    m_export->setAccessibleName(tr("Export the member's data"));
    m_export->setToolTip(tr("Everything Atrium holds about the member, as a JSON file (GDPR access request)"));
    m_eraseButton = new QPushButton(tr("E&rase…"), this);
    m_eraseButton->setObjectName(QStringLiteral("eraseMember"));
    m_eraseButton->setAccessibleName(tr("Erase the member"));
    m_eraseButton->setToolTip(tr("Blank the member's personal data (GDPR erasure request)"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("membersMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* bar = new QHBoxLayout;
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_edit);
    actions->addStretch(1);
    actions->addWidget(m_export);
    actions->addWidget(m_eraseButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_export);
    setTabOrder(m_export, m_eraseButton);

    connect(m_search, &QLineEdit::textChanged, this, &MembersPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MembersPage::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &MembersPage::editMember);
    connect(m_add, &QPushButton::clicked, this, &MembersPage::addMember);
    connect(m_edit, &QPushButton::clicked, this, &MembersPage::editMember);
    connect(m_export, &QPushButton::clicked, this, &MembersPage::exportMember);
    connect(m_eraseButton, &QPushButton::clicked, this, &MembersPage::eraseMember);
    connect(&m_members, &MemberStore::membersChanged, this, &MembersPage::refresh);
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    refresh();
}

void MembersPage::refresh()
{
    const qint64 keep = currentMember();
    const std::vector<Member> found = m_members.search(m_search->text(), 500);
    m_table->setRowCount(int(found.size()));
    for (int row = 0; row < int(found.size()); ++row) {
        const Member& m = found[size_t(row)];
        const QStringList cells{m.name, m.company, m.email, m.phone, memberKindDisplayName(m.kind)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setData(Qt::UserRole, m.id);
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    //: how many members the search shows
    m_count->setText(tr("%n member(s)", nullptr, int(found.size())));
    selectMember(keep);
    if (currentMember() == 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

MemberDialog* MembersPage::memberDialog() const
{
    return m_dialog;
}

EraseMemberDialog* MembersPage::eraseDialog() const
{
    return m_erase;
}

qint64 MembersPage::currentMember() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toLongLong();
}

void MembersPage::selectMember(qint64 memberId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == memberId && memberId != 0) {
            m_table->selectRow(row);
            return;
        }
    }
}

void MembersPage::updateButtons()
{
    const bool chosen = currentMember() != 0;
    for (QPushButton* b : {m_edit, m_export, m_eraseButton})
        b->setEnabled(chosen);
}

QString MembersPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void MembersPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void MembersPage::addMember()
{
    m_dialog = new MemberDialog(m_members, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setActor(m_actor);
    m_dialog->prepareNew(m_search->text().trimmed());
    connect(m_dialog, &MemberDialog::memberSaved, this, [this](const Member& m) {
        m_search->clear();
        refresh();
        selectMember(m.id);
        showMessage(tr("Added %1.").arg(m.displayName()));
    });
    m_dialog->open();
}

void MembersPage::editMember()
{
    const auto member = m_members.member(currentMember());
    if (!member)
        return;
    m_dialog = new MemberDialog(m_members, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setActor(m_actor);
    m_dialog->prepareEdit(*member);
    connect(m_dialog, &MemberDialog::memberSaved, this,
            [this](const Member& m) { showMessage(tr("Saved %1.").arg(m.displayName())); });
    m_dialog->open();
}

Status MembersPage::exportTo(qint64 memberId, const QString& path)
{
    const QJsonObject data = m_members.exportPersonalData(memberId);
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(data).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::success();
}

void MembersPage::exportMember()
{
    const auto member = m_members.member(currentMember());
    if (!member)
        return;
    const QString suggested = QStringLiteral("member-%1.json").arg(member->id);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the member's data"), suggested, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const Status s = exportTo(member->id, path);
    showMessage(s ? tr("Saved %1's data to %2.").arg(member->displayName(), QDir::toNativeSeparators(path))
                  : s.error());
}

void MembersPage::eraseMember()
{
    const auto member = m_members.member(currentMember());
    if (!member)
        return;
    m_erase = new EraseMemberDialog(m_members, *member, m_actor, this);
    m_erase->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_erase, &QDialog::accepted, this, [this] { showMessage(tr("Erased. The audit log keeps the reason.")); });
    m_erase->open();
}

} // namespace atrium

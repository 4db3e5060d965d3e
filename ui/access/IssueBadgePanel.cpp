// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/IssueBadgePanel.h"

#include "access/BadgeStore.h"
#include "access/DoorService.h"
#include "access/ReaderFormat.h"
#include "people/MemberStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>

namespace atrium {

IssueBadgePanel::IssueBadgePanel(BadgeStore& badges, DoorService* doors, const MemberStore* members,
                                 QString operatorName, QWidget* parent)
    : QGroupBox(parent), m_badges(badges), m_doors(doors), m_members(members), m_operator(std::move(operatorName))
{
    setObjectName(QStringLiteral("issueBadgePanel"));
    auto* form = new QFormLayout(this);

    m_memberSearch = new QLineEdit(this);
    m_memberSearch->setObjectName(QStringLiteral("issueMemberSearch"));
    //: placeholder of the member search in the issue-badge form
    m_memberSearch->setPlaceholderText(tr("Type a name, company or e-mail"));
    m_memberSearch->setAccessibleName(tr("Member search"));
    m_memberList = new QListWidget(this);
    m_memberList->setObjectName(QStringLiteral("issueMemberList"));
    m_memberList->setAccessibleName(tr("Matching members"));
    m_memberList->setMaximumHeight(96);
    auto* memberLabel = new QLabel(tr("Memb&er:"), this);
    memberLabel->setBuddy(m_memberSearch);
    form->addRow(memberLabel, m_memberSearch);
    form->addRow(QString(), m_memberList);
    connect(m_memberSearch, &QLineEdit::textChanged, this, &IssueBadgePanel::fillMembers);
    // Down from the search goes to the matches, as in any search box.
    m_memberSearch->installEventFilter(this);

    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("issueGroup"));
    m_group->setAccessibleName(tr("Access group"));
    auto* groupLabel = new QLabel(tr("Access gro&up:"), this);
    groupLabel->setBuddy(m_group);
    form->addRow(groupLabel, m_group);

    auto* dates = new QHBoxLayout;
    m_noEnd = new QCheckBox(tr("No end date"), this);
    m_noEnd->setObjectName(QStringLiteral("issueNoEnd"));
    m_noEnd->setChecked(true);
    m_validUntil = new QDateEdit(this);
    m_validUntil->setObjectName(QStringLiteral("issueValidUntil"));
    m_validUntil->setAccessibleName(tr("Valid until"));
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setEnabled(false);
    connect(m_noEnd, &QCheckBox::toggled, m_validUntil, [this](bool noEnd) { m_validUntil->setEnabled(!noEnd); });
    dates->addWidget(m_noEnd);
    dates->addWidget(m_validUntil, 1);
    auto* untilLabel = new QLabel(tr("Valid until:"), this);
    untilLabel->setBuddy(m_noEnd);
    form->addRow(untilLabel, dates);

    m_uid = new QLineEdit(this);
    m_uid->setObjectName(QStringLiteral("issueUid"));
    m_uid->setAccessibleName(tr("Badge number"));
    m_uid->setPlaceholderText(tr("Show the badge to the desk reader, or type its number"));
    connect(m_uid, &QLineEdit::textEdited, this, [this] { m_readerFormat.clear(); });
    auto* uidLabel = new QLabel(tr("&Card number:"), this);
    uidLabel->setBuddy(m_uid);
    form->addRow(uidLabel, m_uid);
    m_readerHint = new QLabel(this);
    m_readerHint->setObjectName(QStringLiteral("issueReaderHint"));
    m_readerHint->setWordWrap(true);
    form->addRow(QString(), m_readerHint);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("issueMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #B01E1E;"));
    form->addRow(m_message);

    auto* buttons = new QHBoxLayout;
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("issueConfirm"));
    m_confirm->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("issueCancel"));
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);
    form->addRow(buttons);
    connect(m_confirm, &QPushButton::clicked, this, &IssueBadgePanel::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &IssueBadgePanel::cancel);
    connect(m_uid, &QLineEdit::returnPressed, this, &IssueBadgePanel::confirm);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &IssueBadgePanel::cancel);

    if (m_doors)
        connect(m_doors, &DoorService::deskBadgePresented, this, &IssueBadgePanel::onDeskBadge);
    connect(&m_badges, &BadgeStore::accessChanged, this, &IssueBadgePanel::fillGroups);
    hide();
}

void IssueBadgePanel::fillMembers()
{
    m_memberList->clear();
    if (!m_members)
        return;
    for (const Member& m : m_members->search(m_memberSearch->text(), 20)) {
        auto* item = new QListWidgetItem(m.displayName(), m_memberList);
        item->setData(Qt::UserRole, m.id);
    }
    if (m_memberList->count() > 0)
        m_memberList->setCurrentRow(0);
}

void IssueBadgePanel::fillGroups()
{
    const QVariant current = m_group->currentData();
    m_group->clear();
    for (const AccessGroup& g : m_badges.data().groups)
        m_group->addItem(g.name, g.id);
    //: access group choice: the badge opens no door until a group is set
    m_group->addItem(tr("No group (opens nothing)"), QVariant());
    // Keep the person's choice across a refresh; a new form starts on the first group, not on
    // "No group" (a badge that opens nothing is rarely what the desk wants).
    const int index = current.isValid() ? m_group->findData(current) : -1;
    m_group->setCurrentIndex(index >= 0 ? index : 0);
}

void IssueBadgePanel::startIssue()
{
    m_replacing = 0;
    setTitle(tr("Issue a badge"));
    m_confirm->setText(tr("&Issue badge"));
    m_memberSearch->setEnabled(true);
    m_memberList->setEnabled(true);
    m_group->setEnabled(true);
    m_noEnd->setEnabled(true);
    m_memberSearch->clear();
    m_uid->clear();
    m_message->clear();
    m_readerFormat.clear();
    m_noEnd->setChecked(true);
    m_validUntil->setDate(m_badges.today().addYears(1));
    fillMembers();
    m_group->clear();
    fillGroups();
    if (m_doors)
        m_doors->armDeskReader();
    m_readerHint->setText(m_doors ? tr("Waiting for a badge at the desk reader…")
                                  : tr("No desk reader: type the number."));
    show();
    m_memberSearch->setFocus();
}

void IssueBadgePanel::startReplace(qint64 oldBadgeId)
{
    const auto old = m_badges.badge(oldBadgeId);
    if (!old)
        return;
    startIssue();
    m_replacing = oldBadgeId;
    setTitle(tr("Replace badge %1 of %2").arg(old->uid, m_badges.holderName(*old)));
    m_confirm->setText(tr("&Issue the new badge"));
    m_memberSearch->setText(m_badges.holderName(*old));
    m_memberSearch->setEnabled(false);
    m_memberList->setEnabled(false);
    m_group->setEnabled(false);
    m_noEnd->setEnabled(false);
    m_validUntil->setEnabled(false);
    m_uid->setFocus();
}

void IssueBadgePanel::setReasonField(QLineEdit* reason)
{
    m_reason = reason;
}

void IssueBadgePanel::cancel()
{
    if (m_doors)
        m_doors->disarmDeskReader();
    hide();
    Q_EMIT closed();
}

void IssueBadgePanel::onDeskBadge(const QString& uid, const QString& readerFormat, const QString& knownAs)
{
    if (!isVisible())
        return;
    if (!knownAs.isEmpty()) {
        showError(tr("Badge %1 is already %2. Show another badge.").arg(uid, knownAs));
        if (m_doors)
            m_doors->armDeskReader();
        return;
    }
    m_uid->setText(uid);
    m_readerFormat = readerFormat;
    m_message->clear();
    m_readerHint->setText(tr("Badge read at the desk reader."));
    m_confirm->setFocus();
}

void IssueBadgePanel::showError(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
}

void IssueBadgePanel::confirm()
{
    const QString reason = m_reason ? m_reason->text().trimmed() : QString();
    if (m_replacing) {
        auto replaced = m_badges.replace(m_replacing, m_uid->text(), m_readerFormat, m_operator, reason);
        if (!replaced)
            return showError(replaced.error());
        hide();
        if (m_doors)
            m_doors->disarmDeskReader();
        Q_EMIT done(
            replaced->id,
            tr("Badge replaced: %1 is now %2's badge.").arg(replaced->uid, m_badges.holderName(replaced.value())));
        return;
    }
    const QListWidgetItem* member = m_memberList->currentItem();
    if (!member)
        return showError(tr("Choose the member who receives the badge."));
    BadgeStore::IssueRequest request;
    request.memberId = member->data(Qt::UserRole).toLongLong();
    request.uid = m_uid->text();
    request.readerFormat = m_readerFormat;
    if (m_group->currentData().isValid())
        request.groupId = m_group->currentData().toLongLong();
    if (!m_noEnd->isChecked())
        request.validUntil = m_validUntil->date();
    if (request.uid.trimmed().isEmpty())
        return showError(tr("Show the badge to the desk reader or type its number."));
    auto issued = m_badges.issue(request, m_operator, reason);
    if (!issued)
        return showError(issued.error());
    hide();
    if (m_doors)
        m_doors->disarmDeskReader();
    Q_EMIT done(issued->id, tr("Badge %1 issued to %2.").arg(issued->uid, m_badges.holderName(issued.value())));
}

bool IssueBadgePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_memberSearch && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_memberList->count() > 0) {
            const int row =
                qBound(0, m_memberList->currentRow() + (key == Qt::Key_Down ? 1 : -1), m_memberList->count() - 1);
            m_memberList->setCurrentRow(row);
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

} // namespace atrium

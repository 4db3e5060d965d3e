// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/BadgesPage.h"

#include "access/AccessEventLog.h"
#include "access/AccessEventModel.h"
#include "access/BadgeStore.h"
#include "access/BadgeTableModel.h"
#include "access/DoorService.h"
#include "access/IssueBadgePanel.h"
#include "core/Clock.h"
#include "people/MemberStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace atrium {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName,
                      QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setWordWrap(false);
    return view;
}

QPushButton* makeButton(const QString& text, const QString& objectName, const QString& tip, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setToolTip(tip);
    return b;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

BadgesPage::BadgesPage(const ConsoleContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("badgesPage"));
    auto* layout = new QVBoxLayout(this);
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("badgesFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->hide();
    layout->addWidget(m_feedback);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("badgesSplitter"));
    splitter->addWidget(buildBadgeSide());
    splitter->addWidget(buildLogSide());
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 6);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    updateActions();
}

QWidget* BadgesPage::buildBadgeSide()
{
    auto* side = new QWidget(this);
    auto* v = new QVBoxLayout(side);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(heading(tr("Badges"), side));

    auto* searchRow = new QHBoxLayout;
    m_search = new QLineEdit(side);
    m_search->setObjectName(QStringLiteral("badgeSearch"));
    m_search->setAccessibleName(tr("Search badges"));
    m_search->setPlaceholderText(tr("Name, company or badge number"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    auto* searchLabel = new QLabel(tr("Searc&h:"), side);
    searchLabel->setBuddy(m_search);
    m_showRevoked = new QCheckBox(tr("Show revo&ked"), side);
    m_showRevoked->setObjectName(QStringLiteral("showRevoked"));
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_showRevoked);
    v->addLayout(searchRow);

    m_badgeModel = new BadgeTableModel(*m_context.badges, this);
    m_badgeView = makeTable(m_badgeModel, QStringLiteral("badgeTable"), tr("Badges"), side);
    // The holder's name takes the room; the other columns are short.
    m_badgeView->horizontalHeader()->setStretchLastSection(false);
    m_badgeView->horizontalHeader()->setSectionResizeMode(BadgeTableModel::HolderColumn, QHeaderView::Stretch);
    v->addWidget(m_badgeView, 1);
    connect(m_search, &QLineEdit::textChanged, m_badgeModel, &BadgeTableModel::setSearch);
    connect(m_showRevoked, &QCheckBox::toggled, m_badgeModel, &BadgeTableModel::setShowRevoked);
    connect(m_badgeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BadgesPage::updateActions);
    connect(m_badgeModel, &QAbstractItemModel::modelReset, this, &BadgesPage::updateActions);

    auto* reasonRow = new QHBoxLayout;
    m_reason = new QLineEdit(side);
    m_reason->setObjectName(QStringLiteral("badgeActionReason"));
    m_reason->setAccessibleName(tr("Why, for the audit log"));
    m_reason->setPlaceholderText(tr("Why? Kept in the audit log"));
    auto* reasonLabel = new QLabel(tr("&Why:"), side);
    reasonLabel->setBuddy(m_reason);
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    v->addLayout(reasonRow);

    auto* actions = new QHBoxLayout;
    m_new = makeButton(tr("&New badge…"), QStringLiteral("newBadgeButton"),
                       tr("Issue a badge: the next unknown badge shown to the desk reader is used"), side);
    m_suspend = makeButton(tr("&Suspend"), QStringLiteral("suspendBadgeButton"),
                           tr("The badge stops opening doors until it is reactivated"), side);
    m_reactivate = makeButton(tr("Reac&tivate"), QStringLiteral("reactivateBadgeButton"),
                              tr("A suspended or lost badge opens doors again"), side);
    m_lost = makeButton(tr("Report &lost"), QStringLiteral("lostBadgeButton"),
                        tr("The badge stops opening doors and is marked lost"), side);
    m_revoke =
        makeButton(tr("Re&voke"), QStringLiteral("revokeBadgeButton"), tr("The badge never opens a door again"), side);
    m_replace = makeButton(tr("Re&place…"), QStringLiteral("replaceBadgeButton"),
                           tr("Revoke this badge and give the member a new one, in one step"), side);
    for (QPushButton* b : {m_new, m_suspend, m_reactivate, m_lost, m_revoke, m_replace})
        actions->addWidget(b);
    actions->addStretch();
    v->addLayout(actions);

    m_issue = new IssueBadgePanel(*m_context.badges, m_context.doors, m_context.members, m_context.operatorName, side);
    m_issue->setReasonField(m_reason);
    v->addWidget(m_issue);

    connect(m_new, &QPushButton::clicked, m_issue, &IssueBadgePanel::startIssue);
    connect(m_replace, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedBadgeId())
            m_issue->startReplace(id);
    });
    connect(m_suspend, &QPushButton::clicked, this,
            [this] { runAction(tr("Badge %1 suspended."), &BadgeStore::suspend); });
    connect(m_reactivate, &QPushButton::clicked, this,
            [this] { runAction(tr("Badge %1 reactivated."), &BadgeStore::reactivate); });
    connect(m_lost, &QPushButton::clicked, this,
            [this] { runAction(tr("Badge %1 reported lost."), &BadgeStore::reportLost); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { runAction(tr("Badge %1 revoked."), &BadgeStore::revoke); });
    connect(m_issue, &IssueBadgePanel::done, this, [this](qint64 badgeId, const QString& message) {
        showFeedback(message, false);
        m_reason->clear();
        selectBadge(badgeId);
        m_badgeView->setFocus();
    });
    connect(m_issue, &IssueBadgePanel::closed, this, [this] { m_badgeView->setFocus(); });
    return side;
}

QWidget* BadgesPage::buildLogSide()
{
    auto* side = new QWidget(this);
    auto* v = new QVBoxLayout(side);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(heading(tr("Access log"), side));

    auto* filters = new QHBoxLayout;
    m_doorFilter = new QComboBox(side);
    m_doorFilter->setObjectName(QStringLiteral("logDoorFilter"));
    m_doorFilter->setAccessibleName(tr("Show the door"));
    auto* doorLabel = new QLabel(tr("Do&or:"), side);
    doorLabel->setBuddy(m_doorFilter);
    m_memberFilter = new QComboBox(side);
    m_memberFilter->setObjectName(QStringLiteral("logMemberFilter"));
    m_memberFilter->setAccessibleName(tr("Show the member"));
    auto* memberLabel = new QLabel(tr("Pe&rson:"), side);
    memberLabel->setBuddy(m_memberFilter);
    m_deniedOnly = new QCheckBox(tr("Refused onl&y"), side);
    m_deniedOnly->setObjectName(QStringLiteral("logDeniedOnly"));
    filters->addWidget(doorLabel);
    filters->addWidget(m_doorFilter, 1);
    filters->addWidget(memberLabel);
    filters->addWidget(m_memberFilter, 1);
    filters->addWidget(m_deniedOnly);
    v->addLayout(filters);

    m_eventModel = new AccessEventModel(*m_context.accessLog, *m_context.badges, this);
    m_eventModel->follow(m_context.doors);
    m_eventView = makeTable(m_eventModel, QStringLiteral("accessLogTable"), tr("Access log"), side);
    v->addWidget(m_eventView, 3);
    fillFilters();
    connect(m_context.badges, &BadgeStore::badgesChanged, this, &BadgesPage::fillFilters);
    connect(m_doorFilter, &QComboBox::currentIndexChanged, this, &BadgesPage::applyLogFilter);
    connect(m_memberFilter, &QComboBox::currentIndexChanged, this, &BadgesPage::applyLogFilter);
    connect(m_deniedOnly, &QCheckBox::toggled, this, &BadgesPage::applyLogFilter);

    v->addWidget(heading(tr("Alerts"), side));
    m_alerts = new QListWidget(side);
    m_alerts->setObjectName(QStringLiteral("accessAlerts"));
    m_alerts->setAccessibleName(tr("Alerts"));
    m_alerts->setMaximumHeight(90);
    //: shown in the alert list while there is no alert
    m_alerts->addItem(tr("No alert."));
    v->addWidget(m_alerts);

    m_onSiteTitle = heading(tr("On site today"), side);
    m_onSite = new QListWidget(side);
    m_onSite->setObjectName(QStringLiteral("onSiteList"));
    m_onSite->setAccessibleName(tr("On site today"));
    v->addWidget(m_onSiteTitle);
    v->addWidget(m_onSite, 1);
    const bool onSite = m_context.badges->onSiteListEnabled();
    m_onSiteTitle->setVisible(onSite);
    m_onSite->setVisible(onSite);
    if (m_context.doors) {
        connect(m_context.doors, &DoorService::deniedAlert, this, &BadgesPage::addAlert);
        if (onSite)
            connect(m_context.doors, &DoorService::eventRecorded, this, &BadgesPage::refreshOnSite);
    }
    refreshOnSite();
    return side;
}

void BadgesPage::fillFilters()
{
    const QVariant door = m_doorFilter->currentData();
    const QVariant member = m_memberFilter->currentData();
    const QSignalBlocker b1(m_doorFilter);
    const QSignalBlocker b2(m_memberFilter);
    m_doorFilter->clear();
    m_doorFilter->addItem(tr("All doors"), QString());
    for (const Door& d : m_context.badges->data().doors) {
        if (!d.isDeskReader)
            m_doorFilter->addItem(d.name, d.id);
    }
    m_memberFilter->clear();
    m_memberFilter->addItem(tr("Everyone"), QVariant());
    QList<qint64> seen;
    for (const Badge& b : m_context.badges->data().badges) {
        if (b.memberId && !seen.contains(*b.memberId)) {
            seen << *b.memberId;
            m_memberFilter->addItem(m_context.badges->holderName(b), *b.memberId);
        }
    }
    m_doorFilter->setCurrentIndex(qMax(0, m_doorFilter->findData(door)));
    m_memberFilter->setCurrentIndex(qMax(0, m_memberFilter->findData(member)));
}

void BadgesPage::applyLogFilter()
{
    AccessEventFilter f;
    f.doorId = m_doorFilter->currentData().toString();
    if (m_memberFilter->currentData().isValid())
        f.memberId = m_memberFilter->currentData().toLongLong();
    f.deniedOnly = m_deniedOnly->isChecked();
    m_eventModel->setFilter(f);
}

qint64 BadgesPage::selectedBadgeId() const
{
    const QModelIndex current = m_badgeView->selectionModel()->currentIndex();
    return current.isValid() ? m_badgeModel->badgeIdAt(current.row()) : 0;
}

void BadgesPage::selectBadge(qint64 badgeId)
{
    int row = m_badgeModel->rowOf(badgeId);
    if (row < 0 && !m_search->text().isEmpty()) {
        m_search->clear();
        row = m_badgeModel->rowOf(badgeId);
    }
    if (row >= 0)
        m_badgeView->selectionModel()->setCurrentIndex(m_badgeModel->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateActions();
}

void BadgesPage::updateActions()
{
    const auto badge = m_context.badges->badge(selectedBadgeId());
    const BadgeStatus s = badge ? badge->effectiveStatus(m_context.badges->today()) : BadgeStatus::Revoked;
    m_suspend->setEnabled(badge && s == BadgeStatus::Active);
    m_reactivate->setEnabled(badge && (s == BadgeStatus::Suspended || s == BadgeStatus::Lost));
    m_lost->setEnabled(badge && (s == BadgeStatus::Active || s == BadgeStatus::Suspended));
    m_revoke->setEnabled(badge && s != BadgeStatus::Revoked);
    m_replace->setEnabled(badge && s != BadgeStatus::Revoked && badge->memberId.has_value());
}

void BadgesPage::runAction(const QString& done, Status (BadgeStore::*action)(qint64, const QString&, const QString&))
{
    const qint64 id = selectedBadgeId();
    const auto badge = m_context.badges->badge(id);
    if (!badge)
        return showFeedback(tr("Choose a badge in the list first."), true);
    const Status result = (m_context.badges->*action)(id, m_context.operatorName, m_reason->text().trimmed());
    if (!result)
        return showFeedback(result.error(), true);
    m_reason->clear();
    showFeedback(done.arg(badge->uid), false);
    selectBadge(id);
    m_badgeView->setFocus();
}

void BadgesPage::showFeedback(const QString& text, bool error)
{
    m_feedback->setText(text);
    m_feedback->setAccessibleName(text);
    m_feedback->setStyleSheet(error ? QStringLiteral("color: #B01E1E; font-weight: bold;") : QString());
    m_feedback->show();
}

void BadgesPage::addAlert(const QString& doorId, int attempts, const QString& text)
{
    Q_UNUSED(doorId)
    Q_UNUSED(attempts)
    if (m_alerts->count() == 1 && m_alerts->item(0)->data(Qt::UserRole).isNull())
        m_alerts->clear();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(m_context.clock->nowMs(), m_context.badges->timeZone());
    auto* item = new QListWidgetItem(local.time().toString(QStringLiteral("HH:mm")) + QStringLiteral("  ") + text);
    item->setData(Qt::UserRole, doorId);
    m_alerts->insertItem(0, item);
}

void BadgesPage::refreshOnSite()
{
    if (!m_onSite->isVisibleTo(this) && !m_context.badges->onSiteListEnabled())
        return;
    const QDate today = m_context.badges->today();
    const qint64 from = QDateTime(today, QTime(0, 0), m_context.badges->timeZone()).toMSecsSinceEpoch();
    m_onSite->clear();
    for (const OnSitePerson& p : m_context.accessLog->onSiteSince(from)) {
        const auto member = m_context.members ? m_context.members->member(p.memberId) : std::nullopt;
        const QTime first = QDateTime::fromMSecsSinceEpoch(p.firstMs, m_context.badges->timeZone()).time();
        m_onSite->addItem(tr("%1, since %2")
                              .arg(member ? member->displayName() : tr("member #%1").arg(p.memberId),
                                   first.toString(QStringLiteral("HH:mm"))));
    }
}

bool BadgesPage::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the search box goes into the list, as in any search field.
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_badgeModel->rowCount() > 0) {
        m_badgeView->setFocus();
        if (!m_badgeView->selectionModel()->currentIndex().isValid())
            selectBadge(m_badgeModel->badgeIdAt(0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace atrium

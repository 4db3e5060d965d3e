// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticsPage.h"

#include "AssignTopicDialog.h"
#include "feeds/RejectedPayloadsModel.h"
#include "feeds/UnmatchedTopicsModel.h"
#include "site/Site.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
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
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

QLabel* makeTitle(QWidget* buddy, QWidget* parent)
{
    auto* title = new QLabel(parent);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBuddy(buddy);
    return title;
}

} // namespace

DiagnosticsPage::DiagnosticsPage(const ConsoleContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("diagnosticsPage"));
    m_rejected = new RejectedPayloadsModel(*m_context.diagnostics, this);
    m_unmatched = new UnmatchedTopicsModel(*m_context.diagnostics, this);
    if (m_context.site) {
        m_rejected->setTimeZone(m_context.site->timeZone);
        m_unmatched->setTimeZone(m_context.site->timeZone);
    }

    m_rejectedView = makeTable(m_rejected, QStringLiteral("rejectedTable"), tr("Refused payloads"), this);
    m_unmatchedView = makeTable(m_unmatched, QStringLiteral("unmatchedTable"), tr("Topics without a room"), this);
    m_rejectedTitle = makeTitle(m_rejectedView, this);
    m_unmatchedTitle = makeTitle(m_unmatchedView, this);

    m_assign = new QPushButton(tr("&Assign to room…"), this);
    m_assign->setObjectName(QStringLiteral("assignToRoomButton"));
    m_assign->setToolTip(tr("Make readings on the selected topic count for a room"));
    m_assign->setEnabled(false);

    auto* rejectedBox = new QWidget(this);
    auto* rejectedLayout = new QVBoxLayout(rejectedBox);
    rejectedLayout->setContentsMargins(0, 0, 0, 0);
    rejectedLayout->addWidget(m_rejectedTitle);
    auto* rejectedHint = new QLabel(
        tr("Messages the console received but could not read. The feed keeps running; nothing was stored from them."),
        rejectedBox);
    rejectedHint->setWordWrap(true);
    rejectedLayout->addWidget(rejectedHint);
    rejectedLayout->addWidget(m_rejectedView);

    auto* unmatchedBox = new QWidget(this);
    auto* unmatchedLayout = new QVBoxLayout(unmatchedBox);
    unmatchedLayout->setContentsMargins(0, 0, 0, 0);
    auto* unmatchedBar = new QHBoxLayout;
    unmatchedBar->addWidget(m_unmatchedTitle);
    unmatchedBar->addStretch(1);
    unmatchedBar->addWidget(m_assign);
    unmatchedLayout->addLayout(unmatchedBar);
    auto* unmatchedHint = new QLabel(
        tr("Readable messages on topics that belong to no sensor. Assign a topic to a room to use its readings."),
        unmatchedBox);
    unmatchedHint->setWordWrap(true);
    unmatchedLayout->addWidget(unmatchedHint);
    unmatchedLayout->addWidget(m_unmatchedView);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("diagnosticsSplitter"));
    splitter->addWidget(unmatchedBox);
    splitter->addWidget(rejectedBox);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_unmatchedView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_assign->setEnabled(!selectedUnmatchedTopic(nullptr).isEmpty()); });
    connect(m_assign, &QPushButton::clicked, this, &DiagnosticsPage::openAssignDialog);
    connect(m_unmatchedView, &QTableView::activated, this, &DiagnosticsPage::openAssignDialog);

    // Snapshots are cheap but not free: poll only while someone looks at the page.
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &DiagnosticsPage::refresh);
    refresh();
}

void DiagnosticsPage::refresh()
{
    // Columns follow their contents when rows change (topics are long, times short), capped so
    // one huge payload does not push the others off screen.
    auto refit = [](QTableView* view, bool changed) {
        if (!changed)
            return;
        view->resizeColumnsToContents();
        for (int c = 0; c < view->model()->columnCount(); ++c)
            view->setColumnWidth(c, qMin(view->columnWidth(c), 420));
    };
    refit(m_rejectedView, m_rejected->refresh());
    refit(m_unmatchedView, m_unmatched->refresh());
    updateCounts();
    m_assign->setEnabled(!selectedUnmatchedTopic(nullptr).isEmpty());
}

void DiagnosticsPage::updateCounts()
{
    m_rejectedTitle->setText(tr("&Refused payloads, by topic (%1)").arg(m_rejected->rowCount()));
    m_unmatchedTitle->setText(tr("&Topics without a room (%1)").arg(m_unmatched->rowCount()));
}

QString DiagnosticsPage::selectedUnmatchedTopic(QString* profile) const
{
    const QModelIndexList rows = m_unmatchedView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const FeedDiagnostics::TopicEntry& entry = m_unmatched->entry(rows.first().row());
    if (profile)
        *profile = entry.profile;
    return entry.topic;
}

void DiagnosticsPage::openAssignDialog()
{
    QString profile;
    const QString topic = selectedUnmatchedTopic(&profile);
    if (topic.isEmpty() || !m_context.site)
        return;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new AssignTopicDialog(topic, profile, *m_context.site, m_context.assignTopic, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &AssignTopicDialog::assigned, this, &DiagnosticsPage::refresh);
    m_dialog->open();
}

AssignTopicDialog* DiagnosticsPage::assignDialog() const
{
    return m_dialog.data();
}

void DiagnosticsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void DiagnosticsPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/AutomationPage.h"

#include "automation/AutomationService.h"
#include "automation/OverrideDialog.h"
#include "automation/RuleDialog.h"
#include "automation/WhyText.h"
#include "core/Clock.h"
#include "site/Site.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atrium {

namespace {

QTableWidget* makeTable(QWidget* parent, const QString& name, const QString& accessibleName, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setAccessibleName(accessibleName);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    return t;
}

QTableWidgetItem* item(const QString& text, const QVariant& data = {})
{
    auto* i = new QTableWidgetItem(text);
    i->setData(Qt::UserRole, data);
    i->setToolTip(text);
    return i;
}

} // namespace

AutomationPage::AutomationPage(AutomationService& automation, const QString& operatorName, QWidget* parent)
    : QWidget(parent), m_automation(automation), m_operator(operatorName)
{
    setObjectName(QStringLiteral("automationPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("automationSections"));
    //: Automation page section
    m_tabs->addTab(buildRooms(), tr("Rooms"));
    //: Automation page section
    m_tabs->addTab(buildOverrides(), tr("Overrides"));
    //: Automation page section
    m_tabs->addTab(buildRules(), tr("Rules"));
    //: Automation page section: how often people override the automation
    m_tabs->addTab(buildReport(), tr("Report"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("automationMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs);

    connect(&m_automation, &AutomationService::changed, this, &AutomationPage::refresh);
    connect(&m_automation, &AutomationService::commandFailed, this, &AutomationPage::showMessage);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AutomationPage::refresh);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &AutomationPage::refreshOverrides);
    refresh();
}

QWidget* AutomationPage::buildRooms()
{
    auto* page = new QWidget(this);
    m_rooms = makeTable(page, QStringLiteral("automationRooms"), tr("Rooms and why"), {tr("Room"), tr("Why")});
    m_rooms->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* override = new QPushButton(tr("&Override…"), page);
    override->setObjectName(QStringLiteral("roomsOverrideButton"));
    override->setToolTip(tr("Change the selected room for a while"));
    connect(override, &QPushButton::clicked, this, [this] {
        const int row = m_rooms->currentRow();
        if (row >= 0)
            openOverrideDialog(m_rooms->item(row, 0)->data(Qt::UserRole).toString());
    });
    connect(m_rooms, &QTableWidget::cellActivated, this,
            [this](int row, int) { openOverrideDialog(m_rooms->item(row, 0)->data(Qt::UserRole).toString()); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(override);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_rooms);
    layout->addLayout(buttons);
    return page;
}

QWidget* AutomationPage::buildOverrides()
{
    auto* page = new QWidget(this);
    m_overrides = makeTable(page, QStringLiteral("automationOverrides"), tr("Overrides in force"),
                            {tr("Room"), tr("Value"), tr("By"), tr("Reason"), tr("Time left")});
    for (int c = 0; c < 3; ++c)
        m_overrides->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_endNow = new QPushButton(tr("&End now"), page);
    m_endNow->setObjectName(QStringLiteral("endOverrideButton"));
    m_endNow->setToolTip(tr("End the selected override: automation takes over again"));
    connect(m_endNow, &QPushButton::clicked, this, &AutomationPage::endSelectedOverride);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_endNow);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_overrides);
    layout->addLayout(buttons);
    return page;
}

QWidget* AutomationPage::buildRules()
{
    auto* page = new QWidget(this);
    m_rules = makeTable(page, QStringLiteral("automationRules"), tr("Rules"),
                        {tr("On"), tr("Priority"), tr("Name"), tr("When"), tr("Then"), tr("Rooms")});
    // The condition and the actions are the long texts: they get the room.
    m_rules->horizontalHeader()->setStretchLastSection(false);
    for (int c : {0, 1, 2, 5})
        m_rules->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    for (int c : {3, 4})
        m_rules->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    connect(m_rules, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* changed) {
        if (m_filling || changed->column() != 0)
            return;
        const Status s = m_automation.setRuleEnabled(changed->data(Qt::UserRole).toLongLong(),
                                                     changed->checkState() == Qt::Checked, m_operator);
        if (!s)
            showMessage(s.error());
    });
    connect(m_rules, &QTableWidget::cellActivated, this, [this](int, int) { editRule(false); });
    auto* add = new QPushButton(tr("&New rule…"), page);
    add->setObjectName(QStringLiteral("newRuleButton"));
    auto* edit = new QPushButton(tr("Ed&it…"), page);
    edit->setObjectName(QStringLiteral("editRuleButton"));
    auto* remove = new QPushButton(tr("&Delete"), page);
    remove->setObjectName(QStringLiteral("deleteRuleButton"));
    connect(add, &QPushButton::clicked, this, [this] { editRule(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editRule(false); });
    connect(remove, &QPushButton::clicked, this, &AutomationPage::deleteSelectedRule);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    auto* hint = new QLabel(tr("Highest priority first: safety, then a person's override, then bookings and presence, "
                               "schedule, energy saving. Within a priority, the rule listed first wins."),
                            page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_rules);
    layout->addLayout(buttons);
    return page;
}

QWidget* AutomationPage::buildReport()
{
    auto* page = new QWidget(this);
    m_period = new QComboBox(page);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->setAccessibleName(tr("Report period"));
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    connect(m_period, &QComboBox::currentIndexChanged, this, &AutomationPage::refreshReport);
    m_reportSummary = new QLabel(page);
    m_reportSummary->setObjectName(QStringLiteral("reportSummary"));
    m_reportSummary->setWordWrap(true);
    m_byRule = makeTable(page, QStringLiteral("reportByRule"), tr("Overrides per rule"),
                         {tr("Rule"), tr("Overrides"), tr("Time overridden"), tr("Review")});
    m_byRoom = makeTable(page, QStringLiteral("reportByRoom"), tr("Overrides per room"),
                         {tr("Room"), tr("Overrides"), tr("Time overridden")});
    for (QTableWidget* t : {m_byRule, m_byRoom}) {
        t->horizontalHeader()->setStretchLastSection(false);
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int c = 1; c < t->columnCount(); ++c)
            t->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    auto* periodRow = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("&Period:"), page);
    periodLabel->setBuddy(m_period);
    periodRow->addWidget(periodLabel);
    periodRow->addWidget(m_period);
    periodRow->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(periodRow);
    layout->addWidget(m_reportSummary);
    layout->addWidget(new QLabel(tr("Per rule"), page));
    layout->addWidget(m_byRule);
    layout->addWidget(new QLabel(tr("Per room"), page));
    layout->addWidget(m_byRoom);
    return page;
}

void AutomationPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_tick.start();
    refresh();
}

void AutomationPage::hideEvent(QHideEvent* event)
{
    m_tick.stop();
    QWidget::hideEvent(event);
}

void AutomationPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void AutomationPage::refresh()
{
    refreshRooms();
    refreshOverrides();
    refreshRules();
    refreshReport();
}

void AutomationPage::refreshRooms()
{
    const QString selected =
        m_rooms->currentRow() >= 0 ? m_rooms->item(m_rooms->currentRow(), 0)->data(Qt::UserRole).toString() : QString();
    const auto& rooms = m_automation.site().rooms;
    m_rooms->setRowCount(int(rooms.size()));
    for (int row = 0; row < int(rooms.size()); ++row) {
        const Room& room = rooms[size_t(row)];
        const RoomAutomationStatus status = m_automation.roomStatus(room.id);
        QString name = room.name;
        if (!status.overrides.empty())
            //: a room with an override in force, in the rooms list
            name = tr("%1 (overridden)").arg(room.name);
        m_rooms->setItem(row, 0, item(name, room.id));
        auto* why = item(status.why);
        why->setToolTip(status.details.join(QLatin1Char('\n')));
        m_rooms->setItem(row, 1, why);
        if (room.id == selected)
            m_rooms->setCurrentCell(row, 0);
    }
    m_rooms->resizeRowsToContents();
}

void AutomationPage::refreshOverrides()
{
    const qint64 now = m_automation.clock().nowMs();
    const auto& overrides = m_automation.activeOverrides();
    const int current = m_overrides->currentRow();
    m_overrides->setRowCount(int(overrides.size()));
    for (int row = 0; row < int(overrides.size()); ++row) {
        const Override& o = overrides[size_t(row)];
        m_overrides->setItem(row, 0, item(m_automation.overrideLabel(o), o.id));
        m_overrides->setItem(row, 1, item(channelValueText(o.channel, o.value)));
        m_overrides->setItem(row, 2, item(o.author));
        m_overrides->setItem(row, 3, item(o.reason));
        m_overrides->setItem(row, 4, item(WhyText::timeLeft(o, now)));
    }
    if (current >= 0 && current < m_overrides->rowCount())
        m_overrides->setCurrentCell(current, 0);
    else if (m_overrides->rowCount() > 0 && current < 0)
        m_overrides->setCurrentCell(0, 0);
    m_endNow->setEnabled(m_overrides->rowCount() > 0);
}

void AutomationPage::refreshRules()
{
    m_filling = true;
    const int current = m_rules->currentRow();
    const auto rules = m_automation.rules();
    m_rules->setRowCount(int(rules.size()));
    for (int row = 0; row < int(rules.size()); ++row) {
        const AutomationRule& r = rules[size_t(row)];
        auto* on = item(QString(), r.id);
        on->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        on->setCheckState(r.enabled ? Qt::Checked : Qt::Unchecked);
        on->setToolTip(r.enabled ? tr("On: press Space to turn it off") : tr("Off: press Space to turn it on"));
        m_rules->setItem(row, 0, on);
        m_rules->setItem(row, 1, item(rulePriorityDisplayName(r.priority)));
        m_rules->setItem(row, 2, item(r.name));
        QString when = RuleText::condition(r.condition);
        if (r.minActiveMinutes > 0)
            //: a rule's minimum duration, after its condition: "occupied for 2 min; at least 15 min"
            when = tr("%1; at least %n min", nullptr, r.minActiveMinutes).arg(when);
        m_rules->setItem(row, 3, item(when));
        m_rules->setItem(row, 4, item(RuleText::actions(r.actions)));
        m_rules->setItem(row, 5, item(RuleText::scope(r.scope, &m_automation.site())));
    }
    if (current >= 0 && current < m_rules->rowCount())
        m_rules->setCurrentCell(current, 2);
    m_rules->resizeRowsToContents();
    m_filling = false;
}

void AutomationPage::refreshReport()
{
    const qint64 now = m_automation.clock().nowMs();
    const int days = m_period->currentData().toInt();
    const LedgerReport report = m_automation.ledger(now - qint64(days) * 24 * 3600 * 1000, now + 1);
    auto duration = [](qint64 minutes) {
        return minutes < 60 ? tr("%n min", nullptr, int(minutes))
                            : tr("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    };
    int flagged = 0;
    m_byRule->setRowCount(int(report.byRule.size()));
    for (int row = 0; row < int(report.byRule.size()); ++row) {
        const LedgerRow& r = report.byRule[size_t(row)];
        m_byRule->setItem(row, 0, item(r.label, r.key));
        m_byRule->setItem(row, 1, item(QString::number(r.count)));
        m_byRule->setItem(row, 2, item(duration(r.minutes)));
        //: a rule people override often: it may be intrusive
        m_byRule->setItem(row, 3, item(r.flagged ? tr("⚑ Review: overridden often") : QString()));
        flagged += r.flagged ? 1 : 0;
    }
    m_byRoom->setRowCount(int(report.byRoom.size()));
    for (int row = 0; row < int(report.byRoom.size()); ++row) {
        const LedgerRow& r = report.byRoom[size_t(row)];
        m_byRoom->setItem(row, 0, item(r.label, r.key));
        m_byRoom->setItem(row, 1, item(QString::number(r.count)));
        m_byRoom->setItem(row, 2, item(duration(r.minutes)));
    }
    QString summary = tr("%n override(s) in this period.", nullptr, report.total);
    if (flagged > 0)
        summary += QLatin1Char(' ') + tr("%n rule(s) overridden %1 times or more: check whether they suit the people "
                                         "in those rooms.",
                                         nullptr, flagged)
                                          .arg(report.flagThreshold);
    m_reportSummary->setText(summary);
}

void AutomationPage::openOverrideDialog(const QString& roomId)
{
    if (m_automation.overridableChannels(roomId).empty()) {
        const Room* room = m_automation.site().room(roomId);
        showMessage(tr("%1 has no device automation can drive.").arg(room ? room->name : roomId));
        return;
    }
    showMessage(QString());
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new OverrideDialog(m_automation, roomId, m_operator, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    m_dialog->open();
}

void AutomationPage::endSelectedOverride()
{
    const int row = m_overrides->currentRow();
    if (row < 0)
        return;
    const Status s = m_automation.endOverride(m_overrides->item(row, 0)->data(Qt::UserRole).toLongLong(), m_operator,
                                              tr("ended early from the console"));
    showMessage(s ? QString() : s.error());
}

void AutomationPage::editRule(bool createNew)
{
    std::optional<AutomationRule> rule;
    if (!createNew) {
        const int row = m_rules->currentRow();
        if (row < 0)
            return;
        const qint64 id = m_rules->item(row, 0)->data(Qt::UserRole).toLongLong();
        for (const AutomationRule& r : m_automation.rules()) {
            if (r.id == id)
                rule = r;
        }
    }
    auto* dialog = new RuleDialog(m_automation, rule.value_or(AutomationRule{}), m_operator, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AutomationPage::deleteSelectedRule()
{
    const int row = m_rules->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_rules->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString name = m_rules->item(row, 2)->text();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete rule"),
                                tr("Delete the rule \"%1\"? You can also just turn it off.").arg(name),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton* button) {
        if (box->standardButton(button) != QMessageBox::Yes)
            return;
        const Status s = m_automation.removeRule(id, m_operator);
        showMessage(s ? QString() : s.error());
    });
    box->open();
}

} // namespace atrium

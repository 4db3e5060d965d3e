// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/RuleDialog.h"

#include "automation/AutomationService.h"
#include "site/Site.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace atrium {

namespace {

QDoubleSpinBox* spin(QWidget* parent, const QString& name, double min, double max, double step, int decimals,
                     const QString& suffix)
{
    auto* s = new QDoubleSpinBox(parent);
    s->setObjectName(name);
    s->setRange(min, max);
    s->setSingleStep(step);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    return s;
}

} // namespace

RuleDialog::RuleDialog(AutomationService& automation, const AutomationRule& rule, const QString& actor, QWidget* parent)
    : QDialog(parent), m_automation(automation), m_original(rule), m_actor(actor)
{
    setObjectName(QStringLiteral("ruleDialog"));
    setWindowTitle(rule.id == 0 ? tr("New rule") : tr("Rule — %1").arg(rule.name));
    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, QWidget* field) {
        auto* l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        m_labels.insert(field, l);
    };

    m_name = new QLineEdit(rule.name, this);
    m_name->setObjectName(QStringLiteral("ruleName"));
    addRow(tr("&Name:"), m_name);
    m_enabled = new QCheckBox(tr("On"), this);
    m_enabled->setObjectName(QStringLiteral("ruleEnabled"));
    m_enabled->setChecked(rule.enabled);
    form->addRow(QString(), m_enabled);

    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("rulePriority"));
    for (RulePriority p :
         {RulePriority::Safety, RulePriority::Booking, RulePriority::Schedule, RulePriority::Optimisation})
        m_priority->addItem(rulePriorityDisplayName(p), int(p));
    m_priority->setCurrentIndex(m_priority->findData(int(rule.priority)));
    addRow(tr("&Priority:"), m_priority);

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("ruleScope"));
    m_scope->addItem(RuleText::scope(QString()), QString());
    for (RoomType t : {RoomType::MeetingRoom, RoomType::OpenSpace, RoomType::PhoneBooth, RoomType::PrivateOffice,
                       RoomType::EventSpace, RoomType::Kitchen, RoomType::Reception})
        m_scope->addItem(roomTypeDisplayName(t), QStringLiteral("type:") + roomTypeKey(t));
    for (const Room& r : automation.site().rooms)
        m_scope->addItem(r.name, QStringLiteral("room:") + r.id);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(rule.scope)));
    addRow(tr("&Rooms:"), m_scope);

    m_condition = new QComboBox(this);
    m_condition->setObjectName(QStringLiteral("ruleCondition"));
    m_condition->addItem(tr("The room is occupied"), int(ConditionKind::Occupied));
    m_condition->addItem(tr("The room is empty"), int(ConditionKind::Empty));
    m_condition->addItem(tr("A booking starts soon"), int(ConditionKind::BookingWithin));
    m_condition->addItem(tr("CO₂ is above"), int(ConditionKind::Co2Above));
    m_condition->addItem(tr("The temperature is outside"), int(ConditionKind::TemperatureOutside));
    m_condition->addItem(tr("Time of day"), int(ConditionKind::TimeWindow));
    m_condition->setCurrentIndex(m_condition->findData(int(rule.condition.kind)));
    addRow(tr("&When:"), m_condition);

    const RuleCondition& c = rule.condition;
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("ruleMinutes"));
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(c.minutes);
    addRow(tr("For / within:"), m_minutes);
    m_threshold = spin(this, QStringLiteral("ruleThreshold"), 400, 5000, 50, 0, QStringLiteral(" ppm"));
    m_threshold->setValue(c.threshold > 0 ? c.threshold : 1200);
    addRow(tr("CO₂ threshold:"), m_threshold);
    m_low = spin(this, QStringLiteral("ruleBandLow"), 5, 35, 0.5, 1, QStringLiteral(" °C"));
    m_low->setValue(c.bandLow > 0 ? c.bandLow : 20);
    addRow(tr("Lowest:"), m_low);
    m_high = spin(this, QStringLiteral("ruleBandHigh"), 5, 35, 0.5, 1, QStringLiteral(" °C"));
    m_high->setValue(c.bandHigh > 0 ? c.bandHigh : 24);
    addRow(tr("Highest:"), m_high);
    m_hysteresis = spin(this, QStringLiteral("ruleHysteresis"), 0, 1000, 0.5, 1, QString());
    m_hysteresis->setValue(c.hysteresis);
    m_hysteresis->setToolTip(tr("How far the value must come back before the rule lets go (ppm or °C)"));
    addRow(tr("Hysteresis:"), m_hysteresis);
    m_start = new QTimeEdit(QTime(0, 0).addSecs(c.windowStart * 60), this);
    m_start->setObjectName(QStringLiteral("ruleWindowStart"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    addRow(tr("From:"), m_start);
    m_end = new QTimeEdit(QTime(0, 0).addSecs((c.windowEnd % (24 * 60)) * 60), this);
    m_end->setObjectName(QStringLiteral("ruleWindowEnd"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    addRow(tr("To:"), m_end);
    auto* days = new QWidget(this);
    auto* daysRow = new QHBoxLayout(days);
    daysRow->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int d = 0; d < 7; ++d) {
        auto* box = new QCheckBox(locale.dayName(d + 1, QLocale::ShortFormat), days);
        box->setAccessibleName(locale.dayName(d + 1));
        box->setChecked(c.windowDays & (1 << d));
        daysRow->addWidget(box);
        m_days << box;
    }
    addRow(tr("Days:"), days);
    m_minActive = new QSpinBox(this);
    m_minActive->setObjectName(QStringLiteral("ruleMinActive"));
    m_minActive->setRange(0, 24 * 60);
    m_minActive->setSuffix(tr(" min"));
    m_minActive->setValue(rule.minActiveMinutes);
    m_minActive->setToolTip(
        tr("Once on, the rule stays on at least this long, so devices do not switch back and forth"));
    addRow(tr("Stay on at least:"), m_minActive);

    auto* then = new QGroupBox(tr("Then"), this);
    auto* thenForm = new QFormLayout(then);
    for (Channel ch : {Channel::Setpoint, Channel::Mode, Channel::Ventilation, Channel::LightsOn, Channel::LightLevel,
                       Channel::BlindsPosition}) {
        ActionRow row;
        row.use = new QCheckBox(channelDisplayName(ch), then);
        row.use->setObjectName(QStringLiteral("ruleUse_") + channelKey(ch));
        auto* field = new QWidget(then);
        auto* fieldRow = new QHBoxLayout(field);
        fieldRow->setContentsMargins(0, 0, 0, 0);
        if (ch == Channel::Mode || ch == Channel::Ventilation || ch == Channel::LightsOn) {
            row.choice = new QComboBox(field);
            row.choice->setObjectName(QStringLiteral("ruleValue_") + channelKey(ch));
            row.choice->setAccessibleName(channelDisplayName(ch));
            for (int v = 0; v <= int(channelMaximum(ch)); ++v)
                row.choice->addItem(channelValueText(ch, v), double(v));
            fieldRow->addWidget(row.choice);
        } else {
            row.number = ch == Channel::Setpoint ? spin(field, QString(), 5, 35, 0.5, 1, QStringLiteral(" °C"))
                                                 : spin(field, QString(), 0, 100, 10, 0, QStringLiteral(" %"));
            row.number->setObjectName(QStringLiteral("ruleValue_") + channelKey(ch));
            row.number->setAccessibleName(channelDisplayName(ch));
            row.number->setValue(ch == Channel::Setpoint ? 21 : 80);
            fieldRow->addWidget(row.number);
        }
        fieldRow->addStretch(1);
        for (const RuleAction& a : rule.actions) {
            if (a.channel != ch)
                continue;
            row.use->setChecked(true);
            if (row.choice)
                row.choice->setCurrentIndex(row.choice->findData(a.value));
            else
                row.number->setValue(a.value);
        }
        field->setEnabled(row.use->isChecked());
        connect(row.use, &QCheckBox::toggled, field, &QWidget::setEnabled);
        thenForm->addRow(row.use, field);
        m_actions.insert(int(ch), row);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("ruleError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RuleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RuleDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addWidget(then, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_condition, &QComboBox::currentIndexChanged, this, &RuleDialog::onConditionChanged);
    onConditionChanged();
}

void RuleDialog::onConditionChanged()
{
    const auto kind = ConditionKind(m_condition->currentData().toInt());
    auto show = [this](QWidget* field, bool visible) {
        field->setVisible(visible);
        if (QWidget* label = m_labels.value(field))
            label->setVisible(visible);
    };
    show(m_minutes, kind != ConditionKind::TimeWindow);
    show(m_threshold, kind == ConditionKind::Co2Above);
    show(m_low, kind == ConditionKind::TemperatureOutside);
    show(m_high, kind == ConditionKind::TemperatureOutside);
    show(m_hysteresis, kind == ConditionKind::Co2Above || kind == ConditionKind::TemperatureOutside);
    show(m_start, kind == ConditionKind::TimeWindow);
    show(m_end, kind == ConditionKind::TimeWindow);
    show(m_days.front()->parentWidget(), kind == ConditionKind::TimeWindow);
}

AutomationRule RuleDialog::rule() const
{
    AutomationRule r = m_original;
    r.name = m_name->text();
    r.enabled = m_enabled->isChecked();
    r.priority = RulePriority(m_priority->currentData().toInt());
    r.scope = m_scope->currentData().toString();
    RuleCondition& c = r.condition;
    c.kind = ConditionKind(m_condition->currentData().toInt());
    c.minutes = m_minutes->value();
    c.threshold = m_threshold->value();
    c.bandLow = m_low->value();
    c.bandHigh = m_high->value();
    c.hysteresis = m_hysteresis->value();
    c.windowStart = m_start->time().hour() * 60 + m_start->time().minute();
    c.windowEnd = m_end->time().hour() * 60 + m_end->time().minute();
    if (c.windowEnd == 0)
        c.windowEnd = 24 * 60; // "to 00:00" is midnight at the end of the day
    c.windowDays = 0;
    for (int d = 0; d < 7; ++d)
        c.windowDays |= m_days[d]->isChecked() ? (1 << d) : 0;
    r.minActiveMinutes = m_minActive->value();
    r.actions.clear();
    for (Channel ch : kAllChannels) {
        const ActionRow row = m_actions.value(int(ch));
        if (row.use && row.use->isChecked())
            r.actions.push_back({ch, row.choice ? row.choice->currentData().toDouble() : row.number->value()});
    }
    return r;
}

QString RuleDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void RuleDialog::accept()
{
    const auto saved = m_automation.saveRule(rule(), m_actor);
    if (!saved) {
        m_error->setText(saved.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/OverrideDialog.h"

#include "automation/AutomationService.h"
#include "automation/WhyText.h"
#include "core/Clock.h"
#include "site/Site.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace atrium {

OverrideDialog::OverrideDialog(AutomationService& automation, const QString& roomId, const QString& author,
                               QWidget* parent)
    : QDialog(parent), m_automation(automation), m_roomId(roomId), m_author(author)
{
    setObjectName(QStringLiteral("overrideDialog"));
    const Room* room = automation.site().room(roomId);
    const QString roomName = room ? room->name : roomId;
    //: dialog title: "Override — Ada"
    setWindowTitle(tr("Override — %1").arg(roomName));

    //: the override dialog's first line: what automation does in the room now, and why
    auto* why = new QLabel(tr("Now: %1").arg(automation.why(roomId)), this);
    why->setObjectName(QStringLiteral("overrideWhy"));
    why->setWordWrap(true);
    why->setAccessibleName(tr("Automation now"));

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("overrideChannel"));
    m_channel->setAccessibleName(tr("What to change"));
    for (Channel c : automation.overridableChannels(roomId))
        m_channel->addItem(channelDisplayName(c), int(c));

    m_number = new QDoubleSpinBox(this);
    m_number->setObjectName(QStringLiteral("overrideValue"));
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("overrideChoice"));
    auto* valueRow = new QHBoxLayout;
    valueRow->setContentsMargins(0, 0, 0, 0);
    valueRow->addWidget(m_number);
    valueRow->addWidget(m_choice);
    valueRow->addStretch(1);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setAccessibleName(tr("Reason (required)"));
    //: example reasons in the override dialog's empty reason field
    m_reason->setPlaceholderText(tr("e.g. client cold, event set-up"));
    m_reason->setMaxLength(200);

    m_expiry = new QComboBox(this);
    m_expiry->setObjectName(QStringLiteral("overrideExpiry"));
    m_expiry->setAccessibleName(tr("Until"));
    m_expiry->addItem(tr("For a duration"), int(OverrideExpiry::Minutes));
    m_expiry->addItem(tr("Until a time today"), int(OverrideExpiry::UntilTime));
    m_expiry->addItem(tr("Until the booking ends"), int(OverrideExpiry::BookingEnd));
    m_expiry->addItem(tr("Until the room is empty"), int(OverrideExpiry::RoomEmpty));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("overrideMinutes"));
    m_minutes->setAccessibleName(tr("Duration in minutes"));
    m_minutes->setRange(5, 12 * 60);
    m_minutes->setSingleStep(15);
    m_minutes->setValue(60);
    //: unit after the duration box
    m_minutes->setSuffix(tr(" min"));
    m_until = new QTimeEdit(this);
    m_until->setObjectName(QStringLiteral("overrideUntil"));
    m_until->setAccessibleName(tr("End time"));
    m_until->setDisplayFormat(QStringLiteral("HH:mm"));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(automation.clock().nowMs(), automation.site().timeZone);
    m_until->setTime(QTime(now.time().hour(), 0).addSecs(2 * 3600));
    auto* expiryRow = new QHBoxLayout;
    expiryRow->setContentsMargins(0, 0, 0, 0);
    expiryRow->addWidget(m_expiry);
    expiryRow->addWidget(m_minutes);
    expiryRow->addWidget(m_until);
    expiryRow->addStretch(1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("overrideError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Change:"), m_channel);
    auto* valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_number);
    form->addRow(valueLabel, valueRow);
    form->addRow(tr("&Reason:"), m_reason);
    auto* untilLabel = new QLabel(tr("&Until:"), this);
    untilLabel->setBuddy(m_expiry);
    form->addRow(untilLabel, expiryRow);
    //: who the audit log will name
    form->addRow(tr("By:"), new QLabel(author, this));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set override"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("overrideOk"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OverrideDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OverrideDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_channel, &QComboBox::currentIndexChanged, this, &OverrideDialog::onChannelChanged);
    connect(m_expiry, &QComboBox::currentIndexChanged, this, &OverrideDialog::onExpiryChanged);
    connect(m_reason, &QLineEdit::textChanged, this, &OverrideDialog::updateOkButton);
    setTabOrder(m_channel, m_number);
    setTabOrder(m_number, m_choice);
    setTabOrder(m_choice, m_reason);
    setTabOrder(m_reason, m_expiry);
    setTabOrder(m_expiry, m_minutes);
    setTabOrder(m_minutes, m_until);
    onChannelChanged();
    onExpiryChanged();
    updateOkButton();
    m_channel->setFocus();
}

void OverrideDialog::setChannel(Channel channel)
{
    const int index = m_channel->findData(int(channel));
    if (index >= 0)
        m_channel->setCurrentIndex(index);
}

Channel OverrideDialog::channel() const
{
    return Channel(m_channel->currentData().toInt());
}

QString OverrideDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void OverrideDialog::onChannelChanged()
{
    const Channel c = channel();
    const bool choice = c == Channel::Mode || c == Channel::Ventilation || c == Channel::LightsOn;
    m_number->setVisible(!choice && m_channel->count() > 0);
    m_choice->setVisible(choice);
    m_choice->clear();
    if (c == Channel::Mode) {
        for (HvacMode m : {HvacMode::Heat, HvacMode::Cool, HvacMode::Auto, HvacMode::Off})
            m_choice->addItem(channelValueText(c, double(m)), double(m));
    } else if (c == Channel::Ventilation) {
        for (int level = 0; level <= 3; ++level)
            m_choice->addItem(channelValueText(c, level), double(level));
        m_choice->setCurrentIndex(3);
    } else if (c == Channel::LightsOn) {
        m_choice->addItem(channelValueText(c, 1), 1.0);
        m_choice->addItem(channelValueText(c, 0), 0.0);
    }
    m_choice->setAccessibleName(channelDisplayName(c));
    m_number->setAccessibleName(channelDisplayName(c));
    if (c == Channel::Setpoint) {
        m_number->setRange(16, 28);
        m_number->setDecimals(1);
        m_number->setSingleStep(0.5);
        m_number->setSuffix(QStringLiteral(" °C"));
        m_number->setValue(22);
    } else {
        m_number->setRange(0, 100);
        m_number->setDecimals(0);
        m_number->setSingleStep(10);
        m_number->setSuffix(QStringLiteral(" %"));
        m_number->setValue(c == Channel::BlindsPosition ? 0 : 80);
    }
}

void OverrideDialog::onExpiryChanged()
{
    const auto expiry = OverrideExpiry(m_expiry->currentData().toInt());
    m_minutes->setVisible(expiry == OverrideExpiry::Minutes);
    m_until->setVisible(expiry == OverrideExpiry::UntilTime);
}

void OverrideDialog::updateOkButton()
{
    // Refused anyway without a reason; say so before the person presses the button.
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_reason->text().trimmed().isEmpty() && m_channel->count() > 0);
}

double OverrideDialog::value() const
{
    return m_choice->isVisible() ? m_choice->currentData().toDouble() : m_number->value();
}

void OverrideDialog::accept()
{
    AutomationService::OverrideRequest r;
    r.roomId = m_roomId;
    r.channel = channel();
    r.value = value();
    r.author = m_author;
    r.reason = m_reason->text();
    r.expiry = OverrideExpiry(m_expiry->currentData().toInt());
    r.minutes = m_minutes->value();
    if (r.expiry == OverrideExpiry::UntilTime) {
        const QDateTime now =
            QDateTime::fromMSecsSinceEpoch(m_automation.clock().nowMs(), m_automation.site().timeZone);
        r.untilMs = QDateTime(now.date(), m_until->time(), m_automation.site().timeZone).toMSecsSinceEpoch();
    }
    const auto set = m_automation.setOverride(r);
    if (!set) {
        m_error->setText(set.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace atrium

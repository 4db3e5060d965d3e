// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/RoomAutomationSection.h"

#include "automation/AutomationService.h"
#include "automation/OverrideDialog.h"
#include "automation/WhyText.h"
#include "core/Clock.h"
#include "site/Site.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace atrium {

RoomAutomationSection::RoomAutomationSection(AutomationService& automation, const QString& operatorName,
                                             QWidget* parent)
    : QGroupBox(tr("Automation"), parent), m_automation(automation), m_operator(operatorName)
{
    setObjectName(QStringLiteral("roomAutomation"));
    m_why = new QLabel(this);
    m_why->setObjectName(QStringLiteral("roomAutomationWhy"));
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overrides = new QLabel(this);
    m_overrides->setObjectName(QStringLiteral("roomAutomationOverrides"));
    m_overrides->setWordWrap(true);
    m_override = new QPushButton(tr("&Override…"), this);
    m_override->setObjectName(QStringLiteral("roomOverrideButton"));
    m_override->setAccessibleName(tr("Override the automation in this room"));
    connect(m_override, &QPushButton::clicked, this, &RoomAutomationSection::openOverrideDialog);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_why);
    layout->addWidget(m_overrides);
    layout->addWidget(m_override, 0, Qt::AlignLeft);
    connect(&m_automation, &AutomationService::changed, this, &RoomAutomationSection::refresh);
    setVisible(false);
}

void RoomAutomationSection::setRoom(const QString& roomId)
{
    m_roomId = m_automation.site().room(roomId) ? roomId : QString();
    refresh();
}

QString RoomAutomationSection::why() const
{
    return m_why->text();
}

void RoomAutomationSection::refresh()
{
    setVisible(!m_roomId.isEmpty());
    if (m_roomId.isEmpty())
        return;
    const RoomAutomationStatus status = m_automation.roomStatus(m_roomId);
    m_why->setText(status.why);
    m_why->setToolTip(status.details.join(QLatin1Char('\n')));
    m_why->setAccessibleName(tr("Why: %1").arg(status.why));
    QStringList lines;
    const qint64 now = m_automation.clock().nowMs();
    for (const Override& o : status.overrides)
        //: "Temperature 23 °C by Front desk, 45 min left"
        lines << tr("%1 %2 by %3, %4")
                     .arg(channelDisplayName(o.channel), channelValueText(o.channel, o.value), o.author,
                          WhyText::timeLeft(o, now));
    m_overrides->setText(lines.join(QLatin1Char('\n')));
    m_overrides->setVisible(!lines.isEmpty());
    m_override->setEnabled(!m_automation.overridableChannels(m_roomId).empty());
}

void RoomAutomationSection::openOverrideDialog()
{
    if (m_roomId.isEmpty())
        return;
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new OverrideDialog(m_automation, m_roomId, m_operator, window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    m_dialog->open();
}

} // namespace atrium

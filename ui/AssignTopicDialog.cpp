// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssignTopicDialog.h"

#include "site/Site.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace atrium {

AssignTopicDialog::AssignTopicDialog(const QString& topic, const QString& profile, const Site& site,
                                     AssignFunction assign, QWidget* parent)
    : QDialog(parent), m_topic(topic), m_profile(profile), m_assign(std::move(assign))
{
    setObjectName(QStringLiteral("assignTopicDialog"));
    setWindowTitle(tr("Assign topic to a room"));

    auto* topicLabel = new QLabel(topic, this);
    topicLabel->setObjectName(QStringLiteral("assignTopic"));
    topicLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    topicLabel->setAccessibleName(tr("Topic: %1").arg(topic));

    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("assignRoom"));
    m_room->setAccessibleName(tr("Room"));
    std::vector<const Room*> rooms;
    for (const Room& room : site.rooms)
        rooms.push_back(&room);
    std::sort(rooms.begin(), rooms.end(),
              [](const Room* a, const Room* b) { return QString::localeAwareCompare(a->name, b->name) < 0; });
    for (const Room* room : rooms)
        //: room name and its id in the site file
        m_room->addItem(tr("%1 (%2)").arg(room->name, room->id), room->id);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("assignError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Topic:"), topicLabel);
    form->addRow(tr("Profile:"), new QLabel(profile, this));
    auto* roomLabel = new QLabel(tr("&Room:"), this);
    roomLabel->setBuddy(m_room);
    form->addRow(roomLabel, m_room);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_assignButton = buttons->addButton(tr("&Assign"), QDialogButtonBox::AcceptRole);
    m_assignButton->setObjectName(QStringLiteral("assignButton"));
    m_assignButton->setDefault(true);
    m_assignButton->setEnabled(m_room->count() > 0);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("assignCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignTopicDialog::tryAssign);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* intro = new QLabel(tr("Readings on this topic will count for the chosen room from now on, and the "
                                "assignment is saved in the site file."),
                             this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_room->setFocus();
}

QString AssignTopicDialog::chosenRoom() const
{
    return m_room->currentData().toString();
}

void AssignTopicDialog::chooseRoom(const QString& roomId)
{
    m_room->setCurrentIndex(m_room->findData(roomId));
}

QString AssignTopicDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AssignTopicDialog::tryAssign()
{
    const QString roomId = chosenRoom();
    if (roomId.isEmpty())
        return;
    const Status status = m_assign ? m_assign(m_topic, m_profile, roomId)
                                   : Status::failure(tr("Assigning topics is not available in this console."));
    if (!status) {
        //: %1 the reason, in words
        m_error->setText(tr("The topic was not assigned: %1").arg(status.error()));
        m_error->setAccessibleName(m_error->text());
        m_error->show();
        return;
    }
    Q_EMIT assigned(m_topic, roomId);
    accept();
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConsoleContext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace atrium {

struct Site;

// Assigns an unmatched topic to a room: pick the room, press Assign. Calls the composition
// root's assignTopic (which saves the site file and routes the topic at once); when that
// fails the dialog stays open and says why, and nothing changes. Opened with open(), never
// exec(), so the console keeps running and tests can drive it.
class AssignTopicDialog : public QDialog
{
    Q_OBJECT
public:
    using AssignFunction = decltype(ConsoleContext::assignTopic);

    AssignTopicDialog(const QString& topic, const QString& profile, const Site& site, AssignFunction assign,
                      QWidget* parent = nullptr);

    QString topic() const { return m_topic; }
    QString chosenRoom() const;
    void chooseRoom(const QString& roomId);
    QString errorText() const;

Q_SIGNALS:
    void assigned(const QString& topic, const QString& roomId);

private:
    void tryAssign();

    QString m_topic;
    QString m_profile;
    AssignFunction m_assign;
    QComboBox* m_room = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_assignButton = nullptr;
};

} // namespace atrium

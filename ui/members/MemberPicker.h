// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace atrium {

class MemberStore;

// Chooses a member by typing part of a name, company or e-mail (MemberStore::search: accents
// and case ignored); the matches are listed under the field, Down moves into the list, Enter
// or a click chooses. "New member…" opens the member form and chooses the member it adds.
class MemberPicker : public QWidget
{
    Q_OBJECT
public:
    explicit MemberPicker(MemberStore* members, QWidget* parent = nullptr);

    void setMember(qint64 memberId, const QString& displayName);
    // Who the audit log names for a member added from here.
    void setActor(const QString& actor) { m_actor = actor; }
    qint64 memberId() const { return m_memberId; }
    QString memberName() const;

    QLineEdit* searchField() const { return m_search; }
    QListWidget* matches() const { return m_matches; }
    QPushButton* newMemberButton() const { return m_new; }

Q_SIGNALS:
    void memberChanged(qint64 memberId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);
    void choose(int row);
    void addMember();

    MemberStore* m_members;
    qint64 m_memberId = 0;
    QString m_actor;
    QLineEdit* m_search = nullptr;
    QListWidget* m_matches = nullptr;
    QLabel* m_chosen = nullptr;
    QPushButton* m_new = nullptr;
};

} // namespace atrium

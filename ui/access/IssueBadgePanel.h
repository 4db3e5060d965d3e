// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace atrium {

class BadgeStore;
class DoorService;
class MemberStore;

// The badge desk's form for a new badge: who (search as you type), access group, end date, and
// the card: the next unknown badge presented at the desk reader fills its number (it can also be
// typed). In replace mode the member, group and dates come from the old badge.
class IssueBadgePanel : public QGroupBox
{
    Q_OBJECT
public:
    IssueBadgePanel(BadgeStore& badges, DoorService* doors, const MemberStore* members, QString operatorName,
                    QWidget* parent = nullptr);

    void startIssue();
    void startReplace(qint64 oldBadgeId);
    void cancel();
    // Where the person wrote why (the page's field, shared with the other actions); not owned.
    void setReasonField(QLineEdit* reason);

    QLineEdit* memberSearch() const { return m_memberSearch; }
    QListWidget* memberList() const { return m_memberList; }
    QLineEdit* uidEdit() const { return m_uid; }
    QPushButton* confirmButton() const { return m_confirm; }
    QLabel* message() const { return m_message; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void done(qint64 badgeId, const QString& message);
    void closed();

private:
    void fillMembers();
    void fillGroups();
    void onDeskBadge(const QString& uid, const QString& readerFormat, const QString& knownAs);
    void confirm();
    void showError(const QString& text);

    BadgeStore& m_badges;
    DoorService* m_doors;
    const MemberStore* m_members;
    QString m_operator;
    qint64 m_replacing = 0;
    QString m_readerFormat; // of the number in m_uid: the desk reader's, or typed (ISO hex)
    QLineEdit* m_memberSearch = nullptr;
    QListWidget* m_memberList = nullptr;
    QComboBox* m_group = nullptr;
    QCheckBox* m_noEnd = nullptr;
    QDateEdit* m_validUntil = nullptr;
    QLineEdit* m_uid = nullptr;
    QLabel* m_readerHint = nullptr;
    QLineEdit* m_reason = nullptr; // not owned
    QLabel* m_message = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace atrium

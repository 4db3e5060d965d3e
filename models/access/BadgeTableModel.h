// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace atrium {

class BadgeStore;

// The badge list of the badge desk: UID, holder, group, status, valid until; filtered as the
// person types (UID digits, or words of the holder's name, accents and case ignored).
class BadgeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UidColumn, HolderColumn, GroupColumn, StatusColumn, ValidUntilColumn, ColumnCount };
    enum Role { BadgeIdRole = Qt::UserRole + 1, StatusKeyRole };

    explicit BadgeTableModel(const BadgeStore& store, QObject* parent = nullptr);

    void setSearch(const QString& text);
    void setShowRevoked(bool show);
    void refresh();
    qint64 badgeIdAt(int row) const;
    int rowOf(qint64 badgeId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const BadgeStore& m_store;
    QString m_search;
    bool m_showRevoked = false;
    std::vector<qint64> m_ids;
};

} // namespace atrium

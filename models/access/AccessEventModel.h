// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/AccessEvent.h"
#include "access/AccessEventLog.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <vector>

namespace atrium {

class BadgeStore;
class DoorService;

// The live access log: newest first, filtered by door, member and "refused only". New swipes
// are gathered and shown together at most five times a second, however fast the doors are.
class AccessEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, DoorColumn, HolderColumn, ResultColumn, ReasonColumn, ColumnCount };
    enum Role { AllowedRole = Qt::UserRole + 1 };

    AccessEventModel(const AccessEventLog& log, const BadgeStore& badges, QObject* parent = nullptr);

    // Refreshes when `doors` records an event (not owned; may be null).
    void follow(DoorService* doors);
    void setFilter(const AccessEventFilter& filter);
    AccessEventFilter filter() const { return m_filter; }
    void refresh();
    const AccessEvent* eventAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const AccessEventLog& m_log;
    const BadgeStore& m_badges;
    AccessEventFilter m_filter;
    std::vector<AccessEvent> m_events;
    QTimer m_coalesce;
};

} // namespace atrium

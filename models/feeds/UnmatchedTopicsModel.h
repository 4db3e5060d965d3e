// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/FeedTopicTableModel.h"

namespace atrium {

// Diagnostics table of topics that carry readings but belong to no sensor or room, with their
// last payload, so an admin can recognise the device and assign it to a room.
class UnmatchedTopicsModel final : public FeedTopicTableModel
{
    Q_OBJECT
public:
    enum Column { TopicColumn, ProfileColumn, CountColumn, PayloadColumn, LastSeenColumn, ColumnCount };

    explicit UnmatchedTopicsModel(const FeedDiagnostics& diagnostics, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::vector<FeedDiagnostics::TopicEntry> fetch(const FeedDiagnostics& diagnostics) const override;
};

} // namespace atrium

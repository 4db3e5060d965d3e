// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/FeedTopicTableModel.h"

namespace atrium {

// Diagnostics table of refused payloads, one row per topic: what was refused, how often, why.
class RejectedPayloadsModel final : public FeedTopicTableModel
{
    Q_OBJECT
public:
    enum Column { TopicColumn, ProfileColumn, CountColumn, ReasonColumn, PayloadColumn, LastSeenColumn, ColumnCount };

    explicit RejectedPayloadsModel(const FeedDiagnostics& diagnostics, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::vector<FeedDiagnostics::TopicEntry> fetch(const FeedDiagnostics& diagnostics) const override;
};

} // namespace atrium

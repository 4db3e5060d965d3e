// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/UnmatchedTopicsModel.h"

namespace atrium {

UnmatchedTopicsModel::UnmatchedTopicsModel(const FeedDiagnostics& diagnostics, QObject* parent)
    : FeedTopicTableModel(diagnostics, parent)
{}

std::vector<FeedDiagnostics::TopicEntry> UnmatchedTopicsModel::fetch(const FeedDiagnostics& diagnostics) const
{
    return diagnostics.unmatched();
}

int UnmatchedTopicsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnmatchedTopicsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const FeedDiagnostics::TopicEntry& e = entry(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TopicColumn:
            return e.topic;
        case ProfileColumn:
            return e.profile;
        case CountColumn:
            return role == Qt::DisplayRole ? QVariant(e.count) : QVariant();
        case PayloadColumn:
            return readablePayload(e.lastPayload);
        case LastSeenColumn:
            return localTime(e.lastSeenMs);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return commonData(e, role);
}

QVariant UnmatchedTopicsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return FeedTopicTableModel::headerData(section, orientation, role);
    switch (section) {
    case TopicColumn:
        return tr("Topic");
    case ProfileColumn:
        return tr("Profile");
    //: How many messages arrived on this topic
    case CountColumn:
        return tr("Messages");
    case PayloadColumn:
        return tr("Last payload");
    case LastSeenColumn:
        return tr("Last seen");
    default:
        return {};
    }
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/RejectedPayloadsModel.h"

namespace atrium {

RejectedPayloadsModel::RejectedPayloadsModel(const FeedDiagnostics& diagnostics, QObject* parent)
    : FeedTopicTableModel(diagnostics, parent)
{}

std::vector<FeedDiagnostics::TopicEntry> RejectedPayloadsModel::fetch(const FeedDiagnostics& diagnostics) const
{
    return diagnostics.rejected();
}

int RejectedPayloadsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedPayloadsModel::data(const QModelIndex& index, int role) const
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
        case ReasonColumn:
            return e.lastReason;
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

QVariant RejectedPayloadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return FeedTopicTableModel::headerData(section, orientation, role);
    switch (section) {
    case TopicColumn:
        return tr("Topic");
    case ProfileColumn:
        return tr("Profile");
    //: How many payloads on this topic were refused
    case CountColumn:
        return tr("Refused");
    case ReasonColumn:
        return tr("Last reason");
    case PayloadColumn:
        return tr("Last payload");
    case LastSeenColumn:
        return tr("Last seen");
    default:
        return {};
    }
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/UnmatchedTopicsModel.h"

namespace atrium {

UnmatchedTopicsModel::UnmatchedTopicsModel(const FeedDiagnostics& diagnostics, QObject* parent)
    : FeedTopicTableModel(diagnostics, {Field::Topic, Field::Profile, Field::Count, Field::Payload, Field::LastSeen},
                          parent)
{}

std::vector<FeedDiagnostics::TopicEntry> UnmatchedTopicsModel::fetch(const FeedDiagnostics& diagnostics) const
{
    return diagnostics.unmatched();
}

QString UnmatchedTopicsModel::countTitle() const
{
    //: How many messages arrived on this topic
    return tr("Messages");
}

} // namespace atrium

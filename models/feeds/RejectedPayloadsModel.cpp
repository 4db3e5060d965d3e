// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/RejectedPayloadsModel.h"

namespace atrium {

RejectedPayloadsModel::RejectedPayloadsModel(const FeedDiagnostics& diagnostics, QObject* parent)
    : FeedTopicTableModel(diagnostics,
                          {Field::Topic, Field::Profile, Field::Count, Field::Reason, Field::Payload, Field::LastSeen},
                          parent)
{}

std::vector<FeedDiagnostics::TopicEntry> RejectedPayloadsModel::fetch(const FeedDiagnostics& diagnostics) const
{
    return diagnostics.rejected();
}

QString RejectedPayloadsModel::countTitle() const
{
    //: How many payloads on this topic were refused
    return tr("Refused");
}

} // namespace atrium

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

protected:
    std::vector<FeedDiagnostics::TopicEntry> fetch(const FeedDiagnostics& diagnostics) const override;
    QString countTitle() const override;
};

} // namespace atrium

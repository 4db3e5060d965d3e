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

protected:
    std::vector<FeedDiagnostics::TopicEntry> fetch(const FeedDiagnostics& diagnostics) const override;
    QString countTitle() const override;
};

} // namespace atrium

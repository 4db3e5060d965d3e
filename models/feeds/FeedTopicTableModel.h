// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/FeedDiagnostics.h"

#include <QAbstractTableModel>
#include <QTimeZone>

#include <vector>

namespace atrium {

// Common ground of the Diagnostics tables: one row per topic from a FeedDiagnostics snapshot,
// rebuilt only when the diagnostics changed, with row inserts/removals and ranged dataChanged
// instead of a reset, so a selected row stays selected while the feed runs.
class FeedTopicTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Raw values for code (the topic to assign, the payload bytes) next to the display text.
    enum Role { TopicRole = Qt::UserRole + 1, PayloadRole, LastSeenMsRole, CountRole };

    // Times are shown in this zone (the site's); system zone by default.
    void setTimeZone(const QTimeZone& zone);
    // Rebuilds from the diagnostics when their revision() changed; returns whether it did.
    bool refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const FeedDiagnostics::TopicEntry& entry(int row) const { return m_rows.at(size_t(row)); }

    // Payload bytes as a person can read them: UTF-8 text with control bytes escaped, other
    // bytes as \xNN.
    static QString readablePayload(const QByteArray& payload);

protected:
    // What a column shows. Each table lists its columns in the order of its own Column enum.
    enum class Field { Topic, Profile, Count, Reason, Payload, LastSeen };
    FeedTopicTableModel(const FeedDiagnostics& diagnostics, std::vector<Field> columns, QObject* parent);

    virtual std::vector<FeedDiagnostics::TopicEntry> fetch(const FeedDiagnostics& diagnostics) const = 0;
    // Header of the Count column: what was counted ("Refused", "Messages").
    virtual QString countTitle() const = 0;
    QString localTime(qint64 ms) const;

private:
    void apply(std::vector<FeedDiagnostics::TopicEntry> rows);

    const FeedDiagnostics& m_diagnostics;
    std::vector<Field> m_columns;
    std::vector<FeedDiagnostics::TopicEntry> m_rows;
    quint64 m_revision = 0;
    bool m_loaded = false;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace atrium

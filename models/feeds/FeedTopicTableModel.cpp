// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/FeedTopicTableModel.h"

#include "feeds/PayloadValues.h"

#include <QDateTime>

namespace atrium {

FeedTopicTableModel::FeedTopicTableModel(const FeedDiagnostics& diagnostics, std::vector<Field> columns,
                                         QObject* parent)
    : QAbstractTableModel(parent), m_diagnostics(diagnostics), m_columns(std::move(columns))
{}

void FeedTopicTableModel::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

bool FeedTopicTableModel::refresh()
{
    const quint64 revision = m_diagnostics.revision();
    if (m_loaded && revision == m_revision)
        return false;
    m_loaded = true;
    m_revision = revision;
    apply(fetch(m_diagnostics));
    return true;
}

void FeedTopicTableModel::apply(std::vector<FeedDiagnostics::TopicEntry> rows)
{
    // Both lists are sorted by topic: walk them together, removing topics that went away,
    // inserting new ones and updating the rest in place.
    size_t i = 0;
    size_t j = 0;
    while (i < m_rows.size() || j < rows.size()) {
        if (j == rows.size() || (i < m_rows.size() && m_rows[i].topic < rows[j].topic)) {
            beginRemoveRows({}, int(i), int(i));
            m_rows.erase(m_rows.begin() + qsizetype(i));
            endRemoveRows();
        } else if (i == m_rows.size() || rows[j].topic < m_rows[i].topic) {
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(m_rows.begin() + qsizetype(i), std::move(rows[j]));
            endInsertRows();
            ++i;
            ++j;
        } else {
            FeedDiagnostics::TopicEntry& current = m_rows[i];
            if (current.count != rows[j].count || current.lastSeenMs != rows[j].lastSeenMs ||
                current.lastReason != rows[j].lastReason || current.lastPayload != rows[j].lastPayload ||
                current.profile != rows[j].profile) {
                current = std::move(rows[j]);
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
            }
            ++i;
            ++j;
        }
    }
}

int FeedTopicTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString FeedTopicTableModel::readablePayload(const QByteArray& payload)
{
    if (payload::invalidUtf8Offset(payload) < 0) {
        QString text = QString::fromUtf8(payload);
        QString out;
        out.reserve(text.size());
        for (const QChar c : text) {
            if (c == QLatin1Char('\n'))
                out += QLatin1String("\\n");
            else if (c == QLatin1Char('\t'))
                out += QLatin1String("\\t");
            else if (c.category() == QChar::Other_Control)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
        return out;
    }
    QString out;
    for (const char byte : payload) {
        const auto b = quint8(byte);
        if (b >= 0x20 && b < 0x7F)
            out += QLatin1Char(char(b));
        else
            out += QStringLiteral("\\x%1").arg(b, 2, 16, QLatin1Char('0'));
    }
    return out;
}

QString FeedTopicTableModel::localTime(qint64 ms) const
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

int FeedTopicTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant FeedTopicTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const FeedDiagnostics::TopicEntry& e = entry(index.row());
    const Field field = m_columns.at(size_t(index.column()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (field) {
        case Field::Topic:
            return e.topic;
        case Field::Profile:
            return e.profile;
        case Field::Count:
            return role == Qt::DisplayRole ? QVariant(e.count) : QVariant();
        case Field::Reason:
            return e.lastReason;
        case Field::Payload:
            return readablePayload(e.lastPayload);
        case Field::LastSeen:
            return localTime(e.lastSeenMs);
        }
        return {};
    case Qt::TextAlignmentRole:
        return field == Field::Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case TopicRole:
        return e.topic;
    case PayloadRole:
        return e.lastPayload;
    case LastSeenMsRole:
        return e.lastSeenMs;
    case CountRole:
        return e.count;
    default:
        return {};
    }
}

QVariant FeedTopicTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_columns.at(size_t(section))) {
    case Field::Topic:
        return tr("Topic");
    case Field::Profile:
        return tr("Profile");
    case Field::Count:
        return countTitle();
    case Field::Reason:
        return tr("Last reason");
    case Field::Payload:
        return tr("Last payload");
    case Field::LastSeen:
        return tr("Last seen");
    }
    return {};
}

} // namespace atrium

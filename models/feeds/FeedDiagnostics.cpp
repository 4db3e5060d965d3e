// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/FeedDiagnostics.h"

#include <algorithm>

namespace atrium {

namespace {
std::vector<FeedDiagnostics::TopicEntry> sortedValues(const QHash<QString, FeedDiagnostics::TopicEntry>& map)
{
    std::vector<FeedDiagnostics::TopicEntry> out;
    out.reserve(map.size());
    for (const auto& entry : map)
        out.push_back(entry);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.topic < b.topic; });
    return out;
}
} // namespace

void FeedDiagnostics::recordRejected(const QString& topic, const QString& profile, const QString& reason,
                                     const QByteArray& payload, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    TopicEntry& e = m_rejected[topic];
    e.topic = topic;
    e.profile = profile;
    ++e.count;
    e.lastReason = reason;
    e.lastPayload = payload.left(kMaxKeptPayload);
    e.lastSeenMs = nowMs;
    ++m_rejectedTotal;
    ++m_revision;
}

void FeedDiagnostics::recordUnmatched(const QString& topic, const QString& profile, const QByteArray& payload,
                                      qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    TopicEntry& e = m_unmatched[topic];
    e.topic = topic;
    e.profile = profile;
    ++e.count;
    e.lastPayload = payload.left(kMaxKeptPayload);
    e.lastSeenMs = nowMs;
    ++m_revision;
}

void FeedDiagnostics::forgetUnmatched(const QString& topic)
{
    std::lock_guard lock(m_mutex);
    if (m_unmatched.remove(topic) > 0)
        ++m_revision;
}

std::vector<FeedDiagnostics::TopicEntry> FeedDiagnostics::rejected() const
{
    std::lock_guard lock(m_mutex);
    return sortedValues(m_rejected);
}

std::vector<FeedDiagnostics::TopicEntry> FeedDiagnostics::unmatched() const
{
    std::lock_guard lock(m_mutex);
    return sortedValues(m_unmatched);
}

quint64 FeedDiagnostics::rejectedTotal() const
{
    std::lock_guard lock(m_mutex);
    return m_rejectedTotal;
}

quint64 FeedDiagnostics::revision() const
{
    std::lock_guard lock(m_mutex);
    return m_revision;
}

} // namespace atrium

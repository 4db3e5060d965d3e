// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <mutex>
#include <vector>

namespace atrium {

// What went wrong on the feed, per topic: refused payloads (with the reason) and topics that
// no sensor owns (with their last payload). Written from the ingest thread, read from the GUI
// thread through snapshots; item models for the Diagnostics page are built on top.
class FeedDiagnostics
{
public:
    struct TopicEntry
    {
        QString topic;
        QString profile;
        quint64 count = 0;
        QString lastReason;     // rejected entries only
        QByteArray lastPayload; // truncated to kMaxKeptPayload bytes
        qint64 lastSeenMs = 0;
    };
    static constexpr int kMaxKeptPayload = 512;

    void recordRejected(const QString& topic, const QString& profile, const QString& reason, const QByteArray& payload,
                        qint64 nowMs);
    void recordUnmatched(const QString& topic, const QString& profile, const QByteArray& payload, qint64 nowMs);
    void forgetUnmatched(const QString& topic); // after an admin assigned it

    std::vector<TopicEntry> rejected() const;  // sorted by topic
    std::vector<TopicEntry> unmatched() const; // sorted by topic
    quint64 rejectedTotal() const;
    quint64 revision() const; // increases on every change: cheap "anything new?" check

private:
    mutable std::mutex m_mutex;
    QHash<QString, TopicEntry> m_rejected;
    QHash<QString, TopicEntry> m_unmatched;
    quint64 m_rejectedTotal = 0;
    quint64 m_revision = 0;
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/RollupStore.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace atrium {

class Clock;
class FeedDiagnostics;
class LiveState;
class MessageQueue;
class TopicRouter;

// The ingest threads: one drains the MessageQueue in batches (whatever is queued once maxBatch
// messages are waiting or maxLatencyMs has passed), routes and decodes them; the other writes
// readings and rollups, one transaction for whatever batches are decoded by then, on its own
// SQLite writer connection (WAL, see ReadingWriter), then posts them to LiveState. At most a
// few decoded batches wait between the two. Refused and unmatched messages go to
// FeedDiagnostics with their topic, profile and reason. A batch that cannot be written is kept
// and retried with a growing delay (0.1 s to 5 s) while new messages keep queueing; LiveState
// gets it at once all the same, so the floor stays live during a storage outage.
// stop() drains and commits everything still queued before it returns: nothing received is
// lost on a clean shutdown (only a database still failing after a few more tries during
// stop() loses the batch, logged as critical, so that shutdown cannot hang).
// The database must be migrated (Database::migrate) before start().
class Ingestor : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int maxBatch = 5000;
        int maxLatencyMs = 50;
        // The site's opening hours for the daily occupancy summary (ReadingWriter); empty
        // basis: none is kept.
        OpeningWeights openingWeights;
        // Raw readings are kept this many days, then deleted by the writer thread (hourly, in
        // chunks between batches); the rollups and the daily summary keep the history. 0 keeps
        // them forever.
        int rawRetentionDays = 30;
    };
    struct Counters
    {
        quint64 messages = 0; // taken from the queue
        quint64 readings = 0; // stored
        quint64 rejected = 0;
        quint64 unmatched = 0;
        quint64 batches = 0;
    };

    Ingestor(QString databasePath, MessageQueue& queue, TopicRouter& router, const Clock& clock, LiveState* live,
             FeedDiagnostics* diagnostics, Options options, QObject* parent = nullptr);
    Ingestor(QString databasePath, MessageQueue& queue, TopicRouter& router, const Clock& clock, LiveState* live,
             FeedDiagnostics* diagnostics, QObject* parent = nullptr);
    ~Ingestor() override; // stop()s

    void start();
    void stop();
    Counters counters() const; // any thread

Q_SIGNALS:
    // Emitted on this object's thread (queued from the ingest thread) each time a batch could
    // not be written; the batch is kept and retried, never dropped while running.
    void storageError(const QString& message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace atrium

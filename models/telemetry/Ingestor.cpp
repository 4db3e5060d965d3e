// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/Ingestor.h"

#include "core/Clock.h"
#include "feeds/FeedDiagnostics.h"
#include "feeds/MessageQueue.h"
#include "feeds/TopicRouter.h"
#include "telemetry/LiveState.h"
#include "telemetry/ReadingWriter.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace atrium {

namespace {

Q_LOGGING_CATEGORY(lcIngest, "atrium.telemetry")

// After a failed write: wait, then retry the same batch. The delay doubles up to a few
// seconds so a full disk or a locked file is not hammered; messages keep queueing meanwhile.
constexpr int kFirstRetryDelayMs = 100;
constexpr int kMaxRetryDelayMs = 5000;
// While stopping, a database that keeps failing must not hang the shutdown forever: a few
// more tries, then the batch is given up (logged as critical with its size).
constexpr int kAttemptsWhenStopping = 5;
constexpr int kRetryDelayWhenStoppingMs = 200;
// Decoded batches waiting for the writer thread. Beyond this the decoding thread waits and
// messages queue up in the MessageQueue instead, as they do while storage is failing.
constexpr size_t kMaxDecodedBatches = 4;
// Raw-reading retention: rows deleted per transaction (tens of milliseconds, so batches are not
// held up), and how often the writer looks again once nothing is left to delete.
constexpr int kPruneChunkRows = 50000;
constexpr qint64 kPruneIntervalMs = 3600 * 1000;
constexpr auto kIdleWake = std::chrono::seconds(60);

// The MQTT network thread must drain the socket before anything else: at QoS 0 the broker drops
// what queues up beyond its per-client limit. On a machine with fewer cores than busy threads,
// decoding and writing yield to it (and to the broker) and catch up from the MessageQueue.
void yieldToTheNetwork()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, id_t(gettid()), 5); // this thread only, on Linux
#endif
}

} // namespace

struct Ingestor::Private
{
    Private(Ingestor* ingestor, QString databasePath, MessageQueue& messageQueue, TopicRouter& topicRouter,
            const Clock& c, LiveState* liveState, FeedDiagnostics* feedDiagnostics, Options o)
        : q(ingestor), path(std::move(databasePath)), queue(messageQueue), router(topicRouter), clock(c),
          live(liveState), diagnostics(feedDiagnostics), options(o)
    {}

    Ingestor* q;
    QString path;
    MessageQueue& queue;
    TopicRouter& router;
    const Clock& clock;
    LiveState* live;
    FeedDiagnostics* diagnostics;
    Options options;

    std::thread thread;       // writes (ReadingWriter's connection lives here)
    std::thread decodeThread; // takes from the queue, routes and decodes
    std::mutex decodedMutex;
    std::condition_variable decodedChanged;
    std::deque<std::vector<Reading>> decoded; // under decodedMutex
    bool decodingDone = false;                // under decodedMutex
    std::mutex stopMutex;
    std::condition_variable stopChanged;
    bool stopping = false; // under stopMutex

    std::atomic<quint64> messages{0};
    std::atomic<quint64> readings{0};
    std::atomic<quint64> rejected{0};
    std::atomic<quint64> unmatched{0};
    std::atomic<quint64> batches{0};

    bool stopRequested()
    {
        std::lock_guard lock(stopMutex);
        return stopping;
    }
    void decode();
    struct Pruning
    {
        qint64 nextMs = 0;    // clock time of the next look at the retention
        bool backlog = false; // old rows are left: another chunk between batches
        qint64 deleted = 0;   // in this round, for the log
    };

    void write();
    void prune(ReadingWriter& writer, Pruning& pruning);
    void route(const std::vector<RawMessage>& raw, std::vector<Reading>& batch);
    bool store(ReadingWriter& writer, std::vector<Reading>& batch);
    void reportError(const QString& message);
};

// Decoding (~10 us per message) and writing (~4 readings per message) each take most of a
// core at full speed, so they run on two threads with a short queue of batches between them.
void Ingestor::Private::decode()
{
    yieldToTheNetwork();
    std::vector<RawMessage> raw;
    for (;;) {
        // Read the flag before draining: once it is set, everything queued up to now is taken
        // by this or the next iteration, and the loop ends only on an empty queue.
        const bool finishing = stopRequested();
        if (!finishing)
            queue.waitFor(size_t(std::max(1, options.maxBatch)), options.maxLatencyMs);
        queue.takeAll(raw);
        if (raw.empty()) {
            if (finishing)
                break;
            continue;
        }
        messages.fetch_add(raw.size(), std::memory_order_relaxed);
        std::vector<Reading> batch;
        batch.reserve(raw.size() * 4);
        route(raw, batch);
        if (batch.empty())
            continue;
        std::unique_lock lock(decodedMutex);
        decodedChanged.wait(lock, [&] { return decoded.size() < kMaxDecodedBatches; });
        decoded.push_back(std::move(batch));
        decodedChanged.notify_all();
    }
    std::lock_guard lock(decodedMutex);
    decodingDone = true;
    decodedChanged.notify_all();
}

void Ingestor::Private::write()
{
    yieldToTheNetwork();
    ReadingWriter writer(path);
    writer.setOpeningWeights(options.openingWeights);
    // Opened now rather than at the first batch, so a daily summary to recompute (first start
    // after migration 0006) is done before the feed gets busy. A failure is retried by write().
    if (Status opened = writer.open(); !opened)
        qCWarning(lcIngest) << opened.error();
    std::vector<Reading> batch;
    Pruning pruning;
    for (;;) {
        prune(writer, pruning);
        {
            std::unique_lock lock(decodedMutex);
            const auto ready = [&] { return !decoded.empty() || decodingDone; };
            // Idle, the thread still wakes up now and then for the retention; with old rows
            // left to delete, it deletes a chunk between batches.
            if (!decodedChanged.wait_for(lock, pruning.backlog ? std::chrono::seconds(0) : kIdleWake, ready))
                continue;
            if (decoded.empty())
                break; // decoding is done and everything it produced is written
            // Whatever queued up while the last transaction ran goes into the next one.
            batch = std::move(decoded.front());
            decoded.pop_front();
            // Capped at one full batch's readings, so a transaction (which holds the write lock
            // other connections wait for) stays as short as before.
            const size_t cap = size_t(std::max(1, options.maxBatch)) * 4;
            while (!decoded.empty() && batch.size() + decoded.front().size() <= cap) {
                std::move(decoded.front().begin(), decoded.front().end(), std::back_inserter(batch));
                decoded.pop_front();
            }
            decodedChanged.notify_all();
        }
        const size_t count = batch.size(); // store() hands the batch over to LiveState
        if (store(writer, batch)) {
            readings.fetch_add(count, std::memory_order_relaxed);
            batches.fetch_add(1, std::memory_order_relaxed);
        }
        batch = {};
    }
    writer.close();
}

void Ingestor::Private::prune(ReadingWriter& writer, Pruning& pruning)
{
    if (options.rawRetentionDays <= 0)
        return;
    const qint64 now = clock.nowMs();
    // A clock set back more than the interval is not waited out: the next prune would be days away.
    if (!pruning.backlog && now < pruning.nextMs && now >= pruning.nextMs - kPruneIntervalMs)
        return;
    const qint64 cutoff = now - qint64(options.rawRetentionDays) * 24 * 3600 * 1000;
    const Result<int> deleted = writer.pruneRawReadings(cutoff, kPruneChunkRows);
    if (!deleted) {
        qCWarning(lcIngest) << deleted.error();
        pruning.backlog = false;
        pruning.nextMs = now + kPruneIntervalMs;
        return;
    }
    pruning.deleted += deleted.value();
    pruning.backlog = deleted.value() > 0;
    if (!pruning.backlog) {
        if (pruning.deleted > 0)
            qCInfo(lcIngest) << "retention: deleted" << pruning.deleted << "raw readings older than"
                             << options.rawRetentionDays << "days";
        pruning.deleted = 0;
        pruning.nextMs = now + kPruneIntervalMs;
    }
}

void Ingestor::Private::route(const std::vector<RawMessage>& raw, std::vector<Reading>& batch)
{
    const qint64 now = clock.nowMs();
    for (const RawMessage& message : raw) {
        TopicRouter::Outcome outcome = router.route(message);
        if (outcome.error.isEmpty() && !outcome.unmatched) {
            // Decoders refuse NaN already; this guards the database against any decoder that
            // does not, since SQLite would turn the value into NULL.
            const auto bad = std::find_if(outcome.readings.cbegin(), outcome.readings.cend(),
                                          [](const Reading& r) { return !std::isfinite(r.value); });
            if (bad != outcome.readings.cend())
                outcome.error = QCoreApplication::translate("atrium::Ingestor", "%1 is not a finite number")
                                    .arg(metricKey(bad->metric));
        }
        if (!outcome.error.isEmpty()) {
            rejected.fetch_add(1, std::memory_order_relaxed);
            if (diagnostics)
                diagnostics->recordRejected(QString::fromUtf8(message.topic), outcome.profile, outcome.error,
                                            message.payload, now);
            continue;
        }
        if (outcome.unmatched) {
            unmatched.fetch_add(1, std::memory_order_relaxed);
            if (diagnostics)
                diagnostics->recordUnmatched(QString::fromUtf8(message.topic), outcome.profile, message.payload, now);
            continue;
        }
        std::move(outcome.readings.begin(), outcome.readings.end(), std::back_inserter(batch));
    }
}

bool Ingestor::Private::store(ReadingWriter& writer, std::vector<Reading>& batch)
{
    int attempt = 0;
    bool posted = false;
    for (;;) {
        const Status written = writer.write(batch);
        if (written) {
            if (live && !posted)
                live->post(std::move(batch));
            return true;
        }
        ++attempt;
        reportError(written.error());
        // The floor view stays live while storage is failing; the batch reaches LiveState
        // once, whatever the number of attempts.
        if (live && !posted) {
            live->post(batch);
            posted = true;
        }
        const bool finishing = stopRequested();
        if (finishing && attempt >= kAttemptsWhenStopping) {
            qCCritical(lcIngest) << "shutting down with" << batch.size() << "readings not stored:" << written.error();
            return false;
        }
        const int delayMs = finishing ? kRetryDelayWhenStoppingMs
                                      : std::min(kMaxRetryDelayMs, kFirstRetryDelayMs << std::min(attempt - 1, 10));
        std::unique_lock lock(stopMutex);
        // stop() cuts a long delay short; the batch is then retried a few more times.
        stopChanged.wait_for(lock, std::chrono::milliseconds(delayMs), [&] { return stopping != finishing; });
    }
}

void Ingestor::Private::reportError(const QString& message)
{
    qCWarning(lcIngest) << message;
    // Emitted on the Ingestor's own thread (the GUI thread), never from the ingest thread.
    QMetaObject::invokeMethod(
        q, [ingestor = q, message] { Q_EMIT ingestor->storageError(message); }, Qt::QueuedConnection);
}

Ingestor::Ingestor(QString databasePath, MessageQueue& queue, TopicRouter& router, const Clock& clock, LiveState* live,
                   FeedDiagnostics* diagnostics, Options options, QObject* parent)
    : QObject(parent),
      d(std::make_unique<Private>(this, std::move(databasePath), queue, router, clock, live, diagnostics, options))
{}

Ingestor::Ingestor(QString databasePath, MessageQueue& queue, TopicRouter& router, const Clock& clock, LiveState* live,
                   FeedDiagnostics* diagnostics, QObject* parent)
    : Ingestor(std::move(databasePath), queue, router, clock, live, diagnostics, Options{}, parent)
{}

Ingestor::~Ingestor()
{
    stop();
}

void Ingestor::start()
{
    if (d->thread.joinable())
        return;
    {
        std::lock_guard lock(d->stopMutex);
        d->stopping = false;
    }
    {
        std::lock_guard lock(d->decodedMutex);
        d->decoded.clear();
        d->decodingDone = false;
    }
    d->thread = std::thread([this] { d->write(); });
    d->decodeThread = std::thread([this] { d->decode(); });
}

void Ingestor::stop()
{
    if (!d->thread.joinable())
        return;
    {
        std::lock_guard lock(d->stopMutex);
        d->stopping = true;
    }
    d->stopChanged.notify_all();
    d->queue.wake();
    // The decoder drains the queue first, then the writer everything decoded.
    d->decodeThread.join();
    d->thread.join();
    const Counters c = counters();
    qCInfo(lcIngest) << "ingest stopped:" << c.messages << "messages," << c.readings << "readings stored in"
                     << c.batches << "batches";
}

Ingestor::Counters Ingestor::counters() const
{
    Counters c;
    c.messages = d->messages.load(std::memory_order_relaxed);
    c.readings = d->readings.load(std::memory_order_relaxed);
    c.rejected = d->rejected.load(std::memory_order_relaxed);
    c.unmatched = d->unmatched.load(std::memory_order_relaxed);
    c.batches = d->batches.load(std::memory_order_relaxed);
    return c;
}

} // namespace atrium

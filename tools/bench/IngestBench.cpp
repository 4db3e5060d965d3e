// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IngestBench.h"

#include "BenchSite.h"
#include "ProcessMemory.h"
#include "RawMqtt.h"
#include "analytics/Popularity.h"
#include "core/Clock.h"
#include "feeds/MessageQueue.h"
#include "feeds/MqttSession.h"
#include "feeds/TopicRouter.h"
#include "storage/Database.h"
#include "telemetry/Ingestor.h"
#include "telemetry/LiveState.h"

#include <QCoreApplication>
#include <QThread>

#include <functional>
#include <thread>

namespace atrium::bench {

namespace {

// After the publisher is done, a count that stops growing for this long is final.
constexpr auto kIdleEnd = std::chrono::seconds(3);
constexpr auto kPoll = std::chrono::milliseconds(2);

double secondsBetween(BenchClock::time_point from, BenchClock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

struct PublishRun
{
    std::thread thread;
    std::atomic<bool> done{false};
    BenchClock::time_point start;
    QString error;
};

// Starts publishing on a thread of its own; `run.start` is set before the first message.
void startPublishing(PublishRun& run, RawPublisher& publisher, quint64 messages, int qos)
{
    run.start = BenchClock::now();
    run.thread = std::thread([&run, &publisher, messages, qos] {
        run.error = publisher.publishAll(0, messages, qos);
        run.done = true;
    });
}

// Polls `count` (running this thread's events meanwhile) until it reaches `target`, or the
// publisher is done and the count has not moved for kIdleEnd. Returns when it last grew.
BenchClock::time_point waitForCount(const std::function<quint64()>& count, quint64 target, const PublishRun& run)
{
    quint64 last = count();
    BenchClock::time_point lastChange = BenchClock::now();
    for (;;) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        const quint64 now = count();
        const auto t = BenchClock::now();
        if (now != last) {
            last = now;
            lastChange = t;
        }
        if (now >= target)
            return lastChange;
        if (run.done && t - lastChange > kIdleEnd)
            return lastChange;
        std::this_thread::sleep_for(kPoll);
    }
}

} // namespace

FlowFigures measureReceive(quint16 port, int qos, quint64 messages)
{
    FlowFigures f;
    f.qos = qos;
    RawSubscriber subscriber;
    RawPublisher publisher;
    f.error = subscriber.connect(port, "zigbee2mqtt/#", qos);
    if (f.error.isEmpty())
        f.error = publisher.connect(port);
    if (!f.error.isEmpty())
        return f;
    PublishRun run;
    startPublishing(run, publisher, messages, qos);
    waitForCount([&] { return subscriber.received(); }, messages, run);
    run.thread.join();
    f.published = publisher.published();
    f.delivered = subscriber.received();
    f.seconds = secondsBetween(run.start, subscriber.lastReceived());
    f.error = run.error;
    return f;
}

FlowFigures measureIngest(const BenchSite& bench, quint16 port, int qos, quint64 messages, const QString& databasePath)
{
    FlowFigures f;
    f.qos = qos;
    if (Status migrated = Database::migrate(databasePath); !migrated) {
        f.error = migrated.error();
        return f;
    }
    const Site& site = bench.site();
    SystemClock clock;
    MessageQueue queue;
    TopicRouter router(site, clock);
    LiveState live(site, clock);
    Ingestor::Options options;
    options.openingWeights = popularityWeights(site); // as ConsoleServices: the daily summary is kept
    Ingestor ingestor(databasePath, queue, router, clock, &live, nullptr, options);
    BrokerSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.clientId = QStringLiteral("atrium-bench-console-qos%1").arg(qos);
    MqttSession session(settings);
    session.setQueue(&queue);
    for (const QString& filter : router.subscriptionFilters())
        session.subscribe(filter, qos);

    RawPublisher publisher;
    f.error = publisher.connect(port);
    if (!f.error.isEmpty())
        return f;
    ingestor.start();
    session.start();

    // Subscriptions are sent in order after CONNACK and the broker applies them in order, so
    // once a message on the last sensor's topic is stored every filter is active. Probe until then.
    const auto probeDeadline = BenchClock::now() + std::chrono::seconds(15);
    const quint64 probeSeq = BenchSite::kSensors - 1;
    while (ingestor.counters().readings == 0) {
        if (BenchClock::now() > probeDeadline) {
            f.error = QStringLiteral("the console pipeline stored nothing within 15 s (session: %1)")
                          .arg(session.lastError());
            return f;
        }
        publisher.publishAll(probeSeq, 1, 0);
        for (int i = 0; i < 50 && ingestor.counters().readings == 0; ++i) {
            QCoreApplication::processEvents();
            std::this_thread::sleep_for(kPoll);
        }
    }
    // Let a late probe land before taking the baseline.
    QThread::msleep(300);
    QCoreApplication::processEvents();
    const quint64 baseReadings = ingestor.counters().readings;
    resetPeakResident();

    auto storedMessages = [&] { return (ingestor.counters().readings - baseReadings) / BenchSite::kValuesPerMessage; };
    const quint64 probes = publisher.published();
    PublishRun run;
    startPublishing(run, publisher, messages, qos);
    const BenchClock::time_point last = waitForCount(storedMessages, messages, run);
    run.thread.join();
    f.seconds = secondsBetween(run.start, last);
    f.published = publisher.published() - probes;
    // Network first, then the ingest thread drains and commits what was received.
    session.stop();
    ingestor.stop();
    live.flushNow();
    f.delivered = storedMessages();
    f.peakMiB = peakResidentMiB();
    f.error = run.error;
    return f;
}

} // namespace atrium::bench

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleBench.h"

#include "BenchSite.h"
#include "ConsoleContext.h"
#include "ConsoleServices.h"
#include "FloorPage.h"
#include "FloorPlanView.h"
#include "MainWindow.h"
#include "RawMqtt.h"
#include "core/Clock.h"
#include "feeds/MqttSession.h"
#include "telemetry/LiveState.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <thread>

namespace atrium::bench {

namespace {

constexpr int kTickMs = 5;
constexpr auto kPoll = std::chrono::milliseconds(2);

// Runs this thread's events until `done` or `timeoutMs` passed; false on timeout.
template <typename Done> bool spinUntil(Done done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        std::this_thread::sleep_for(kPoll);
    }
    return true;
}

// Notes that the watched widget got a Paint event.
class PaintSeen : public QObject
{
public:
    bool seen = false;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            seen = true;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

StallFigures measureStall(const BenchSite& bench, quint16 port, const QString& databasePath, double rate,
                          double seconds)
{
    StallFigures f;
    f.rate = rate;
    BrokerSettings broker;
    broker.host = QStringLiteral("127.0.0.1");
    broker.port = port;
    broker.clientId = QStringLiteral("atrium-bench-stall-console");

    // As app/main.cpp builds the console.
    ConsoleServices services(SystemClock::instance());
    if (Status opened = services.open(bench.sitePath(), databasePath, broker); !opened) {
        f.error = opened.error();
        return f;
    }
    ConsoleContext context;
    context.site = &services.site();
    for (const auto& [floorId, plan] : services.floorPlans())
        context.floorPlans.insert(floorId, plan);
    context.live = services.liveState();
    context.rollups = services.rollups();
    context.diagnostics = services.diagnostics();
    context.mqtt = services.session();
    context.clock = &services.clock();
    context.assignTopic = [&services](const QString& topic, const QString& profile, const QString& roomId) {
        return services.assignTopic(topic, profile, roomId);
    };
    MainWindow window(context);
    QObject::connect(&services, &ConsoleServices::popularityChanged, &window, &MainWindow::setPopularity);
    PaintSeen floorPainted;
    if (auto* floor = window.findChild<FloorPlanView*>())
        floor->installEventFilter(&floorPainted);
    services.start();
    window.resize(1920, 1080);
    window.show();
    // The first paint renders the plan's cached layers (startup_ms covers that): not a stall.
    if (!spinUntil([&] { return floorPainted.seen; }, 30000)) {
        f.error = QStringLiteral("the floor view was not painted within 30 s");
        return f;
    }

    // Live once a message on the last sensor's topic has reached the floor (subscriptions are
    // applied in order): probe until then, so the load does not start into a half-subscribed feed.
    RawPublisher publisher;
    if (f.error = publisher.connect(port); !f.error.isEmpty())
        return f;
    const int probeSensor = BenchSite::kSensors - 1;
    const QString probeRoom = BenchSite::roomId(probeSensor % BenchSite::kRooms);
    const bool live = spinUntil(
        [&] {
            if (services.liveState()->value(probeRoom, Metric::Temperature))
                return true;
            publisher.publishAll(quint64(probeSensor), 1, 0);
            return false;
        },
        15000);
    if (!live) {
        f.error = QStringLiteral("the console showed nothing from the feed within 15 s (session: %1)")
                      .arg(services.session()->lastError());
        return f;
    }

    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(kTickMs);
    QElapsedTimer clock;
    qint64 lastNs = -1;
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastNs >= 0)
            f.maxGapMs = std::max(f.maxGapMs, double(now - lastNs) / 1e6);
        lastNs = now;
        ++f.ticks;
    });
    // The same timer without the load first: the gaps the shared machine causes by itself.
    clock.start();
    tick.start();
    spinUntil([&] { return clock.elapsed() > qint64(seconds * 1000); }, int(seconds * 1000) + 30000);
    tick.stop();
    f.idleGapMs = f.maxGapMs;
    f.maxGapMs = 0;
    f.ticks = 0;
    lastNs = -1;

    // The console's once-a-minute popularity refresh, halfway through.
    QTimer::singleShot(int(seconds * 500), &services, [&services] { services.refreshPopularity(); });

    std::atomic<bool> stop{false};
    QString publishError;
    const quint64 probes = publisher.published();
    clock.start();
    tick.start();
    std::thread load(
        [&] { publishError = publisher.publishAtRate(quint64(BenchSite::kSensors), rate, seconds, 0, stop); });
    spinUntil([&] { return clock.elapsed() > qint64(seconds * 1000); }, int(seconds * 1000) + 30000);
    stop = true;
    load.join();
    // Whatever the last messages still make the console do counts too.
    spinUntil([&] { return clock.elapsed() > qint64(seconds * 1000) + 500; }, 2000);
    tick.stop();
    f.seconds = seconds;
    f.published = publisher.published() - probes;
    f.error = publishError;
    window.close();
    services.shutdown();
    return f;
}

StartupFigures measureStartup(const BenchSite& bench, const QString& atriumPath, quint16 port,
                              const QString& databasePath, int runs)
{
    StartupFigures f;
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QProcess atrium;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ATRIUM_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        atrium.setProcessEnvironment(env);
        const QStringList arguments{QStringLiteral("--site"),      bench.sitePath(),
                                    QStringLiteral("--database"),  databasePath,
                                    QStringLiteral("--broker"),    QStringLiteral("mqtt://127.0.0.1:%1").arg(port),
                                    QStringLiteral("--client-id"), QStringLiteral("atrium-bench-startup-%1").arg(run)};
        QElapsedTimer timer;
        timer.start();
        atrium.start(atriumPath, arguments);
        if (!atrium.waitForStarted(10000)) {
            f.error = QStringLiteral("cannot start %1: %2").arg(atriumPath, atrium.errorString());
            return f;
        }
        double ms = -1;
        QByteArray output;
        while (ms < 0 && atrium.state() != QProcess::NotRunning && timer.elapsed() < 60000) {
            atrium.waitForReadyRead(100);
            output += atrium.readAllStandardOutput();
            if (output.contains("first floor paint"))
                ms = double(timer.nsecsElapsed()) / 1e6;
        }
        if (ms < 0) {
            atrium.kill();
            atrium.waitForFinished(5000);
            f.error = QStringLiteral("%1 did not report its first floor paint (exit %2): %3%4")
                          .arg(atriumPath)
                          .arg(atrium.exitCode())
                          .arg(QString::fromUtf8(output), QString::fromUtf8(atrium.readAllStandardError()));
            return f;
        }
        if (!atrium.waitForFinished(30000)) {
            atrium.kill();
            atrium.waitForFinished(5000);
            f.error = QStringLiteral("%1 did not quit after its first floor paint").arg(atriumPath);
            return f;
        }
        times.push_back(ms);
    }
    f.runs = int(times.size());
    f.firstMs = times.front();
    std::sort(times.begin(), times.end());
    f.medianMs = times[times.size() / 2];
    return f;
}

} // namespace atrium::bench

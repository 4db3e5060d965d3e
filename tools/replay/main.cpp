// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvSource.h"
#include "DayGenerator.h"
#include "JsonlSource.h"
#include "ReplayCommandLine.h"
#include "ReplayPublisher.h"
#include "feeds/MqttSession.h"
#include "site/SiteLoader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <memory>

using namespace atrium;
using namespace atrium::replay;

namespace {

std::atomic<bool> g_interrupted{false};

void onSignal(int)
{
    g_interrupted.store(true);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("atrium-replay", text);
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& message, int code)
{
    err() << "atrium-replay: " << message << Qt::endl;
    return code;
}

// What the sources share: the site (when one is given), its zone and its topic id.
struct Context
{
    std::optional<Site> site;
    QTimeZone zone;
    QString siteId;
};

Result<ReplayEvents> loadEvents(const ReplayConfig& config, const Context& context)
{
    switch (config.source) {
    case ReplayConfig::Source::Jsonl:
        return JsonlSource::read(config.file, context.zone);
    case ReplayConfig::Source::Csv: {
        CsvSource::Options options;
        options.siteId = context.siteId;
        options.zone = context.zone;
        options.columns = config.columns;
        options.timeColumn = config.timeColumn;
        options.maxRows = config.maxRows;
        if (!config.keepTimes)
            options.latestRowAtMs = QDateTime::currentMSecsSinceEpoch();
        for (const QString& room : config.rooms)
            options.rooms.push_back({room, qint64(config.shiftMinutes.value(room, 0)) * 60 * 1000});
        return CsvSource::read(config.file, options);
    }
    case ReplayConfig::Source::Generate: {
        DayGenerator::Options options;
        options.date = config.date;
        options.seed = config.seed;
        options.siteId = context.siteId;
        Site site = *context.site;
        site.timeZone = context.zone;
        return DayGenerator(std::move(site), options).generate();
    }
    }
    return Result<ReplayEvents>::failure(tr("no source"));
}

QString summary(const ReplayPublisher::Stats& stats, int qos)
{
    const double seconds = stats.elapsedMs / 1000.0;
    const double rate = seconds > 0 ? stats.published / seconds : 0.0;
    QString text = tr("published %1 messages in %2 s (%3 messages/s)")
                       .arg(stats.published)
                       .arg(seconds, 0, 'f', 2)
                       .arg(rate, 0, 'f', 0);
    if (qos == 1)
        text += tr("; %1 PUBACKs confirmed").arg(stats.confirmed);
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("atrium-replay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATRIUM_VERSION));

    const auto parsed = ReplayCommandLine::parse(QCoreApplication::arguments());
    if (!parsed)
        return fail(parsed.error() + QLatin1Char('\n') + tr("Try 'atrium-replay --help'."), 2);
    const ReplayConfig& config = *parsed;
    if (config.quiet)
        QLoggingCategory::setFilterRules(QStringLiteral("atrium.*.info=false\natrium.*.debug=false"));
    if (config.showHelp) {
        out() << config.helpText;
        return 0;
    }
    if (config.showVersion) {
        out() << "atrium-replay " << ATRIUM_VERSION << Qt::endl;
        return 0;
    }

    Context context;
    QString siteFile = config.siteFile;
    if (siteFile.isEmpty() && config.source == ReplayConfig::Source::Generate) {
        siteFile = QStringLiteral(ATRIUM_SAMPLE_SITE);
        if (!QFileInfo::exists(siteFile))
            return fail(tr("--generate needs a site file: pass --site FILE"), 2);
    }
    if (!siteFile.isEmpty()) {
        SiteLoader::Options options;
        options.checkPlans = false; // the replayer never draws the plan
        auto site = SiteLoader::load(siteFile, options);
        if (!site)
            return fail(site.error(), 2);
        context.site = std::move(*site);
    }
    context.zone = !config.timeZone.isEmpty() ? QTimeZone(config.timeZone.toUtf8())
                   : context.site             ? context.site->timeZone
                                              : QTimeZone(QByteArrayLiteral("Europe/Paris"));
    context.siteId = !config.siteId.isEmpty() ? config.siteId
                     : context.site           ? context.site->id
                                              : QStringLiteral("demo");

    auto events = loadEvents(config, context);
    if (!events)
        return fail(events.error(), 2);
    if (config.from.isValid()) {
        std::erase_if(*events, [&](const ReplayEvent& event) {
            return QDateTime::fromMSecsSinceEpoch(event.dueMs, context.zone).time() < config.from;
        });
    }
    if (config.print) {
        ZoneOffsets offsets(context.zone);
        for (const ReplayEvent& event : *events) {
            const QJsonObject line{{QStringLiteral("topic"), event.topic},
                                   {QStringLiteral("payload"), QString::fromUtf8(event.payload)},
                                   {QStringLiteral("time"), offsets.isoString(event.dueMs)}};
            out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
        }
        out().flush();
        return 0;
    }
    if (!config.quiet) {
        out() << tr("%1 messages to publish").arg(events->size());
        if (!events->empty())
            out() << tr(", recorded from %1 to %2")
                         .arg(QDateTime::fromMSecsSinceEpoch(events->front().dueMs, context.zone).toString(Qt::ISODate),
                              QDateTime::fromMSecsSinceEpoch(events->back().dueMs, context.zone).toString(Qt::ISODate));
        out() << Qt::endl;
    }

    MqttSession session(config.broker);
    ReplayPublisher::Options publishOptions;
    publishOptions.speed = config.speed;
    publishOptions.fast = config.fast;
    publishOptions.qos = config.qos;
    publishOptions.window = config.window;
    publishOptions.restamp = config.restamp;
    publishOptions.zone = context.zone;
    ReplayPublisher publisher(session, publishOptions);

    int exitCode = 0;
    bool started = false;
    ReplayPublisher::Stats total;
    QTimer connectTimeout;
    connectTimeout.setSingleShot(true);
    QObject::connect(&connectTimeout, &QTimer::timeout, &app, [&] {
        exitCode = fail(tr("cannot reach the broker at %1 within %2 s (%3)")
                            .arg(config.broker.displayUrl())
                            .arg(config.connectTimeoutS)
                            .arg(session.lastError().isEmpty() ? tr("no answer") : session.lastError()),
                        3);
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&session, &MqttSession::stateChanged, &app, [&](MqttSession::State state, const QString&) {
        if (state != MqttSession::State::Connected || started)
            return;
        started = true;
        connectTimeout.stop();
        if (!config.quiet)
            out() << tr("connected to %1").arg(config.broker.displayUrl()) << Qt::endl;
        publisher.start(std::move(*events));
    });
    QObject::connect(&publisher, &ReplayPublisher::finished, &app, [&] {
        const auto& stats = publisher.stats();
        total.published += stats.published;
        total.confirmed += stats.confirmed;
        total.elapsedMs += stats.elapsedMs;
        if (!stats.error.isEmpty()) {
            exitCode = fail(stats.error, 4);
        } else if (config.loop && !g_interrupted.load()) {
            if (!config.quiet)
                out() << summary(stats, config.qos) << tr(", starting again") << Qt::endl;
            auto again = loadEvents(config, context);
            if (again) {
                publisher.start(std::move(*again));
                return;
            }
            exitCode = fail(again.error(), 2);
        }
        out() << summary(total, config.qos) << Qt::endl;
        QCoreApplication::exit(exitCode);
    });

    // Ctrl+C: stop after printing what was published so far.
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer signalPoll;
    QObject::connect(&signalPoll, &QTimer::timeout, &app, [&] {
        if (!g_interrupted.load())
            return;
        signalPoll.stop();
        const auto stats = publisher.currentStats();
        total.published += stats.published;
        total.confirmed += stats.confirmed;
        total.elapsedMs += stats.elapsedMs;
        out() << tr("interrupted: ") << summary(total, config.qos) << Qt::endl;
        QCoreApplication::exit(130);
    });
    signalPoll.start(200);

    session.start();
    connectTimeout.start(config.connectTimeoutS * 1000);
    const int code = app.exec();
    session.stop();
    return code;
}

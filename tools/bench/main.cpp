// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// atrium-bench: one command, one private mosquitto, every figure of docs/PERFORMANCE.md
// measured side by side so the speed of the machine on the day cancels out in the ratios.
#include "BenchReport.h"
#include "BenchSite.h"
#include "ConsoleBench.h"
#include "IngestBench.h"
#include "MosquittoBroker.h"
#include "QueryBench.h"
#include "RawMqtt.h"
#include "RenderBench.h"
#include "StoreBench.h"
#include "analytics/Popularity.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace atrium;
using namespace atrium::bench;

namespace {

// Finishes the whole run in well under two minutes on a 2-core machine (docs/PERFORMANCE.md).
constexpr quint64 kDefaultMessages = 100000;
constexpr int kDefaultFrames = 300;
constexpr int kQueryRepeats = 5;
constexpr int kDefaultDays = 90;     // issue 3: 90-day popularity
constexpr double kStallRate = 20000; // issue 3: stall_ms while the console ingests 20,000 msg/s
constexpr double kDefaultStallSeconds = 5;
constexpr int kDefaultStartupRuns = 3;
constexpr int kDefaultRounds = 3; // receive/ingest pairs per QoS (a shared VM varies by +-20 % run to run)
const QStringList kPhases = {QStringLiteral("receive"), QStringLiteral("ingest"), QStringLiteral("store"),
                             QStringLiteral("query"),   QStringLiteral("render"), QStringLiteral("stall"),
                             QStringLiteral("startup")};
// Rows per write: what the ingest thread writes when 5000 messages (Ingestor::Options::maxBatch)
// of four values each are queued.
constexpr int kStoreBatchRows = 5000 * BenchSite::kValuesPerMessage;

void progress(bool quiet, const QString& text)
{
    if (!quiet) {
        std::fprintf(stderr, "atrium-bench: %s\n", qPrintable(text));
        std::fflush(stderr);
    }
}

int fail(const QString& why)
{
    std::fprintf(stderr, "atrium-bench: error: %s\n", qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    // Nothing is shown: the floor view renders into an image.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("atrium-bench"));
    QApplication::setApplicationVersion(QStringLiteral(ATRIUM_VERSION));
    // The pipeline's own info lines (ingest stopped, ...) would interleave with the table.
    QLoggingCategory::setFilterRules(QStringLiteral("atrium.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures Atrium against a raw MQTT subscriber and a plain SQLite loop on this machine "
                       "(docs/PERFORMANCE.md). Starts its own mosquitto on a free loopback port."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption messagesOption(
        QStringLiteral("messages"),
        QStringLiteral("Messages per receive and ingest run (default %1).").arg(kDefaultMessages), QStringLiteral("N"),
        QString::number(kDefaultMessages));
    const QCommandLineOption framesOption(QStringLiteral("frames"),
                                          QStringLiteral("Floor repaints to time (default %1).").arg(kDefaultFrames),
                                          QStringLiteral("N"), QString::number(kDefaultFrames));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Also print every figure as one JSON object on the last line."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), QStringLiteral("No progress lines on stderr."));
    const QCommandLineOption daysOption(
        QStringLiteral("rollup-days"),
        QStringLiteral("Days of rollups for the query figures (default %1; fewer only for a smoke run).")
            .arg(kDefaultDays),
        QStringLiteral("D"), QString::number(kDefaultDays));
    const QCommandLineOption stallOption(
        QStringLiteral("stall-seconds"),
        QStringLiteral("How long the console ingests %1 msg/s for stall_ms (default %2).")
            .arg(kStallRate)
            .arg(kDefaultStallSeconds),
        QStringLiteral("S"), QString::number(kDefaultStallSeconds));
    const QCommandLineOption startupRunsOption(
        QStringLiteral("startup-runs"),
        QStringLiteral("Console starts timed for startup_ms, median (default %1).").arg(kDefaultStartupRuns),
        QStringLiteral("N"), QString::number(kDefaultStartupRuns));
    const QCommandLineOption atriumOption(
        QStringLiteral("atrium"),
        QStringLiteral("The atrium executable for startup_ms (default: %1).").arg(QStringLiteral(ATRIUM_EXECUTABLE)),
        QStringLiteral("path"), QStringLiteral(ATRIUM_EXECUTABLE));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Measure only these, comma-separated: %1 (the rollups are written whenever query, stall "
                       "or startup is asked for). Default: all.")
            .arg(kPhases.join(QLatin1Char(','))),
        QStringLiteral("list"));
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"),
        QStringLiteral("Receive/ingest rounds per QoS, the median reported (default %1).").arg(kDefaultRounds),
        QStringLiteral("N"), QString::number(kDefaultRounds));
    const QCommandLineOption qosOption(
        QStringLiteral("qos"),
        QStringLiteral("Run receive and ingest at this QoS only, 0 or 1 (profiling). Default: both."),
        QStringLiteral("level"));
    parser.addOptions({messagesOption, framesOption, daysOption, stallOption, startupRunsOption, atriumOption,
                       onlyOption, roundsOption, qosOption, jsonOption, quietOption});
    parser.process(app);

    bool ok = false;
    const quint64 messages = parser.value(messagesOption).toULongLong(&ok);
    if (!ok || messages == 0)
        return fail(
            QStringLiteral("--messages needs a positive whole number, not \"%1\"").arg(parser.value(messagesOption)));
    const int frames = parser.value(framesOption).toInt(&ok);
    if (!ok || frames <= 0)
        return fail(
            QStringLiteral("--frames needs a positive whole number, not \"%1\"").arg(parser.value(framesOption)));
    const int days = parser.value(daysOption).toInt(&ok);
    if (!ok || days <= 0)
        return fail(
            QStringLiteral("--rollup-days needs a positive whole number, not \"%1\"").arg(parser.value(daysOption)));
    const double stallSeconds = parser.value(stallOption).toDouble(&ok);
    if (!ok || stallSeconds <= 0)
        return fail(
            QStringLiteral("--stall-seconds needs a positive number, not \"%1\"").arg(parser.value(stallOption)));
    const int startupRuns = parser.value(startupRunsOption).toInt(&ok);
    if (!ok || startupRuns <= 0)
        return fail(QStringLiteral("--startup-runs needs a positive whole number, not \"%1\"")
                        .arg(parser.value(startupRunsOption)));
    QStringList phases = kPhases;
    if (parser.isSet(onlyOption)) {
        phases = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& phase : phases) {
            if (!kPhases.contains(phase))
                return fail(QStringLiteral("--only: unknown figure \"%1\" (known: %2)")
                                .arg(phase, kPhases.join(QLatin1Char(','))));
        }
    }
    const int rounds = parser.value(roundsOption).toInt(&ok);
    if (!ok || rounds <= 0)
        return fail(
            QStringLiteral("--rounds needs a positive whole number, not \"%1\"").arg(parser.value(roundsOption)));
    int onlyQos = -1;
    if (parser.isSet(qosOption)) {
        onlyQos = parser.value(qosOption).toInt(&ok);
        if (!ok || (onlyQos != 0 && onlyQos != 1))
            return fail(QStringLiteral("--qos needs 0 or 1, not \"%1\"").arg(parser.value(qosOption)));
    }
    auto wanted = [&phases](const char* phase) { return phases.contains(QLatin1String(phase)); };
    const bool quiet = parser.isSet(quietOption);

    QTemporaryDir work;
    if (!work.isValid())
        return fail(QStringLiteral("cannot create a temporary folder: %1").arg(work.errorString()));
    BenchSite site;
    if (const QString error = site.generate(work.path()); !error.isEmpty())
        return fail(error);

    test::MosquittoBroker broker;
    // mosquitto's stock queue limit (1000 messages per client), as a site's broker has.
    broker.setStockQueueLimits(true);
    QString error;
    if (!broker.start(&error))
        return fail(error);
    progress(quiet, QStringLiteral("mosquitto on %1").arg(broker.url()));

    BenchReport report;
    report.messages = messages;
    report.rounds = rounds;
    for (int qos = 0; qos < 2; ++qos) {
        if (onlyQos >= 0 && qos != onlyQos)
            continue;
        // Receive and ingest alternate, so that a slow spell of a shared machine hits both
        // sides of a ratio; the median round is reported.
        struct Round
        {
            std::optional<FlowFigures> receive;
            std::optional<FlowFigures> ingest;
            double key = 0.0; // what the rounds are ranked by
        };
        std::vector<Round> done;
        for (int round = 1; round <= rounds; ++round) {
            const QString of = rounds > 1 ? QStringLiteral(", round %1 of %2").arg(round).arg(rounds) : QString();
            Round r;
            if (wanted("receive")) {
                progress(quiet, QStringLiteral("receive_rate, QoS %1%2").arg(qos).arg(of));
                r.receive = measureReceive(broker.port(), qos, messages);
                if (!r.receive->error.isEmpty())
                    return fail(r.receive->error);
                r.key = r.receive->rate();
            }
            if (wanted("ingest")) {
                progress(quiet, QStringLiteral("ingest_rate, QoS %1%2").arg(qos).arg(of));
                const QString db =
                    QDir(work.path()).filePath(QStringLiteral("ingest-qos%1-round%2.sqlite").arg(qos).arg(round));
                r.ingest = measureIngest(site, broker.port(), qos, messages, db);
                if (!r.ingest->error.isEmpty())
                    return fail(r.ingest->error);
                report.worstLost[qos] = std::max(report.worstLost[qos], r.ingest->lost());
                r.key = r.receive ? r.ingest->rate() / std::max(1.0, r.receive->rate()) : r.ingest->rate();
                if (r.receive)
                    report.ratios[qos].push_back(r.key);
            }
            done.push_back(std::move(r));
        }
        std::sort(done.begin(), done.end(), [](const Round& a, const Round& b) { return a.key < b.key; });
        std::sort(report.ratios[qos].begin(), report.ratios[qos].end());
        const Round& median = done[done.size() / 2];
        report.receive[qos] = median.receive;
        report.ingest[qos] = median.ingest;
    }

    if (wanted("store")) {
        progress(quiet, QStringLiteral("store_ratio"));
        const auto decoding = BenchClock::now();
        const std::vector<Reading> rows = decodeMessages(site, messages, &error);
        report.decodeRate = double(messages) / std::chrono::duration<double>(BenchClock::now() - decoding).count();
        if (rows.empty())
            return fail(QStringLiteral("decoding the benchmark messages: %1").arg(error));
        report.store = measureStore(rows, kStoreBatchRows, work.path(), popularityWeights(site.site()), rounds);
        if (!report.store->error.isEmpty())
            return fail(report.store->error);
    }

    // The rollup database of the query figures is also the console's database for stall_ms and
    // startup_ms: 90 days of history, as a site that has run for a quarter has.
    if (wanted("query") || wanted("stall") || wanted("startup")) {
        progress(quiet, QStringLiteral("query_ms (writing %1 days of rollups for 300 rooms first)").arg(days));
        QueryFigures query = measureQueries(site, work.path(), days, kQueryRepeats);
        query.days = days;
        if (!query.error.isEmpty())
            return fail(query.error);
        progress(quiet, QStringLiteral("query_ms: %1 rollup rows written in %2 s")
                            .arg(query.rollupRows)
                            .arg(query.generateSeconds, 0, 'f', 1));
        if (wanted("query"))
            report.query = query;
    }
    const QString consoleDb = QDir(work.path()).filePath(QStringLiteral("rollups.sqlite"));

    if (wanted("render")) {
        progress(quiet, QStringLiteral("render_ms"));
        report.render = measureRender(site, frames);
        if (!report.render->error.isEmpty())
            return fail(report.render->error);
    }

    if (wanted("startup")) {
        progress(quiet, QStringLiteral("startup_ms (%1 runs of %2)").arg(startupRuns).arg(parser.value(atriumOption)));
        report.startup = measureStartup(site, parser.value(atriumOption), broker.port(), consoleDb, startupRuns);
        if (!report.startup->error.isEmpty())
            return fail(report.startup->error);
    }

    if (wanted("stall")) {
        progress(quiet, QStringLiteral("stall_ms (%1 msg/s for %2 s)").arg(kStallRate).arg(stallSeconds));
        report.stall = measureStall(site, broker.port(), consoleDb, kStallRate, stallSeconds);
        if (!report.stall->error.isEmpty())
            return fail(report.stall->error);
    }

    std::printf("%s\n", qPrintable(report.table()));
    if (parser.isSet(jsonOption))
        std::printf("%s\n", QJsonDocument(report.json()).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return 0;
}

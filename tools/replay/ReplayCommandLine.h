// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Metric.h"
#include "core/Result.h"
#include "feeds/BrokerSettings.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTime>

#include <cstdint>

namespace atrium::replay {

// Everything atrium-replay was asked to do, checked.
struct ReplayConfig
{
    enum class Source { Jsonl, Csv, Generate };

    bool showHelp = false;
    bool showVersion = false;
    QString helpText;

    BrokerSettings broker;
    Source source = Source::Generate;
    QString file; // --jsonl or --csv

    QStringList rooms;                     // --room, in order
    QList<QPair<QString, Metric>> columns; // --map; empty: the CSV default mapping
    QHash<QString, int> shiftMinutes;      // --shift ROOM=MINUTES
    QString timeColumn;
    bool keepTimes = false; // CSV: keep the recorded times instead of ending at "now"
    int maxRows = -1;

    QString siteFile; // --site; --generate falls back to the sample site
    QDate date;       // --date; invalid: today in the site zone
    QTime from;       // --from; invalid: the whole day (a demo starts when people arrive)
    std::uint32_t seed = 1;

    double speed = 1.0;
    bool fast = false;
    int qos = 1;
    int window = 500;
    QString siteId;   // --site-id; empty: the site file's id, else "demo"
    QString timeZone; // --zone; empty: the site file's zone, else Europe/Paris
    bool loop = false;
    bool quiet = false;
    bool restamp = false;
    int connectTimeoutS = 10;
    bool print = false; // write the events as JSON lines to stdout instead of publishing
};

// The command line of atrium-replay. Refusals name the option and the bad value
// ("--speed: \"fast\" is not a number above 0").
class ReplayCommandLine
{
public:
    static Result<ReplayConfig> parse(const QStringList& arguments);
};

} // namespace atrium::replay

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConsoleBench.h"
#include "IngestBench.h"
#include "QueryBench.h"
#include "RenderBench.h"
#include "StoreBench.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace atrium::bench {

// Everything one run measured; a phase that was not run stays empty and is left out.
struct BenchReport
{
    quint64 messages = 0;
    // Receive and ingest alternate this many rounds per QoS; the figures shown are those of the
    // round with the median ingest_ratio (or ingest rate), `lost` is the worst round's.
    int rounds = 1;
    std::optional<FlowFigures> receive[2]; // index = QoS
    std::optional<FlowFigures> ingest[2];
    std::vector<double> ratios[2]; // ingest_ratio of every round, ascending
    quint64 worstLost[2] = {0, 0};
    std::optional<StoreFigures> store;
    std::optional<RenderFigures> render;
    std::optional<QueryFigures> query;
    std::optional<StallFigures> stall;
    std::optional<StartupFigures> startup;
    // TopicRouter::route alone (zigbee2mqtt decoding and attribution), messages/s on one thread:
    // the part of the ingest thread's work that is not storage.
    double decodeRate = 0.0;

    // The table printed for people: one line per figure, with its target from issue 3.
    QString table() const;
    // One object, keys as in docs/PERFORMANCE.md; rates in messages (or rows) per second,
    // ratios as plain numbers, times in ms, memory in MiB.
    QJsonObject json() const;
};

} // namespace atrium::bench

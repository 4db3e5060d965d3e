// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atrium::bench {

class BenchSite;

struct StallFigures
{
    double seconds = 0.0;   // how long the load ran
    double rate = 0.0;      // messages/s asked of the publisher
    quint64 published = 0;  // messages published meanwhile
    quint64 ticks = 0;      // timeouts of the 5 ms timer seen
    double maxGapMs = 0.0;  // stall_ms: the longest time between two of them
    double idleGapMs = 0.0; // the same timer as long, the console live but without load: what the
                            // machine's scheduler alone costs (shared cores)
    QString error;
};

// The full console as main() builds it (ConsoleServices + MainWindow, offscreen at 1920 x 1080)
// on the bench's site file and `databasePath`, connected to the broker on `port`. Once the
// floor is painted and the feed is live, a publisher thread sends `rate` messages/s (QoS 0)
// for `seconds`, while a 5 ms timer on the GUI thread records the longest gap between its
// timeouts (and, just before, the same without the load). Halfway through, the once-a-minute popularity refresh is
// triggered, as the console's own timer would do during a longer run.
StallFigures measureStall(const BenchSite& site, quint16 port, const QString& databasePath, double rate,
                          double seconds);

struct StartupFigures
{
    int runs = 0;
    double firstMs = 0.0;  // the first run (page cache as the rollup generation left it)
    double medianMs = 0.0; // startup_ms
    QString error;
};

// Spawns the real `atrium` executable `runs` times on the bench's site file and `databasePath`
// with ATRIUM_EXIT_AFTER_FIRST_PAINT=1 (app/main.cpp: prints a line once the floor view has
// painted, then quits) and measures from process start to that line.
StartupFigures measureStartup(const BenchSite& site, const QString& atriumPath, quint16 port,
                              const QString& databasePath, int runs);

} // namespace atrium::bench

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atrium::bench {

class BenchSite;

struct RenderFigures
{
    int frames = 0;
    double p50Ms = 0.0;
    double p99Ms = 0.0;
    double maxMs = 0.0;
    QString error;
};

// FloorPlanView of the 300-room plan at 1920 x 1080 (offscreen), CO2 layer: each frame posts a
// new value for every room to LiveState, folds it in (flushNow, which emits updated() to the
// view) and renders the whole widget into a QImage. The time of post + fold + paint is recorded.
RenderFigures measureRender(const BenchSite& site, int frames);

} // namespace atrium::bench

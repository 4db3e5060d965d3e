// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RenderBench.h"

#include "BenchSite.h"
#include "FloorPlanView.h"
#include "RawMqtt.h"
#include "core/Clock.h"
#include "site/FloorPlan.h"
#include "telemetry/LiveState.h"

#include <QImage>

#include <algorithm>

namespace atrium::bench {

namespace {
constexpr int kWarmUpFrames = 10; // the first paints build the cached plan and masks

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0.0;
    const size_t index = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
    return sorted[index];
}
} // namespace

RenderFigures measureRender(const BenchSite& bench, int frames)
{
    RenderFigures f;
    const Site& site = bench.site();
    QStringList ids;
    for (const Room& room : site.rooms)
        ids << room.elementId();
    Result<std::shared_ptr<FloorPlan>> plan = FloorPlan::load(bench.planPath(), ids);
    if (!plan) {
        f.error = plan.error();
        return f;
    }
    SystemClock clock;
    LiveState live(site, clock);
    FloorPlanView view(site, live, clock);
    view.resize(1920, 1080);
    view.setFloor(BenchSite::kFloorId, plan.value());
    view.setLayer(Layer::Co2);
    view.show();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);

    std::vector<double> times;
    times.reserve(size_t(frames));
    std::vector<Reading> batch(site.rooms.size());
    for (int frame = 0; frame < kWarmUpFrames + frames; ++frame) {
        const qint64 now = clock.nowMs();
        for (size_t i = 0; i < site.rooms.size(); ++i) {
            Reading& r = batch[i];
            r.sensorId = site.sensors[i].id;
            r.roomId = site.rooms[i].id;
            r.metric = Metric::Co2;
            // A value per room and frame that moves across the colour scale.
            r.value = 450.0 + double((i * 37 + size_t(frame) * 53) % 1400);
            r.sourceMs = now;
            r.receivedMs = now;
        }
        const auto start = BenchClock::now();
        live.post(batch);
        live.flushNow();
        view.render(&image);
        const double ms = std::chrono::duration<double, std::milli>(BenchClock::now() - start).count();
        if (frame >= kWarmUpFrames)
            times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    f.frames = int(times.size());
    f.p50Ms = percentile(times, 0.50);
    f.p99Ms = percentile(times, 0.99);
    f.maxMs = times.empty() ? 0.0 : times.back();
    return f;
}

} // namespace atrium::bench

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Reading.h"
#include "site/FloorPlan.h"
#include "site/Site.h"
#include "site/SiteLoader.h"
#include "telemetry/LiveState.h"

#include <QColor>
#include <QImage>
#include <QString>

#include <memory>

namespace atrium::test {

// The GUI tests' own site (tests/gui/fixtures): six rooms on one floor, drawn as a filled rect,
// a rect under furniture, a stroke-only rect, an L-shaped path, a rect in a scaled group and a
// half-transparent fill.
inline QString guiFixture(const QString& name)
{
    return QStringLiteral(ATRIUM_GUI_FIXTURES "/") + name;
}

struct GuiSite
{
    Site site;
    std::shared_ptr<FloorPlan> plan;
    QString error;
};

inline GuiSite loadGuiSite()
{
    GuiSite s;
    Result<Site> site = SiteLoader::load(guiFixture(QStringLiteral("site.json")));
    if (!site) {
        s.error = site.error();
        return s;
    }
    s.site = std::move(site).value();
    QStringList ids;
    for (const Room& room : s.site.rooms)
        ids << room.elementId();
    Result<std::shared_ptr<FloorPlan>> plan = FloorPlan::load(s.site.floors.front().planPath, ids);
    if (!plan) {
        s.error = plan.error();
        return s;
    }
    s.plan = std::move(plan).value();
    return s;
}

inline Reading reading(const QString& room, Metric metric, double value, qint64 atMs)
{
    Reading r;
    r.sensorId = room + QStringLiteral("-air");
    r.roomId = room;
    r.metric = metric;
    r.value = value;
    r.sourceMs = atMs;
    r.receivedMs = atMs;
    return r;
}

// Largest per-channel difference: 0 for equal colours, 255 for black against white.
inline int colorDistance(const QColor& a, const QColor& b)
{
    return qMax(qAbs(a.red() - b.red()), qMax(qAbs(a.green() - b.green()), qAbs(a.blue() - b.blue())));
}

} // namespace atrium::test

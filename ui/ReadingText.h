// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Comfort.h"
#include "core/Metric.h"
#include "telemetry/LiveState.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <vector>

namespace atrium {

// How the console words readings for people, shared by the tooltip, the room panel and the
// legend so the same value reads the same everywhere.

// "21.5 °C", "812 ppm", "45 %", "occupied"/"free", "3 people"; decimals per metric (what a
// sensor resolves).
QString formatMetricValue(Metric metric, double value);
// Like formatMetricValue, with what the room adds: a count against its capacity ("3 people of
// 8"), and presence said to be uncounted when the room has no fresh count ("occupied
// (presence sensor, no count)"), so one person in a 24-seat space never reads as "full".
QString formatRoomValue(Metric metric, double value, int capacity, bool roomHasCount);
// True when the room has a fresh People reading: its count decides occupancy.
bool roomHasFreshCount(const LiveState& live, const QString& roomId);
// "just now", "40 s ago", "2 min ago", "3 h ago", "2 days ago".
QString formatAge(qint64 ageMs);
// "CO₂ 812 ppm · 2 min ago"
QString formatReadingLine(Metric metric, const LiveState::Value& value, qint64 nowMs);
// One line per metric the room has a value for, "(stale)" after silent ones; people and
// presence worded with formatRoomValue ("3 people of 8 · 1 min ago").
QStringList roomReadingLines(const LiveState& live, const QString& roomId, qint64 nowMs, int capacity = 0);
// Metrics shown for a room, in the order people look for them.
const std::vector<Metric>& displayedMetrics();
// Fresh readings of the room as inputs to the EN 16798-1 assessment. Stale values are left
// out: a category must not be computed from a silent sensor.
ComfortInputs comfortInputsFor(const LiveState& live, const QString& roomId, const QTimeZone& zone, qint64 nowMs);

} // namespace atrium

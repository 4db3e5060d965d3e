// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReplayEvent.h"
#include "core/Metric.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace atrium::replay {

// A time-series CSV (e.g. the UCI Occupancy Detection files): a header row, optionally quoted
// fields, one date/time column, one column per measured quantity. Each mapped column of each
// row becomes one message per target room on `atrium/<site>/<room>/<metric>` with the payload
// {"value": v, "ts": "<ISO 8601 with offset>"}.
//
// Rows may carry one more field than the header names: a leading row number, as R's
// write.table writes it (the UCI files do). Times without an offset are local times in the
// site's zone. Empty and "NA" cells are skipped; any other cell that is not a number refuses
// the file, naming the line and the column.
class CsvSource
{
public:
    struct RoomTarget
    {
        QString roomId;
        qint64 shiftMs = 0; // added to this room's times (after anchoring)
    };

    struct Options
    {
        QString siteId = QStringLiteral("demo");
        std::vector<RoomTarget> rooms;
        // CSV column name (case-insensitive) -> metric; empty: defaultColumns(), where absent
        // columns are skipped. Columns named here must exist.
        QList<QPair<QString, Metric>> columns;
        QString timeColumn; // empty: the column named date, time, timestamp or datetime
        QTimeZone zone = QTimeZone(QByteArrayLiteral("Europe/Paris"));
        // When set, every time is shifted by the same amount so that the latest row lands here
        // (typically "now", so live views and 24 h charts show the series).
        std::optional<qint64> latestRowAtMs;
        int maxRows = -1; // read at most this many data rows; -1: all
    };

    // Temperature->temperature, Humidity->humidity, Light->illuminance, CO2->co2,
    // Occupancy->occupancy (the UCI names).
    static QList<QPair<QString, Metric>> defaultColumns();

    static Result<ReplayEvents> read(const QString& path, const Options& options);
    // `name` is used in error messages ("datatraining.txt line 12: ...").
    static Result<ReplayEvents> parse(const QByteArray& data, const QString& name, const Options& options);
};

} // namespace atrium::replay

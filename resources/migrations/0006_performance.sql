-- SPDX-FileCopyrightText: 2026 Atrium contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Performance (issue 3, docs/PERFORMANCE.md): a daily summary of occupied time, so that the
-- popularity of 300 rooms over 90 days reads ~27 k rows instead of 2.6 M 15-minute rollups.

-- Per room and UTC day: the occupied seconds of that day's occupancy rollups, each bucket
-- counted by its share inside the site's opening hours (analytics/Popularity: a bucket wholly
-- inside counts fully, one across an opening or closing time is prorated). Maintained by the
-- ingest writer in the same transaction as the rollups it sums (ReadingWriter).
CREATE TABLE occupancy_day (
    day             INTEGER NOT NULL, -- UTC ms of the UTC day's start
    room            TEXT NOT NULL,
    open_occupied_s REAL NOT NULL,
    PRIMARY KEY (day, room)
) WITHOUT ROWID;

-- The opening hours and time zone occupancy_day was computed with (one row). The writer
-- recomputes the table from the rollups when the site's differ (first start after this
-- migration, opening hours edited); readers that find other hours fall back to the rollups.
CREATE TABLE occupancy_day_basis (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    basis TEXT NOT NULL
);

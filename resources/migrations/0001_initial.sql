-- SPDX-FileCopyrightText: 2026 Atrium contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Telemetry: sensors, raw readings, 15-minute rollups.
-- Statements are split by Database::splitStatements: ';' ends a statement outside quotes and
-- comments; CREATE TRIGGER bodies (BEGIN ... END) are not supported.

-- One row per sensor key ever seen. `room` is the room the sensor was last attributed to;
-- history per room lives in the rollups, which keep the room of each reading's time.
CREATE TABLE sensor (
    id      INTEGER PRIMARY KEY,
    key     TEXT NOT NULL UNIQUE,      -- the site file's sensor id
    room    TEXT NOT NULL DEFAULT ''
);

-- Raw readings, appended in arrival order. The rowid grows with every insert and the only
-- index is on receive time, which also grows: inserts append at the end of both b-trees
-- instead of landing at random places (measured: ~40 k rows/s with a random-order index on
-- (sensor, metric, ts), over 1 M rows/s append-ordered). Queries by time range use the
-- receive-time index; per-room history for charts comes from the rollups.
-- value is never NaN: SQLite would store NULL, so the writer refuses non-finite values.
CREATE TABLE reading (
    received INTEGER NOT NULL,         -- UTC ms, local receive time
    ts       INTEGER NOT NULL,         -- UTC ms, device time (or receive time)
    sensor   INTEGER NOT NULL REFERENCES sensor(id),
    metric   INTEGER NOT NULL,         -- atrium::Metric
    value    REAL NOT NULL
);
CREATE INDEX reading_received ON reading(received);

-- Per room, metric and 15-minute bucket (UTC ms of the bucket start, aligned on UTC quarter
-- hours, which are also local quarter hours in every time zone in use). A bucket may hold
-- occupied time but no reading (an occupied spell that continues past a bucket end): then
-- n = 0, sum = 0 and min/max are NULL.
CREATE TABLE rollup (
    room        TEXT NOT NULL,
    metric      INTEGER NOT NULL,
    bucket      INTEGER NOT NULL,
    n           INTEGER NOT NULL,
    sum         REAL NOT NULL,
    min         REAL,
    max         REAL,
    occupied_s  REAL NOT NULL DEFAULT 0, -- seconds with occupancy > 0 (occupancy rows only)
    PRIMARY KEY (room, metric, bucket)
) WITHOUT ROWID;
-- Popularity reads the occupancy buckets of every room over a time range. The index covers
-- the query (room and occupied_s included), so 90 days of 300 rooms are read from the index
-- alone instead of one table lookup per bucket (measured with atrium-bench: 5.2 s without).
-- Rollups are upserted a few rows per batch, so this second index costs little.
CREATE INDEX rollup_metric_bucket ON rollup(metric, bucket, room, occupied_s);

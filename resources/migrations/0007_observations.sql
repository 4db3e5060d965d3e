-- SPDX-FileCopyrightText: 2026 Atrium contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Raw readings, one row per message (issue 3, docs/PERFORMANCE.md).
--
-- A sensor message carries several values (a zigbee2mqtt climate sensor: temperature,
-- humidity, CO2, battery). Stored one row per value with an index on the receive time, they
-- cost the ingest thread more than decoding them; stored one row per message, with a column
-- per metric (NULL when absent), without a per-row index, a message costs about a fifth
-- (measured with a plain sqlite3 loop: 5.3 us a message before, 0.8 us after). Queries by time
-- use a coarse map instead: the first rowid written in each hour. Rows are appended in arrival
-- order, so a time range [a, b) lies between the first row of a's hour and the first row of
-- the hour after b, and deleting readings older than a day deletes a prefix of the table.

-- One message of one sensor: its receive and device times and the values it carried, in
-- canonical units (atrium::Metric; presence 0/1). Column names are the metric keys.
CREATE TABLE observation (
    received    INTEGER NOT NULL,      -- UTC ms, local receive time
    ts          INTEGER NOT NULL,      -- UTC ms, device time (or receive time)
    sensor      INTEGER NOT NULL REFERENCES sensor(id),
    occupancy   REAL,
    temperature REAL,
    humidity    REAL,
    co2         REAL,
    voc         REAL,
    pm25        REAL,
    illuminance REAL,
    noise       REAL,
    battery     REAL,
    people      REAL
);

-- Per hour of local receive time (UTC ms of the hour's start): the first rowid of
-- `observation` written in it. Written by the ingest writer in the same transaction.
CREATE TABLE observation_hour (
    hour        INTEGER PRIMARY KEY,
    first_rowid INTEGER NOT NULL
);

-- Readings of a sensor that was deleted by hand (with foreign keys off, as the sqlite3 shell
-- has them) keep their sensor number: a stand-in sensor row makes the reference hold again,
-- instead of the upgrade failing on it.
INSERT INTO sensor(id, key, room)
    SELECT DISTINCT sensor, 'deleted-sensor-' || sensor, '' FROM reading
    WHERE sensor NOT IN (SELECT id FROM sensor);

-- Values Atrium never wrote (a metric code outside 0-9, added by hand) have no column: they are
-- kept as they were, in a table of their own, rather than dropped.
CREATE TABLE reading_unconverted AS
    SELECT rowid AS old_rowid, received, ts, sensor, metric, value FROM reading
    WHERE metric IS NULL OR metric NOT BETWEEN 0 AND 9;

-- The readings stored so far, a message's values brought back into one row. A metric seen
-- twice at the same instant for the same sensor (a payload with both "occupancy" and
-- "presence", two messages in one millisecond, a row stored twice) starts another row, as the
-- writer does: `nth` numbers the repeats of a metric, and each value lands in a row of its own
-- number, so that every value is kept.
INSERT INTO observation(received, ts, sensor, occupancy, temperature, humidity, co2, voc, pm25, illuminance, noise, battery, people)
SELECT received, ts, sensor,
       max(CASE metric WHEN 0 THEN value END),
       max(CASE metric WHEN 1 THEN value END),
       max(CASE metric WHEN 2 THEN value END),
       max(CASE metric WHEN 3 THEN value END),
       max(CASE metric WHEN 4 THEN value END),
       max(CASE metric WHEN 5 THEN value END),
       max(CASE metric WHEN 6 THEN value END),
       max(CASE metric WHEN 7 THEN value END),
       max(CASE metric WHEN 8 THEN value END),
       max(CASE metric WHEN 9 THEN value END)
FROM (SELECT rowid AS old_rowid, received, ts, sensor, metric, value,
             row_number() OVER (PARTITION BY received, ts, sensor, metric ORDER BY rowid) AS nth
      FROM reading WHERE metric BETWEEN 0 AND 9)
GROUP BY received, ts, sensor, nth ORDER BY min(old_rowid);

INSERT INTO observation_hour(hour, first_rowid)
    SELECT (received / 3600000) * 3600000, min(rowid) FROM observation GROUP BY received / 3600000;

DROP TABLE reading;

-- One row per value, as the readings were stored before (metric: atrium::Metric), for
-- reports and ad-hoc queries.
CREATE VIEW reading(received, ts, sensor, metric, value) AS
SELECT received, ts, sensor, 0 AS metric, occupancy AS value FROM observation WHERE occupancy IS NOT NULL
UNION ALL SELECT received, ts, sensor, 1, temperature FROM observation WHERE temperature IS NOT NULL
UNION ALL SELECT received, ts, sensor, 2, humidity FROM observation WHERE humidity IS NOT NULL
UNION ALL SELECT received, ts, sensor, 3, co2 FROM observation WHERE co2 IS NOT NULL
UNION ALL SELECT received, ts, sensor, 4, voc FROM observation WHERE voc IS NOT NULL
UNION ALL SELECT received, ts, sensor, 5, pm25 FROM observation WHERE pm25 IS NOT NULL
UNION ALL SELECT received, ts, sensor, 6, illuminance FROM observation WHERE illuminance IS NOT NULL
UNION ALL SELECT received, ts, sensor, 7, noise FROM observation WHERE noise IS NOT NULL
UNION ALL SELECT received, ts, sensor, 8, battery FROM observation WHERE battery IS NOT NULL
UNION ALL SELECT received, ts, sensor, 9, people FROM observation WHERE people IS NOT NULL;

-- SPDX-FileCopyrightText: 2026 Atrium contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Raw readings without a per-row time index (issue 3, docs/PERFORMANCE.md).
--
-- Rows of `reading` are appended in arrival order, so their rowid already follows their
-- receive time. The index on `received` cost more than half of every insert (measured: 4 rows
-- per message at 5.3 us with it, 2.3 us without) for queries that a coarse map answers as well:
-- the first rowid written in each hour. A time range [a, b) lies within the rowids from the
-- first row of a's hour to the first row of the hour after b (see ReadingWriter); deleting the
-- raw readings older than a day is deleting a prefix of the table.

-- Per hour of local receive time (UTC ms of the hour's start): the first rowid of `reading`
-- written in it. Written by the ingest writer in the same transaction as the rows.
CREATE TABLE reading_hour (
    hour        INTEGER PRIMARY KEY,
    first_rowid INTEGER NOT NULL
);

INSERT INTO reading_hour(hour, first_rowid)
    SELECT (received / 3600000) * 3600000, min(rowid) FROM reading GROUP BY received / 3600000;

DROP INDEX reading_received;

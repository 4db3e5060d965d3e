-- SPDX-FileCopyrightText: 2026 Atrium contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Bookings of rooms (docs/bookings.md). Times are UTC ms; a booking is shown in the site's
-- zone. Intervals are half-open [start_ms, end_ms): back-to-back bookings do not overlap.

-- A recurring booking: the rule it was made with, so that "this and following" and "all"
-- edits can regenerate its occurrences. Every occurrence is also a row of `booking`.
CREATE TABLE booking_series (
    id              INTEGER PRIMARY KEY,
    uid             TEXT    NOT NULL,          -- iCalendar UID of the series
    rrule           TEXT    NOT NULL,          -- RFC 5545 RRULE value, e.g. FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10
    exdates         TEXT    NOT NULL DEFAULT '', -- local dates left out, YYYY-MM-DD, comma-separated
    zone            TEXT    NOT NULL,          -- IANA zone the rule is expanded in (the site's)
    first_start_ms  INTEGER NOT NULL,          -- UTC ms of the first occurrence (DTSTART)
    created_ms      INTEGER NOT NULL
);

-- One booking, or one occurrence of a series. Cancelled, released and no-show bookings stay
-- (booked-vs-used figures); only 'booked' and 'checked_in' hold the room.
CREATE TABLE booking (
    id              INTEGER PRIMARY KEY,
    uid             TEXT    NOT NULL,          -- iCalendar UID (kept from an import)
    room            TEXT    NOT NULL,          -- the site file's room id
    member_id       INTEGER REFERENCES member(id) ON DELETE SET NULL,
    title           TEXT    NOT NULL DEFAULT '',
    public_title    INTEGER NOT NULL DEFAULT 0, -- 1: the title may be shown on public views and exports
    start_ms        INTEGER NOT NULL,
    end_ms          INTEGER NOT NULL,
    attendees       INTEGER NOT NULL DEFAULT 1,
    notes           TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL DEFAULT 'booked'
                    CHECK (status IN ('booked', 'checked_in', 'released', 'no_show', 'cancelled')),
    cancel_reason   TEXT    NOT NULL DEFAULT '',
    checked_in_ms   INTEGER,
    checked_in_auto INTEGER NOT NULL DEFAULT 0, -- 1: the room's occupancy sensor checked it in
    released_ms     INTEGER,                   -- released, marked no-show or cancelled at
    kept_ms         INTEGER,                   -- the desk chose "keep" in the booked-but-empty queue
    call_note       TEXT    NOT NULL DEFAULT '',
    series_id       INTEGER REFERENCES booking_series(id),
    occurrence_ms   INTEGER,                   -- start the series rule gives it (RECURRENCE-ID)
    detached        INTEGER NOT NULL DEFAULT 0, -- edited on its own: series edits keep its times
    created_ms      INTEGER NOT NULL,
    updated_ms      INTEGER NOT NULL,
    CHECK (end_ms > start_ms)
);
-- Conflicts: bookings of one room around a time. Day views: every room over a time range.
CREATE INDEX booking_room_start ON booking (room, start_ms);
CREATE INDEX booking_start ON booking (start_ms);
CREATE INDEX booking_series_id ON booking (series_id);
CREATE INDEX booking_member ON booking (member_id);

-- SPDX-FileCopyrightText: 2026 Atrium contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Building automation (docs/automation.md): rules and manual overrides. Commands themselves go
-- through the outbox (migration 0002); every change here also lands in audit_log.

-- "When <condition> then <actions>", for the rooms in `scope`. Evaluated every tick by
-- models/automation/RuleEngine; the winner per actuator channel is the highest priority.
CREATE TABLE automation_rule (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL,
    enabled         INTEGER NOT NULL DEFAULT 1,
    priority        TEXT    NOT NULL CHECK (priority IN ('safety', 'booking', 'schedule', 'optimisation')),
    position        INTEGER NOT NULL DEFAULT 0,  -- order within a priority: lower wins a tie
    scope           TEXT    NOT NULL DEFAULT '', -- '' all rooms, 'type:meeting_room', 'room:<id>'
    condition_kind  TEXT    NOT NULL CHECK (condition_kind IN ('occupied', 'empty', 'booking_within',
                                                               'co2_above', 'temperature_outside',
                                                               'time_window')),
    minutes         INTEGER NOT NULL DEFAULT 0,  -- "for N min" / "within N min"
    threshold       REAL    NOT NULL DEFAULT 0,  -- co2_above: ppm
    band_low        REAL    NOT NULL DEFAULT 0,  -- temperature_outside: °C
    band_high       REAL    NOT NULL DEFAULT 0,
    hysteresis      REAL    NOT NULL DEFAULT 0,  -- ppm or K the value must come back past
    window_start    INTEGER NOT NULL DEFAULT 0,  -- time_window: minutes after local midnight
    window_end      INTEGER NOT NULL DEFAULT 0,
    window_days     INTEGER NOT NULL DEFAULT 127, -- bit 0 = Monday ... bit 6 = Sunday
    min_active_min  INTEGER NOT NULL DEFAULT 0,  -- once active, stays at least this long
    actions         TEXT    NOT NULL,            -- JSON array: [{"channel":"setpoint","value":21}]
    created_ms      INTEGER NOT NULL,
    updated_ms      INTEGER NOT NULL
);

-- A person's decision that beats automation (not safety) on one channel of a room's actuators,
-- or of one actuator, until it expires or someone ends it. Rows are kept after they end: they
-- are the override ledger (which rules people override, in which rooms).
CREATE TABLE automation_override (
    id              INTEGER PRIMARY KEY,
    room_id         TEXT    NOT NULL,
    actuator_id     TEXT    NOT NULL DEFAULT '', -- '' every actuator of the room with the channel
    channel         TEXT    NOT NULL,
    value           REAL    NOT NULL,
    author          TEXT    NOT NULL,
    reason          TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    expiry_kind     TEXT    NOT NULL CHECK (expiry_kind IN ('minutes', 'until_time', 'booking_end', 'room_empty')),
    expires_ms      INTEGER,                      -- minutes, until_time, booking_end: when it ends
    overridden_rule INTEGER,                      -- the rule that drove the channel when it was set
    created_ms      INTEGER NOT NULL,
    ended_ms        INTEGER,
    end_kind        TEXT,                         -- 'expired', 'ended', 'room_empty'
    ended_by        TEXT    NOT NULL DEFAULT '',
    end_reason      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX automation_override_active ON automation_override (ended_ms, room_id);
CREATE INDEX automation_override_created ON automation_override (created_ms);

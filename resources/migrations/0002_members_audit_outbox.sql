-- SPDX-FileCopyrightText: 2026 Atrium contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Members (shared by bookings and badges), the audit log, and the MQTT command outbox.

-- A person or team that books rooms or holds badges. Only what the front desk needs to reach
-- them (docs/personal-data.md). `erased_at` is set when the member asked to be forgotten: the
-- row stays so that bookings and access events keep their shape, but every personal field is
-- blanked and `name` becomes a placeholder.
CREATE TABLE member (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    company     TEXT    NOT NULL DEFAULT '',
    email       TEXT    NOT NULL DEFAULT '',
    phone       TEXT    NOT NULL DEFAULT '',
    kind        TEXT    NOT NULL CHECK (kind IN ('freelancer', 'remote_employee', 'consultant',
                                                  'company_team', 'guest')),
    notes       TEXT    NOT NULL DEFAULT '',
    created_ms  INTEGER NOT NULL,
    updated_ms  INTEGER NOT NULL,
    erased_ms   INTEGER
);
CREATE INDEX member_name ON member (name COLLATE NOCASE);

-- Who did what to which thing, when and why. Append-only: rows are never updated; erasure of a
-- member rewrites `subject_label` of their rows (the action itself stays, anonymised).
CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY,
    at_ms         INTEGER NOT NULL,
    actor         TEXT    NOT NULL,          -- the staff member at the console, or 'automation'
    action        TEXT    NOT NULL,          -- 'badge.suspend', 'override.set', 'booking.cancel', ...
    subject_kind  TEXT    NOT NULL,          -- 'badge', 'booking', 'member', 'override', 'rule', ...
    subject_id    TEXT    NOT NULL DEFAULT '',
    subject_label TEXT    NOT NULL DEFAULT '', -- readable at the time: "badge 04A1B2 of Jane Doe"
    reason        TEXT    NOT NULL DEFAULT '',
    details       TEXT    NOT NULL DEFAULT '' -- JSON object: old and new values
);
CREATE INDEX audit_log_at ON audit_log (at_ms);
CREATE INDEX audit_log_subject ON audit_log (subject_kind, subject_id);

-- MQTT messages the console must deliver (door allow-lists, actuator commands): stored before
-- they are published, marked delivered when the broker acknowledges them (QoS 1 PUBACK).
-- `coalesce_key`: a newer message with the same key replaces an undelivered older one (a door's
-- allow-list: only the latest matters).
CREATE TABLE outbox (
    id            INTEGER PRIMARY KEY,
    topic         TEXT    NOT NULL,
    payload       BLOB    NOT NULL,
    qos           INTEGER NOT NULL DEFAULT 1,
    retain        INTEGER NOT NULL DEFAULT 0,
    coalesce_key  TEXT,
    created_ms    INTEGER NOT NULL,
    delivered_ms  INTEGER,
    attempts      INTEGER NOT NULL DEFAULT 0,
    superseded    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outbox_pending ON outbox (delivered_ms, id);

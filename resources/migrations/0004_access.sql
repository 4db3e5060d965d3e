-- SPDX-FileCopyrightText: 2026 Atrium contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Access badges, access groups, doors and door events (issue 5; docs/door-protocol.md,
-- docs/personal-data.md).

-- A door (or the desk reader) with a reader. `id` is the door's segment in its MQTT topics.
-- The reader format says how its controller writes a card's UID (models/access/ReaderFormat).
-- `salt` salts the hashes of the door's allow-list; `allowlist_digest` is the digest of the
-- last allow-list handed to the outbox, so that an unchanged list is not published again.
CREATE TABLE door (
    id                TEXT    PRIMARY KEY,
    name              TEXT    NOT NULL,
    zone              TEXT    NOT NULL DEFAULT '',
    room_id           TEXT    NOT NULL DEFAULT '', -- site room behind the door (booking-only doors)
    reader_format     TEXT    NOT NULL DEFAULT 'iso14443:hex:msb',
    tasmota_device    TEXT    NOT NULL DEFAULT '', -- Tasmota RC522/PN532 device topic, if any
    is_desk_reader    INTEGER NOT NULL DEFAULT 0,
    salt              TEXT    NOT NULL,
    allowlist_version INTEGER NOT NULL DEFAULT 0,
    allowlist_digest  TEXT    NOT NULL DEFAULT ''
);

-- Who may open what, when: each grant names a door ('door') or a zone ('zone'), a weekly
-- schedule in the site's time zone ('always' or 'mon-fri 07:00-22:00; sat 09:00-13:00') and
-- whether it holds only during a booking of the door's room by the badge's member.
CREATE TABLE access_group (
    id    INTEGER PRIMARY KEY,
    name  TEXT    NOT NULL UNIQUE
);
CREATE TABLE access_grant (
    id           INTEGER PRIMARY KEY,
    group_id     INTEGER NOT NULL REFERENCES access_group (id) ON DELETE CASCADE,
    target_kind  TEXT    NOT NULL CHECK (target_kind IN ('door', 'zone')),
    target       TEXT    NOT NULL,
    schedule     TEXT    NOT NULL DEFAULT 'always',
    booking_only INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX access_grant_group ON access_grant (group_id);

-- A credential. `uid` is the text exactly as the issuing reader reported it; `uid_key` is the
-- normalised UID (upper-case hex, card byte order) every reader's report is compared with.
-- `member_id` is NULL once the member was erased. Validity dates are the site's local dates
-- (ISO 8601), inclusive; empty: open-ended.
CREATE TABLE badge (
    id            INTEGER PRIMARY KEY,
    uid           TEXT    NOT NULL,
    uid_key       TEXT    NOT NULL,
    reader_format TEXT    NOT NULL DEFAULT 'iso14443:hex:msb', -- how `uid` is written
    member_id     INTEGER REFERENCES member (id),
    status        TEXT    NOT NULL CHECK (status IN ('active', 'suspended', 'lost', 'revoked', 'expired')),
    valid_from    TEXT    NOT NULL DEFAULT '',
    valid_until   TEXT    NOT NULL DEFAULT '',
    group_id      INTEGER REFERENCES access_group (id),
    replaced_by   INTEGER REFERENCES badge (id),
    created_ms    INTEGER NOT NULL,
    updated_ms    INTEGER NOT NULL
);
CREATE INDEX badge_uid_key ON badge (uid_key);
CREATE INDEX badge_member ON badge (member_id);

-- Every swipe and every question a door asked, with the answer. Personal link: badge_id,
-- member_id and uid; they are blanked when the member is erased, and rows older than the
-- retention period (default 90 days) are deleted by the console itself.
CREATE TABLE access_event (
    id           INTEGER PRIMARY KEY,
    at_ms        INTEGER NOT NULL,
    door_id      TEXT    NOT NULL,
    uid          TEXT    NOT NULL DEFAULT '',
    badge_id     INTEGER,
    member_id    INTEGER,
    allowed      INTEGER NOT NULL,
    reason_code  TEXT    NOT NULL,
    reason       TEXT    NOT NULL DEFAULT '',
    source       TEXT    NOT NULL -- 'request', 'event' (decided by the door), 'tasmota'
);
CREATE INDEX access_event_at ON access_event (at_ms);
CREATE INDEX access_event_member ON access_event (member_id);

-- Site choices for access: 'retention_days' (default 90), 'onsite_list' ('1' shows who badged
-- in today), 'alert_denied_count' / 'alert_window_min' (repeated refusals at one door).
CREATE TABLE access_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

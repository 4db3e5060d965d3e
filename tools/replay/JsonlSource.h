// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReplayEvent.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QTimeZone>

namespace atrium::replay {

// A JSON-lines capture, one message per line:
//   {"topic": "zigbee2mqtt/desk", "payload": "{\"occupancy\":true}"[, "time": ...]}
// "payload" is sent as is when it is a string (captures keep the exact bytes that way), and as
// compact JSON when it is an object or array. The optional "time" (or "ts") is ISO 8601 (a
// local time without offset is read in `zone`) or epoch seconds / milliseconds; a line without
// one is due together with the line before it. Blank lines are skipped; any other bad line
// refuses the file, naming the line.
class JsonlSource
{
public:
    static Result<ReplayEvents> read(const QString& path, const QTimeZone& zone);
    // `name` is used in error messages ("capture.jsonl line 3: ...").
    static Result<ReplayEvents> parse(const QByteArray& data, const QString& name, const QTimeZone& zone);
};

} // namespace atrium::replay

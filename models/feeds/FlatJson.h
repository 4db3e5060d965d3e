// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QLatin1String>

#include <span>

namespace atrium::payload {

// The per-message fast path of the JSON decoders: reads the top-level members named in
// `names` of a JSON object in one pass, without building a QJsonDocument (which, with a
// look-up per name, cost more than the rest of the ingest thread's work per message).
//
// Returns true with out[i] the value of names[i] (Undefined when absent) only for text in the
// plain subset it fully checks: one object; ASCII strings without escapes or control
// characters; numbers as JSON writes them (converted exactly, as QJsonDocument does; integers of
// up to 15 digits); true, false, null;
// nested objects and arrays under names not asked for (checked, not kept). Anything else
// (escapes, a nested value or a repeated member under an asked name, a number out of range,
// anything malformed) returns false, and the caller reads the text with QJsonDocument, which
// also says what is wrong with it. `out` must be as long as `names`.
bool scanFlatObject(QByteArrayView json, std::span<const QLatin1String> names, std::span<QJsonValue> out);

} // namespace atrium::payload

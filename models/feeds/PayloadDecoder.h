// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Metric.h"
#include "feeds/RawMessage.h"

#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace atrium {

// One value a decoder found in a payload, already in the metric's canonical unit.
struct DecodedValue
{
    Metric metric;
    double value = 0.0;
    std::optional<qint64> sourceMs; // device time, UTC ms, when the payload carries one
};

// What a decoder needs besides the bytes.
struct DecodeContext
{
    QTimeZone siteZone = QTimeZone::utc(); // a local time without offset is read in this zone
};

// Bytes in, values or a reason out. `values` may be empty without an error: a message that
// carries nothing we measure (a z2m bridge/state "online", a linkquality-only update).
// `roomHint` is set by profiles whose topic names the room (atrium/<site>/<room>/<metric>).
struct DecodeOutcome
{
    std::vector<DecodedValue> values;
    QString error; // empty when the payload was understood
    QString roomHint;

    bool ok() const { return error.isEmpty(); }
    static DecodeOutcome failure(QString reason)
    {
        DecodeOutcome o;
        o.error = std::move(reason);
        return o;
    }
};

// A payload profile: a pure function of (message, context), safe to call from any thread.
// Adding a profile (Tasmota, ESPHome, Home Assistant, TTN) is one subclass registered in
// DecoderRegistry.
class PayloadDecoder
{
public:
    virtual ~PayloadDecoder() = default;
    virtual QString profile() const = 0; // "atrium", "zigbee2mqtt", ...
    virtual DecodeOutcome decode(const RawMessage& message, const DecodeContext& context) const = 0;
};

} // namespace atrium

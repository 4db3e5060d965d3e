// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/PayloadDecoder.h"

namespace atrium {

// zigbee2mqtt device state: topic `<base>/<friendly name>` (names may hold spaces and '/'),
// payload one JSON object with every attribute the device exposes. `last_seen` (epoch ms or
// ISO 8601, per the bridge's last_seen setting) is the source time. Bridge topics and the
// availability / set / get side topics carry no readings and are skipped without error.
class Zigbee2MqttDecoder final : public PayloadDecoder
{
public:
    QString profile() const override;
    DecodeOutcome decode(const RawMessage& message, const DecodeContext& context) const override;

    // True for topics that never carry device readings (bridge/..., .../availability, .../set).
    // Only '/' and ASCII names are looked at, so the topic's UTF-8 bytes can be passed as is.
    static bool isSideTopic(QLatin1String topic);
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace atrium {

// One MQTT message exactly as it came off the wire, stamped with the local receive time
// (UTC ms). Copied once on the network thread and then only moved.
struct RawMessage
{
    QByteArray topic;
    QByteArray payload;
    qint64 receivedMs = 0;
    // MQTT 5 request/response (MQTT 5.0 section 4.10): where the sender wants its answer and the
    // bytes it wants echoed in it. Empty when absent or on an MQTT 3.1.1 connection.
    QByteArray responseTopic;
    QByteArray correlationData;
};

} // namespace atrium

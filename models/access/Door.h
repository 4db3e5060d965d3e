// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/ReaderFormat.h"

#include <QString>

namespace atrium {

// A door with a badge reader, or the front desk's reader (table `door`). `id` is its segment in
// the MQTT topics (docs/door-protocol.md).
struct Door
{
    QString id;
    QString name;
    QString zone;   // may be empty
    QString roomId; // the site's room behind the door, for "only during my booking"
    ReaderFormat format;
    QString tasmotaDevice; // Tasmota device topic whose RC522/PN532 reads are this door's swipes
    bool isDeskReader = false;
    QString salt; // hex; salts the hashes of this door's allow-list
    qint64 allowListVersion = 0;
    QString allowListDigest; // of the last list handed to the outbox
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace atrium {

struct BrokerSettings
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 1883;
    QString clientId; // empty: generated, unique per process
    QString username;
    QString password; // never written to QSettings
    bool tls = false;
    QString caFile; // PEM; with tls and empty caFile, the system store is used
    int keepAliveS = 30;

    // mqtt://[user[:password]@]host[:port] or mqtts://... (port defaults to 1883 / 8883).
    static Result<BrokerSettings> fromUrl(const QString& url);
    QString displayUrl() const; // without the password, for the status bar and logs
};

} // namespace atrium

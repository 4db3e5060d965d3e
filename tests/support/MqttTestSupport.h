// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every real-broker test needs: settings for a client of the test's mosquitto, and a wait
// for a session to reach a state. Header-only: tests link atrium_models already.
#include "MosquittoBroker.h"
#include "feeds/BrokerSettings.h"
#include "feeds/MqttSession.h"

#include <QDeadlineTimer>
#include <QSignalSpy>

#include <algorithm>

namespace atrium::test {

inline constexpr int kBrokerWaitMs = 10000;

inline BrokerSettings settingsFor(const MosquittoBroker& broker, const QString& clientId)
{
    BrokerSettings s;
    s.host = broker.host();
    s.port = broker.port();
    s.clientId = clientId;
    return s;
}

// state() follows the network thread; the signals only wake the wait up.
inline bool waitForState(MqttSession& session, MqttSession::State state, int timeoutMs = kBrokerWaitMs)
{
    QSignalSpy spy(&session, &MqttSession::stateChanged);
    const QDeadlineTimer deadline(timeoutMs);
    while (session.state() != state) {
        if (deadline.hasExpired())
            return false;
        spy.wait(int(std::clamp<qint64>(deadline.remainingTime(), 1, 50)));
    }
    return true;
}

} // namespace atrium::test

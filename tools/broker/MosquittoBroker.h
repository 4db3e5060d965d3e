// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace atrium::test {

// A real mosquitto broker on a free loopback port, for integration tests. Anonymous clients
// are allowed (Mosquitto 2 refuses them once a listener is configured) and the per-client
// queue is unbounded (max_queued_messages 0) so tests that count messages lose none.
class MosquittoBroker
{
public:
    MosquittoBroker();
    ~MosquittoBroker(); // stops the broker
    MosquittoBroker(const MosquittoBroker&) = delete;
    MosquittoBroker& operator=(const MosquittoBroker&) = delete;

    // Picks a free port (first start only), writes the config, starts mosquitto and waits
    // until the port accepts TCP connections. On failure, says why in `error`.
    bool start(QString* error = nullptr);
    // Terminates the broker and waits for it to exit; clients see the connection drop.
    void stop();
    // Stops and starts again on the same port.
    bool restart(QString* error = nullptr);

    // Keep mosquitto's default of 1000 queued messages per client (what a site's broker has):
    // a client that falls behind then loses messages. Call before start().
    void setStockQueueLimits(bool stock) { m_stockQueueLimits = stock; }

    bool isRunning() const;
    quint16 port() const { return m_port; }
    QString url() const; // "mqtt://127.0.0.1:PORT"
    QString host() const { return QStringLiteral("127.0.0.1"); }
    // What mosquitto printed so far (for failure messages).
    QString log() const;

    // Path of the mosquitto executable (PATH, then /usr/sbin and /usr/local/sbin); empty if absent.
    static QString executable();

private:
    bool launch(QString* error);
    bool waitUntilListening(int timeoutMs) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QByteArray m_log;
    bool m_stockQueueLimits = false;
};

} // namespace atrium::test

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MosquittoBroker.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace atrium::test {

namespace {

constexpr int kStartTimeoutMs = 10000;
constexpr int kPortAttempts = 5;

quint16 pickFreePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

MosquittoBroker::MosquittoBroker() = default;

MosquittoBroker::~MosquittoBroker()
{
    stop();
}

QString MosquittoBroker::executable()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("mosquitto"));
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(QStringLiteral("mosquitto"),
                                              {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    return path;
}

QString MosquittoBroker::url() const
{
    return QStringLiteral("mqtt://127.0.0.1:%1").arg(m_port);
}

QString MosquittoBroker::log() const
{
    QByteArray all = m_log;
    if (m_process)
        all += m_process->peek(1 << 16);
    return QString::fromLocal8Bit(all);
}

bool MosquittoBroker::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool MosquittoBroker::start(QString* error)
{
    if (isRunning())
        return true;
    if (!m_dir.isValid()) {
        if (error)
            *error = QStringLiteral("cannot create a temporary folder for the broker config");
        return false;
    }
    if (m_port != 0)
        return launch(error);
    // The probe port is released before mosquitto binds it, so another process may take it in
    // between: try a few fresh ports.
    QString lastError;
    for (int attempt = 0; attempt < kPortAttempts; ++attempt) {
        m_port = pickFreePort();
        if (m_port == 0) {
            lastError = QStringLiteral("no free loopback port");
            continue;
        }
        if (launch(&lastError))
            return true;
        m_port = 0;
    }
    if (error)
        *error = lastError;
    return false;
}

bool MosquittoBroker::restart(QString* error)
{
    stop();
    return start(error);
}

bool MosquittoBroker::launch(QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        stop();
        return false;
    };
    const QString program = executable();
    if (program.isEmpty())
        return fail(QStringLiteral("mosquitto not found (install the mosquitto package)"));

    const QString confPath = m_dir.filePath(QStringLiteral("mosquitto.conf"));
    QFile conf(confPath);
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return fail(QStringLiteral("cannot write %1: %2").arg(confPath, conf.errorString()));
    conf.write(QStringLiteral("listener %1 127.0.0.1\n"
                              "allow_anonymous true\n"
                              "persistence false\n")
                   .arg(m_port)
                   .toUtf8());
    if (!m_stockQueueLimits)
        conf.write("max_queued_messages 0\n");
    conf.close();

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(program, {QStringLiteral("-c"), confPath});
    if (!m_process->waitForStarted(kStartTimeoutMs))
        return fail(QStringLiteral("cannot start %1: %2").arg(program, m_process->errorString()));
    if (!waitUntilListening(kStartTimeoutMs))
        return fail(QStringLiteral("mosquitto did not listen on port %1: %2").arg(m_port).arg(log().trimmed()));
    return true;
}

bool MosquittoBroker::waitUntilListening(int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!isRunning())
            return false; // exited, e.g. the port was taken meanwhile
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200)) {
            socket.disconnectFromHost();
            return true;
        }
        // Polling a port that is not yet bound has nothing to wait on but time.
        QThread::msleep(20);
    }
    return false;
}

void MosquittoBroker::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_log += m_process->readAll();
    m_process.reset();
}

} // namespace atrium::test

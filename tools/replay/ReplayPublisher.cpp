// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplayPublisher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cmath>

Q_LOGGING_CATEGORY(lcReplay, "atrium.replay")

namespace atrium::replay {

namespace {

// A refused publish (the client's queue is full or the link just dropped) is retried this
// often, 100 ms apart, before the run gives up.
constexpr int kMaxRetries = 100;
constexpr int kRetryDelayMs = 100;

} // namespace

ReplayPublisher::ReplayPublisher(MqttSession& session, Options options, QObject* parent)
    : QObject(parent), m_session(session), m_options(std::move(options))
{
    m_options.window = std::max(1, m_options.window);
    if (!(m_options.speed > 0.0) || !std::isfinite(m_options.speed))
        m_options.speed = 1.0;
    m_wait.setSingleShot(true);
    m_wait.setTimerType(Qt::PreciseTimer);
    m_drain.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &ReplayPublisher::pump);
    connect(&m_drain, &QTimer::timeout, this, [this] {
        finish(QCoreApplication::translate("atrium::replay::ReplayPublisher",
                                           "%n message(s) still unconfirmed after the drain timeout", nullptr,
                                           int(m_inFlight)));
    });
    connect(&m_session, &MqttSession::published, this, &ReplayPublisher::onPublished);
    connect(&m_session, &MqttSession::stateChanged, this, [this](MqttSession::State state, const QString& detail) {
        if (!m_running)
            return;
        if (state == MqttSession::State::Connected)
            pump();
        else
            qCInfo(lcReplay) << "paused, broker link" << state << detail;
    });
}

void ReplayPublisher::start(ReplayEvents events)
{
    m_events = std::move(events);
    m_next = 0;
    m_inFlight = 0;
    m_retries = 0;
    m_stats = Stats{};
    m_running = true;
    m_clock.start();
    pump();
}

ReplayPublisher::Stats ReplayPublisher::currentStats() const
{
    Stats stats = m_stats;
    if (m_running)
        stats.elapsedMs = m_clock.elapsed();
    return stats;
}

QByteArray ReplayPublisher::payloadFor(const ReplayEvent& event) const
{
    if (!m_options.restamp || !event.payload.startsWith('{'))
        return event.payload;
    QJsonDocument doc = QJsonDocument::fromJson(event.payload);
    if (!doc.isObject() || !doc.object().contains(QStringLiteral("ts")))
        return event.payload;
    QJsonObject object = doc.object();
    object.insert(QStringLiteral("ts"),
                  QDateTime::currentDateTime().toTimeZone(m_options.zone).toString(Qt::ISODateWithMs));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void ReplayPublisher::pump()
{
    if (!m_running || m_pumping)
        return;
    m_pumping = true;
    const qint64 firstDue = m_events.empty() ? 0 : m_events.front().dueMs;
    while (m_next < m_events.size()) {
        if (m_session.state() != MqttSession::State::Connected)
            break; // resumed by stateChanged(Connected)
        if (m_inFlight >= quint64(m_options.window))
            break; // resumed by published()
        const ReplayEvent& event = m_events[m_next];
        if (!m_options.fast) {
            const double dueWallMs = double(event.dueMs - firstDue) / m_options.speed;
            const qint64 waitMs = qint64(std::ceil(dueWallMs)) - m_clock.elapsed();
            if (waitMs > 0) {
                m_wait.start(int(std::min<qint64>(waitMs, 24 * 3600 * 1000)));
                break;
            }
        }
        const int mid = m_session.publish(event.topic, payloadFor(event), m_options.qos);
        if (mid < 0) {
            if (++m_retries > kMaxRetries) {
                m_pumping = false;
                finish(QCoreApplication::translate("atrium::replay::ReplayPublisher",
                                                   "the MQTT client refused to publish on %1: %2")
                           .arg(event.topic, m_session.lastError()));
                return;
            }
            m_wait.start(kRetryDelayMs);
            break;
        }
        m_retries = 0;
        ++m_stats.published;
        ++m_inFlight;
        ++m_next;
    }
    m_pumping = false;
    if (m_next >= m_events.size() && m_inFlight == 0)
        finish();
    else if (m_next >= m_events.size() && !m_drain.isActive())
        m_drain.start(m_options.drainTimeoutMs);
}

void ReplayPublisher::onPublished(int)
{
    if (!m_running)
        return;
    ++m_stats.confirmed;
    if (m_inFlight > 0)
        --m_inFlight;
    if (m_next >= m_events.size()) {
        if (m_inFlight == 0)
            finish();
    } else if (!m_wait.isActive()) {
        pump();
    }
}

void ReplayPublisher::finish(const QString& error)
{
    if (!m_running)
        return;
    m_running = false;
    m_wait.stop();
    m_drain.stop();
    m_stats.elapsedMs = m_clock.elapsed();
    m_stats.error = error;
    Q_EMIT finished();
}

} // namespace atrium::replay

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/MqttSession.h"

#include "core/Clock.h"
#include "feeds/MessageQueue.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QRandomGenerator>
#include <QStringList>

#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <mosquitto.h>
#include <mqtt_protocol.h>
#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcMqtt, "atrium.feeds.mqtt")

namespace atrium {

namespace {

void initLibraryOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { mosquitto_lib_init(); });
}

// How long mosquitto_loop may block: bounds how fast stop() and a new subscribe() are noticed
// (publish and disconnect wake the loop themselves).
constexpr int kLoopTimeoutMs = 100;
// MQTT 5 Receive Maximum / send window (the protocol maximum).
constexpr int kInflightWindow = 65535;

QString generatedClientId()
{
    return QStringLiteral("atrium-%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate() & 0xFFFFFF, 6, 16, QLatin1Char('0'));
}

} // namespace

struct MqttSession::Private
{
    MqttSession* q = nullptr;
    mosquitto* mosq = nullptr;
    MessageQueue* queue = nullptr;
    const Clock* clock = &SystemClock::instance();
    QString clientId;
    std::thread thread;

    std::mutex mutex; // guards everything below
    std::condition_variable wake;
    bool stopping = false;
    std::vector<std::pair<QByteArray, int>> filters;
    QString lastError;
    bool subscribedLive = false; // filters were sent on the current connection

    // Network thread only.
    bool connected = false;
    bool everConnected = false;
    int connackCode = -1; // CONNACK refusal of the last attempt, -1 when none
    int protocol = MQTT_PROTOCOL_V5;
    int attempt = 0;

    std::atomic<State> state{State::Disconnected};
    int initialDelayMs = 1000;
    int maxDelayMs = 30000;

    void run();
    void report(State next, const QString& detail);
    bool sleepFor(int ms); // false when stopping
    int delayForAttempt(int n) const;
    QString reasonOf(int rc, int savedErrno) const;

    static void onConnect(mosquitto*, void* self, int rc);
    static void onDisconnect(mosquitto*, void* self, int rc);
    static void onMessage(mosquitto*, void* self, const mosquitto_message* message, const mosquitto_property* props);
    static void onPublish(mosquitto*, void* self, int mid);
};

MqttSession::MqttSession(BrokerSettings settings, QObject* parent)
    : QObject(parent), m_settings(std::move(settings)), d(std::make_unique<Private>())
{
    initLibraryOnce();
    d->q = this;
    d->clientId = m_settings.clientId.isEmpty() ? generatedClientId() : m_settings.clientId;
}

MqttSession::~MqttSession()
{
    stop();
}

void MqttSession::setQueue(MessageQueue* queue)
{
    d->queue = queue;
}

void MqttSession::setClock(const Clock& clock)
{
    d->clock = &clock;
}

void MqttSession::setReconnectDelays(int initialMs, int maxMs)
{
    d->initialDelayMs = qMax(10, initialMs);
    d->maxDelayMs = qMax(d->initialDelayMs, maxMs);
}

QString MqttSession::clientId() const
{
    return d->clientId;
}

void MqttSession::subscribe(const QString& filter, int qos)
{
    const QByteArray f = filter.toUtf8();
    bool subscribeNow = false;
    {
        std::lock_guard lock(d->mutex);
        for (const auto& [existing, existingQos] : d->filters) {
            if (existing == f && existingQos == qos)
                return;
        }
        d->filters.emplace_back(f, qos);
        subscribeNow = d->subscribedLive;
    }
    // Otherwise the next CONNACK subscribes it with the others.
    if (subscribeNow)
        mosquitto_subscribe(d->mosq, nullptr, f.constData(), qos);
}

void MqttSession::start()
{
    if (d->thread.joinable())
        return;
    d->mosq = mosquitto_new(d->clientId.toUtf8().constData(), true, d.get());
    if (!d->mosq) {
        d->lastError = tr("Cannot create the MQTT client: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        Q_EMIT stateChanged(State::Disconnected, d->lastError);
        return;
    }
    // publish() and subscribe() run on the owning thread while the loop runs on ours.
    mosquitto_threaded_set(d->mosq, true);
    mosquitto_connect_callback_set(d->mosq, &Private::onConnect);
    mosquitto_disconnect_callback_set(d->mosq, &Private::onDisconnect);
    mosquitto_message_v5_callback_set(d->mosq, &Private::onMessage);
    mosquitto_publish_callback_set(d->mosq, &Private::onPublish);
    if (!m_settings.username.isEmpty())
        mosquitto_username_pw_set(d->mosq, m_settings.username.toUtf8().constData(),
                                  m_settings.password.isEmpty() ? nullptr : m_settings.password.toUtf8().constData());
    if (m_settings.tls) {
        int rc = MOSQ_ERR_SUCCESS;
        if (m_settings.caFile.isEmpty())
            rc = mosquitto_int_option(d->mosq, MOSQ_OPT_TLS_USE_OS_CERTS, 1);
        else
            rc = mosquitto_tls_set(d->mosq, m_settings.caFile.toLocal8Bit().constData(), nullptr, nullptr, nullptr,
                                   nullptr);
        if (rc != MOSQ_ERR_SUCCESS) {
            d->lastError = tr("TLS set-up failed (CA file \"%1\"): %2")
                               .arg(m_settings.caFile, QString::fromUtf8(mosquitto_strerror(rc)));
            mosquitto_destroy(d->mosq);
            d->mosq = nullptr;
            Q_EMIT stateChanged(State::Disconnected, d->lastError);
            return;
        }
    }
    {
        std::lock_guard lock(d->mutex);
        d->stopping = false;
    }
    d->connected = false;
    d->everConnected = false;
    d->attempt = 0;
    d->protocol = MQTT_PROTOCOL_V5;
    d->thread = std::thread([p = d.get()] { p->run(); });
}

void MqttSession::stop()
{
    if (!d->thread.joinable())
        return;
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->wake.notify_all();
    d->thread.join();
    mosquitto_destroy(d->mosq);
    d->mosq = nullptr;
    d->state = State::Disconnected;
}

int MqttSession::publish(const QString& topic, const QByteArray& payload, int qos, bool retain)
{
    if (!d->mosq)
        return -1;
    int mid = 0;
    const QByteArray t = topic.toUtf8();
    const int rc =
        mosquitto_publish(d->mosq, &mid, t.constData(), int(payload.size()), payload.constData(), qos, retain);
    // Without a connection libmosquitto still keeps a QoS 1/2 message (it answers NO_CONN) and
    // sends it after the next connect: the message is handed over, and published(mid) follows.
    // Reporting it as failed would make a caller publish it a second time.
    if (rc == MOSQ_ERR_NO_CONN && qos > 0 && mid > 0)
        return mid;
    if (rc != MOSQ_ERR_SUCCESS) {
        qCDebug(lcMqtt) << "publish on" << topic << "failed:" << mosquitto_strerror(rc);
        return -1;
    }
    return mid;
}

int MqttSession::publish(const QString& topic, const QByteArray& payload, int qos, bool retain,
                         const Properties& properties)
{
    if (properties.responseTopic.isEmpty() && properties.correlationData.isEmpty())
        return publish(topic, payload, qos, retain);
    if (!d->mosq)
        return -1;
    mosquitto_property* props = nullptr;
    if (!properties.responseTopic.isEmpty())
        mosquitto_property_add_string(&props, MQTT_PROP_RESPONSE_TOPIC, properties.responseTopic.constData());
    if (!properties.correlationData.isEmpty())
        mosquitto_property_add_binary(&props, MQTT_PROP_CORRELATION_DATA, properties.correlationData.constData(),
                                      uint16_t(qMin<qsizetype>(properties.correlationData.size(), 65535)));
    int mid = 0;
    const QByteArray t = topic.toUtf8();
    int rc = mosquitto_publish_v5(d->mosq, &mid, t.constData(), int(payload.size()), payload.constData(), qos, retain,
                                  props);
    mosquitto_property_free_all(&props);
    if (rc == MOSQ_ERR_NOT_SUPPORTED) // an MQTT 3.1.1 broker: properties do not exist there
        return publish(topic, payload, qos, retain);
    if (rc != MOSQ_ERR_SUCCESS) {
        qCDebug(lcMqtt) << "publish on" << topic << "failed:" << mosquitto_strerror(rc);
        return -1;
    }
    return mid;
}

MqttSession::State MqttSession::state() const
{
    return d->state.load();
}

QString MqttSession::lastError() const
{
    std::lock_guard lock(d->mutex);
    return d->lastError;
}

void MqttSession::Private::report(State next, const QString& detail)
{
    state = next;
    if (next == State::Reconnecting || next == State::Disconnected) {
        std::lock_guard lock(mutex);
        if (next == State::Reconnecting)
            lastError = detail;
    }
    qCInfo(lcMqtt).noquote() << detail;
    // Queued to the owning thread; dropped with the object if it is destroyed first.
    QMetaObject::invokeMethod(
        q, [s = q, next, detail] { Q_EMIT s->stateChanged(next, detail); }, Qt::QueuedConnection);
}

bool MqttSession::Private::sleepFor(int ms)
{
    std::unique_lock lock(mutex);
    return !wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return stopping; });
}

int MqttSession::Private::delayForAttempt(int n) const
{
    qint64 delay = initialDelayMs;
    for (int i = 0; i < n && delay < maxDelayMs; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, maxDelayMs));
}

QString MqttSession::Private::reasonOf(int rc, int savedErrno) const
{
    if (connackCode > 0) {
        const char* why =
            protocol == MQTT_PROTOCOL_V5 ? mosquitto_reason_string(connackCode) : mosquitto_connack_string(connackCode);
        return MqttSession::tr("the broker refused the connection (%1)").arg(QString::fromUtf8(why));
    }
    QString text = rc == MOSQ_ERR_ERRNO && savedErrno != 0 ? QString::fromLocal8Bit(std::strerror(savedErrno))
                                                           : QString::fromUtf8(mosquitto_strerror(rc));
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

void MqttSession::Private::run()
{
    const BrokerSettings& s = q->m_settings;
    const QByteArray host = s.host.toUtf8();
    const QString url = s.displayUrl();
    bool firstAttempt = true;
    for (;;) {
        {
            std::lock_guard lock(mutex);
            if (stopping)
                break;
        }
        connackCode = -1;
        mosquitto_int_option(mosq, MOSQ_OPT_PROTOCOL_VERSION, protocol);
        if (protocol == MQTT_PROTOCOL_V5) {
            // libmosquitto's default of 20 unacknowledged QoS 1 messages each way caps a
            // subscriber at one round trip per 20 messages; a stock broker then queues the
            // rest and drops past 1000 per client. The whole window keeps the broker's queue empty.
            mosquitto_int_option(mosq, MOSQ_OPT_RECEIVE_MAXIMUM, kInflightWindow);
            mosquitto_int_option(mosq, MOSQ_OPT_SEND_MAXIMUM, kInflightWindow);
        }
        report(firstAttempt ? State::Connecting : State::Reconnecting,
               firstAttempt ? MqttSession::tr("Connecting to %1").arg(url)
                            : MqttSession::tr("Reconnecting to %1").arg(url));
        // Non-blocking: a host that drops packets must not hold stop() for a TCP timeout.
        errno = 0;
        int rc = firstAttempt ? mosquitto_connect_async(mosq, host.constData(), s.port, s.keepAliveS)
                              : mosquitto_reconnect_async(mosq);
        int savedErrno = errno;
        firstAttempt = false;
        if (rc == MOSQ_ERR_SUCCESS) {
            for (;;) {
                {
                    std::lock_guard lock(mutex);
                    if (stopping)
                        break;
                }
                errno = 0;
                rc = mosquitto_loop(mosq, kLoopTimeoutMs, 1);
                savedErrno = errno;
                if (rc != MOSQ_ERR_SUCCESS)
                    break;
            }
        }
        {
            std::lock_guard lock(mutex);
            subscribedLive = false;
            if (stopping)
                break;
        }
        const bool wasConnected = connected;
        connected = false;
        if (protocol == MQTT_PROTOCOL_V5 &&
            (connackCode == MQTT_RC_UNSUPPORTED_PROTOCOL_VERSION || connackCode == CONNACK_REFUSED_PROTOCOL_VERSION)) {
            // An MQTT 3.1.1 broker: speak its version from now on, without waiting.
            qCInfo(lcMqtt) << "broker does not speak MQTT 5, falling back to 3.1.1";
            protocol = MQTT_PROTOCOL_V311;
            continue;
        }
        const int delay = delayForAttempt(attempt++);
        const QString when =
            delay % 1000 == 0 ? QString::number(delay / 1000) : QString::number(delay / 1000.0, 'f', 1);
        const QString reason = reasonOf(rc, savedErrno);
        QString detail;
        if (wasConnected && rc == MOSQ_ERR_CONN_LOST)
            detail = MqttSession::tr("Connection to %1 lost, retrying in %2 s").arg(url, when);
        else if (wasConnected)
            detail = MqttSession::tr("Connection to %1 lost: %2, retrying in %3 s").arg(url, reason, when);
        else
            detail = MqttSession::tr("Broker unreachable: %1, retrying in %2 s").arg(reason, when);
        report(State::Reconnecting, detail);
        if (!sleepFor(delay))
            break;
    }
    if (connected) {
        // Let the DISCONNECT packet go out so the broker does not publish a will or wait for
        // the keep-alive to expire.
        mosquitto_disconnect(mosq);
        for (int i = 0; i < 10 && mosquitto_loop(mosq, kLoopTimeoutMs, 1) == MOSQ_ERR_SUCCESS; ++i) {
        }
    }
    connected = false;
    report(State::Disconnected, MqttSession::tr("Disconnected from %1").arg(url));
}

void MqttSession::Private::onConnect(mosquitto* mosq, void* self, int rc)
{
    auto* p = static_cast<Private*>(self);
    if (rc != 0) {
        p->connackCode = rc;
        return; // the broker closes the socket; the loop reports and backs off
    }
    p->connected = true;
    p->everConnected = true;
    p->attempt = 0;
    std::vector<std::pair<QByteArray, int>> filters;
    {
        std::lock_guard lock(p->mutex);
        filters = p->filters;
        p->subscribedLive = true;
    }
    // A clean session forgets subscriptions: every connect subscribes everything again.
    for (const auto& [filter, qos] : filters)
        mosquitto_subscribe(mosq, nullptr, filter.constData(), qos);
    p->report(State::Connected, MqttSession::tr("Connected to %1").arg(p->q->m_settings.displayUrl()));
}

void MqttSession::Private::onDisconnect(mosquitto*, void*, int rc)
{
    qCDebug(lcMqtt) << "disconnected, rc" << rc << mosquitto_strerror(rc);
}

void MqttSession::Private::onMessage(mosquitto*, void* self, const mosquitto_message* message,
                                     const mosquitto_property* props)
{
    // The network thread only copies and counts: the broker drops messages for a client that
    // falls behind, so decoding and storage happen elsewhere.
    auto* p = static_cast<Private*>(self);
    // Counted before it is queued, so a consumer never sees more messages than the count.
    p->q->m_received.fetch_add(1, std::memory_order_relaxed);
    if (p->queue) {
        RawMessage raw;
        raw.topic = QByteArray(message->topic);
        raw.payload = QByteArray(static_cast<const char*>(message->payload), message->payloadlen);
        raw.receivedMs = p->clock->nowMs();
        if (props) {
            char* responseTopic = nullptr;
            if (mosquitto_property_read_string(props, MQTT_PROP_RESPONSE_TOPIC, &responseTopic, false)) {
                raw.responseTopic = QByteArray(responseTopic);
                free(responseTopic);
            }
            void* correlation = nullptr;
            uint16_t length = 0;
            if (mosquitto_property_read_binary(props, MQTT_PROP_CORRELATION_DATA, &correlation, &length, false)) {
                raw.correlationData = QByteArray(static_cast<const char*>(correlation), length);
                free(correlation);
            }
        }
        p->queue->push(std::move(raw));
    }
}

void MqttSession::Private::onPublish(mosquitto*, void* self, int mid)
{
    auto* p = static_cast<Private*>(self);
    QMetaObject::invokeMethod(
        p->q, [s = p->q, mid] { Q_EMIT s->published(mid); }, Qt::QueuedConnection);
}

} // namespace atrium

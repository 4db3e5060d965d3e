// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawMqtt.h"

#include "BenchSite.h"

#include <mosquitto.h>
#include <mqtt_protocol.h>
#include <thread>

namespace atrium::bench {

namespace {
constexpr auto kConnectTimeout = std::chrono::seconds(10);
// Same windows as MqttSession: the whole MQTT 5 receive maximum, so neither side is capped
// at libmosquitto's default of 20 unacknowledged QoS 1 messages.
constexpr int kInflightWindow = 65535;
} // namespace

RawClient::RawClient(QByteArray clientId) : m_clientId(std::move(clientId))
{
    mosquitto_lib_init();
    m_mosq = mosquitto_new(m_clientId.constData(), true, this);
    mosquitto_int_option(m_mosq, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V5);
    mosquitto_int_option(m_mosq, MOSQ_OPT_RECEIVE_MAXIMUM, kInflightWindow);
    mosquitto_int_option(m_mosq, MOSQ_OPT_SEND_MAXIMUM, kInflightWindow);
    mosquitto_connect_callback_set(m_mosq, &RawClient::connectCallback);
    mosquitto_subscribe_callback_set(m_mosq, &RawClient::subscribeCallback);
    mosquitto_message_callback_set(m_mosq, &RawClient::messageCallback);
    mosquitto_publish_callback_set(m_mosq, &RawClient::publishCallback);
}

RawClient::~RawClient()
{
    if (m_looping) {
        mosquitto_disconnect(m_mosq);
        mosquitto_loop_stop(m_mosq, false);
    }
    mosquitto_destroy(m_mosq);
}

QString RawClient::connect(quint16 port, const QByteArray& filter, int qos)
{
    int rc = mosquitto_connect_async(m_mosq, "127.0.0.1", port, 60);
    if (rc == MOSQ_ERR_SUCCESS)
        rc = mosquitto_loop_start(m_mosq);
    if (rc != MOSQ_ERR_SUCCESS)
        return QStringLiteral("%1 cannot connect to 127.0.0.1:%2: %3")
            .arg(QString::fromUtf8(m_clientId))
            .arg(port)
            .arg(QString::fromUtf8(mosquitto_strerror(rc)));
    m_looping = true;
    std::unique_lock lock(m_mutex);
    if (!m_changed.wait_for(lock, kConnectTimeout, [&] { return m_connack >= 0; }) || m_connack != 0)
        return QStringLiteral("%1: no CONNACK from 127.0.0.1:%2 (code %3)")
            .arg(QString::fromUtf8(m_clientId))
            .arg(port)
            .arg(m_connack);
    if (filter.isEmpty())
        return {};
    lock.unlock();
    rc = mosquitto_subscribe(m_mosq, nullptr, filter.constData(), qos);
    lock.lock();
    if (rc != MOSQ_ERR_SUCCESS || !m_changed.wait_for(lock, kConnectTimeout, [&] { return m_subscribed; }))
        return QStringLiteral("%1: no SUBACK for %2").arg(QString::fromUtf8(m_clientId), QString::fromUtf8(filter));
    return {};
}

void RawClient::connectCallback(mosquitto*, void* self, int rc)
{
    auto* client = static_cast<RawClient*>(self);
    {
        std::lock_guard lock(client->m_mutex);
        client->m_connack = rc;
    }
    client->m_changed.notify_all();
}

void RawClient::subscribeCallback(mosquitto*, void* self, int, int, const int*)
{
    auto* client = static_cast<RawClient*>(self);
    {
        std::lock_guard lock(client->m_mutex);
        client->m_subscribed = true;
    }
    client->m_changed.notify_all();
}

void RawClient::messageCallback(mosquitto*, void* self, const mosquitto_message* message)
{
    static_cast<RawClient*>(self)->onMessage(QByteArray::fromRawData(message->topic, int(qstrlen(message->topic))),
                                             message->payloadlen);
}

void RawClient::publishCallback(mosquitto*, void* self, int)
{
    static_cast<RawClient*>(self)->onPublished();
}

void RawPublisher::onPublished()
{
    {
        std::lock_guard lock(m_windowMutex);
        --m_inFlight;
    }
    m_windowChanged.notify_one();
}

QString RawPublisher::publishAll(quint64 first, quint64 count, int qos)
{
    for (quint64 seq = first; seq < first + count; ++seq) {
        {
            std::unique_lock lock(m_windowMutex);
            m_windowChanged.wait(lock, [&] { return m_inFlight < quint64(kWindow); });
            ++m_inFlight;
        }
        const QByteArray topic = BenchSite::topic(int(seq % BenchSite::kSensors));
        const QByteArray payload = BenchSite::payload(seq);
        const int rc =
            mosquitto_publish(m_mosq, nullptr, topic.constData(), payload.size(), payload.constData(), qos, false);
        if (rc != MOSQ_ERR_SUCCESS) {
            std::lock_guard lock(m_windowMutex);
            --m_inFlight;
            return QStringLiteral("publishing %1 failed: %2")
                .arg(QString::fromUtf8(topic), QString::fromUtf8(mosquitto_strerror(rc)));
        }
        ++m_published;
    }
    std::unique_lock lock(m_windowMutex);
    if (!m_windowChanged.wait_for(lock, std::chrono::seconds(30), [&] { return m_inFlight == 0; }))
        return QStringLiteral("%1 messages still unacknowledged 30 s after the last publish").arg(m_inFlight);
    return {};
}

QString RawPublisher::publishAtRate(quint64 first, double perSecond, double seconds, int qos,
                                    const std::atomic<bool>& stop)
{
    const auto start = BenchClock::now();
    quint64 sent = 0;
    for (;;) {
        const double elapsed = std::chrono::duration<double>(BenchClock::now() - start).count();
        if (elapsed >= seconds || stop.load())
            break;
        // Catch up to the schedule in one burst, then wait for the next millisecond.
        const quint64 due = quint64(elapsed * perSecond);
        if (due > sent) {
            if (QString error = publishAll(first + sent, due - sent, qos); !error.isEmpty())
                return error;
            sent = due;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return {};
}

} // namespace atrium::bench

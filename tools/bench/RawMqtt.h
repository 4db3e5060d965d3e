// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

struct mosquitto;
struct mosquitto_message;

namespace atrium::bench {

using BenchClock = std::chrono::steady_clock;

// Plain libmosquitto clients (MQTT 5, their own network thread via mosquitto_loop_start): the
// reference the console is compared with, and the load generator.
class RawClient
{
public:
    explicit RawClient(QByteArray clientId);
    ~RawClient(); // disconnects and joins the network thread
    RawClient(const RawClient&) = delete;
    RawClient& operator=(const RawClient&) = delete;

    // Connects and waits for CONNACK (and, with a filter, for SUBACK). Empty on success.
    QString connect(quint16 port, const QByteArray& filter = {}, int qos = 0);

protected:
    virtual void onMessage(const QByteArray& topic, int payloadLength) {}
    virtual void onPublished() {}
    mosquitto* m_mosq = nullptr;

private:
    static void connectCallback(mosquitto*, void* self, int rc);
    static void subscribeCallback(mosquitto*, void* self, int mid, int qosCount, const int* granted);
    static void messageCallback(mosquitto*, void* self, const mosquitto_message* message);
    static void publishCallback(mosquitto*, void* self, int mid);

    QByteArray m_clientId;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_connack = -1;
    bool m_subscribed = false;
    bool m_looping = false;
};

// Counts messages and remembers when the last one arrived; does nothing else with them.
class RawSubscriber final : public RawClient
{
public:
    RawSubscriber() : RawClient("atrium-bench-raw-subscriber") {}
    quint64 received() const { return m_received.load(); }
    BenchClock::time_point lastReceived() const
    {
        return BenchClock::time_point(BenchClock::duration(m_lastNs.load()));
    }

private:
    void onMessage(const QByteArray&, int) override
    {
        m_received.fetch_add(1, std::memory_order_relaxed);
        m_lastNs.store(BenchClock::now().time_since_epoch().count(), std::memory_order_relaxed);
    }
    std::atomic<quint64> m_received{0};
    std::atomic<BenchClock::rep> m_lastNs{0};
};

// Publishes BenchSite payloads as fast as the broker takes them: at most `window` messages
// handed to libmosquitto and not yet sent (QoS 0) or acknowledged (QoS 1), so the client's
// own queue stays bounded and the pace is the broker's.
class RawPublisher final : public RawClient
{
public:
    static constexpr int kWindow = 1000;
    RawPublisher() : RawClient("atrium-bench-publisher") {}

    // Publishes messages first .. first + count - 1; returns when every one is sent (QoS 0)
    // or acknowledged (QoS 1). Empty on success.
    QString publishAll(quint64 first, quint64 count, int qos);
    // Publishes from `first` at `perSecond` messages/s (in 1 ms steps) until `stop` is set or
    // `seconds` have passed. Empty on success.
    QString publishAtRate(quint64 first, double perSecond, double seconds, int qos, const std::atomic<bool>& stop);
    quint64 published() const { return m_published; }

private:
    void onPublished() override;
    std::mutex m_windowMutex;
    std::condition_variable m_windowChanged;
    quint64 m_inFlight = 0;
    quint64 m_published = 0;
};

} // namespace atrium::bench

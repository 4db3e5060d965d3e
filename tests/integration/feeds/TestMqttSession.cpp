// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MosquittoBroker.h"
#include "MqttTestSupport.h"
#include "feeds/MessageQueue.h"
#include "feeds/MqttSession.h"

#include <QDeadlineTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace atrium;
using atrium::test::MosquittoBroker;
using atrium::test::settingsFor;
using atrium::test::waitForState;

namespace {

constexpr int kWaitMs = 10000;

std::unique_ptr<MqttSession> makeSession(const MosquittoBroker& broker, const QString& clientId,
                                         MessageQueue* queue = nullptr)
{
    auto session = std::make_unique<MqttSession>(settingsFor(broker, clientId));
    // Short backoff keeps the file fast; the doubling and the cap are the same code.
    session->setReconnectDelays(200, 1000);
    session->setQueue(queue);
    return session;
}

QStringList detailsOf(const QSignalSpy& spy)
{
    QStringList details;
    for (const auto& args : spy)
        details << args.at(1).toString();
    return details;
}

// A SUBACK is not reported, so publish a probe until the subscriber has one: from then on the
// subscription is live and nothing published later can be missed.
bool waitUntilSubscribed(MqttSession& publisher, MessageQueue& queue, const QString& topic)
{
    const QDeadlineTimer deadline(kWaitMs);
    while (!deadline.hasExpired()) {
        publisher.publish(topic, "probe", 1);
        if (queue.waitFor(1, 100) > 0) {
            queue.waitFor(1000000, 100); // let in-flight probes land before draining them
            std::vector<RawMessage> drained;
            queue.takeAll(drained);
            return true;
        }
        QCoreApplication::processEvents();
    }
    return false;
}

// Waits until `count` messages were received and returns them.
std::vector<RawMessage> collect(MessageQueue& queue, size_t count)
{
    std::vector<RawMessage> all;
    std::vector<RawMessage> batch;
    const QDeadlineTimer deadline(kWaitMs);
    while (all.size() < count && !deadline.hasExpired()) {
        queue.waitFor(count - all.size(), 100);
        queue.takeAll(batch);
        for (RawMessage& m : batch) {
            if (m.payload != "probe") // a late probe from waitUntilSubscribed
                all.push_back(std::move(m));
        }
    }
    return all;
}

QSet<QByteArray> payloadsOf(const std::vector<RawMessage>& messages)
{
    QSet<QByteArray> out;
    for (const RawMessage& m : messages)
        out.insert(m.payload);
    return out;
}

} // namespace

class TestMqttSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void receivesIntoQueue();
    void publishQos1IsAcknowledged();
    void burstThroughStockBrokerLosesNothing();
    void survivesBrokerRestart();
    void connectsOnceBrokerComesUp();
    void destroysWhileConnectedOrReconnecting();

private:
    MosquittoBroker m_broker;
};

void TestMqttSession::initTestCase()
{
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
}

void TestMqttSession::receivesIntoQueue()
{
    MessageQueue queue;
    auto subscriber = makeSession(m_broker, QStringLiteral("sub-receive"), &queue);
    auto publisher = makeSession(m_broker, QStringLiteral("pub-receive"));
    subscriber->subscribe(QStringLiteral("atrium/hq/+/co2"));
    subscriber->start();
    publisher->start();
    QVERIFY(waitForState(*subscriber, MqttSession::State::Connected));
    QVERIFY(waitForState(*publisher, MqttSession::State::Connected));
    QVERIFY(waitUntilSubscribed(*publisher, queue, QStringLiteral("atrium/hq/probe/co2")));
    const quint64 before = subscriber->messagesReceived();

    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    constexpr int kCount = 500;
    for (int i = 0; i < kCount; ++i)
        QVERIFY(publisher->publish(QStringLiteral("atrium/hq/room-%1/co2").arg(i % 7), QByteArray::number(400 + i), 1) >
                0);
    publisher->publish(QStringLiteral("atrium/hq/room-1/temperature"), "21.5", 1); // not subscribed

    const std::vector<RawMessage> got = collect(queue, kCount);
    QCOMPARE(got.size(), size_t(kCount));
    QCOMPARE(payloadsOf(got).size(), kCount);
    QVERIFY(payloadsOf(got).contains("899"));
    for (const RawMessage& m : got) {
        QVERIFY2(m.topic.startsWith("atrium/hq/room-") && m.topic.endsWith("/co2"), m.topic.constData());
        QVERIFY(m.receivedMs >= start);
    }
    QVERIFY(subscriber->messagesReceived() - before >= quint64(kCount));
    QCOMPARE(queue.waitFor(1, 200), size_t(0)); // the temperature topic was not delivered
}

// A site's broker keeps mosquitto's default limit of 1000 queued messages per client and drops
// the rest, even at QoS 1. With libmosquitto's default window of 20 unacknowledged messages the
// console fell behind a fast publisher and lost ~3 % of a 40 k burst; the session must not.
void TestMqttSession::burstThroughStockBrokerLosesNothing()
{
    MosquittoBroker stock;
    stock.setStockQueueLimits(true);
    QString error;
    QVERIFY2(stock.start(&error), qPrintable(error));
    MessageQueue queue;
    auto subscriber = makeSession(stock, QStringLiteral("sub-burst"), &queue);
    auto publisher = makeSession(stock, QStringLiteral("pub-burst"));
    subscriber->subscribe(QStringLiteral("burst/#"), 1);
    subscriber->start();
    publisher->start();
    QVERIFY(waitForState(*subscriber, MqttSession::State::Connected));
    QVERIFY(waitForState(*publisher, MqttSession::State::Connected));
    QVERIFY(waitUntilSubscribed(*publisher, queue, QStringLiteral("burst/probe")));

    constexpr int kCount = 30000;
    for (int i = 0; i < kCount; ++i)
        QVERIFY(publisher->publish(QStringLiteral("burst/s%1").arg(i % 50), QByteArray::number(i), 1) > 0);
    const std::vector<RawMessage> got = collect(queue, kCount);
    QCOMPARE(got.size(), size_t(kCount));
    QCOMPARE(payloadsOf(got).size(), kCount);
}

void TestMqttSession::publishQos1IsAcknowledged()
{
    auto publisher = makeSession(m_broker, QStringLiteral("pub-ack"));
    QCOMPARE(publisher->publish(QStringLiteral("atrium/hq/a/co2"), "1", 1), -1); // not started
    QSignalSpy published(publisher.get(), &MqttSession::published);
    publisher->start();
    QVERIFY(waitForState(*publisher, MqttSession::State::Connected));
    const int mid = publisher->publish(QStringLiteral("atrium/hq/override/heating"), "{\"setpoint\":22}", 1, true);
    QVERIFY(mid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!published.isEmpty(), kWaitMs);
    QCOMPARE(published.first().at(0).toInt(), mid);
    // Clear the retained message so other tests do not see it.
    publisher->publish(QStringLiteral("atrium/hq/override/heating"), QByteArray(), 1, true);
}

void TestMqttSession::survivesBrokerRestart()
{
    MessageQueue queue;
    auto subscriber = makeSession(m_broker, QStringLiteral("sub-restart"), &queue);
    auto publisher = makeSession(m_broker, QStringLiteral("pub-restart"));
    subscriber->subscribe(QStringLiteral("zigbee2mqtt/#"), 1);
    subscriber->start();
    publisher->start();
    QVERIFY(waitForState(*subscriber, MqttSession::State::Connected));
    QVERIFY(waitForState(*publisher, MqttSession::State::Connected));
    QVERIFY(waitUntilSubscribed(*publisher, queue, QStringLiteral("zigbee2mqtt/probe")));

    for (int i = 0; i < 50; ++i)
        publisher->publish(QStringLiteral("zigbee2mqtt/Desk %1").arg(i), QByteArray("before-") + QByteArray::number(i));
    QCOMPARE(collect(queue, 50).size(), size_t(50));

    QSignalSpy states(subscriber.get(), &MqttSession::stateChanged);
    m_broker.stop();
    QVERIFY(waitForState(*subscriber, MqttSession::State::Reconnecting));
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
    QVERIFY(waitForState(*subscriber, MqttSession::State::Connected));
    QVERIFY(waitForState(*publisher, MqttSession::State::Connected));

    // The loss was reported in words, then the reconnection.
    const QString connected = QStringLiteral("Connected to mqtt://127.0.0.1:%1").arg(m_broker.port());
    QTRY_VERIFY_WITH_TIMEOUT(detailsOf(states).contains(connected), kWaitMs);
    const QString all = detailsOf(states).join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Connection to mqtt://127.0.0.1:%1 lost").arg(m_broker.port())),
             qPrintable(all));
    QCOMPARE(states.last().at(0).value<MqttSession::State>(), MqttSession::State::Connected);

    // A fresh broker knows no subscriptions: the session must have subscribed again.
    QVERIFY(waitUntilSubscribed(*publisher, queue, QStringLiteral("zigbee2mqtt/probe")));
    for (int i = 0; i < 100; ++i)
        publisher->publish(QStringLiteral("zigbee2mqtt/Desk %1").arg(i), QByteArray("after-") + QByteArray::number(i));
    const std::vector<RawMessage> after = collect(queue, 100);
    QCOMPARE(after.size(), size_t(100));
    QVERIFY(payloadsOf(after).contains("after-99"));
    QVERIFY(!payloadsOf(after).contains("before-1"));
}

void TestMqttSession::connectsOnceBrokerComesUp()
{
    MosquittoBroker late;
    QString error;
    QVERIFY2(late.start(&error), qPrintable(error)); // reserves a port
    late.stop();

    MessageQueue queue;
    auto subscriber = makeSession(late, QStringLiteral("sub-late"), &queue);
    subscriber->subscribe(QStringLiteral("atrium/#"));
    QSignalSpy states(subscriber.get(), &MqttSession::stateChanged);
    subscriber->start();
    QVERIFY(waitForState(*subscriber, MqttSession::State::Reconnecting));
    const QString refused = QStringLiteral("Broker unreachable: connection refused, retrying in 0.2 s");
    QTRY_VERIFY_WITH_TIMEOUT(detailsOf(states).contains(refused), kWaitMs);
    QVERIFY2(!subscriber->lastError().isEmpty(), "lastError() is empty while the broker is down");

    // It keeps trying, waiting twice as long after the second failure.
    QTRY_VERIFY_WITH_TIMEOUT(
        detailsOf(states).contains(QStringLiteral("Broker unreachable: connection refused, retrying in 0.4 s")),
        kWaitMs);

    QVERIFY2(late.start(&error), qPrintable(error));
    QCOMPARE(late.port(), subscriber->settings().port);
    QVERIFY(waitForState(*subscriber, MqttSession::State::Connected));
    auto publisher = makeSession(late, QStringLiteral("pub-late"));
    publisher->start();
    QVERIFY(waitForState(*publisher, MqttSession::State::Connected));
    QVERIFY(waitUntilSubscribed(*publisher, queue, QStringLiteral("atrium/hq/r1/co2")));
    publisher->publish(QStringLiteral("atrium/hq/r1/co2"), "615");
    const std::vector<RawMessage> got = collect(queue, 1);
    QCOMPARE(got.size(), size_t(1));
    QCOMPARE(got.front().payload, QByteArray("615"));
}

void TestMqttSession::destroysWhileConnectedOrReconnecting()
{
    MessageQueue queue;
    {
        auto connected = makeSession(m_broker, QStringLiteral("destroy-connected"), &queue);
        connected->subscribe(QStringLiteral("#"));
        connected->start();
        QVERIFY(waitForState(*connected, MqttSession::State::Connected));
    } // destroyed while connected
    {
        MosquittoBroker nowhere;
        QVERIFY(nowhere.start());
        nowhere.stop();
        auto reconnecting = makeSession(nowhere, QStringLiteral("destroy-reconnecting"), &queue);
        reconnecting->start();
        QVERIFY(waitForState(*reconnecting, MqttSession::State::Reconnecting));
    } // destroyed while waiting to retry
    {
        auto restarted = makeSession(m_broker, QStringLiteral("destroy-restarted"), &queue);
        restarted->start();
        restarted->stop();
        QCOMPARE(restarted->state(), MqttSession::State::Disconnected);
        restarted->start();
        QVERIFY(waitForState(*restarted, MqttSession::State::Connected));
        restarted->stop();
        QCOMPARE(restarted->state(), MqttSession::State::Disconnected);
    }
    // Queued state signals of the destroyed sessions must not reach anything.
    QCoreApplication::processEvents();
}

QTEST_GUILESS_MAIN(TestMqttSession)
#include "TestMqttSession.moc"

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MosquittoBroker.h"
#include "MqttTestSupport.h"
#include "core/Clock.h"
#include "feeds/CommandOutbox.h"
#include "feeds/ControlChannel.h"
#include "feeds/MessageQueue.h"
#include "feeds/MqttSession.h"
#include "storage/Database.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace atrium;
using atrium::test::MosquittoBroker;
using atrium::test::settingsFor;
using atrium::test::waitForState;

namespace {

constexpr int kWaitMs = 10000;

// A door or an actuator: subscribes and records every message it gets, retained ones included.
class Listener
{
public:
    Listener(const MosquittoBroker& broker, const QString& filter)
        : m_session(settingsFor(broker, QStringLiteral("listener")))
    {
        m_session.setReconnectDelays(100, 300);
        m_session.setQueue(&m_queue);
        m_session.subscribe(filter, 1);
        m_session.start();
    }
    MqttSession& session() { return m_session; }
    // Payloads received so far on `topic`, in order.
    QList<QByteArray> payloadsOn(const QByteArray& topic)
    {
        std::vector<RawMessage> batch;
        m_queue.takeAll(batch);
        for (RawMessage& m : batch)
            m_seen.append(std::move(m));
        QList<QByteArray> out;
        for (const RawMessage& m : std::as_const(m_seen)) {
            if (m.topic == topic)
                out << m.payload;
        }
        return out;
    }

private:
    MessageQueue m_queue;
    MqttSession m_session;
    QList<RawMessage> m_seen;
};

} // namespace

class TestCommandOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_n));
        QVERIFY(Database::migrate(m_db).ok());
    }

    void refusesATopicWithWildcards()
    {
        ManualClock clock(1'000);
        CommandOutbox outbox(clock);
        QVERIFY(outbox.open(m_db).ok());
        auto queued = outbox.enqueue(QStringLiteral("atrium/doors/+/allowlist"), "{}");
        QVERIFY(!queued.ok());
        QVERIFY2(queued.error().contains(QStringLiteral("atrium/doors/+/allowlist")), qPrintable(queued.error()));
        QCOMPARE(outbox.pendingCount(), 0);
    }

    void deliversWhileConnectedAndMarksDelivered()
    {
        MosquittoBroker broker;
        QString error;
        QVERIFY2(broker.start(&error), qPrintable(error));
        Listener door(broker, QStringLiteral("atrium/doors/#"));
        QVERIFY(waitForState(door.session(), MqttSession::State::Connected));

        ManualClock clock(1'000);
        ControlChannel control(settingsFor(broker, QStringLiteral("console")), clock);
        QVERIFY(control.open(m_db).ok());
        control.start();
        QVERIFY(waitForState(*control.session(), MqttSession::State::Connected));

        QSignalSpy delivered(control.outbox(), &CommandOutbox::delivered);
        auto id = control.outbox()->enqueue(QStringLiteral("atrium/doors/front/allowlist"), "list-1", 1, true);
        QVERIFY(id.ok());
        QTRY_COMPARE_WITH_TIMEOUT(door.payloadsOn("atrium/doors/front/allowlist"), QList<QByteArray>{"list-1"},
                                  kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, kWaitMs);
        QCOMPARE(delivered.at(0).at(0).toLongLong(), id.value());
        QCOMPARE(control.outbox()->pendingCount(), 0);
        QVERIFY(control.outbox()->entry(id.value())->deliveredMs.has_value());
        control.stop();
    }

    // A change made while the broker is down reaches the door once after the broker is back;
    // of two lists for one door queued meanwhile, only the newer one goes out.
    void changesMadeWhileTheBrokerIsDownArriveOnceAfterItRestarts()
    {
        MosquittoBroker broker;
        QString error;
        QVERIFY2(broker.start(&error), qPrintable(error));
        ManualClock clock(1'000);
        ControlChannel control(settingsFor(broker, QStringLiteral("console")), clock);
        control.session()->setReconnectDelays(100, 300);
        QVERIFY(control.open(m_db).ok());
        control.start();
        QVERIFY(waitForState(*control.session(), MqttSession::State::Connected));

        broker.stop();
        QVERIFY(waitForState(*control.session(), MqttSession::State::Reconnecting));
        const QString front = QStringLiteral("atrium/doors/front/allowlist");
        const QString heat = QStringLiteral("atrium/rooms/ada/hvac/set");
        QVERIFY(control.outbox()->enqueue(front, "list-old", 1, true, front).ok());
        QVERIFY(control.outbox()->enqueue(heat, "{\"setpoint\":21}", 1, false).ok());
        QVERIFY(control.outbox()->enqueue(front, "list-new", 1, true, front).ok());
        QCOMPARE(control.outbox()->pendingCount(), 2);

        QVERIFY2(broker.restart(&error), qPrintable(error));
        Listener door(broker, QStringLiteral("atrium/#"));
        QVERIFY(waitForState(door.session(), MqttSession::State::Connected));
        QTRY_COMPARE_WITH_TIMEOUT(control.outbox()->pendingCount(), 0, kWaitMs);
        // The retained list reaches a door that subscribes later; the command is not retained,
        // so the listener may have subscribed after it went out: check it through a retained
        // copy only when it was subscribed in time.
        QTRY_COMPARE_WITH_TIMEOUT(door.payloadsOn(front.toUtf8()), QList<QByteArray>{"list-new"}, kWaitMs);
        // Give a duplicate the time to show up.
        QTest::qWait(500);
        QCOMPARE(door.payloadsOn(front.toUtf8()), QList<QByteArray>{"list-new"});
        control.stop();
    }

    void commandsQueuedBeforeTheBrokerIsBackArriveExactlyOnce()
    {
        MosquittoBroker broker;
        QString error;
        QVERIFY2(broker.start(&error), qPrintable(error));
        Listener hvac(broker, QStringLiteral("atrium/rooms/#"));
        QVERIFY(waitForState(hvac.session(), MqttSession::State::Connected));
        ManualClock clock(1'000);
        ControlChannel control(settingsFor(broker, QStringLiteral("console")), clock);
        control.session()->setReconnectDelays(1500, 1500); // reconnects after the listener
        QVERIFY(control.open(m_db).ok());
        control.start();
        QVERIFY(waitForState(*control.session(), MqttSession::State::Connected));

        broker.stop();
        QVERIFY(waitForState(*control.session(), MqttSession::State::Reconnecting));
        const QByteArray topic = "atrium/rooms/ada/hvac/set";
        for (int i = 1; i <= 5; ++i)
            QVERIFY(control.outbox()->enqueue(QString::fromUtf8(topic), QByteArray::number(i)).ok());
        QVERIFY2(broker.restart(&error), qPrintable(error));
        QVERIFY(waitForState(hvac.session(), MqttSession::State::Connected));
        QTRY_COMPARE_WITH_TIMEOUT(hvac.payloadsOn(topic), (QList<QByteArray>{"1", "2", "3", "4", "5"}), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(control.outbox()->pendingCount(), 0, kWaitMs);
        QTest::qWait(500);
        QCOMPARE(hvac.payloadsOn(topic).size(), 5);
        control.stop();
    }

    // The console was closed (or crashed) with messages still pending: the next run sends them.
    void pendingMessagesSurviveARestartOfTheConsole()
    {
        MosquittoBroker broker;
        QString error;
        QVERIFY2(broker.start(&error), qPrintable(error));
        ManualClock clock(1'000);
        {
            CommandOutbox offline(clock);
            QVERIFY(offline.open(m_db).ok());
            QVERIFY(offline.enqueue(QStringLiteral("atrium/rooms/ada/lights/set"), "off").ok());
        }
        Listener lights(broker, QStringLiteral("atrium/rooms/#"));
        QVERIFY(waitForState(lights.session(), MqttSession::State::Connected));
        ControlChannel control(settingsFor(broker, QStringLiteral("console")), clock);
        QVERIFY(control.open(m_db).ok());
        QCOMPARE(control.outbox()->pendingCount(), 1);
        control.start();
        QTRY_COMPARE_WITH_TIMEOUT(lights.payloadsOn("atrium/rooms/ada/lights/set"), QList<QByteArray>{"off"}, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(control.outbox()->pendingCount(), 0, kWaitMs);
        control.stop();
    }

    void handlersGetTheirTopicsOnly()
    {
        MosquittoBroker broker;
        QString error;
        QVERIFY2(broker.start(&error), qPrintable(error));
        ManualClock clock(1'000);
        ControlChannel control(settingsFor(broker, QStringLiteral("console")), clock);
        QVERIFY(control.open(m_db).ok());
        QObject context;
        QList<QByteArray> requests;
        control.subscribe(QStringLiteral("atrium/doors/+/request"), &context,
                          [&](const RawMessage& m) { requests << m.topic; });
        control.start();
        QVERIFY(waitForState(*control.session(), MqttSession::State::Connected));
        MqttSession door(settingsFor(broker, QStringLiteral("door")));
        door.start();
        QVERIFY(waitForState(door, MqttSession::State::Connected));
        // The channel's SUBACK may come after the door's first messages: publish until heard.
        for (int i = 0; i < 50 && requests.isEmpty(); ++i) {
            door.publish(QStringLiteral("atrium/doors/front/event"), "{}", 1);
            door.publish(QStringLiteral("atrium/doors/front/request"), "{}", 1);
            QTest::qWait(100);
        }
        QTest::qWait(200);
        QVERIFY(!requests.isEmpty());
        for (const QByteArray& topic : std::as_const(requests))
            QCOMPARE(topic, QByteArray("atrium/doors/front/request"));
        door.stop();
        control.stop();
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestCommandOutbox)
#include "TestCommandOutbox.moc"

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MosquittoBroker.h"
#include "SharedData.h"
#include "feeds/MessageQueue.h"
#include "feeds/MqttSession.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <memory>

using namespace atrium;
using atrium::test::MosquittoBroker;

namespace {

constexpr int kWaitMs = 30000;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs atrium-replay to the end (it exits by itself; the timeout only guards a hang).
Run runReplay(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(ATRIUM_REPLAY_EXE), arguments);
    Run run;
    if (!process.waitForStarted(kWaitMs)) {
        run.err = process.errorString();
        return run;
    }
    process.waitForFinished(120000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool waitForConnected(MqttSession& session)
{
    QSignalSpy spy(&session, &MqttSession::stateChanged);
    const QDeadlineTimer deadline(kWaitMs);
    while (session.state() != MqttSession::State::Connected) {
        if (deadline.hasExpired())
            return false;
        spy.wait(100);
    }
    return true;
}

// Messages received so far, without the subscription probes.
void drain(MessageQueue& queue, std::vector<RawMessage>& into)
{
    std::vector<RawMessage> batch;
    queue.takeAll(batch);
    for (RawMessage& m : batch) {
        if (m.payload != "probe")
            into.push_back(std::move(m));
    }
}

// Waits until `count` messages arrived, then a little longer for any unexpected extra one.
std::vector<RawMessage> collect(MessageQueue& queue, size_t count)
{
    std::vector<RawMessage> all;
    const QDeadlineTimer deadline(kWaitMs);
    while (all.size() < count && !deadline.hasExpired()) {
        queue.waitFor(1, 100);
        drain(queue, all);
    }
    queue.waitFor(1, 300);
    drain(queue, all);
    return all;
}

quint16 unusedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort(); // closed again when `server` goes
}

} // namespace

class TestReplayPublish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void uciSliceAtFastQos1();
    void zigbee2mqttCapture();
    void generatedDayAtQos0();
    void unreachableBrokerIsReported();
    void badCsvLineIsNamed();

private:
    MosquittoBroker m_broker;
    MessageQueue m_queue;
    std::unique_ptr<MqttSession> m_subscriber;
};

void TestReplayPublish::initTestCase()
{
    if (MosquittoBroker::executable().isEmpty())
        QSKIP("mosquitto is not installed");
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));

    BrokerSettings settings;
    settings.host = m_broker.host();
    settings.port = m_broker.port();
    settings.clientId = QStringLiteral("replay-test-subscriber");
    m_subscriber = std::make_unique<MqttSession>(settings);
    m_subscriber->setQueue(&m_queue);
    m_subscriber->subscribe(QStringLiteral("atrium/#"), 1);
    m_subscriber->subscribe(QStringLiteral("zigbee2mqtt/#"), 1);
    m_subscriber->start();
    QVERIFY(waitForConnected(*m_subscriber));

    // No SUBACK is reported: probe until one arrives, then the subscription is live.
    settings.clientId = QStringLiteral("replay-test-probe");
    MqttSession probe(settings);
    probe.start();
    QVERIFY(waitForConnected(probe));
    bool live = false;
    const QDeadlineTimer deadline(kWaitMs);
    while (!live && !deadline.hasExpired()) {
        probe.publish(QStringLiteral("atrium/probe/probe/co2"), "probe", 1);
        live = m_queue.waitFor(1, 100) > 0;
        QCoreApplication::processEvents();
    }
    QVERIFY2(live, "the subscriber never received a probe");
    probe.stop();
}

void TestReplayPublish::init()
{
    // Late probes of initTestCase or leftovers of a failed test.
    m_queue.waitFor(1000000, 50);
    std::vector<RawMessage> discard;
    m_queue.takeAll(discard);
}

void TestReplayPublish::cleanupTestCase()
{
    if (m_subscriber)
        m_subscriber->stop();
}

void TestReplayPublish::uciSliceAtFastQos1()
{
    ATRIUM_REQUIRE_SHARED(path, "timeseries/uci_occupancy_detection/datatraining.txt");
    constexpr int kRows = 800;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Run run = runReplay({"--broker", m_broker.url(), "--csv", path, "--rows", QString::number(kRows), "--room",
                               "ada", "--room", "turing", "--shift", "turing=-60", "--site-id", "itest", "--fast",
                               "--qos", "1", "--quiet"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // 800 rows x 5 mapped columns x 2 rooms, every one acknowledged.
    const int expected = kRows * 5 * 2;
    static const QRegularExpression summary(
        QStringLiteral(R"(published (\d+) messages in ([\d.]+) s \((\d+) messages/s\); (\d+) PUBACKs confirmed)"));
    const auto match = summary.match(run.out);
    QVERIFY2(match.hasMatch(), qPrintable(run.out));
    QCOMPARE(match.captured(1).toInt(), expected);
    QCOMPARE(match.captured(4).toInt(), expected);

    const auto messages = collect(m_queue, size_t(expected));
    QCOMPARE(int(messages.size()), expected);

    std::map<QByteArray, std::vector<QJsonObject>> byTopic;
    for (const RawMessage& m : messages)
        byTopic[m.topic].push_back(QJsonDocument::fromJson(m.payload).object());
    QCOMPARE(byTopic.size(), size_t(10));
    for (const QByteArray room : {"ada", "turing"}) {
        for (const QByteArray metric : {"temperature", "humidity", "illuminance", "co2", "occupancy"})
            QCOMPARE(int(byTopic["atrium/itest/" + room + "/" + metric].size()), kRows);
    }
    // First row of the file: 23.18 °C, 426 lx, 721.25 ppm, occupied.
    const auto& ada = byTopic["atrium/itest/ada/temperature"];
    QCOMPARE(ada.front().value("value").toDouble(), 23.18);
    QCOMPARE(byTopic["atrium/itest/ada/co2"].front().value("value").toDouble(), 721.25);
    QCOMPARE(byTopic["atrium/itest/ada/occupancy"].front().value("value").toDouble(), 1.0);
    // The last row lands at "now"; Turing's copy runs an hour earlier.
    const auto tsOf = [](const QJsonObject& o) {
        return QDateTime::fromString(o.value("ts").toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
    };
    const qint64 adaLast = tsOf(ada.back());
    QVERIFY2(adaLast >= before - 1000 && adaLast <= QDateTime::currentMSecsSinceEpoch(),
             qPrintable(ada.back().value("ts").toString()));
    QCOMPARE(adaLast - tsOf(byTopic["atrium/itest/turing/temperature"].back()), 3600 * 1000LL);
}

void TestReplayPublish::zigbee2mqttCapture()
{
    ATRIUM_REQUIRE_SHARED(path, "mqtt/zigbee2mqtt/ikea_e1745_motion_and_aqara_wsdcgq11lm.jsonl");
    const Run run = runReplay({"--broker", m_broker.url(), "--jsonl", path, "--fast", "--quiet"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto messages = collect(m_queue, 3);
    QCOMPARE(messages.size(), size_t(3));
    QCOMPARE(messages[2].topic, QByteArray("zigbee2mqtt/0x00158d00040862ed"));
    QVERIFY(messages[2].payload.contains("\"temperature\":20.71"));
}

void TestReplayPublish::generatedDayAtQos0()
{
    // A generated day for the sample site: published in full at QoS 0 (sent, no PUBACK).
    const Run run = runReplay({"--broker", m_broker.url(), "--generate", "--date", "2026-03-29", "--seed", "3",
                               "--fast", "--qos", "0", "--quiet"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    static const QRegularExpression summary(QStringLiteral(R"(published (\d+) messages)"));
    const auto match = summary.match(run.out);
    QVERIFY2(match.hasMatch(), qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("PUBACK")));
    const int published = match.captured(1).toInt();
    // 14 rooms x 5 metrics, every 30-60 s over the 23 h of the spring-forward day.
    QVERIFY2(published > 14 * 5 * 23 * 60 && published < 14 * 5 * 23 * 120, qPrintable(run.out));
    const auto messages = collect(m_queue, size_t(published));
    QVERIFY(!messages.empty());
    QVERIFY(messages.front().topic.startsWith("atrium/demo/"));
}

void TestReplayPublish::unreachableBrokerIsReported()
{
    const quint16 port = unusedPort();
    const Run run = runReplay(
        {"--broker", QStringLiteral("mqtt://127.0.0.1:%1").arg(port), "--generate", "--timeout", "1", "--quiet"});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("cannot reach the broker at mqtt://127.0.0.1:%1 within 1 s").arg(port)),
             qPrintable(run.err));
}

void TestReplayPublish::badCsvLineIsNamed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("broken.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("date,CO2\n2026-03-30 10:00,600\n2026-03-30 10:01,lots\n");
    file.close();
    const Run run = runReplay({"--broker", m_broker.url(), "--csv", file.fileName(), "--room", "ada", "--fast"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("broken.csv line 3: \"lots\" in column \"CO2\" is not a number")),
             qPrintable(run.err));
    // Nothing was published.
    QCOMPARE(m_queue.waitFor(1, 200), size_t(0));
}

QTEST_GUILESS_MAIN(TestReplayPublish)
#include "TestReplayPublish.moc"

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The console's whole data path, as main() builds it: a real mosquitto, MQTT session, topic
// router, decoders, ingest thread, SQLite file, rollups and live state.
#include "ConsoleServices.h"
#include "MosquittoBroker.h"
#include "core/Clock.h"
#include "feeds/MqttSession.h"
#include "site/SiteLoader.h"
#include "telemetry/LiveState.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;

class TestConsoleServices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readingsFlowFromBrokerToDatabaseAndLiveState();

private:
    static void waitConnected(MqttSession& session);
    static double liveValue(const LiveState& live, const QString& room, Metric metric);

    test::MosquittoBroker m_broker;
    QTemporaryDir m_dir;
};

void TestConsoleServices::initTestCase()
{
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
    // The site file is copied: assigning a topic writes to it.
    for (const char* name : {"site.json", "plan.svg"}) {
        const QString from = QStringLiteral(ATRIUM_E2E_FIXTURES "/") + QLatin1String(name);
        QVERIFY(QFile::copy(from, m_dir.filePath(QLatin1String(name))));
        QFile::setPermissions(m_dir.filePath(QLatin1String(name)), QFile::ReadOwner | QFile::WriteOwner);
    }
}

void TestConsoleServices::waitConnected(MqttSession& session)
{
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), MqttSession::State::Connected, 15000);
}

double TestConsoleServices::liveValue(const LiveState& live, const QString& room, Metric metric)
{
    const auto v = live.value(room, metric);
    return v ? v->value : -1000.0;
}

void TestConsoleServices::readingsFlowFromBrokerToDatabaseAndLiveState()
{
    const QString sitePath = m_dir.filePath(QStringLiteral("site.json"));
    const QString dbPath = m_dir.filePath(QStringLiteral("atrium.sqlite"));
    BrokerSettings broker;
    broker.host = m_broker.host();
    broker.port = m_broker.port();

    ConsoleServices services(SystemClock::instance());
    const Status opened = services.open(sitePath, dbPath, broker);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    services.start();
    waitConnected(*services.session());

    BrokerSettings publisherSettings = broker;
    publisherSettings.clientId = QStringLiteral("e2e-publisher");
    MqttSession publisher(publisherSettings);
    publisher.start();
    waitConnected(publisher);

    LiveState& live = *services.liveState();
    publisher.publish(QStringLiteral("atrium/e2e/alpha/temperature"), "21.5");
    publisher.publish(QStringLiteral("atrium/e2e/alpha/co2"), R"({"value": 912, "unit": "ppm"})");
    publisher.publish(QStringLiteral("zigbee2mqtt/Beta motion"), R"({"occupancy":true,"battery":87,"linkquality":90})");
    publisher.publish(QStringLiteral("atrium/e2e/alpha/humidity"), "nan");
    publisher.publish(QStringLiteral("zigbee2mqtt/Gamma corner"), R"({"temperature":19.25})");

    QTRY_COMPARE_WITH_TIMEOUT(liveValue(live, QStringLiteral("alpha"), Metric::Temperature), 21.5, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(liveValue(live, QStringLiteral("alpha"), Metric::Co2), 912.0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(liveValue(live, QStringLiteral("beta"), Metric::Occupancy), 1.0, 10000);
    QCOMPARE(live.freshness(QStringLiteral("alpha"), Metric::Temperature), LiveState::Freshness::Fresh);
    QCOMPARE(live.freshness(QStringLiteral("gamma"), Metric::Temperature), LiveState::Freshness::NoData);

    // The NaN is refused with its topic; nothing is stored for it.
    QTRY_VERIFY_WITH_TIMEOUT(!services.diagnostics()->rejected().empty(), 10000);
    const auto rejected = services.diagnostics()->rejected();
    QCOMPARE(rejected.front().topic, QStringLiteral("atrium/e2e/alpha/humidity"));
    QVERIFY2(!rejected.front().lastReason.isEmpty(), "a refused payload says why");
    QVERIFY(!live.value(QStringLiteral("alpha"), Metric::Humidity));

    // A device no sensor owns is listed with its payload, then assigned to a room by an admin.
    QTRY_VERIFY_WITH_TIMEOUT(!services.diagnostics()->unmatched().empty(), 10000);
    QCOMPARE(services.diagnostics()->unmatched().front().topic, QStringLiteral("zigbee2mqtt/Gamma corner"));
    const Status assigned = services.assignTopic(QStringLiteral("zigbee2mqtt/Gamma corner"),
                                                 QStringLiteral("zigbee2mqtt"), QStringLiteral("gamma"));
    QVERIFY2(assigned.ok(), qPrintable(assigned.error()));
    QVERIFY(services.diagnostics()->unmatched().empty());
    auto reloaded = SiteLoader::load(sitePath);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.error()));
    const Sensor* saved = reloaded->sensorForTopic(QStringLiteral("zigbee2mqtt/Gamma corner"));
    QVERIFY2(saved, "the assignment is saved to the site file");
    QCOMPARE(saved->roomId, QStringLiteral("gamma"));

    // The broker restarts mid-stream: both clients come back and new readings arrive.
    m_broker.stop();
    QTRY_VERIFY_WITH_TIMEOUT(services.session()->state() != MqttSession::State::Connected, 10000);
    QString error;
    QVERIFY2(m_broker.restart(&error), qPrintable(error));
    waitConnected(*services.session());
    waitConnected(publisher);
    publisher.publish(QStringLiteral("zigbee2mqtt/Gamma corner"), R"({"temperature":19.25})");
    publisher.publish(QStringLiteral("atrium/e2e/gamma/co2"), "640");
    QTRY_COMPARE_WITH_TIMEOUT(liveValue(live, QStringLiteral("gamma"), Metric::Temperature), 19.25, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(liveValue(live, QStringLiteral("gamma"), Metric::Co2), 640.0, 15000);

    // A clean shutdown writes everything received; the file holds the rows a user would query.
    publisher.stop();
    services.shutdown();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dbPath);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT r.value FROM reading r JOIN sensor s ON s.id = r.sensor "
                                      "WHERE s.room = 'alpha' AND r.metric = %1")
                           .arg(int(Metric::Temperature))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toDouble(), 21.5);
        QVERIFY(q.exec(QStringLiteral("SELECT n, sum, min, max FROM rollup WHERE room = 'alpha' AND metric = %1")
                           .arg(int(Metric::Co2))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(3).toDouble(), 912.0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM reading r JOIN sensor s ON s.id = r.sensor "
                                      "WHERE s.room = 'alpha' AND r.metric = %1")
                           .arg(int(Metric::Humidity))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM reading r JOIN sensor s ON s.id = r.sensor "
                                      "WHERE s.room = 'gamma' AND r.metric = %1")
                           .arg(int(Metric::Temperature))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QTEST_GUILESS_MAIN(TestConsoleServices)
#include "TestConsoleServices.moc"

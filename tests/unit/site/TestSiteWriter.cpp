// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/SiteLoader.h"
#include "site/SiteWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace atrium;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to) && QFile(to).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

Sensor sensor(const QString& topic, const QString& room, const QString& profile = QStringLiteral("zigbee2mqtt"))
{
    Sensor s;
    s.topic = topic;
    s.roomId = room;
    s.profile = profile;
    s.expectedIntervalS = 900;
    return s;
}

} // namespace

class TestSiteWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_site;

private Q_SLOTS:
    void init();
    void addSensorRoundTrip();
    void replaceSameTopic();
    void addToFileWithoutSensors();
    void refusals_data();
    void refusals();
    void readOnlyFolderLeavesOriginal();
    void diskFullLeavesOriginal();
    void saveRoundTrip();
};

void TestSiteWriter::init()
{
    // A copy of the sample site with its plan, so the relative plan path still resolves.
    const QString sampleDir = QStringLiteral(ATRIUM_SAMPLE_SITE).section(u'/', 0, -2);
    m_site = m_dir.filePath(QStringLiteral("site.json"));
    QVERIFY(copyFile(QStringLiteral(ATRIUM_SAMPLE_SITE), m_site));
    QVERIFY(copyFile(sampleDir + QStringLiteral("/floor.svg"), m_dir.filePath(QStringLiteral("floor.svg"))));
}

void TestSiteWriter::addSensorRoundTrip()
{
    const QByteArray before = readAll(m_site);
    QVERIFY(
        SiteWriter::addSensor(m_site, sensor(QStringLiteral("zigbee2mqtt/Curie door"), QStringLiteral("meeting-curie")))
            .ok());
    const QByteArray after = readAll(m_site);

    // Everything before the sensors' closing bracket is unchanged, byte for byte: keys, order, spacing.
    const qsizetype sensorsAt = before.indexOf("\"sensors\"");
    const qsizetype close = before.indexOf("\n    ]", sensorsAt);
    QCOMPARE(after.left(close), before.left(close));
    QCOMPARE(after.mid(after.size() - (before.size() - close)), before.mid(close));

    const auto site = SiteLoader::load(m_site);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    const Sensor* added = site->sensorForTopic(QStringLiteral("zigbee2mqtt/Curie door"));
    QVERIFY(added);
    QCOMPARE(added->roomId, QStringLiteral("meeting-curie"));
    QCOMPARE(added->id, QStringLiteral("zigbee2mqtt-curie-door"));
    QCOMPARE(added->expectedIntervalS, 900);
    QCOMPARE(site->sensors.size(), std::size_t(3));
    QCOMPARE(site->rooms.size(), std::size_t(14));
}

void TestSiteWriter::replaceSameTopic()
{
    QVERIFY(SiteWriter::addSensor(m_site, sensor(QStringLiteral("zigbee2mqtt/Cafe air"), QStringLiteral("event-space")))
                .ok());
    const auto site = SiteLoader::load(m_site);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    QCOMPARE(site->sensors.size(), std::size_t(2));
    QCOMPARE(site->sensorForTopic(QStringLiteral("zigbee2mqtt/Cafe air"))->roomId, QStringLiteral("event-space"));
    QCOMPARE(site->sensorForTopic(QStringLiteral("zigbee2mqtt/Cafe air"))->id, QStringLiteral("z2m-cafe-air"));
}

void TestSiteWriter::addToFileWithoutSensors()
{
    QByteArray json = readAll(m_site);
    const qsizetype from = json.indexOf(",\n    \"sensors\"");
    json.truncate(from);
    json.append("\n}\n");
    QFile file(m_site);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
    file.close();
    QVERIFY(SiteLoader::load(m_site).ok());
    const Status status = SiteWriter::addSensor(
        m_site, sensor(QStringLiteral("atrium/demo/booth-2/co2"), QStringLiteral("booth-2"), QStringLiteral("atrium")));
    QVERIFY2(status.ok(), qPrintable(status.error()));
    const auto site = SiteLoader::load(m_site);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    QCOMPARE(site->sensors.size(), std::size_t(1));
    QCOMPARE(site->sensors.front().roomId, QStringLiteral("booth-2"));
}

void TestSiteWriter::refusals_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("room");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("expected");
    QTest::addRow("unknown-room") << QStringLiteral("z/x") << QStringLiteral("meeting-x")
                                  << QStringLiteral("zigbee2mqtt") << QStringLiteral("unknown room 'meeting-x'");
    QTest::addRow("unknown-profile") << QStringLiteral("z/x") << QStringLiteral("booth-1") << QStringLiteral("modbus")
                                     << QStringLiteral("unknown profile 'modbus'");
    QTest::addRow("wildcard-topic") << QStringLiteral("z/+") << QStringLiteral("booth-1")
                                    << QStringLiteral("zigbee2mqtt") << QStringLiteral("wildcard");
}

void TestSiteWriter::refusals()
{
    QFETCH(QString, topic);
    QFETCH(QString, room);
    QFETCH(QString, profile);
    QFETCH(QString, expected);
    const QByteArray before = readAll(m_site);
    const Status status = SiteWriter::addSensor(m_site, sensor(topic, room, profile));
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(expected), qPrintable(status.error()));
    QCOMPARE(readAll(m_site), before);
}

void TestSiteWriter::readOnlyFolderLeavesOriginal()
{
    if (::geteuid() == 0)
        QSKIP("running as root: folder permissions do not stop writes");
    const QByteArray before = readAll(m_site);
    QVERIFY(QFile(m_dir.path()).setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const Status status = SiteWriter::addSensor(m_site, sensor(QStringLiteral("z/new"), QStringLiteral("booth-1")));
    QFile(m_dir.path()).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(QStringLiteral("site.json")), qPrintable(status.error()));
    QCOMPARE(readAll(m_site), before);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).size(), 2); // no temporary file left behind
}

void TestSiteWriter::diskFullLeavesOriginal()
{
    // A file size limit makes the write fail part-way, as a full disk would (also for root).
    const QByteArray before = readAll(m_site);
    rlimit original{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &original), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = original;
    small.rlim_cur = rlim_t(before.size() / 2);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const Status status = SiteWriter::addSensor(m_site, sensor(QStringLiteral("z/new"), QStringLiteral("booth-1")));
    ::setrlimit(RLIMIT_FSIZE, &original);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(QStringLiteral("site.json")), qPrintable(status.error()));
    QCOMPARE(readAll(m_site), before);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).size(), 2);
    QVERIFY(SiteLoader::load(m_site).ok());
}

void TestSiteWriter::saveRoundTrip()
{
    const auto site = SiteLoader::load(m_site);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    const QString copy = m_dir.filePath(QStringLiteral("saved.json"));
    QVERIFY(SiteWriter::save(site.value(), copy).ok());
    const auto again = SiteLoader::load(copy);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->rooms.size(), site->rooms.size());
    QCOMPARE(again->floors.front().planPath, site->floors.front().planPath);
    QCOMPARE(again->room(QStringLiteral("event-space"))->features, site->room(QStringLiteral("event-space"))->features);
    QCOMPARE(again->openingHours.days[4].closeMinute, 19 * 60);
    QCOMPARE(again->subscriptions.front().expectedIntervalS, 120);
    QCOMPARE(again->sensors.size(), site->sensors.size());
}

QTEST_MAIN(TestSiteWriter)
#include "TestSiteWriter.moc"

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/FloorPlan.h"
#include "site/SiteLoader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;

namespace {

// A small valid site; each bad-file row replaces one piece of it. Line numbers in the rows
// refer to this layout (line 1 is the opening brace).
QByteArray baseSite()
{
    return QByteArrayLiteral(
        "{\n"                                                                                         // 1
        "    \"id\": \"t\",\n"                                                                        // 2
        "    \"name\": \"Test\",\n"                                                                   // 3
        "    \"timeZone\": \"Europe/Paris\",\n"                                                       // 4
        "    \"openingHours\": { \"mon\": \"08:00-19:00\", \"sun\": \"closed\" },\n"                  // 5
        "    \"floors\": [ { \"id\": \"ground\", \"name\": \"Ground\", \"plan\": \"plan.svg\" } ],\n" // 6
        "    \"rooms\": [\n"                                                                          // 7
        "        { \"id\": \"meeting-ada\", \"type\": \"meeting_room\", \"capacity\": 8, \"floor\": \"ground\" },\n" // 8
        "        { \"id\": \"booth-1\", \"type\": \"phone_booth\", \"capacity\": 1, \"floor\": \"ground\" }\n" // 9
        "    ],\n"                                                                                             // 10
        "    \"sensors\": [\n"                                                                                 // 11
        "        { \"id\": \"s1\", \"topic\": \"z/booth\", \"profile\": \"zigbee2mqtt\", \"room\": \"booth-1\", "
        "\"expectedIntervalS\": 60 }\n"                                                        // 12
        "    ],\n"                                                                             // 13
        "    \"subscriptions\": [ { \"filter\": \"atrium/t/#\", \"profile\": \"atrium\" } ]\n" // 14
        "}\n");
}

const QByteArray kPlan =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\">\n"
    "<g transform=\"translate(10,10)\"><rect id=\"meeting-ada\" x=\"0\" y=\"0\" width=\"40\" "
    "height=\"30\"/>\n<rect id=\"booth-1\" x=\"50\" y=\"0\" width=\"10\" height=\"10\"/></g>\n</svg>\n";

} // namespace

class TestSiteLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeSite(const QByteArray& json, const QByteArray& plan = kPlan)
    {
        QFile planFile(m_dir.filePath(QStringLiteral("plan.svg")));
        if (!planFile.open(QIODevice::WriteOnly))
            return {};
        planFile.write(plan);
        const QString path = m_dir.filePath(QStringLiteral("site.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(json);
        return path;
    }

private Q_SLOTS:
    void sampleSite();
    void validFixture();
    void rawReadingDays();
    void badFiles_data();
    void utf16AndBom();
    void badFiles();
    void consoleProgramWithoutGui();
};

void TestSiteLoader::sampleSite()
{
    const auto site = SiteLoader::load(QStringLiteral(ATRIUM_SAMPLE_SITE));
    QVERIFY2(site.ok(), qPrintable(site.error()));
    QCOMPARE(site->id, QStringLiteral("demo"));
    QCOMPARE(site->timeZone.id(), QByteArray("Europe/Paris"));
    QVERIFY(site->rooms.size() >= 12);
    QCOMPARE(site->floors.size(), std::size_t(1));
    QVERIFY(QFileInfo(site->floors.front().planPath).isAbsolute());
    auto plan = FloorPlan::load(site->floors.front().planPath);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    for (const Room& room : site->rooms) {
        QVERIFY2(plan.value()->hasElement(room.elementId()), qPrintable(room.id));
        QVERIFY2(!plan.value()->elementBounds(room.elementId()).isEmpty(), qPrintable(room.id));
        QVERIFY2(room.capacity > 0, qPrintable(room.id));
        // A room with natural light has windows, so it faces somewhere.
        QCOMPARE(room.naturalLight, !room.windowOrientation.isEmpty());
    }
    QCOMPARE(site->room(QStringLiteral("booth-1"))->type, RoomType::PhoneBooth);
    QCOMPARE(site->room(QStringLiteral("kitchen"))->windowOrientation, QStringLiteral("NE"));
    const Sensor* booth = site->sensorForTopic(QStringLiteral("zigbee2mqtt/Booth 1 motion"));
    QVERIFY(booth);
    QCOMPARE(booth->roomId, QStringLiteral("booth-1"));
    QCOMPARE(site->subscriptions.size(), std::size_t(2));
    QCOMPARE(site->subscriptions.front().filter, QStringLiteral("atrium/demo/#"));
    // Saturday morning only, Sunday closed.
    QCOMPARE(site->openingHours.days[5].open, true);
    QCOMPARE(site->openingHours.days[5].closeMinute, 13 * 60);
    QCOMPARE(site->openingHours.days[6].open, false);
}

void TestSiteLoader::rawReadingDays()
{
    QByteArray json = baseSite();
    json.replace("\"name\": \"Test\",", "\"name\": \"Test\", \"rawReadingDays\": 7,");
    const auto site = SiteLoader::load(writeSite(json));
    QVERIFY2(site.ok(), qPrintable(site.error()));
    QCOMPARE(site->rawReadingDays, 7);
}

void TestSiteLoader::validFixture()
{
    const auto site = SiteLoader::load(writeSite(baseSite()));
    QVERIFY2(site.ok(), qPrintable(site.error()));
    QCOMPARE(site->rooms.size(), std::size_t(2));
    QCOMPARE(site->room(QStringLiteral("meeting-ada"))->name, QStringLiteral("meeting-ada"));
    QCOMPARE(site->sensors.front().expectedIntervalS, 60);
    QCOMPARE(site->subscriptions.front().expectedIntervalS, 600);
    QCOMPARE(site->openingHours.days[0].openMinute, 8 * 60);
    QCOMPARE(site->openingHours.days[1].open, false); // Tuesday absent: closed
    QCOMPARE(site->rawReadingDays, 30);               // absent: the default
}

void TestSiteLoader::badFiles_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QByteArray>("plan");
    QTest::addColumn<QStringList>("expectedParts");

    QTest::addRow("invalid-json-missing-comma")
        << QByteArray("\"name\": \"Test\",") << QByteArray("\"name\": \"Test\"") << kPlan
        << QStringList{QStringLiteral("site.json line 4, column 5"), QStringLiteral("missing comma")};
    QTest::addRow("raw-reading-days-zero")
        << QByteArray("\"name\": \"Test\",") << QByteArray("\"name\": \"Test\", \"rawReadingDays\": 0,") << kPlan
        << QStringList{QStringLiteral("site.json line 3"), QStringLiteral("rawReadingDays"),
                       QStringLiteral("must be a positive whole number, not 0")};
    QTest::addRow("latin1-not-utf8") << QByteArray("\"name\": \"Test\",") << QByteArray("\"name\": \"Caf\xE9\",")
                                     << kPlan
                                     << QStringList{QStringLiteral("site.json line 3, column 17"),
                                                    QStringLiteral("not UTF-8 text (byte 0xe9)")};
    QTest::addRow("missing-id") << QByteArray("\"id\": \"t\",") << QByteArray() << kPlan
                                << QStringList{QStringLiteral("site.json line 1"), QStringLiteral("id: required")};
    QTest::addRow("duplicate-room-id") << QByteArray("\"id\": \"booth-1\"") << QByteArray("\"id\": \"meeting-ada\"")
                                       << kPlan
                                       << QStringList{QStringLiteral("line 9"), QStringLiteral("rooms[1].id"),
                                                      QStringLiteral("'meeting-ada'"),
                                                      QStringLiteral("rooms[0] on line 8")};
    QTest::addRow("negative-capacity") << QByteArray("\"capacity\": 1,") << QByteArray("\"capacity\": -3,") << kPlan
                                       << QStringList{QStringLiteral("line 9"), QStringLiteral("rooms[1].capacity"),
                                                      QStringLiteral("positive"), QStringLiteral("-3")};
    QTest::addRow("unknown-room-type") << QByteArray("\"phone_booth\"") << QByteArray("\"laboratory\"") << kPlan
                                       << QStringList{QStringLiteral("line 9"), QStringLiteral("rooms[1].type"),
                                                      QStringLiteral("'laboratory'"), QStringLiteral("phone_booth")};
    QTest::addRow("sensor-unknown-room") << QByteArray("\"room\": \"booth-1\"") << QByteArray("\"room\": \"meeting-x\"")
                                         << kPlan
                                         << QStringList{QStringLiteral("line 12"),
                                                        QStringLiteral("sensors[0].room: unknown room 'meeting-x'")};
    QTest::addRow("unknown-profile") << QByteArray("\"profile\": \"zigbee2mqtt\"")
                                     << QByteArray("\"profile\": \"lorawan\"") << kPlan
                                     << QStringList{QStringLiteral("line 12"), QStringLiteral("sensors[0].profile"),
                                                    QStringLiteral("'lorawan'"), QStringLiteral("atrium, zigbee2mqtt")};
    QTest::addRow("unknown-subscription-profile")
        << QByteArray("\"profile\": \"atrium\"") << QByteArray("\"profile\": \"tasmota\"") << kPlan
        << QStringList{QStringLiteral("line 14"), QStringLiteral("subscriptions[0].profile")};
    QTest::addRow("bad-time-zone") << QByteArray("Europe/Paris") << QByteArray("Europe/Lutece") << kPlan
                                   << QStringList{QStringLiteral("line 4"), QStringLiteral("timeZone"),
                                                  QStringLiteral("'Europe/Lutece'")};
    QTest::addRow("bad-opening-hours") << QByteArray("\"08:00-19:00\"") << QByteArray("\"8h-19h\"") << kPlan
                                       << QStringList{QStringLiteral("line 5"), QStringLiteral("openingHours.mon"),
                                                      QStringLiteral("'8h-19h'")};
    QTest::addRow("closing-before-opening") << QByteArray("\"08:00-19:00\"") << QByteArray("\"19:00-08:00\"") << kPlan
                                            << QStringList{QStringLiteral("openingHours.mon")};
    QTest::addRow("unknown-day") << QByteArray("\"sun\"") << QByteArray("\"sunday\"") << kPlan
                                 << QStringList{QStringLiteral("openingHours.sunday"), QStringLiteral("unknown day")};
    QTest::addRow("missing-plan-file") << QByteArray("\"plan.svg\"") << QByteArray("\"plans/ground.svg\"") << kPlan
                                       << QStringList{QStringLiteral("line 6"), QStringLiteral("floors[0].plan"),
                                                      QStringLiteral("plans/ground.svg")};
    QTest::addRow("room-element-missing")
        << QByteArray() << QByteArray() << QByteArray(kPlan).replace("id=\"meeting-ada\"", "id=\"meeting-lovelace\"")
        << QStringList{QStringLiteral("floor 'ground': room 'meeting-ada' has no element id 'meeting-ada' in plan.svg"),
                       QStringLiteral("site.json line 8")};
    QTest::addRow("plan-not-well-formed")
        << QByteArray() << QByteArray() << QByteArray(kPlan).replace("</g>", "</group>")
        << QStringList{QStringLiteral("floor 'ground'"), QStringLiteral("plan.svg line 3")};
    QTest::addRow("sensor-topic-wildcard")
        << QByteArray("\"z/booth\"") << QByteArray("\"z/#\"") << kPlan
        << QStringList{QStringLiteral("line 12"), QStringLiteral("sensors[0].topic")};
    QTest::addRow("room-unknown-floor") << QByteArray("\"capacity\": 8, \"floor\": \"ground\"")
                                        << QByteArray("\"capacity\": 8, \"floor\": \"roof\"") << kPlan
                                        << QStringList{QStringLiteral("line 8"), QStringLiteral("rooms[0].floor"),
                                                       QStringLiteral("'roof'")};
    QTest::addRow("capacity-as-text") << QByteArray("\"capacity\": 8,") << QByteArray("\"capacity\": \"8\",") << kPlan
                                      << QStringList{QStringLiteral("line 8"), QStringLiteral("rooms[0].capacity")};
    QTest::addRow("flag-not-bool") << QByteArray("\"capacity\": 8,")
                                   << QByteArray("\"capacity\": 8, \"screen\": \"yes\",") << kPlan
                                   << QStringList{QStringLiteral("line 8"), QStringLiteral("rooms[0].screen"),
                                                  QStringLiteral("true or false")};
}

void TestSiteLoader::badFiles()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QByteArray, plan);
    QFETCH(QStringList, expectedParts);
    QByteArray json = baseSite();
    if (!from.isEmpty()) {
        QVERIFY2(json.count(from) == 1, from.constData());
        json.replace(from, to);
    }
    const auto site = SiteLoader::load(writeSite(json, plan));
    QVERIFY2(!site.ok(), "the bad file was accepted");
    for (const QString& part : expectedParts)
        QVERIFY2(site.error().contains(part), qPrintable(site.error()));
}

void TestSiteLoader::utf16AndBom()
{
    const QByteArray json = baseSite();
    QString utf16Text = QString::fromUtf8(json);
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char*>(utf16Text.utf16()), utf16Text.size() * 2);
    const auto refused = SiteLoader::load(writeSite(utf16));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("UTF-16")), qPrintable(refused.error()));
    const auto withBom = SiteLoader::load(writeSite(QByteArray("\xEF\xBB\xBF") + json));
    QVERIFY2(withBom.ok(), qPrintable(withBom.error()));
}

void TestSiteLoader::consoleProgramWithoutGui()
{
    // Options off: a tool that only needs rooms and sensors does not parse the plans.
    SiteLoader::Options options;
    options.checkPlans = false;
    const QString path =
        writeSite(baseSite(), QByteArray(kPlan).replace("id=\"meeting-ada\"", "id=\"meeting-lovelace\""));
    QVERIFY(SiteLoader::load(path, options).ok());
    QVERIFY(!SiteLoader::load(path).ok());
}

QTEST_MAIN(TestSiteLoader)
#include "TestSiteLoader.moc"

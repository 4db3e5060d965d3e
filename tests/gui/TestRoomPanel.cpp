// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiFixture.h"
#include "ReadingText.h"
#include "RoomHistoryChart.h"
#include "RoomPanel.h"
#include "SharedData.h"
#include "analytics/Comfort.h"
#include "storage/Database.h"
#include "telemetry/ReadingWriter.h"
#include "telemetry/RollupStore.h"

#include <QApplication>
#include <QComboBox>
#include <QFontMetrics>
#include <QLabel>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace atrium;
using namespace atrium::test;

namespace {
const qint64 kNow = QDateTime(QDate(2026, 3, 10), QTime(10, 7), QTimeZone::utc()).toMSecsSinceEpoch();
constexpr qint64 kMinute = 60 * 1000;
} // namespace

class TestRoomPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsValuesWithUnitsAndAge_data();
    void showsValuesWithUnitsAndAge();
    void staleValueSaysSo();
    void showsAttributesInWords();
    void comfortCategoryWithReasons();
    void peopleCountAgainstCapacity();
    void summaryForScreenReaders();
    void chartHasBucketMeansOfLastDay();
    void chartFollowsMetricCombo();
    void chartTimeAxisIsInSiteHours();
    void chartTimeLabelsFitANarrowPanel();

private:
    QLabel* label(const QString& name) const { return m_panel->findChild<QLabel*>(name); }

    GuiSite m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<RollupStore> m_rollups;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<LiveState> m_live;
    std::unique_ptr<RoomPanel> m_panel;
};

void TestRoomPanel::initTestCase()
{
    m_fixture = loadGuiSite();
    QVERIFY2(m_fixture.error.isEmpty(), qPrintable(m_fixture.error));
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("site.sqlite"));
    const Status migrated = Database::migrate(path);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
    // A day of alpha's temperature as the ingest thread would have written it: two readings
    // in the 07:00 bucket, one at 09:30, one 30 hours ago (outside the chart's 24 hours).
    ReadingWriter writer(path);
    const qint64 sevenOClock = kNow - 3 * 60 * kMinute - 7 * kMinute;
    const Status written = writer.write({
        reading(QStringLiteral("alpha"), Metric::Temperature, 19.0, kNow - 30 * 60 * kMinute),
        reading(QStringLiteral("alpha"), Metric::Temperature, 20.0, sevenOClock + 2 * kMinute),
        reading(QStringLiteral("alpha"), Metric::Temperature, 22.0, sevenOClock + 9 * kMinute),
        reading(QStringLiteral("alpha"), Metric::Temperature, 23.5, kNow - 37 * kMinute),
        reading(QStringLiteral("alpha"), Metric::Co2, 900.0, kNow - 37 * kMinute),
    });
    QVERIFY2(written.ok(), qPrintable(written.error()));
    m_rollups = std::make_unique<RollupStore>(path);
}

void TestRoomPanel::init()
{
    m_clock = std::make_unique<ManualClock>(kNow);
    m_live = std::make_unique<LiveState>(m_fixture.site, *m_clock);
    m_panel = std::make_unique<RoomPanel>(m_fixture.site, *m_live, m_rollups.get(), *m_clock);
    m_panel->resize(380, 900);
    m_live->post({reading(QStringLiteral("alpha"), Metric::Co2, 812.0, kNow - 2 * kMinute),
                  reading(QStringLiteral("alpha"), Metric::Temperature, 21.46, kNow - 30 * 1000),
                  reading(QStringLiteral("alpha"), Metric::Humidity, 45.0, kNow - 30 * 1000),
                  reading(QStringLiteral("alpha"), Metric::Occupancy, 1.0, kNow - 5 * kMinute)});
    m_live->flushNow();
    m_panel->setRoom(QStringLiteral("alpha"));
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestRoomPanel::cleanup()
{
    m_panel.reset();
    m_live.reset();
    m_clock.reset();
}

void TestRoomPanel::showsValuesWithUnitsAndAge_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("age");
    QTest::addRow("co2-in-ppm") << "co2"
                                << "812 ppm"
                                << "2 min ago";
    QTest::addRow("temperature-one-decimal") << "temperature"
                                             << "21.5 °C"
                                             << "30 s ago";
    QTest::addRow("humidity-in-percent") << "humidity"
                                         << "45 %"
                                         << "30 s ago";
    // alpha has only a presence sensor: it says so rather than passing for a full room.
    QTest::addRow("presence-reads-occupied-no-count") << "occupancy"
                                                      << "occupied (presence sensor, no count)"
                                                      << "5 min ago";
}

void TestRoomPanel::showsValuesWithUnitsAndAge()
{
    QFETCH(QString, metric);
    QFETCH(QString, value);
    QFETCH(QString, age);
    QLabel* v = label(QStringLiteral("value_") + metric);
    QLabel* a = label(QStringLiteral("age_") + metric);
    QVERIFY(v && a);
    QVERIFY(v->isVisible());
    QCOMPARE(v->text(), value);
    QCOMPARE(a->text(), age);
    QVERIFY2(v->accessibleName().contains(value) && v->accessibleName().contains(age), qPrintable(v->accessibleName()));
    // Metrics without a value are not shown as empty rows.
    QVERIFY(!label(QStringLiteral("value_noise"))->isVisible());
}

void TestRoomPanel::staleValueSaysSo()
{
    m_clock->advanceMs(10 * kMinute); // the fixture's sensors expect a value every 300 s
    m_live->flushNow();
    const QString age = label(QStringLiteral("age_co2"))->text();
    QVERIFY2(age.startsWith(QStringLiteral("12 min ago")) && age.contains(QStringLiteral("stale")), qPrintable(age));
    QVERIFY(label(QStringLiteral("value_co2"))->accessibleName().contains(QStringLiteral("stale")));
}

void TestRoomPanel::showsAttributesInWords()
{
    QCOMPARE(label(QStringLiteral("roomName"))->text(), QStringLiteral("Alpha"));
    QCOMPARE(label(QStringLiteral("roomKind"))->text(), QStringLiteral("Meeting room · 6 seats"));
    QCOMPARE(label(QStringLiteral("naturalLight"))->text(), QStringLiteral("Yes"));
    QCOMPARE(label(QStringLiteral("windowOrientation"))->text(), QStringLiteral("Facing south"));
    QCOMPARE(label(QStringLiteral("ergonomicFurniture"))->text(), QStringLiteral("Yes"));
    QCOMPARE(label(QStringLiteral("screen"))->text(), QStringLiteral("Yes"));
    QCOMPARE(label(QStringLiteral("features"))->text(), QStringLiteral("whiteboard, video conferencing"));
    m_panel->setRoom(QStringLiteral("beta"));
    QCOMPARE(label(QStringLiteral("windowOrientation"))->text(), QStringLiteral("None"));
    QCOMPARE(label(QStringLiteral("features"))->text(), QStringLiteral("None listed"));
    QVERIFY(label(QStringLiteral("noReadings"))->isVisible());
}

void TestRoomPanel::comfortCategoryWithReasons()
{
    const ComfortAssessment expected =
        assessComfort(comfortInputsFor(*m_live, QStringLiteral("alpha"), m_fixture.site.timeZone, m_clock->nowMs()));
    QVERIFY(expected.category.has_value());
    const QString category = label(QStringLiteral("comfortCategory"))->text();
    QVERIFY2(category.endsWith(QStringLiteral("category ") + comfortCategoryLabel(*expected.category)),
             qPrintable(category));
    const QString reasons = label(QStringLiteral("comfortReasons"))->text();
    QVERIFY2(reasons.contains(QStringLiteral("812")), qPrintable(reasons));
}

void TestRoomPanel::peopleCountAgainstCapacity()
{
    // A people counter joins the presence sensor: the count is shown against the seats, and
    // presence no longer needs to say that nobody counted.
    m_live->post({reading(QStringLiteral("alpha"), Metric::People, 3.0, kNow - kMinute)});
    m_live->flushNow();
    QLabel* people = label(QStringLiteral("value_people"));
    QVERIFY(people && people->isVisible());
    QCOMPARE(people->text(), QStringLiteral("3 people of 6"));
    QCOMPARE(label(QStringLiteral("age_people"))->text(), QStringLiteral("1 min ago"));
    QCOMPARE(label(QStringLiteral("value_occupancy"))->text(), QStringLiteral("occupied"));
    QVERIFY2(m_panel->summary().contains(QStringLiteral("for 6. 3 people of 6, occupied,")),
             qPrintable(m_panel->summary()));
    m_panel->grab().save(atrium::test::testOutputDir() + QStringLiteral("/RoomPanel-people.png"));
}

void TestRoomPanel::summaryForScreenReaders()
{
    const QString summary = m_panel->summary();
    QVERIFY2(summary.startsWith(QStringLiteral("Alpha, meeting room for 6.")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("CO₂ 812 ppm")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("for 6. Occupied (presence sensor, no count),")), qPrintable(summary));
    QCOMPARE(m_panel->accessibleDescription(), summary);
    QCOMPARE(label(QStringLiteral("roomSummary"))->accessibleName(), summary);
}

void TestRoomPanel::chartHasBucketMeansOfLastDay()
{
    m_panel->setChartMetric(Metric::Temperature);
    const QList<QPointF> points = m_panel->chart()->series()->points();
    const qint64 sevenOClock = kNow - 3 * 60 * kMinute - 7 * kMinute;
    const qint64 lastBucket = (kNow - 37 * kMinute) / kRollupBucketMs * kRollupBucketMs;
    QCOMPARE(points.size(), 2); // the reading 30 hours ago is not in the last 24 hours
    QCOMPARE(points[0], QPointF(double(sevenOClock), 21.0));
    QCOMPARE(points[1], QPointF(double(lastBucket), 23.5));
    QVERIFY(m_panel->chart()->statusText().contains(QStringLiteral("Temperature")));
    QImage image = m_panel->grab().toImage();
    image.save(testOutputDir() + QStringLiteral("/RoomPanel-alpha.png"));
}

void TestRoomPanel::chartFollowsMetricCombo()
{
    auto* combo = m_panel->findChild<QComboBox*>(QStringLiteral("chartMetric"));
    QVERIFY(combo);
    combo->setFocus();
    combo->setCurrentIndex(combo->findData(int(Metric::Co2)));
    QCOMPARE(m_panel->chartMetric(), Metric::Co2);
    QCOMPARE(m_panel->chart()->series()->points().size(), 1);
    QCOMPARE(m_panel->chart()->series()->points().first().y(), 900.0);
    combo->setCurrentIndex(combo->findData(int(Metric::Noise)));
    QVERIFY(m_panel->chart()->series()->points().isEmpty());
    QCOMPARE(m_panel->chart()->statusText(), QStringLiteral("No Noise readings in the last 24 hours"));
    QVERIFY(m_panel->findChild<QLabel*>(QStringLiteral("roomHistoryMessage"))->isVisible());
}

QTEST_MAIN(TestRoomPanel)
#include "TestRoomPanel.moc"

void TestRoomPanel::chartTimeAxisIsInSiteHours()
{
    // CMake runs this test with TZ=America/New_York: the reception PC's clock is not the
    // site's (Europe/Paris). 10:07 UTC is 11:07 in Paris and 06:07 in New York; the axis ends
    // at Paris' next full hour and has a label every 6 hours back from it.
    QVERIFY2(QDateTime::fromMSecsSinceEpoch(kNow).offsetFromUtc() !=
                 m_fixture.site.timeZone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(kNow)),
             "the test needs a local zone other than the site's (TZ in tests/gui/CMakeLists.txt)");
    m_panel->setChartMetric(Metric::Temperature);
    QCOMPARE(m_panel->chart()->timeLabels(), QStringList({QStringLiteral("18:00"), QStringLiteral("00:00"),
                                                          QStringLiteral("06:00"), QStringLiteral("12:00")}));
}

void TestRoomPanel::chartTimeLabelsFitANarrowPanel()
{
    // The room panel beside the floor at 1366x768 is about 260 pixels wide: fewer labels, but
    // each one whole ("18:00", not "1..."), still in the site's hours and ending at 12:00.
    m_panel->resize(260, 900);
    m_panel->setChartMetric(Metric::Temperature);
    QApplication::processEvents();
    RoomHistoryChart* chart = m_panel->chart();
    const QStringList labels = chart->timeLabels();
    QVERIFY2(labels.size() >= 2, qPrintable(labels.join(QLatin1Char(' '))));
    QCOMPARE(labels.last(), QStringLiteral("12:00"));
    const double categoryWidth = chart->plotArea().width() / labels.size();
    const int labelWidth = QFontMetrics(chart->timeLabelFont()).horizontalAdvance(QStringLiteral("00:00"));
    QVERIFY2(
        labelWidth <= categoryWidth,
        qPrintable(
            QStringLiteral("%1 labels of %2 px in %3 px each").arg(labels.size()).arg(labelWidth).arg(categoryWidth)));
    QImage image = m_panel->grab().toImage();
    image.save(testOutputDir() + QStringLiteral("/RoomPanel-alpha-narrow.png"));
}

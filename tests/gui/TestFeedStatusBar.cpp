// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedStatusBar.h"
#include "core/Clock.h"
#include "feeds/FeedDiagnostics.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QTest>
#include <QToolButton>

using namespace atrium;

class TestFeedStatusBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void showsSiteLocalTime_data();
    void showsSiteLocalTime();
    void countsRefusedPayloads();
};

void TestFeedStatusBar::showsSiteLocalTime_data()
{
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<QString>("expected");
    // Paris is UTC+1 in winter, UTC+2 in summer; the desk reads the site's clock, not UTC.
    QTest::addRow("winter") << QDateTime(QDate(2026, 12, 3), QTime(15, 30), Qt::UTC) << "Thu 3 Dec, 16:30";
    QTest::addRow("summer") << QDateTime(QDate(2026, 7, 1), QTime(6, 5), Qt::UTC) << "Wed 1 Jul, 08:05";
    QTest::addRow("after-spring-forward") << QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC) << "Sun 29 Mar, 03:00";
}

void TestFeedStatusBar::showsSiteLocalTime()
{
    QFETCH(QDateTime, utc);
    QFETCH(QString, expected);
    ManualClock clock(utc.toMSecsSinceEpoch());
    FeedDiagnostics diagnostics;
    FeedStatusBar bar(nullptr, &diagnostics, clock);
    bar.setSiteTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris")));
    QCOMPARE(bar.siteTimeText(), expected);
    auto* label = bar.findChild<QLabel*>(QStringLiteral("siteTime"));
    QVERIFY(label);
    QCOMPARE(label->text(), expected);
    QVERIFY(label->accessibleName().contains(expected));
}

void TestFeedStatusBar::countsRefusedPayloads()
{
    ManualClock clock(QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
    FeedDiagnostics diagnostics;
    FeedStatusBar bar(nullptr, &diagnostics, clock);
    QCOMPARE(bar.connectionText(), QStringLiteral("No broker configured"));
    diagnostics.recordRejected(QStringLiteral("atrium/demo/ada/co2"), QStringLiteral("atrium"),
                               QStringLiteral("not a number"), "abc", clock.nowMs());
    diagnostics.recordRejected(QStringLiteral("atrium/demo/ada/co2"), QStringLiteral("atrium"),
                               QStringLiteral("not a number"), "abc", clock.nowMs());
    bar.sample();
    auto* refused = bar.findChild<QToolButton*>(QStringLiteral("refusedButton"));
    QVERIFY(refused);
    QCOMPARE(refused->text(), QStringLiteral("2 refused"));
}

QTEST_MAIN(TestFeedStatusBar)
#include "TestFeedStatusBar.moc"

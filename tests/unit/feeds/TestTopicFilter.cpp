// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/TopicRouter.h"

#include <QTest>

using namespace atrium;

class TestTopicFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data();
    void matches();
};

void TestTopicFilter::matches_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("expected");

    // Examples from MQTT 3.1.1 section 4.7 and the corner cases around them.
    QTest::addRow("exact") << "a/b/c"
                           << "a/b/c" << true;
    QTest::addRow("exact-differs") << "a/b/c"
                                   << "a/b/d" << false;
    QTest::addRow("case-sensitive") << "Atrium/hq"
                                    << "atrium/hq" << false;
    QTest::addRow("hash-all") << "sport/tennis/player1"
                              << "#" << true;
    QTest::addRow("hash-subtree") << "sport/tennis/player1/ranking"
                                  << "sport/tennis/player1/#" << true;
    QTest::addRow("hash-matches-parent") << "sport/tennis/player1"
                                         << "sport/tennis/player1/#" << true;
    QTest::addRow("hash-not-sibling") << "sport/tennisplayer1"
                                      << "sport/tennis/#" << false;
    QTest::addRow("hash-not-last-is-invalid") << "sport/tennis/player1"
                                              << "sport/#/player1" << false;
    QTest::addRow("hash-inside-level-is-invalid") << "sport/tennis"
                                                  << "sport/tennis#" << false;
    QTest::addRow("plus-one-level") << "sport/tennis/player1"
                                    << "sport/tennis/+" << true;
    QTest::addRow("plus-not-two-levels") << "sport/tennis/player1/ranking"
                                         << "sport/tennis/+" << false;
    QTest::addRow("plus-not-missing-level") << "sport/tennis"
                                            << "sport/tennis/+" << false;
    QTest::addRow("plus-empty-level") << "sport/"
                                      << "sport/+" << true;
    QTest::addRow("plus-inside-level-is-invalid") << "sport/tennis"
                                                  << "sport/ten+" << false;
    QTest::addRow("plus-middle") << "atrium/hq/r1/co2"
                                 << "atrium/+/+/co2" << true;
    QTest::addRow("plus-then-hash") << "atrium/hq/r1/co2"
                                    << "atrium/+/#" << true;
    QTest::addRow("leading-slash-plus") << "/finance"
                                        << "+/+" << true;
    QTest::addRow("leading-slash-needs-level") << "/finance"
                                               << "+" << false;
    QTest::addRow("spaces-in-names") << "zigbee2mqtt/dining room/ac power"
                                     << "zigbee2mqtt/#" << true;
    QTest::addRow("dollar-not-by-hash") << "$SYS/broker/clients"
                                        << "#" << false;
    QTest::addRow("dollar-not-by-plus") << "$SYS/broker/clients"
                                        << "+/broker/clients" << false;
    QTest::addRow("dollar-explicit") << "$SYS/broker/clients"
                                     << "$SYS/#" << true;
    QTest::addRow("longer-filter") << "a/b"
                                   << "a/b/c" << false;
    QTest::addRow("empty-filter") << "a"
                                  << "" << false;
}

void TestTopicFilter::matches()
{
    QFETCH(QString, topic);
    QFETCH(QString, filter);
    QFETCH(bool, expected);
    QCOMPARE(topicMatchesFilter(topic, filter), expected);
}

QTEST_GUILESS_MAIN(TestTopicFilter)
#include "TestTopicFilter.moc"

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/FeedDiagnostics.h"
#include "feeds/RejectedPayloadsModel.h"
#include "feeds/UnmatchedTopicsModel.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace atrium;

namespace {
const qint64 kNoonParis = QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC).toMSecsSinceEpoch();
}

class TestFeedTopicModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rejectedRows();
    void refreshOnlyOnChange();
    void unmatchedRowsFollowDiagnostics();
    void readablePayload_data();
    void readablePayload();
};

void TestFeedTopicModels::rejectedRows()
{
    FeedDiagnostics diagnostics;
    diagnostics.recordRejected(QStringLiteral("zigbee2mqtt/Desk"), QStringLiteral("zigbee2mqtt"),
                               QStringLiteral("field \"humidity\": 140 % is outside"), "{\"humidity\":140}",
                               kNoonParis - 60000);
    diagnostics.recordRejected(QStringLiteral("zigbee2mqtt/Desk"), QStringLiteral("zigbee2mqtt"),
                               QStringLiteral("payload is not UTF-8 text"), QByteArray("caf\xe9"), kNoonParis);
    RejectedPayloadsModel model(diagnostics);
    model.setTimeZone(QTimeZone("Europe/Paris"));
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(RejectedPayloadsModel::ColumnCount));
    auto cell = [&](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(cell(RejectedPayloadsModel::TopicColumn), QStringLiteral("zigbee2mqtt/Desk"));
    QCOMPARE(cell(RejectedPayloadsModel::CountColumn), QStringLiteral("2"));
    QCOMPARE(cell(RejectedPayloadsModel::ReasonColumn), QStringLiteral("payload is not UTF-8 text"));
    QCOMPARE(cell(RejectedPayloadsModel::PayloadColumn), QStringLiteral("caf\\xe9"));
    QCOMPARE(cell(RejectedPayloadsModel::LastSeenColumn), QStringLiteral("2026-03-02 12:00:00"));
    QCOMPARE(model.headerData(RejectedPayloadsModel::ReasonColumn, Qt::Horizontal).toString(),
             QStringLiteral("Last reason"));
}

void TestFeedTopicModels::refreshOnlyOnChange()
{
    FeedDiagnostics diagnostics;
    RejectedPayloadsModel model(diagnostics);
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.refresh());

    diagnostics.recordRejected(QStringLiteral("b"), QStringLiteral("atrium"), QStringLiteral("r1"), "x", 1);
    diagnostics.recordRejected(QStringLiteral("d"), QStringLiteral("atrium"), QStringLiteral("r1"), "x", 1);
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), 2);

    // A new topic between the two is an insert at its sorted place, the old rows only change.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    diagnostics.recordRejected(QStringLiteral("c"), QStringLiteral("atrium"), QStringLiteral("r2"), "y", 2);
    diagnostics.recordRejected(QStringLiteral("d"), QStringLiteral("atrium"), QStringLiteral("r3"), "z", 3);
    QVERIFY(model.refresh());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(model.index(2, RejectedPayloadsModel::ReasonColumn).data().toString(), QStringLiteral("r3"));
    QCOMPARE(model.index(2, RejectedPayloadsModel::CountColumn).data().toString(), QStringLiteral("2"));
}

void TestFeedTopicModels::unmatchedRowsFollowDiagnostics()
{
    FeedDiagnostics diagnostics;
    diagnostics.recordUnmatched(QStringLiteral("zigbee2mqtt/Hall motion"), QStringLiteral("zigbee2mqtt"),
                                "{\"occupancy\":true}", kNoonParis);
    diagnostics.recordUnmatched(QStringLiteral("atrium/hq/attic/co2"), QStringLiteral("atrium"), "640", kNoonParis);
    UnmatchedTopicsModel model(diagnostics);
    model.setTimeZone(QTimeZone("Europe/Paris"));
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, UnmatchedTopicsModel::TopicColumn).data().toString(),
             QStringLiteral("atrium/hq/attic/co2"));
    QCOMPARE(model.index(1, UnmatchedTopicsModel::PayloadColumn).data().toString(),
             QStringLiteral("{\"occupancy\":true}"));
    QCOMPARE(model.index(1, UnmatchedTopicsModel::TopicColumn).data(FeedTopicTableModel::TopicRole).toString(),
             QStringLiteral("zigbee2mqtt/Hall motion"));
    QCOMPARE(model.headerData(UnmatchedTopicsModel::CountColumn, Qt::Horizontal).toString(),
             QStringLiteral("Messages"));

    // An admin assigned the first one: it leaves the table.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    diagnostics.forgetUnmatched(QStringLiteral("atrium/hq/attic/co2"));
    QVERIFY(model.refresh());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, UnmatchedTopicsModel::TopicColumn).data().toString(),
             QStringLiteral("zigbee2mqtt/Hall motion"));
}

void TestFeedTopicModels::readablePayload_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("shown");
    QTest::addRow("json") << QByteArray("{\"co2\":363}") << QStringLiteral("{\"co2\":363}");
    QTest::addRow("utf8-degree") << QByteArray("21 °C") << QStringLiteral("21 °C");
    QTest::addRow("newline") << QByteArray("{\n}") << QStringLiteral("{\\n}");
    QTest::addRow("control-byte") << QByteArray("a\x01"
                                                "b")
                                  << QStringLiteral("a\\x01b");
    QTest::addRow("latin1-byte") << QByteArray("caf\xe9") << QStringLiteral("caf\\xe9");
}

void TestFeedTopicModels::readablePayload()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, shown);
    QCOMPARE(FeedTopicTableModel::readablePayload(payload), shown);
}

QTEST_GUILESS_MAIN(TestFeedTopicModels)
#include "TestFeedTopicModels.moc"

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssignTopicDialog.h"
#include "DiagnosticsPage.h"
#include "GuiFixture.h"
#include "SharedData.h"
#include "feeds/FeedDiagnostics.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace atrium;
using namespace atrium::test;

namespace {
const qint64 kNow = QDateTime(QDate(2026, 3, 10), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();

struct AssignCall
{
    QString topic;
    QString profile;
    QString roomId;
};
} // namespace

class TestDiagnosticsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tablesShowWhatTheFeedRecorded();
    void refreshesOnlyWhileVisible();
    void assignCallsBackWithChosenRoom_data();
    void assignCallsBackWithChosenRoom();

private:
    GuiSite m_fixture;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<LiveState> m_live;
    std::unique_ptr<FeedDiagnostics> m_diagnostics;
    std::unique_ptr<DiagnosticsPage> m_page;
    QList<AssignCall> m_calls;
    Status m_answer = Status::success();
};

void TestDiagnosticsPage::initTestCase()
{
    m_fixture = loadGuiSite();
    QVERIFY2(m_fixture.error.isEmpty(), qPrintable(m_fixture.error));
}

void TestDiagnosticsPage::init()
{
    m_calls.clear();
    m_clock = std::make_unique<ManualClock>(kNow);
    m_live = std::make_unique<LiveState>(m_fixture.site, *m_clock);
    m_diagnostics = std::make_unique<FeedDiagnostics>();
    m_diagnostics->recordUnmatched(QStringLiteral("zigbee2mqtt/Hall sensor"), QStringLiteral("zigbee2mqtt"),
                                   R"({"temperature":21.3})", kNow);
    m_diagnostics->recordRejected(QStringLiteral("atrium/gui/alpha/co2"), QStringLiteral("atrium"),
                                  QStringLiteral("value is NaN"), "NaN", kNow);
    ConsoleContext context;
    context.site = &m_fixture.site;
    context.live = m_live.get();
    context.diagnostics = m_diagnostics.get();
    context.clock = m_clock.get();
    context.assignTopic = [this](const QString& topic, const QString& profile, const QString& roomId) {
        m_calls.append({topic, profile, roomId});
        if (m_answer.ok())
            m_diagnostics->forgetUnmatched(topic); // as the console does once the topic is routed
        return m_answer;
    };
    m_page = std::make_unique<DiagnosticsPage>(context);
    m_page->resize(1000, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestDiagnosticsPage::cleanup()
{
    m_page.reset();
    m_diagnostics.reset();
    m_live.reset();
    m_clock.reset();
}

void TestDiagnosticsPage::tablesShowWhatTheFeedRecorded()
{
    QAbstractItemModel* rejected = m_page->rejectedTable()->model();
    QAbstractItemModel* unmatched = m_page->unmatchedTable()->model();
    QCOMPARE(rejected->rowCount(), 1);
    QCOMPARE(unmatched->rowCount(), 1);
    QCOMPARE(unmatched->index(0, 0).data().toString(), QStringLiteral("zigbee2mqtt/Hall sensor"));
    bool reasonShown = false;
    for (int c = 0; c < rejected->columnCount(); ++c)
        reasonShown = reasonShown || rejected->index(0, c).data().toString() == QStringLiteral("value is NaN");
    QVERIFY(reasonShown);
    QVERIFY(!m_page->assignButton()->isEnabled()); // nothing selected yet
    m_page->grab().save(atrium::test::testOutputDir() + QStringLiteral("/DiagnosticsPage.png"));
}

void TestDiagnosticsPage::refreshesOnlyWhileVisible()
{
    QVERIFY(m_page->isRefreshing());
    m_diagnostics->recordUnmatched(QStringLiteral("tele/plug-7/SENSOR"), QStringLiteral("tasmota"), "{}", kNow);
    QTRY_COMPARE(m_page->unmatchedTable()->model()->rowCount(), 2);
    m_page->hide();
    QVERIFY(!m_page->isRefreshing());
}

void TestDiagnosticsPage::assignCallsBackWithChosenRoom_data()
{
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<QString>("room");
    QTest::addRow("assigned-and-closed") << true << "beta";
    QTest::addRow("refused-says-why-and-stays-open") << false << "zeta";
}

void TestDiagnosticsPage::assignCallsBackWithChosenRoom()
{
    QFETCH(bool, succeeds);
    QFETCH(QString, room);
    m_answer = succeeds ? Status::success() : Status::failure(QStringLiteral("the site file is read-only"));

    QTableView* table = m_page->unmatchedTable();
    table->setFocus();
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(m_page->assignButton()->isEnabled());
    QTest::mouseClick(m_page->assignButton(), Qt::LeftButton);
    AssignTopicDialog* dialog = m_page->assignDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* rooms = dialog->findChild<QComboBox*>(QStringLiteral("assignRoom"));
    QVERIFY(rooms);
    rooms->setCurrentIndex(rooms->findData(room));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("assignButton")), Qt::LeftButton);

    QCOMPARE(m_calls.size(), 1);
    QCOMPARE(m_calls[0].topic, QStringLiteral("zigbee2mqtt/Hall sensor"));
    QCOMPARE(m_calls[0].profile, QStringLiteral("zigbee2mqtt"));
    QCOMPARE(m_calls[0].roomId, room);
    if (succeeds) {
        QTRY_VERIFY(!m_page->assignDialog());
        QCOMPARE(table->model()->rowCount(), 0);
    } else {
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->errorText(), QStringLiteral("The topic was not assigned: the site file is read-only"));
        dialog->grab().save(atrium::test::testOutputDir() + QStringLiteral("/AssignTopicDialog-refused.png"));
        QCOMPARE(table->model()->rowCount(), 1);
    }
}

QTEST_MAIN(TestDiagnosticsPage)
#include "TestDiagnosticsPage.moc"

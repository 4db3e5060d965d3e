// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Check-in and release on the console's real data path: occupancy published to a real
// mosquitto, through the MQTT session, router, ingest and live state (ConsoleServices), into
// CheckInMonitor, with every "now" from one ManualClock.
#include "ConsoleServices.h"
#include "MosquittoBroker.h"
#include "bookings/BookingStore.h"
#include "bookings/CheckInMonitor.h"
#include "core/Clock.h"
#include "feeds/MqttSession.h"
#include "telemetry/LiveState.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;

Q_DECLARE_METATYPE(atrium::Booking)

namespace {
QDateTime paris(int h, int m = 0)
{
    // Monday 7 December 2026, an ordinary open day of the fixture site (08:00-19:00).
    return QDateTime(QDate(2026, 12, 7), QTime(h, m), QTimeZone("Europe/Paris"));
}
} // namespace

class TestCheckInMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void checkInAndRelease_data();
    void checkInAndRelease();

private:
    test::MosquittoBroker m_broker;
};

void TestCheckInMonitor::initTestCase()
{
    qRegisterMetaType<atrium::Booking>();
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
}

void TestCheckInMonitor::cleanupTestCase()
{
    m_broker.stop();
}

void TestCheckInMonitor::checkInAndRelease_data()
{
    QTest::addColumn<bool>("autoRelease");
    QTest::addRow("auto-release off: queued, then no-show") << false;
    QTest::addRow("auto-release on: released after the grace") << true;
}

void TestCheckInMonitor::checkInAndRelease()
{
    QFETCH(bool, autoRelease);
    QTemporaryDir dir;
    for (const char* name : {"site.json", "plan.svg"}) {
        QVERIFY(QFile::copy(QStringLiteral(ATRIUM_E2E_FIXTURES "/") + QLatin1String(name),
                            dir.filePath(QLatin1String(name))));
        QFile::setPermissions(dir.filePath(QLatin1String(name)), QFile::ReadOwner | QFile::WriteOwner);
    }
    const QString sitePath = dir.filePath(QStringLiteral("site.json"));
    const QString dbPath = dir.filePath(QStringLiteral("atrium.sqlite"));
    if (autoRelease) {
        // The site switches automatic release on in its site file.
        QFile file(sitePath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray json = file.readAll();
        json.insert(json.indexOf('{') + 1, "\n    \"bookings\": { \"autoRelease\": true },");
        file.resize(0);
        file.write(json);
    }
    ManualClock clock(paris(9, 55).toMSecsSinceEpoch());
    BrokerSettings broker;
    broker.host = m_broker.host();
    broker.port = m_broker.port();
    ConsoleServices services(clock);
    const Status opened = services.open(sitePath, dbPath, broker);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(services.bookingPolicy().autoRelease, autoRelease);
    BookingStore& store = *services.bookings();
    CheckInMonitor& monitor = *services.checkInMonitor();
    QSignalSpy soon(&monitor, &CheckInMonitor::startingSoon);
    QSignalSpy checkedIn(&monitor, &CheckInMonitor::checkedIn);
    QSignalSpy deadline(&monitor, &CheckInMonitor::checkInDeadline);
    QSignalSpy released(&monitor, &CheckInMonitor::released);
    QSignalSpy noShow(&monitor, &CheckInMonitor::noShow);

    // Alpha (meeting room) booked by someone who does not come; Beta (phone booth) by someone who does.
    Booking empty;
    empty.roomId = QStringLiteral("alpha");
    empty.title = QStringLiteral("Interview");
    empty.start = paris(10).toUTC();
    empty.end = paris(11).toUTC();
    Booking call = empty;
    call.roomId = QStringLiteral("beta");
    call.title = QStringLiteral("Call");
    call.attendees = 1;
    call.end = paris(10, 30).toUTC();
    auto createdEmpty = store.create(empty);
    auto createdCall = store.create(call);
    QVERIFY2(createdEmpty.ok() && createdCall.ok(), qPrintable(createdEmpty.error() + createdCall.error()));
    const qint64 emptyId = createdEmpty->id;
    const qint64 callId = createdCall->id;
    services.start();
    QTRY_COMPARE_WITH_TIMEOUT(services.session()->state(), MqttSession::State::Connected, 15000);

    // 09:55: both start within the 10-minute reminder; the floor says "booked soon".
    QTRY_COMPARE_WITH_TIMEOUT(soon.count(), 2, 5000);
    QCOMPARE(monitor.roomState(QStringLiteral("alpha")), RoomBookingState::BookedSoon);
    QCOMPARE(monitor.roomState(QStringLiteral("beta")), RoomBookingState::BookedSoon);

    // 10:04: the booth's motion sensor sees someone, through the broker and the real pipeline.
    clock.setNowMs(paris(10, 4).toMSecsSinceEpoch());
    BrokerSettings publisherSettings = broker;
    publisherSettings.clientId = QStringLiteral("checkin-publisher");
    MqttSession publisher(publisherSettings);
    publisher.start();
    QTRY_COMPARE_WITH_TIMEOUT(publisher.state(), MqttSession::State::Connected, 15000);
    publisher.publish(QStringLiteral("zigbee2mqtt/Beta motion"), "{\"occupancy\":true,\"battery\":87}");
    // The value arrives fresh: received at 10:04 by the console's own clock.
    QTRY_COMPARE_WITH_TIMEOUT(services.liveState()->freshness(QStringLiteral("beta"), Metric::Occupancy),
                              LiveState::Freshness::Fresh, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(checkedIn.count(), 1, 10000);
    QCOMPARE(checkedIn.at(0).at(0).value<Booking>().id, callId);
    QCOMPARE(checkedIn.at(0).at(1).toBool(), true);
    const auto storedCall = store.booking(callId);
    QCOMPARE(storedCall->status, BookingStatus::CheckedIn);
    QVERIFY(storedCall->checkedInAutomatically);
    QCOMPARE(storedCall->checkedInAt, paris(10, 4).toUTC());
    QCOMPARE(monitor.roomState(QStringLiteral("beta")), RoomBookingState::InProgress);
    // Alpha is still within its 10 minutes of grace: in progress, not in the queue.
    QCOMPARE(monitor.roomState(QStringLiteral("alpha")), RoomBookingState::InProgress);
    QVERIFY(monitor.queue().empty());

    // 10:10: the grace is over and nobody came to Alpha.
    clock.setNowMs(paris(10, 10).toMSecsSinceEpoch());
    monitor.evaluate();
    if (autoRelease) {
        QCOMPARE(released.count(), 1);
        QCOMPARE(released.at(0).at(1).toBool(), true);
        const auto stored = store.booking(emptyId);
        QCOMPARE(stored->status, BookingStatus::Released);
        QCOMPARE(stored->releasedAt, paris(10, 10).toUTC());
        QCOMPARE(monitor.roomState(QStringLiteral("alpha")), RoomBookingState::Free);
        QVERIFY(monitor.queue().empty());
        return;
    }
    QCOMPARE(deadline.count(), 1);
    QCOMPARE(deadline.at(0).at(0).value<Booking>().id, emptyId);
    QCOMPARE(monitor.roomState(QStringLiteral("alpha")), RoomBookingState::BookedButEmpty);
    QCOMPARE(monitor.queue().size(), size_t(1));
    QCOMPARE(monitor.queue().front().kind, DeskQueueItem::Kind::BookedButEmpty);
    QCOMPARE(monitor.queue().front().booking->id, emptyId);
    QCOMPARE(store.booking(emptyId)->status, BookingStatus::Booked);

    // The desk calls the member and notes it, then keeps the booking: it leaves the queue.
    QVERIFY(monitor.noteCall(emptyId, QStringLiteral("10:12 left a message")).ok());
    QCOMPARE(monitor.queue().front().booking->callNote, QStringLiteral("10:12 left a message"));
    QVERIFY(monitor.keep(emptyId).ok());
    QVERIFY(monitor.queue().empty());

    // 11:00: it ended unchecked and unreleased: a no-show, kept for the figures.
    clock.setNowMs(paris(11).toMSecsSinceEpoch());
    monitor.evaluate();
    QCOMPARE(noShow.count(), 1);
    QCOMPARE(store.booking(emptyId)->status, BookingStatus::NoShow);
    QCOMPARE(deadline.count(), 1);

    // 11:05: someone walks into Alpha without a booking.
    clock.setNowMs(paris(11, 5).toMSecsSinceEpoch());
    publisher.publish(QStringLiteral("atrium/e2e/alpha/occupancy"), "1");
    QTRY_COMPARE_WITH_TIMEOUT(monitor.roomState(QStringLiteral("alpha")), RoomBookingState::InUseNotBooked, 10000);
    QCOMPARE(monitor.queue().size(), size_t(1));
    QCOMPARE(monitor.queue().front().kind, DeskQueueItem::Kind::InUseNotBooked);
    QCOMPARE(monitor.queue().front().roomId, QStringLiteral("alpha"));
    publisher.stop();
    services.shutdown();
}

QTEST_GUILESS_MAIN(TestCheckInMonitor)
#include "TestCheckInMonitor.moc"

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingsFixture.h"
#include "SharedData.h"
#include "bookings/BookingDialog.h"
#include "bookings/BookingsPage.h"
#include "bookings/CancelBookingDialog.h"
#include "bookings/DayTimeline.h"
#include "bookings/DeskQueuePanel.h"
#include "members/MemberPicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimeEdit>

#include <memory>

using namespace atrium;
using namespace atrium::test;

namespace {
// Tuesday 10 March 2026, 09:00 in Paris (CET): a normal 24-hour weekday.
const QDate kDay(2026, 3, 10);
} // namespace

class TestBookingsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createsBookingByKeyboard();
    void createsBookingByDrag();
    void clashShowsRefusalAndStoresNothing_data();
    void clashShowsRefusalAndStoresNothing();
    void clashIsSaidWhileChoosingTimes();
    void cancelKeepsBookingWithReason();
    void refusedMoveSnapsBack();
    void fallBackDayShowsTwentyFiveHours();
    void grabsDayView();

private:
    QDialogButtonBox* buttons(QWidget* dialog) const { return dialog->findChild<QDialogButtonBox*>(); }
    std::unique_ptr<BookingsFixture> m_f;
    std::unique_ptr<BookingsPage> m_page;
    Member m_jane;
    Member m_omar;
};

void TestBookingsPage::init()
{
    m_f = std::make_unique<BookingsFixture>(QDateTime(kDay, QTime(9, 0)));
    QVERIFY2(m_f->error.isEmpty(), qPrintable(m_f->error));
    m_jane = m_f->addMember(QStringLiteral("Jane Doe"), QStringLiteral("Acme"));
    m_omar = m_f->addMember(QStringLiteral("Omar Haddad"));
    m_page =
        std::make_unique<BookingsPage>(*m_f->store, m_f->members.get(), m_f->monitor.get(), m_f->gui.site, *m_f->clock);
    m_page->resize(1366, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QCOMPARE(m_page->day(), kDay);
}

void TestBookingsPage::cleanup()
{
    m_page.reset();
    m_f.reset();
}

void TestBookingsPage::createsBookingByKeyboard()
{
    DayTimeline* timeline = m_page->timeline();
    timeline->setFocus();
    // The cursor starts on "now" (09:00); Home goes to the opening (08:00), four half hours on is 10:00.
    QTest::keyClick(timeline, Qt::Key_Home);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(timeline, Qt::Key_Right);
    QTest::keyClick(timeline, Qt::Key_Down); // alpha -> beta
    QCOMPARE(timeline->cursorRoom(), QStringLiteral("beta"));
    QCOMPARE(timeline->cursorStartUtc(), m_f->local(kDay, QTime(10, 0)));
    QTest::keyClick(timeline, Qt::Key_Return);

    BookingDialog* dialog = m_page->bookingDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Member: type part of the name, Enter takes the first match.
    MemberPicker* picker = dialog->memberPicker();
    QTRY_VERIFY(picker->searchField()->hasFocus());
    QTest::keyClicks(picker->searchField(), QStringLiteral("jan"));
    QVERIFY(picker->matches()->isVisible());
    QTest::keyClick(picker->searchField(), Qt::Key_Return);
    QCOMPARE(picker->memberId(), m_jane.id);
    QTest::keyClicks(dialog->titleField(), QStringLiteral("Budget 2027"));
    QTest::keyClick(dialog->titleField(), Qt::Key_Return); // Save is the default button
    QTRY_VERIFY(!dialog->isVisible());

    const std::vector<Booking> stored = m_f->store->dayBookings(kDay);
    QCOMPARE(stored.size(), size_t(1));
    QCOMPARE(stored[0].roomId, QStringLiteral("beta"));
    QCOMPARE(stored[0].memberId, m_jane.id);
    QCOMPARE(stored[0].title, QStringLiteral("Budget 2027"));
    QCOMPARE(stored[0].publicTitle, false);
    QCOMPARE(stored[0].start.toTimeZone(m_f->gui.site.timeZone).time(), QTime(10, 0));
    QCOMPARE(stored[0].end.toTimeZone(m_f->gui.site.timeZone).time(), QTime(11, 0));
    // The timeline shows it under the cursor.
    QTRY_COMPARE(timeline->bookingAtCursor(), stored[0].id);
}

void TestBookingsPage::createsBookingByDrag()
{
    DayTimeline* timeline = m_page->timeline();
    const QPoint from = timeline->pointAt(QStringLiteral("gamma"), m_f->local(kDay, QTime(13, 0)));
    const QPoint to = timeline->pointAt(QStringLiteral("gamma"), m_f->local(kDay, QTime(14, 30)));
    QTest::mousePress(timeline, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(timeline, (from + to) / 2);
    QTest::mouseMove(timeline, to);
    QTest::mouseRelease(timeline, Qt::LeftButton, Qt::NoModifier, to);

    BookingDialog* dialog = m_page->bookingDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->roomBox()->currentData().toString(), QStringLiteral("gamma"));
    QCOMPARE(dialog->startField()->time(), QTime(13, 0));
    QCOMPARE(dialog->endField()->time(), QTime(14, 30));
    dialog->memberPicker()->setMember(m_omar.id, m_omar.displayName());
    QTest::keyClicks(dialog->titleField(), QStringLiteral("Interviews"));
    QTest::mouseClick(buttons(dialog)->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());

    const std::vector<Booking> stored = m_f->store->dayBookings(kDay);
    QCOMPARE(stored.size(), size_t(1));
    QCOMPARE(stored[0].roomId, QStringLiteral("gamma"));
    QCOMPARE(stored[0].start, m_f->local(kDay, QTime(13, 0)));
    QCOMPARE(stored[0].end, m_f->local(kDay, QTime(14, 30)));
    QVERIFY(!timeline->bookingRect(stored[0].id).isEmpty());
}

void TestBookingsPage::clashShowsRefusalAndStoresNothing_data()
{
    QTest::addColumn<QTime>("start");
    QTest::addColumn<QTime>("end");
    QTest::addColumn<bool>("refused");
    QTest::addRow("overlap-by-one-minute") << QTime(10, 59) << QTime(12, 0) << true;
    QTest::addRow("inside") << QTime(10, 15) << QTime(10, 45) << true;
    QTest::addRow("back-to-back") << QTime(11, 0) << QTime(12, 0) << false;
}

void TestBookingsPage::clashShowsRefusalAndStoresNothing()
{
    QFETCH(QTime, start);
    QFETCH(QTime, end);
    QFETCH(bool, refused);
    const Result<Booking> existing =
        m_f->book(QStringLiteral("alpha"), kDay, QTime(10, 0), QTime(11, 0), QStringLiteral("Sprint review"), m_jane);
    QVERIFY2(existing.ok(), qPrintable(existing.error()));

    m_page->bookRoom(QStringLiteral("alpha"));
    BookingDialog* dialog = m_page->bookingDialog();
    QVERIFY(dialog);
    dialog->memberPicker()->setMember(m_omar.id, m_omar.displayName());
    dialog->startField()->setTime(start);
    dialog->endField()->setTime(end);
    QTest::keyClicks(dialog->titleField(), QStringLiteral("Client call"));
    QTest::mouseClick(buttons(dialog)->button(QDialogButtonBox::Save), Qt::LeftButton);

    const std::vector<Booking> stored = m_f->store->dayBookings(kDay);
    if (!refused) {
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(stored.size(), size_t(2));
        return;
    }
    QVERIFY(dialog->isVisible());
    const QString refusal = dialog->refusal();
    // The refusal names the booking in the way: its member and its times.
    QVERIFY2(refusal.contains(QStringLiteral("Jane Doe")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QStringLiteral("10:00")), qPrintable(refusal));
    QCOMPARE(stored.size(), size_t(1));
    QCOMPARE(stored[0].id, existing->id);
    if (QTest::currentDataTag() == QByteArray("overlap-by-one-minute"))
        dialog->grab().save(testOutputDir() + QStringLiteral("/bookings-dialog-refusal.png"));
}

void TestBookingsPage::clashIsSaidWhileChoosingTimes()
{
    const Result<Booking> existing =
        m_f->book(QStringLiteral("alpha"), kDay, QTime(10, 0), QTime(11, 0), QStringLiteral("Sprint review"), m_jane);
    QVERIFY2(existing.ok(), qPrintable(existing.error()));
    m_page->bookRoom(QStringLiteral("alpha"));
    BookingDialog* dialog = m_page->bookingDialog();
    QVERIFY(dialog);
    auto* hint = dialog->findChild<QLabel*>(QStringLiteral("bookingRulesHint"));
    QVERIFY(hint);
    QVERIFY(!hint->accessibleName().isEmpty());

    // Typing the times of a slot that is taken: the hint names who has it, before any Save.
    dialog->startField()->setFocus();
    dialog->startField()->setTime(QTime(10, 30));
    dialog->endField()->setTime(QTime(11, 30));
    QTRY_VERIFY(dialog->rulesHint().contains(QStringLiteral("Jane Doe")));
    QVERIFY2(dialog->rulesHint().contains(QStringLiteral("10:00")), qPrintable(dialog->rulesHint()));
    QVERIFY(hint->isVisible());
    QVERIFY(dialog->refusal().isEmpty()); // nothing was refused: nothing was saved yet
    dialog->grab().save(testOutputDir() + QStringLiteral("/bookings-dialog-rules-hint.png"));

    // Back to back with it is fine: the hint goes away.
    dialog->startField()->setTime(QTime(11, 0));
    dialog->endField()->setTime(QTime(12, 0));
    QTRY_VERIFY(dialog->rulesHint().isEmpty());
    QVERIFY(!hint->isVisible());
    dialog->reject();
}

void TestBookingsPage::cancelKeepsBookingWithReason()
{
    const Result<Booking> b =
        m_f->book(QStringLiteral("alpha"), kDay, QTime(9, 0), QTime(10, 0), QStringLiteral("Stand-up"), m_jane);
    QVERIFY2(b.ok(), qPrintable(b.error()));
    DayTimeline* timeline = m_page->timeline();
    timeline->setFocus();
    timeline->setCursorCell(QStringLiteral("alpha"), m_f->local(kDay, QTime(9, 30)));
    QCOMPARE(timeline->bookingAtCursor(), b->id);
    QTest::keyClick(timeline, Qt::Key_Delete);

    CancelBookingDialog* dialog = m_page->cancelDialog();
    QVERIFY(dialog);
    auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmCancel"));
    QVERIFY(!confirm->isEnabled()); // a reason is required
    QTest::keyClicks(dialog->reasonField(), QStringLiteral("Member called: ill"));
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());

    const auto kept = m_f->store->booking(b->id);
    QVERIFY(kept);
    QCOMPARE(kept->status, BookingStatus::Cancelled);
    QCOMPARE(kept->cancelReason, QStringLiteral("Member called: ill"));
    QCOMPARE(m_f->store->dayBookings(kDay).size(), size_t(1));
    // The room is free again: the cursor cell holds no active booking.
    QTRY_COMPARE(timeline->bookingAtCursor(), qint64(0));
}

void TestBookingsPage::refusedMoveSnapsBack()
{
    const Result<Booking> a =
        m_f->book(QStringLiteral("alpha"), kDay, QTime(14, 0), QTime(15, 0), QStringLiteral("Design review"), m_jane);
    const Result<Booking> b =
        m_f->book(QStringLiteral("beta"), kDay, QTime(14, 0), QTime(15, 0), QStringLiteral("Board"), m_omar);
    QVERIFY(a.ok() && b.ok());
    DayTimeline* timeline = m_page->timeline();
    const QRect before = timeline->bookingRect(b->id);
    // Drag Board (beta) up onto alpha, where Design review is.
    const QPoint grab = before.center();
    const QPoint drop = timeline->pointAt(QStringLiteral("alpha"), m_f->local(kDay, QTime(14, 30)));
    QTest::mousePress(timeline, Qt::LeftButton, Qt::NoModifier, grab);
    QTest::mouseMove(timeline, (grab + drop) / 2);
    QTest::mouseMove(timeline, drop);
    QTest::mouseRelease(timeline, Qt::LeftButton, Qt::NoModifier, drop);

    QVERIFY2(m_page->message().contains(QStringLiteral("Jane Doe")), qPrintable(m_page->message()));
    QCOMPARE(m_f->store->booking(b->id)->roomId, QStringLiteral("beta"));
    QCOMPARE(m_f->store->booking(b->id)->start, m_f->local(kDay, QTime(14, 0)));
    QCOMPARE(timeline->bookingRect(b->id), before);

    // A free slot is accepted: Board moves to 16:00 in beta.
    const QPoint later = timeline->pointAt(QStringLiteral("beta"), m_f->local(kDay, QTime(16, 30)));
    QTest::mousePress(timeline, Qt::LeftButton, Qt::NoModifier, grab);
    QTest::mouseMove(timeline, (grab + later) / 2);
    QTest::mouseMove(timeline, later);
    QTest::mouseRelease(timeline, Qt::LeftButton, Qt::NoModifier, later);
    QCOMPARE(m_f->store->booking(b->id)->start, m_f->local(kDay, QTime(16, 0)));
}

void TestBookingsPage::fallBackDayShowsTwentyFiveHours()
{
    // Sunday 25 October 2026: Paris goes from CEST back to CET, 03:00 -> 02:00.
    const QDate fallBack(2026, 10, 25);
    m_page->showDay(fallBack);
    m_page->timeline()->setWholeDay(true);
    const QStringList hours = m_page->timeline()->hourLabels();
    QCOMPARE(hours.size(), 25);
    QCOMPARE(hours.count(QStringLiteral("02")), 2);
    QCOMPARE(m_page->timeline()->viewStartUtc().secsTo(m_page->timeline()->viewEndUtc()), 25 * 3600);
    m_page->showDay(QDate(2026, 3, 29)); // spring forward: 02:00 -> 03:00
    QCOMPARE(m_page->timeline()->hourLabels().size(), 23);
    QVERIFY(!m_page->timeline()->hourLabels().contains(QStringLiteral("02")));
}

void TestBookingsPage::grabsDayView()
{
    QVERIFY(m_f->book(QStringLiteral("alpha"), kDay, QTime(8, 30), QTime(9, 30), QStringLiteral("Stand-up"), m_jane));
    QVERIFY(
        m_f->book(QStringLiteral("alpha"), kDay, QTime(10, 0), QTime(11, 30), QStringLiteral("Sprint review"), m_omar));
    QVERIFY(m_f->book(QStringLiteral("beta"), kDay, QTime(9, 0), QTime(12, 0), QStringLiteral("Workshop"), m_jane));
    QVERIFY(m_f->book(QStringLiteral("epsilon"), kDay, QTime(14, 0), QTime(17, 0), QStringLiteral("Meet-up"), m_omar));
    const Result<Booking> gone =
        m_f->book(QStringLiteral("zeta"), kDay, QTime(11, 0), QTime(11, 30), QStringLiteral("Call"), m_omar);
    QVERIFY(gone);
    QVERIFY(m_f->store->cancel(gone->id, QStringLiteral("moved to Thursday")));
    // 09:15: the stand-up's grace is over with nobody seen: the desk's queue lists it.
    m_f->clock->setNowMs(m_f->local(kDay, QTime(9, 15)).toMSecsSinceEpoch());
    m_f->monitor->evaluate();
    m_page->reload();
    QTRY_VERIFY(m_page->queuePanel()->queueList()->count() >= 1);
    const QImage image = m_page->grab().toImage();
    QVERIFY(image.save(testOutputDir() + QStringLiteral("/bookings-day.png")));
    m_page->queuePanel()->grab().save(testOutputDir() + QStringLiteral("/bookings-queue.png"));
}

QTEST_MAIN(TestBookingsPage)
#include "TestBookingsPage.moc"

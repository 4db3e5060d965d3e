// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingsPage.h"

#include "BookingDialog.h"
#include "CancelBookingDialog.h"
#include "DayTimeline.h"
#include "DeskQueuePanel.h"
#include "IcsImportDialog.h"
#include "WeekView.h"
#include "bookings/BookingStore.h"
#include "bookings/CheckInMonitor.h"
#include "bookings/IcsExport.h"
#include "core/Clock.h"
#include "site/Site.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace atrium {

namespace {
QPushButton* navButton(const QString& text, const QString& name, const QString& accessible, const QString& tip,
                       QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    b->setToolTip(tip);
    return b;
}

Status writeFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Status::failure(BookingsPage::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}
} // namespace

BookingsPage::BookingsPage(BookingStore& store, MemberStore* members, CheckInMonitor* monitor, const Site& site,
                           const Clock& clock, QWidget* parent)
    : QWidget(parent), m_store(store), m_members(members), m_monitor(monitor), m_site(site), m_clock(clock)
{
    setObjectName(QStringLiteral("bookingsPage"));
    auto* prev = navButton(QStringLiteral("◀"), QStringLiteral("previousDay"), tr("Previous day"),
                           tr("Previous day (Alt+Left)"), this);
    auto* todayButton = navButton(tr("&Today"), QStringLiteral("todayButton"), tr("Today"), tr("Today (Ctrl+T)"), this);
    auto* next =
        navButton(QStringLiteral("▶"), QStringLiteral("nextDay"), tr("Next day"), tr("Next day (Alt+Right)"), this);
    m_dayLabel = new QLabel(this);
    m_dayLabel->setObjectName(QStringLiteral("dayLabel"));
    QFont big = m_dayLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_dayLabel->setFont(big);
    m_goTo = new QDateEdit(this);
    m_goTo->setObjectName(QStringLiteral("goToDate"));
    m_goTo->setAccessibleName(tr("Go to date"));
    m_goTo->setCalendarPopup(true);
    m_goTo->setToolTip(tr("Go to a date (Ctrl+G), then Enter"));
    auto* goLabel = new QLabel(tr("&Go to:"), this);
    goLabel->setBuddy(m_goTo);
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("viewSelector"));
    m_view->setAccessibleName(tr("View"));
    m_view->addItem(tr("Day, all rooms"));
    m_view->addItem(tr("Week, one room"));
    m_weekRoom = new QComboBox(this);
    m_weekRoom->setObjectName(QStringLiteral("weekRoom"));
    m_weekRoom->setAccessibleName(tr("Room of the week"));
    for (const Room& room : m_site.rooms)
        m_weekRoom->addItem(room.name, room.id);
    m_weekRoom->setEnabled(false);
    m_wholeDay = new QCheckBox(tr("&24 h"), this);
    m_wholeDay->setObjectName(QStringLiteral("wholeDay"));
    m_wholeDay->setAccessibleName(tr("Show the whole day"));
    m_wholeDay->setToolTip(tr("Show the whole day, not only the opening hours"));
    m_checkIn = new QPushButton(tr("Check &in"), this);
    m_checkIn->setObjectName(QStringLiteral("checkInSelected"));
    m_checkIn->setToolTip(tr("The member of the selected booking is here"));
    m_checkIn->setEnabled(false);
    QToolButton* calendar = buildCalendarMenu();

    auto* bar = new QHBoxLayout;
    bar->addWidget(prev);
    bar->addWidget(todayButton);
    bar->addWidget(next);
    bar->addWidget(m_dayLabel);
    bar->addStretch(1);
    bar->addWidget(goLabel);
    bar->addWidget(m_goTo);
    bar->addWidget(m_view);
    bar->addWidget(m_weekRoom);
    bar->addWidget(m_wholeDay);
    bar->addWidget(m_checkIn);
    bar->addWidget(calendar);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("bookingsMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    m_message->setMargin(6);
    m_message->setAutoFillBackground(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_timeline = new DayTimeline(m_site, m_clock, this);
    auto* dayScroll = new QScrollArea(this);
    dayScroll->setObjectName(QStringLiteral("dayScroll"));
    dayScroll->setWidget(m_timeline);
    dayScroll->setWidgetResizable(true);
    dayScroll->setFocusPolicy(Qt::NoFocus);
    m_week = new WeekView(m_site, m_clock, this);
    auto* weekScroll = new QScrollArea(this);
    weekScroll->setWidget(m_week);
    weekScroll->setWidgetResizable(true);
    weekScroll->setFocusPolicy(Qt::NoFocus);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(dayScroll);
    m_stack->addWidget(weekScroll);

    auto* hint = new QLabel(tr("Drag on free time to book · drag a booking to move it · double-click or Enter: "
                               "edit · Delete: cancel · arrows: move"),
                            this);
    hint->setObjectName(QStringLiteral("bookingsHint"));
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_stack, 1);
    leftLayout->addWidget(hint);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("bookingsSplitter"));
    splitter->addWidget(left);
    if (m_monitor) {
        m_queue = new DeskQueuePanel(*m_monitor, m_site, m_clock, this);
        m_queue->setMinimumWidth(260);
        splitter->addWidget(m_queue);
        splitter->setStretchFactor(0, 4);
        splitter->setStretchFactor(1, 1);
        splitter->setCollapsible(0, false);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    setTabOrder(prev, todayButton);
    setTabOrder(todayButton, next);
    setTabOrder(next, m_goTo);
    setTabOrder(m_goTo, m_view);
    setTabOrder(m_view, m_weekRoom);
    setTabOrder(m_weekRoom, m_wholeDay);
    setTabOrder(m_wholeDay, m_checkIn);
    setTabOrder(m_checkIn, calendar);
    setTabOrder(calendar, m_timeline);
    setTabOrder(m_timeline, m_week);

    auto shortcut = [this](const QKeySequence& key, auto slot) {
        auto* s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), [this] { showToday(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_G), [this] {
        m_goTo->setFocus(Qt::ShortcutFocusReason);
        m_goTo->selectAll();
    });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { showDay(m_day.addDays(-1)); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), [this] { showDay(m_day.addDays(1)); });
    connect(prev, &QPushButton::clicked, this, [this] { showDay(m_day.addDays(m_stack->currentIndex() ? -7 : -1)); });
    connect(next, &QPushButton::clicked, this, [this] { showDay(m_day.addDays(m_stack->currentIndex() ? 7 : 1)); });
    connect(todayButton, &QPushButton::clicked, this, &BookingsPage::showToday);
    connect(m_goTo, &QDateEdit::editingFinished, this, [this] {
        showDay(m_goTo->date());
        (m_stack->currentIndex() ? static_cast<QWidget*>(m_week) : m_timeline)->setFocus();
    });
    connect(m_view, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_stack->setCurrentIndex(index);
        m_weekRoom->setEnabled(index == 1);
        m_wholeDay->setEnabled(index == 0);
        reload();
    });
    connect(m_weekRoom, &QComboBox::currentIndexChanged, this, &BookingsPage::reload);
    connect(m_wholeDay, &QCheckBox::toggled, m_timeline, &DayTimeline::setWholeDay);
    connect(m_checkIn, &QPushButton::clicked, this, &BookingsPage::checkInSelected);

    connect(m_timeline, &DayTimeline::createRequested, this, &BookingsPage::openNewBooking);
    connect(m_timeline, &DayTimeline::editRequested, this, &BookingsPage::editBooking);
    connect(m_timeline, &DayTimeline::cancelRequested, this, &BookingsPage::cancelBooking);
    connect(m_timeline, &DayTimeline::moveRequested, this, &BookingsPage::moveBooking);
    connect(m_timeline, &DayTimeline::dayStepRequested, this, [this](int days) { showDay(m_day.addDays(days)); });
    connect(m_timeline, &DayTimeline::selectionChanged, this, &BookingsPage::updateSelectionActions);
    connect(m_week, &WeekView::createRequested, this, &BookingsPage::openNewBooking);
    connect(m_week, &WeekView::editRequested, this, &BookingsPage::editBooking);
    connect(m_week, &WeekView::cancelRequested, this, &BookingsPage::cancelBooking);
    connect(m_week, &WeekView::weekStepRequested, this, [this](int weeks) { showDay(m_day.addDays(7 * weeks)); });
    connect(&m_store, &BookingStore::changed, this, &BookingsPage::reload);
    if (m_queue) {
        connect(m_queue, &DeskQueuePanel::createBookingRequested, this, &BookingsPage::bookRoom);
        connect(m_queue, &DeskQueuePanel::showBookingRequested, this, [this](qint64 id) {
            if (const auto b = m_store.booking(id)) {
                showDay(b->start.toTimeZone(m_site.timeZone).date());
                m_timeline->setCursorCell(b->roomId, b->start);
                m_timeline->setFocus();
            }
        });
        connect(m_monitor, &CheckInMonitor::queueChanged, this, &BookingsPage::reload);
    }
    showToday();
}

QDate BookingsPage::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc()).toTimeZone(m_site.timeZone).date();
}

void BookingsPage::showToday()
{
    showDay(today());
}

void BookingsPage::showDay(QDate day)
{
    if (!day.isValid())
        return;
    m_day = day;
    reload();
}

void BookingsPage::showWeek(const QString& roomId)
{
    m_weekRoom->setCurrentIndex(std::max(0, m_weekRoom->findData(roomId)));
    m_view->setCurrentIndex(1);
}

void BookingsPage::reload()
{
    const QSignalBlocker block(m_goTo);
    m_goTo->setDate(m_day);
    const QString dayText = QLocale().toString(m_day, QLocale::LongFormat);
    //: the day shown on the bookings page, when it is today
    const QString todayText = tr("%1 (today)").arg(dayText);
    m_dayLabel->setText(m_day == today() ? todayText : dayText);
    if (m_stack->currentIndex() == 1) {
        const QString roomId = m_weekRoom->currentData().toString();
        const QDate monday = m_day.addDays(1 - m_day.dayOfWeek());
        m_week->setWeek(
            roomId, m_day,
            m_store.roomBookings(roomId, m_store.dayStartUtc(monday), m_store.dayStartUtc(monday.addDays(7))));
        return;
    }
    if (m_monitor) {
        QSet<qint64> attention;
        for (const DeskQueueItem& item : m_monitor->queue()) {
            if (item.booking)
                attention.insert(item.booking->id);
        }
        m_timeline->setAttention(attention);
    }
    m_timeline->setDay(m_day, m_store.dayBookings(m_day));
    updateSelectionActions();
}

BookingDialog* BookingsPage::bookingDialog() const
{
    return m_dialog;
}

CancelBookingDialog* BookingsPage::cancelDialog() const
{
    return m_cancel;
}

IcsImportDialog* BookingsPage::importDialog() const
{
    return m_import;
}

QString BookingsPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void BookingsPage::showMessage(const QString& text, bool refusal)
{
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::Window, refusal ? QColor(0xfd, 0xec, 0xe6) : QColor(0xe6, 0xf4, 0xea));
    pal.setColor(QPalette::WindowText, refusal ? QColor(0x6b, 0x12, 0x00) : QColor(0x0f, 0x4d, 0x2a));
    m_message->setPalette(pal);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void BookingsPage::openNewBooking(const QString& roomId, const QDateTime& startUtc, const QDateTime& endUtc)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new BookingDialog(m_store, m_members, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->prepareNew(roomId, startUtc, endUtc);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_dialog && !m_dialog->saved().empty())
            showMessage(tr("Booked: %n booking(s) saved.", nullptr, int(m_dialog->saved().size())), false);
        m_timeline->setFocus();
    });
    m_dialog->open();
}

void BookingsPage::bookRoom(const QString& roomId)
{
    // From the next quarter hour, for an hour.
    const qint64 quarter = 15 * 60 * 1000;
    const qint64 start = (m_clock.nowMs() + quarter - 1) / quarter * quarter;
    const QDateTime s = QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc());
    showDay(s.toTimeZone(m_site.timeZone).date());
    openNewBooking(roomId, s, s.addSecs(3600));
}

void BookingsPage::editBooking(qint64 bookingId)
{
    const auto booking = m_store.booking(bookingId);
    if (!booking)
        return;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new BookingDialog(m_store, m_members, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->prepareEdit(*booking);
    m_dialog->open();
}

void BookingsPage::cancelBooking(qint64 bookingId)
{
    const auto booking = m_store.booking(bookingId);
    if (!booking || !booking->isActive())
        return;
    m_cancel = new CancelBookingDialog(m_store, *booking, this);
    m_cancel->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_cancel, &QDialog::accepted, this, [this] {
        showMessage(tr("Cancelled. The booking is kept with its reason."), false);
        m_timeline->setFocus();
    });
    m_cancel->open();
}

void BookingsPage::moveBooking(qint64 bookingId, const QString& roomId, const QDateTime& startUtc,
                               const QDateTime& endUtc)
{
    Result<Booking> moved = m_store.move(bookingId, roomId, startUtc, endUtc);
    if (!moved) {
        //: a drag on the timeline was refused; the booking went back to its place
        showMessage(tr("Not moved: %1").arg(moved.error()), true);
        reload(); // snaps the dragged booking back
        return;
    }
    const Room* room = m_site.room(roomId);
    showMessage(tr("Moved to %1, %2.").arg(room ? room->name : roomId, m_store.rules().timeRange(moved.value())),
                false);
}

void BookingsPage::updateSelectionActions()
{
    const auto b = m_store.booking(m_timeline->selectedBooking());
    m_checkIn->setEnabled(b && b->status == BookingStatus::Booked);
}

void BookingsPage::checkInSelected()
{
    const qint64 id = m_timeline->selectedBooking();
    const Status s =
        m_monitor ? m_monitor->checkIn(id)
                  : m_store.checkIn(id, QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc()), false);
    showMessage(s ? tr("Checked in.") : s.error(), !s);
    reload();
}

Status BookingsPage::exportDay(const QString& path) const
{
    return writeFile(path, IcsExport::calendar(m_store.dayBookings(m_day), m_site));
}

Status BookingsPage::exportRoom(const QString& roomId, const QString& path) const
{
    // The room's bookings from the day shown on, for a year: what a room calendar needs.
    const QDateTime from = m_store.dayStartUtc(m_day);
    return writeFile(path, IcsExport::calendar(m_store.roomBookings(roomId, from, from.addDays(366)), m_site));
}

Status BookingsPage::exportBooking(qint64 bookingId, const QString& path) const
{
    const auto b = m_store.booking(bookingId);
    if (!b)
        return Status::failure(tr("Choose a booking first (click it in the timeline)."));
    return writeFile(path, IcsExport::calendar({*b}, m_site));
}

void BookingsPage::importIcs(const QString& path, const QString& roomId)
{
    m_import = new IcsImportDialog(m_store, path, roomId, today(), this);
    m_import->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_import, &QDialog::accepted, this, [this] {
        if (m_import)
            showMessage(tr("Imported %n booking(s).", nullptr, m_import->importedCount()), false);
    });
    m_import->open();
}

QToolButton* BookingsPage::buildCalendarMenu()
{
    auto* button = new QToolButton(this);
    button->setObjectName(QStringLiteral("calendarMenu"));
    button->setText(tr("&Calendar"));
    button->setAccessibleName(tr("Calendar files"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    const QString filter = tr("iCalendar files (*.ics)");
    auto saveTo = [this, filter](const QString& suggested, auto write) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export to .ics"), suggested, filter);
        if (path.isEmpty())
            return;
        const Status s = write(path);
        showMessage(s ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : s.error(), !s);
    };
    menu->addAction(tr("&Import .ics into room…"), this, [this, filter] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a calendar"), QString(), filter);
        if (!path.isEmpty())
            importIcs(path, m_timeline->cursorRoom());
    });
    menu->addSeparator();
    menu->addAction(tr("Export this &day…"), this, [this, saveTo] {
        saveTo(QStringLiteral("bookings-%1.ics").arg(m_day.toString(Qt::ISODate)),
               [this](const QString& p) { return exportDay(p); });
    });
    menu->addAction(tr("Export the &room…"), this, [this, saveTo] {
        const QString room = m_stack->currentIndex() ? m_weekRoom->currentData().toString() : m_timeline->cursorRoom();
        saveTo(QStringLiteral("%1.ics").arg(room), [this, room](const QString& p) { return exportRoom(room, p); });
    });
    menu->addAction(tr("Export the &booking…"), this, [this, saveTo] {
        const qint64 id = m_timeline->selectedBooking();
        saveTo(QStringLiteral("booking-%1.ics").arg(id), [this, id](const QString& p) { return exportBooking(id, p); });
    });
    button->setMenu(menu);
    return button;
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskQueuePanel.h"

#include "core/Clock.h"
#include "site/Site.h"

#include <QApplication>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace atrium {

DeskQueuePanel::DeskQueuePanel(CheckInMonitor& monitor, const Site& site, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_monitor(monitor), m_site(site), m_clock(clock)
{
    setObjectName(QStringLiteral("deskQueue"));
    setAccessibleName(tr("Front desk queue"));
    auto* title = new QLabel(tr("To handle"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_empty = new QLabel(tr("Nothing to handle: every booked room is in use, every used room is booked."), this);
    m_empty->setObjectName(QStringLiteral("queueEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_queue = new QListWidget(this);
    m_queue->setObjectName(QStringLiteral("queueList"));
    m_queue->setAccessibleName(tr("Rooms to handle"));
    m_queue->setWordWrap(true);
    m_queue->setAlternatingRowColors(true);
    title->setBuddy(m_queue);

    auto button = [this](const QString& text, const QString& name, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        return b;
    };
    m_checkIn =
        button(tr("Check &in"), QStringLiteral("queueCheckIn"), tr("The member is here: the room stays booked."));
    m_release = button(tr("&Release"), QStringLiteral("queueRelease"),
                       tr("Free the room now; the booking is kept as released."));
    m_keep = button(tr("K&eep"), QStringLiteral("queueKeep"), tr("Keep the booking and take it off this list."));
    m_call = button(tr("&Call noted…"), QStringLiteral("queueCall"),
                    tr("Note that the member was called, and what they said."));
    m_bookNow = button(tr("&Book now"), QStringLiteral("queueBookNow"), tr("Book the room for the people using it."));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("queueError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* reminderTitle = new QLabel(tr("Reminders"), this);
    reminderTitle->setFont(bold);
    m_reminders = new QListWidget(this);
    m_reminders->setObjectName(QStringLiteral("reminderList"));
    m_reminders->setAccessibleName(tr("Reminders"));
    m_reminders->setWordWrap(true);
    reminderTitle->setBuddy(m_reminders);

    auto* buttons = new QGridLayout;
    buttons->addWidget(m_checkIn, 0, 0);
    buttons->addWidget(m_release, 0, 1);
    buttons->addWidget(m_keep, 1, 0);
    buttons->addWidget(m_call, 1, 1);
    buttons->addWidget(m_bookNow, 2, 0, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_empty);
    layout->addWidget(m_queue, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(reminderTitle);
    layout->addWidget(m_reminders, 1);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon().isNull()
                                         ? style()->standardIcon(QStyle::SP_MessageBoxInformation)
                                         : QApplication::windowIcon(),
                                     this);
        m_tray->setToolTip(tr("Atrium front desk"));
        m_tray->show();
    }

    connect(m_queue, &QListWidget::currentRowChanged, this, &DeskQueuePanel::updateButtons);
    connect(m_queue, &QListWidget::itemActivated, this, [this] {
        if (const auto item = currentItem(); item && item->booking)
            Q_EMIT showBookingRequested(item->booking->id);
    });
    connect(m_checkIn, &QPushButton::clicked, this, [this] {
        if (const auto item = currentItem(); item && item->booking)
            act(m_monitor.checkIn(item->booking->id));
    });
    connect(m_release, &QPushButton::clicked, this, [this] {
        if (const auto item = currentItem(); item && item->booking)
            act(m_monitor.releaseNow(item->booking->id));
    });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        if (const auto item = currentItem(); item && item->booking)
            act(m_monitor.keep(item->booking->id));
    });
    connect(m_call, &QPushButton::clicked, this, &DeskQueuePanel::noteCall);
    connect(m_bookNow, &QPushButton::clicked, this, [this] {
        if (const auto item = currentItem(); item && item->kind == DeskQueueItem::Kind::InUseNotBooked)
            Q_EMIT createBookingRequested(item->roomId);
    });

    connect(&m_monitor, &CheckInMonitor::queueChanged, this, &DeskQueuePanel::refresh);
    connect(&m_monitor, &CheckInMonitor::startingSoon, this,
            [this](const Booking& b) { remind(tr("Starting soon"), describe(b)); });
    connect(&m_monitor, &CheckInMonitor::checkInDeadline, this,
            [this](const Booking& b) { remind(tr("Not checked in"), describe(b)); });
    connect(&m_monitor, &CheckInMonitor::released, this, [this](const Booking& b, bool automatic) {
        remind(automatic ? tr("Released automatically") : tr("Released"), describe(b));
    });
    connect(&m_monitor, &CheckInMonitor::noShow, this,
            [this](const Booking& b) { remind(tr("No-show"), describe(b)); });
    refresh();
}

QString DeskQueuePanel::localTime(qint64 ms) const
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toTimeZone(m_site.timeZone).time(),
                              QStringLiteral("HH:mm"));
}

QString DeskQueuePanel::describe(const Booking& b) const
{
    const Room* room = m_site.room(b.roomId);
    QString who = b.staffDisplayTitle();
    if (!b.memberName.isEmpty())
        who += QStringLiteral(" · ") + b.memberName;
    //: a booking in the desk's lists: "Alpha 10:00–11:00, Sprint review · Jane Doe"
    return tr("%1 %2–%3, %4")
        .arg(room ? room->name : b.roomId, localTime(b.start.toMSecsSinceEpoch()), localTime(b.end.toMSecsSinceEpoch()),
             who);
}

void DeskQueuePanel::remind(const QString& title, const QString& text)
{
    auto* item = new QListWidgetItem(tr("%1 %2: %3").arg(localTime(m_clock.nowMs()), title, text));
    m_reminders->insertItem(0, item);
    while (m_reminders->count() > kMaxReminders)
        delete m_reminders->takeItem(m_reminders->count() - 1);
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 10'000);
}

void DeskQueuePanel::refresh()
{
    const int row = m_queue->currentRow();
    m_items = m_monitor.queue();
    m_queue->clear();
    for (const DeskQueueItem& item : m_items) {
        const Room* room = m_site.room(item.roomId);
        const QString name = room ? room->name : item.roomId;
        QString text;
        if (item.kind == DeskQueueItem::Kind::BookedButEmpty && item.booking) {
            //: first line of a queue item: "Alpha: booked but empty since 09:10"
            text = tr("%1: booked but empty since %2\n%3").arg(name, localTime(item.sinceMs), describe(*item.booking));
            if (!item.booking->callNote.isEmpty())
                text += QLatin1Char('\n') + tr("Call: %1").arg(item.booking->callNote);
        } else {
            text = tr("%1: in use, not booked (since %2)").arg(name, localTime(item.sinceMs));
        }
        auto* entry = new QListWidgetItem(text, m_queue);
        entry->setData(Qt::AccessibleTextRole, text);
    }
    m_empty->setVisible(m_items.empty());
    m_queue->setCurrentRow(std::min(std::max(0, row), m_queue->count() - 1));
    updateButtons();
}

std::optional<DeskQueueItem> DeskQueuePanel::currentItem() const
{
    const int row = m_queue->currentRow();
    if (row < 0 || row >= int(m_items.size()))
        return std::nullopt;
    return m_items[size_t(row)];
}

void DeskQueuePanel::updateButtons()
{
    const auto item = currentItem();
    const bool empty = item && item->kind == DeskQueueItem::Kind::BookedButEmpty && item->booking;
    const bool unbooked = item && item->kind == DeskQueueItem::Kind::InUseNotBooked;
    for (QPushButton* b : {m_checkIn, m_release, m_keep, m_call})
        b->setEnabled(empty);
    m_bookNow->setEnabled(unbooked);
}

void DeskQueuePanel::act(const Status& status)
{
    m_error->setText(status.error());
    m_error->setVisible(!status.ok());
    refresh();
}

QString DeskQueuePanel::lastError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DeskQueuePanel::noteCall()
{
    const auto item = currentItem();
    if (!item || !item->booking)
        return;
    const qint64 id = item->booking->id;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("callNoteDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Call noted"));
    dialog->setLabelText(tr("What happened (e.g. “left a message”, “on the way”):"));
    dialog->setTextValue(item->booking->callNote);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString& note) {
        act(m_monitor.noteCall(id, tr("%1 %2").arg(localTime(m_clock.nowMs()), note.trimmed())));
    });
    dialog->open();
}

} // namespace atrium

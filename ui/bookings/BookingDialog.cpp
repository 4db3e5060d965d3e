// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingDialog.h"

#include "RecurrenceEditor.h"
#include "members/MemberPicker.h"
#include "people/MemberStore.h"
#include "site/Site.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace atrium {

BookingDialog::BookingDialog(BookingStore& store, MemberStore* members, QWidget* parent)
    : QDialog(parent), m_store(store), m_members(members)
{
    setObjectName(QStringLiteral("bookingDialog"));
    const Site& site = m_store.site();
    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("bookingRoom"));
    m_room->setAccessibleName(tr("Room"));
    for (const Room& room : site.rooms)
        m_room->addItem(tr("%1 (%n seat(s))", nullptr, room.capacity).arg(room.name), room.id);
    m_member = new MemberPicker(members, this);
    m_member->setActor(m_store.actor());
    m_member->setAccessibleName(tr("Member"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("bookingTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("Seen by staff only unless shown publicly"));
    m_public = new QCheckBox(tr("Show the title &publicly"), this);
    m_public->setObjectName(QStringLiteral("bookingPublicTitle"));
    m_public->setToolTip(tr("Off: screens and exported calendars say “Booked”."));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("bookingDate"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
                                 ? QLocale().dateFormat(QLocale::ShortFormat)
                                 : QStringLiteral("dd/MM/yyyy"));
    m_start = new QTimeEdit(this);
    m_start->setObjectName(QStringLiteral("bookingStart"));
    m_start->setAccessibleName(tr("Start time"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end = new QTimeEdit(this);
    m_end->setObjectName(QStringLiteral("bookingEnd"));
    m_end->setAccessibleName(tr("End time"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_zone = new QLabel(this);
    m_zone->setObjectName(QStringLiteral("bookingZone"));
    m_zone->setForegroundRole(QPalette::PlaceholderText);
    m_attendees = new QSpinBox(this);
    m_attendees->setObjectName(QStringLiteral("bookingAttendees"));
    m_attendees->setAccessibleName(tr("Attendees"));
    m_attendees->setRange(1, 500);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("bookingNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 3 + 10);
    m_recurrence = new RecurrenceEditor(this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("bookingScope"));
    m_scope->setAccessibleName(tr("Apply to"));
    m_scope->addItem(tr("This one only"), int(SeriesScope::ThisOccurrence));
    m_scope->addItem(tr("This one and the following"), int(SeriesScope::ThisAndFollowing));
    m_scope->addItem(tr("All in the series"), int(SeriesScope::AllOccurrences));

    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("bookingRefusal"));
    m_refusal->setAccessibleName(tr("Why the booking was not saved"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_refusal->setFocusPolicy(Qt::TabFocus);
    m_refusal->setFrameShape(QFrame::StyledPanel);
    m_refusal->setMargin(6);
    m_refusal->setAutoFillBackground(true);
    QPalette pal = m_refusal->palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xe6)); // pale vermillion
    pal.setColor(QPalette::WindowText, QColor(0x6b, 0x12, 0x00));
    m_refusal->setPalette(pal);
    m_refusal->hide();

    m_rulesHint = new QLabel(this);
    m_rulesHint->setObjectName(QStringLiteral("bookingRulesHint"));
    m_rulesHint->setAccessibleName(tr("Why this time cannot be booked"));
    m_rulesHint->setWordWrap(true);
    m_rulesHint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPalette hintPalette = m_rulesHint->palette();
    hintPalette.setColor(QPalette::WindowText, QColor(0x6b, 0x12, 0x00));
    m_rulesHint->setPalette(hintPalette);
    m_rulesHint->hide();

    auto* times = new QHBoxLayout;
    times->addWidget(m_date);
    auto* from = new QLabel(tr("&from"), this);
    from->setBuddy(m_start);
    auto* to = new QLabel(tr("&to"), this);
    to->setBuddy(m_end);
    times->addWidget(from);
    times->addWidget(m_start);
    times->addWidget(to);
    times->addWidget(m_end);
    times->addWidget(m_zone);
    times->addStretch(1);

    auto* form = new QFormLayout;
    form->addRow(tr("&Room:"), m_room);
    form->addRow(tr("&Member:"), m_member);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(QString(), m_public);
    form->addRow(tr("&Date:"), times);
    form->addRow(QString(), m_rulesHint);
    form->addRow(tr("&Attendees:"), m_attendees);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("R&epeat:"), m_recurrence);
    m_scopeLabel = new QLabel(tr("Appl&y to:"), this);
    m_scopeLabel->setBuddy(m_scope);
    form->addRow(m_scopeLabel, m_scope);
    for (QWidget* field :
         {static_cast<QWidget*>(m_room), static_cast<QWidget*>(m_member), static_cast<QWidget*>(m_title),
          static_cast<QWidget*>(m_attendees), static_cast<QWidget*>(m_notes), static_cast<QWidget*>(m_recurrence)}) {
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
            label->setBuddy(field == m_member       ? static_cast<QWidget*>(m_member->searchField())
                            : field == m_recurrence ? static_cast<QWidget*>(m_recurrence->frequencyBox())
                                                    : field);
    }
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(times)))
        label->setBuddy(m_date);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("bookingButtons"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BookingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BookingDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate d) {
        m_recurrence->setFirstDay(d);
        updateZoneHint();
    });
    // A clash, the opening hours or the room's size are said while the times are chosen, not
    // only once Save is pressed.
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(250);
    connect(&m_recheck, &QTimer::timeout, this, &BookingDialog::checkRulesWhileEditing);
    auto recheck = [this] { m_recheck.start(); };
    connect(m_room, &QComboBox::currentIndexChanged, this, recheck);
    connect(m_date, &QDateEdit::dateChanged, this, recheck);
    connect(m_start, &QTimeEdit::timeChanged, this, recheck);
    connect(m_end, &QTimeEdit::timeChanged, this, recheck);
    connect(m_attendees, &QSpinBox::valueChanged, this, recheck);
    connect(m_recurrence, &RecurrenceEditor::changed, this, recheck);
    setMinimumWidth(560);
}

void BookingDialog::updateZoneHint()
{
    // The zone's short name on that date ("CET" / "CEST"), so nobody wonders whose time it is.
    const QTimeZone& zone = m_store.site().timeZone;
    const QDateTime at(m_date->date(), m_start->time(), zone);
    m_zone->setText(zone.displayName(at, QTimeZone::ShortName));
    m_zone->setToolTip(tr("Times are the site's local time (%1).").arg(QString::fromUtf8(zone.id())));
}

void BookingDialog::prepareNew(const QString& roomId, const QDateTime& startUtc, const QDateTime& endUtc)
{
    setWindowTitle(tr("New booking"));
    Booking b;
    b.roomId = roomId;
    b.start = startUtc;
    b.end = endUtc;
    prepareEdit(b);
    setWindowTitle(tr("New booking"));
    m_member->setFocus();
}

void BookingDialog::prepareEdit(const Booking& booking)
{
    m_booking = booking;
    setWindowTitle(booking.isStored() ? tr("Edit booking") : tr("New booking"));
    const QTimeZone& zone = m_store.site().timeZone;
    m_room->setCurrentIndex(std::max(0, m_room->findData(booking.roomId)));
    m_member->setMember(booking.memberId, booking.memberName);
    if (booking.memberId && m_members) {
        if (const auto m = m_members->member(booking.memberId))
            m_member->setMember(m->id, m->displayName());
    }
    m_title->setText(booking.title);
    m_public->setChecked(booking.publicTitle);
    const QDateTime start = booking.start.toTimeZone(zone);
    const QDateTime end = booking.end.toTimeZone(zone);
    m_date->setDate(start.date());
    m_start->setTime(start.time());
    m_end->setTime(end.time());
    m_attendees->setValue(booking.attendees);
    m_notes->setPlainText(booking.notes);
    m_storedRecurrence.reset();
    if (booking.isRecurring())
        m_storedRecurrence = m_store.recurrenceOf(booking.seriesId);
    m_recurrence->setRecurrence(m_storedRecurrence.value_or(Recurrence()), start.date());
    const bool series = booking.isStored() && booking.isRecurring();
    m_scope->setVisible(series);
    m_scopeLabel->setVisible(series);
    // Repeating an existing single booking would need a new series: the desk books that anew.
    m_recurrence->setEnabled(!booking.isStored() || series);
    m_refusal->hide();
    m_saved.clear();
    updateZoneHint();
    checkRulesWhileEditing();
}

void BookingDialog::checkRulesWhileEditing()
{
    m_recheck.stop();
    const bool series = m_recurrence->recurrence().isRecurring() || (m_booking.isStored() && m_booking.isRecurring());
    const RuleCheck check = series ? RuleCheck() : m_store.check(candidate());
    m_rulesHint->setText(check.ok() ? QString() : check.message());
    m_rulesHint->setVisible(!check.ok());
}

QString BookingDialog::rulesHint() const
{
    return m_rulesHint->isHidden() ? QString() : m_rulesHint->text();
}

Booking BookingDialog::candidate() const
{
    const QTimeZone& zone = m_store.site().timeZone;
    Booking b = m_booking;
    b.roomId = m_room->currentData().toString();
    b.memberId = m_member->memberId();
    b.memberName = m_member->memberName();
    b.title = m_title->text().trimmed();
    b.publicTitle = m_public->isChecked();
    const QDate day = m_date->date();
    b.start = QDateTime(day, m_start->time(), zone).toUTC();
    // An end at 00:00 is the next midnight: a booking "until midnight".
    const QDate endDay = (m_end->time() == QTime(0, 0) && m_start->time() > QTime(0, 0)) ? day.addDays(1) : day;
    b.end = QDateTime(endDay, m_end->time(), zone).toUTC();
    b.attendees = m_attendees->value();
    b.notes = m_notes->toPlainText().trimmed();
    return b;
}

QString BookingDialog::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void BookingDialog::showRefusal(const QString& text)
{
    //: heading of a refused booking in the booking dialog
    m_refusal->setText(tr("Not saved.") + QLatin1Char('\n') + text);
    m_refusal->show();
    m_refusal->setFocus();
}

QString BookingDialog::seriesConflicts(const std::vector<PlannedBooking>& plan) const
{
    QStringList lines;
    int clashes = 0;
    for (const PlannedBooking& p : plan) {
        if (p.check.ok())
            continue;
        ++clashes;
        const QDate day = p.booking.start.toTimeZone(m_store.site().timeZone).date();
        //: one refused date of a series: "Tue 10 Mar 2026: Alpha is booked ..."
        lines << tr("%1: %2").arg(QLocale().toString(day, QStringLiteral("ddd d MMM yyyy")),
                                  p.check.message().replace(QLatin1Char('\n'), QStringLiteral("; ")));
    }
    if (clashes == 0)
        return {};
    return tr("%n of %1 dates cannot be booked:", nullptr, clashes).arg(plan.size()) + QLatin1Char('\n') +
           lines.join(QLatin1Char('\n'));
}

bool BookingDialog::saveNew(const Booking& b)
{
    const Recurrence rec = m_recurrence->recurrence();
    if (rec.isRecurring()) {
        Result<std::vector<PlannedBooking>> plan = m_store.planSeries(b, rec);
        if (!plan) {
            showRefusal(plan.error());
            return false;
        }
        if (const QString conflicts = seriesConflicts(plan.value()); !conflicts.isEmpty()) {
            showRefusal(conflicts);
            return false;
        }
        return keep(m_store.createSeries(b, rec));
    }
    return passesRules(b) && keep(m_store.create(b));
}

bool BookingDialog::saveEdit(const Booking& b)
{
    if (b.isRecurring()) {
        const auto scope = SeriesScope(m_scope->currentData().toInt());
        const Recurrence rec = m_recurrence->recurrence();
        std::optional<Recurrence> changedRule;
        if (scope != SeriesScope::ThisOccurrence && m_storedRecurrence && !(rec == *m_storedRecurrence))
            changedRule = rec;
        if (scope == SeriesScope::ThisOccurrence && !passesRules(b))
            return false;
        return keep(m_store.updateSeries(b.id, b, scope, changedRule));
    }
    return passesRules(b) && keep(m_store.update(b));
}

bool BookingDialog::passesRules(const Booking& b)
{
    if (const RuleCheck check = m_store.check(b); !check.ok()) {
        showRefusal(check.message());
        return false;
    }
    return true;
}

bool BookingDialog::keep(Result<std::vector<Booking>> saved)
{
    if (!saved) {
        showRefusal(saved.error());
        return false;
    }
    m_saved = std::move(saved).value();
    return true;
}

bool BookingDialog::keep(Result<Booking> saved)
{
    if (!saved) {
        showRefusal(saved.error());
        return false;
    }
    m_saved = {std::move(saved).value()};
    return true;
}

void BookingDialog::accept()
{
    m_refusal->hide();
    const Booking b = candidate();
    if (!(b.isStored() ? saveEdit(b) : saveNew(b)))
        return;
    QDialog::accept();
}

} // namespace atrium

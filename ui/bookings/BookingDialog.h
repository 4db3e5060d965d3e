// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookings/Booking.h"
#include "bookings/BookingStore.h"

#include <QDialog>
#include <QTimer>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace atrium {

class MemberPicker;
class MemberStore;
class RecurrenceEditor;

// Creates or edits a booking: room, member (search as you type, or a new one), title with
// "show the title publicly", date and times in the site's zone, attendees, notes, how it
// repeats, and for an occurrence of a series which occurrences the change applies to.
// Save checks the rules first: a refusal is shown in the dialog in plain words (which rule,
// which booking it clashes with; a series lists its clashes by date) and nothing is saved.
class BookingDialog : public QDialog
{
    Q_OBJECT
public:
    BookingDialog(BookingStore& store, MemberStore* members, QWidget* parent = nullptr);

    void prepareNew(const QString& roomId, const QDateTime& startUtc, const QDateTime& endUtc);
    void prepareEdit(const Booking& booking);

    // The booking the fields describe now (times in UTC), not saved.
    Booking candidate() const;
    // The refusal shown, empty when none.
    QString refusal() const;
    // What the rules say about the fields as they are now, shown under the times while the desk
    // edits them (empty when the booking can be saved; series are checked date by date on Save).
    QString rulesHint() const;
    const std::vector<Booking>& saved() const { return m_saved; }

    QComboBox* roomBox() const { return m_room; }
    MemberPicker* memberPicker() const { return m_member; }
    QLineEdit* titleField() const { return m_title; }
    QTimeEdit* startField() const { return m_start; }
    QTimeEdit* endField() const { return m_end; }
    QDateEdit* dateField() const { return m_date; }
    RecurrenceEditor* recurrenceEditor() const { return m_recurrence; }
    QComboBox* scopeBox() const { return m_scope; }

public Q_SLOTS:
    void accept() override;

private:
    void showRefusal(const QString& text);
    bool saveNew(const Booking& b);
    bool saveEdit(const Booking& b);
    // False with the refusal shown when the booking breaks a rule (overlap, hours, capacity...).
    bool passesRules(const Booking& b);
    // What the store saved becomes saved(); a refusal is shown instead. True when saved.
    bool keep(Result<std::vector<Booking>> saved);
    bool keep(Result<Booking> saved);
    QString seriesConflicts(const std::vector<PlannedBooking>& plan) const;
    void updateZoneHint();
    void checkRulesWhileEditing();

    BookingStore& m_store;
    MemberStore* m_members;
    Booking m_booking; // the edited booking; id 0 for a new one
    std::optional<Recurrence> m_storedRecurrence;
    std::vector<Booking> m_saved;
    QLabel* m_rulesHint = nullptr;
    QTimer m_recheck; // the rules are read again shortly after the last change of a field
    QComboBox* m_room = nullptr;
    MemberPicker* m_member = nullptr;
    QLineEdit* m_title = nullptr;
    QCheckBox* m_public = nullptr;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_start = nullptr;
    QTimeEdit* m_end = nullptr;
    QLabel* m_zone = nullptr;
    QSpinBox* m_attendees = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    RecurrenceEditor* m_recurrence = nullptr;
    QLabel* m_scopeLabel = nullptr;
    QComboBox* m_scope = nullptr;
    QLabel* m_refusal = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace atrium

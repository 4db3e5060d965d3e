// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookings/Booking.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace atrium {

class BookingStore;

// Cancels a booking with a reason (required: the booking is kept, with the reason, for the
// figures and for whoever asks later). For an occurrence of a series: this one, this and the
// following, or all.
class CancelBookingDialog : public QDialog
{
    Q_OBJECT
public:
    CancelBookingDialog(BookingStore& store, const Booking& booking, QWidget* parent = nullptr);

    QLineEdit* reasonField() const { return m_reason; }
    QComboBox* scopeBox() const { return m_scope; }
    QString error() const;

public Q_SLOTS:
    void accept() override;

private:
    BookingStore& m_store;
    Booking m_booking;
    QLineEdit* m_reason = nullptr;
    QComboBox* m_scope = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CancelBookingDialog.h"

#include "bookings/BookingStore.h"
#include "site/Site.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace atrium {

CancelBookingDialog::CancelBookingDialog(BookingStore& store, const Booking& booking, QWidget* parent)
    : QDialog(parent), m_store(store), m_booking(booking)
{
    setObjectName(QStringLiteral("cancelBookingDialog"));
    setWindowTitle(tr("Cancel booking"));
    const Room* room = store.site().room(booking.roomId);
    auto* what = new QLabel(this);
    what->setObjectName(QStringLiteral("cancelWhat"));
    what->setWordWrap(true);
    const QDateTime start = booking.start.toTimeZone(store.site().timeZone);
    //: what is about to be cancelled: "Sprint review · Jane Doe — Alpha, Tue 10 Mar 13:00–14:00"
    what->setText(tr("%1 — %2, %3")
                      .arg(booking.memberName.isEmpty()
                               ? booking.staffDisplayTitle()
                               : booking.staffDisplayTitle() + QStringLiteral(" · ") + booking.memberName,
                           room ? room->name : booking.roomId,
                           QLocale().toString(start.date(), QStringLiteral("ddd d MMM")) + QLatin1Char(' ') +
                               store.rules().timeRange(booking)));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("cancelReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("e.g. member called, meeting moved"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("cancelScope"));
    m_scope->setAccessibleName(tr("Cancel which"));
    m_scope->addItem(tr("This one only"), int(SeriesScope::ThisOccurrence));
    m_scope->addItem(tr("This one and the following"), int(SeriesScope::ThisAndFollowing));
    m_scope->addItem(tr("All in the series"), int(SeriesScope::AllOccurrences));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("cancelError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(what);
    form->addRow(tr("&Reason:"), m_reason);
    if (booking.isRecurring())
        form->addRow(tr("&Which:"), m_scope);
    else
        m_scope->hide();
    auto* note = new QLabel(tr("The booking is kept with its reason; the room becomes free."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("cancelButtons"));
    QPushButton* ok = m_buttons->addButton(tr("Cancel &booking"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("confirmCancel"));
    ok->setEnabled(false);
    m_buttons->addButton(tr("&Keep it"), QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_reason, &QLineEdit::textChanged, ok,
            [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CancelBookingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CancelBookingDialog::reject);
    setMinimumWidth(440);
    m_reason->setFocus();
}

QString CancelBookingDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CancelBookingDialog::accept()
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_error->setText(tr("Say why the booking is cancelled."));
        m_error->show();
        return;
    }
    const auto scope = SeriesScope(m_scope->currentData().toInt());
    const Status s = m_booking.isRecurring() && scope != SeriesScope::ThisOccurrence
                         ? m_store.cancelSeries(m_booking.id, scope, reason)
                         : m_store.cancel(m_booking.id, reason);
    if (!s) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace atrium

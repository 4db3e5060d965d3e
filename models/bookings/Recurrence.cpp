// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings/Recurrence.h"

namespace atrium {

QString Recurrence::toRRule(const QTimeZone&) const
{
    return QString();
}

Result<Recurrence> Recurrence::fromRRule(const QString&, const QTimeZone&)
{
    return Result<Recurrence>::failure(tr("Recurring bookings are not available yet."));
}

Result<std::vector<QDateTime>> Recurrence::occurrences(const QDateTime&, const QTimeZone&) const
{
    return Result<std::vector<QDateTime>>::failure(tr("Recurring bookings are not available yet."));
}

QString Recurrence::describe() const
{
    return QString();
}

} // namespace atrium

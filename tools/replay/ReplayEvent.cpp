// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplayEvent.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace atrium::replay {

void sortByDue(ReplayEvents& events)
{
    std::stable_sort(events.begin(), events.end(),
                     [](const ReplayEvent& a, const ReplayEvent& b) { return a.dueMs < b.dueMs; });
}

int ZoneOffsets::offsetSecondsAt(qint64 utcMs)
{
    if (utcMs < m_validFrom || utcMs >= m_validTo) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
        m_offset = m_zone.offsetFromUtc(at);
        const auto previous = m_zone.previousTransition(at.addMSecs(1));
        const auto next = m_zone.nextTransition(at);
        m_validFrom =
            previous.atUtc.isValid() ? previous.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        m_validTo = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        if (m_validFrom > utcMs || m_validTo <= utcMs) {
            // A zone backend without transition data: cache this instant only.
            m_validFrom = utcMs;
            m_validTo = utcMs + 1;
        }
    }
    return m_offset;
}

int ZoneOffsets::localMsOfDay(qint64 utcMs)
{
    constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
    const qint64 local = utcMs + offsetSecondsAt(utcMs) * 1000LL;
    return int(((local % kDayMs) + kDayMs) % kDayMs);
}

QString ZoneOffsets::isoString(qint64 utcMs)
{
    // A fixed-offset QDateTime formats without any zone lookup.
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(offsetSecondsAt(utcMs))).toString(Qt::ISODateWithMs);
}

QByteArray atriumPayload(double value, qint64 timeMs, ZoneOffsets& zone)
{
    // The offset is written out (never a bare local time) so a reader needs no zone setting.
    return atriumPayload(value, zone.isoString(timeMs).toLatin1());
}

QByteArray atriumPayload(double value, const QByteArray& isoTime)
{
    // Written directly rather than through QJsonDocument: a generated day has >100k of these.
    // Shortest round-trip digits, as QJsonDocument writes numbers.
    QByteArray payload;
    payload.reserve(48);
    payload += "{\"value\":";
    payload += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    payload += ",\"ts\":\"";
    payload += isoTime;
    payload += "\"}";
    return payload;
}

} // namespace atrium::replay

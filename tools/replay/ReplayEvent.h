// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace atrium::replay {

// One message to publish. dueMs is the event's place on the source's timeline (UTC ms for
// dated sources); the publisher waits (dueMs - first dueMs) / speed before sending it.
struct ReplayEvent
{
    qint64 dueMs = 0;
    QString topic;
    QByteArray payload;
};

using ReplayEvents = std::vector<ReplayEvent>;

// Stable sort by due time: events due together keep the order the source produced them in.
void sortByDue(ReplayEvents& events);

// UTC offsets of a zone, looked up once per stretch between two transitions: converting
// every one of a hundred thousand instants through QTimeZone is slow.
class ZoneOffsets
{
public:
    explicit ZoneOffsets(QTimeZone zone) : m_zone(std::move(zone)) {}
    int offsetSecondsAt(qint64 utcMs);
    // Wall-clock milliseconds since local midnight.
    int localMsOfDay(qint64 utcMs);
    // ISO 8601 with milliseconds and the offset: "2026-03-29T03:00:05.000+02:00".
    QString isoString(qint64 utcMs);

private:
    QTimeZone m_zone;
    qint64 m_validFrom = 1;
    qint64 m_validTo = 0; // empty range: nothing cached yet
    int m_offset = 0;
};

// The native atrium payload: {"value":v,"ts":"<ISO 8601 with offset in zone>"}.
QByteArray atriumPayload(double value, qint64 timeMs, ZoneOffsets& zone);
// The same with the time already formatted (several metrics of one instant share it).
QByteArray atriumPayload(double value, const QByteArray& isoTime);

} // namespace atrium::replay

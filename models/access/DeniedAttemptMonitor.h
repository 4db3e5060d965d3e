// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <optional>

namespace atrium {

// Spots repeated refusals at one door (someone trying card after card, or a badge that stopped
// working): `threshold` denied attempts within `windowMs` raise one alert, and the door stays
// quiet until a window passes without reaching the threshold again.
class DeniedAttemptMonitor
{
public:
    explicit DeniedAttemptMonitor(int threshold = 3, qint64 windowMs = 2 * 60 * 1000);

    void setThreshold(int threshold, qint64 windowMs);
    int threshold() const { return m_threshold; }
    qint64 windowMs() const { return m_windowMs; }

    // Returns the number of denied attempts in the window when this attempt raises an alert.
    std::optional<int> record(const QString& doorId, qint64 atMs, bool allowed);

private:
    struct DoorState
    {
        std::deque<qint64> denied;
        qint64 alertedAtMs = -1;
    };
    int m_threshold;
    qint64 m_windowMs;
    QHash<QString, DoorState> m_doors;
};

} // namespace atrium

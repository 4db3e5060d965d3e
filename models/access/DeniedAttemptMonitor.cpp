// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/DeniedAttemptMonitor.h"

#include <QtGlobal>

namespace atrium {

DeniedAttemptMonitor::DeniedAttemptMonitor(int threshold, qint64 windowMs)
    : m_threshold(qMax(1, threshold)), m_windowMs(qMax<qint64>(1, windowMs))
{}

void DeniedAttemptMonitor::setThreshold(int threshold, qint64 windowMs)
{
    m_threshold = qMax(1, threshold);
    m_windowMs = qMax<qint64>(1, windowMs);
}

std::optional<int> DeniedAttemptMonitor::record(const QString& doorId, qint64 atMs, bool allowed)
{
    if (allowed)
        return std::nullopt; // a good badge in between does not excuse the bad ones
    DoorState& s = m_doors[doorId];
    s.denied.push_back(atMs);
    while (!s.denied.empty() && s.denied.front() <= atMs - m_windowMs)
        s.denied.pop_front();
    if (int(s.denied.size()) < m_threshold)
        return std::nullopt;
    if (s.alertedAtMs >= 0 && atMs - s.alertedAtMs < m_windowMs)
        return std::nullopt; // already raised for this burst
    s.alertedAtMs = atMs;
    return int(s.denied.size());
}

} // namespace atrium

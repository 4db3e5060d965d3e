// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>

namespace atrium {

// Anything that asks "what time is it" takes a Clock, so that 08:59 vs 09:00, staleness
// and DST days are testable. Times are UTC milliseconds since the epoch everywhere.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    // Shared instance for the composition root; code under test gets its clock injected.
    static const Clock& instance();
};

// A clock a test sets by hand. Thread-safe, since readers live on the ingest thread too.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 nowMs = 0) : m_now(nowMs) {}
    qint64 nowMs() const override { return m_now.load(); }
    void setNowMs(qint64 ms) { m_now.store(ms); }
    void advanceMs(qint64 ms) { m_now.fetch_add(ms); }

private:
    std::atomic<qint64> m_now;
};

} // namespace atrium

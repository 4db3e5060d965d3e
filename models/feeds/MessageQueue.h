// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/RawMessage.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace atrium {

// Hand-off between the MQTT network thread (producer) and the ingest thread (consumer).
// push() only takes a short lock and appends, so the network thread never waits on
// decoding or the database (mosquitto drops messages past 1000 queued per client). One
// consumer waits at a time.
class MessageQueue
{
public:
    void push(RawMessage&& message)
    {
        bool enough = false;
        {
            std::lock_guard lock(m_mutex);
            m_items.push_back(std::move(message));
            enough = m_items.size() >= m_wanted;
        }
        // Only when the waiting consumer would take them: waking it for every message (a
        // futex call and a context switch each, to find too few) cost the network thread more
        // than the copy itself at tens of thousands of messages a second.
        if (enough)
            m_ready.notify_one();
    }

    // Moves everything queued into `out` (which is cleared first). Never blocks.
    void takeAll(std::vector<RawMessage>& out)
    {
        out.clear();
        std::lock_guard lock(m_mutex);
        out.swap(m_items);
    }

    // Waits up to `timeoutMs` for at least `minCount` messages, then returns how many are queued.
    size_t waitFor(size_t minCount, int timeoutMs)
    {
        std::unique_lock lock(m_mutex);
        m_wanted = std::max<size_t>(1, minCount);
        m_ready.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return m_items.size() >= minCount; });
        m_wanted = 1;
        return m_items.size();
    }

    size_t size() const
    {
        std::lock_guard lock(m_mutex);
        return m_items.size();
    }

    // Wakes a consumer blocked in waitFor (used on shutdown).
    void wake() { m_ready.notify_all(); }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::vector<RawMessage> m_items;
    size_t m_wanted = 1; // what the consumer in waitFor() waits for
};

} // namespace atrium

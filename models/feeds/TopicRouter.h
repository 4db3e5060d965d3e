// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Reading.h"
#include "feeds/RawMessage.h"
#include "site/Site.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <vector>

namespace atrium {

class Clock;
class DecoderRegistry;
class PayloadDecoder;

// Turns raw messages into readings: picks the decoder for the message's profile (the sensor's
// profile, else the first subscription whose filter matches), decodes, attributes the values
// to a sensor and a room, fills missing source times with the receive time and refuses
// readings dated in the future beyond kFutureToleranceMs. Called on the ingest thread; the
// sensor mapping can be changed from the GUI thread (assign) at any time.
class TopicRouter
{
public:
    static constexpr qint64 kFutureToleranceMs = 5 * 60 * 1000;

    struct Outcome
    {
        std::vector<Reading> readings;
        QString error;          // non-empty: payload refused; the reason names what is wrong
        bool unmatched = false; // understood, but no sensor or room owns this topic
        QString profile;        // the profile used, for diagnostics
    };

    // Uses DecoderRegistry::builtin(). The site is copied: later edits to it need assign().
    TopicRouter(const Site& site, const Clock& clock);
    // With another set of decoders (tests, plug-ins); `decoders` must outlive the router.
    TopicRouter(const Site& site, const Clock& clock, const DecoderRegistry& decoders);
    ~TopicRouter();

    Outcome route(const RawMessage& message) const;

    // Every filter to subscribe: site subscriptions plus each sensor's topic.
    QStringList subscriptionFilters() const;

    // Adds or replaces the sensor for `sensor.topic` (an admin assigned an unmatched topic).
    void assign(const Sensor& sensor);

private:
    struct Mapping;
    std::shared_ptr<const Mapping> snapshot() const;

    const Clock& m_clock;
    const DecoderRegistry& m_decoders;
    mutable std::mutex m_mutex;
    std::shared_ptr<const Mapping> m_mapping;
};

// True when an MQTT topic matches a filter with + and # wildcards (MQTT 3.1.1 section 4.7).
bool topicMatchesFilter(QStringView topic, QStringView filter);

} // namespace atrium

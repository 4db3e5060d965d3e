// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/TopicRouter.h"

#include "core/Clock.h"
#include "feeds/DecoderRegistry.h"
#include "feeds/PayloadDecoder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace atrium {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::TopicRouter", text);
}

QString utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}
} // namespace

// An immutable snapshot of who owns which topic; assign() builds a new one and swaps it in,
// so route() never holds the lock while decoding.
struct TopicRouter::Mapping
{
    QHash<QString, Sensor> sensorsByTopic;
    std::vector<Subscription> subscriptions;
    QSet<QString> roomIds;
    DecodeContext context;

    // The per-message index: a sensor's topic as it arrives (UTF-8) to the sensor and its
    // decoder, so that routing a known topic converts nothing and compares no profile names.
    // Points into sensorsByTopic: rebuilt by index() after every change to it.
    struct Route
    {
        const Sensor* sensor = nullptr;
        const PayloadDecoder* decoder = nullptr; // null: a profile no decoder reads
    };
    QHash<QByteArray, Route> routes;

    void index(const DecoderRegistry& decoders)
    {
        routes.clear();
        for (auto it = sensorsByTopic.cbegin(); it != sensorsByTopic.cend(); ++it)
            routes.insert(it.key().toUtf8(), Route{&it.value(), decoders.decoder(it.value().profile)});
    }
};

TopicRouter::TopicRouter(const Site& site, const Clock& clock) : TopicRouter(site, clock, DecoderRegistry::builtin()) {}

TopicRouter::TopicRouter(const Site& site, const Clock& clock, const DecoderRegistry& decoders)
    : m_clock(clock), m_decoders(decoders)
{
    auto mapping = std::make_shared<Mapping>();
    for (const Sensor& sensor : site.sensors)
        mapping->sensorsByTopic.insert(sensor.topic, sensor);
    mapping->subscriptions = site.subscriptions;
    for (const Room& room : site.rooms)
        mapping->roomIds.insert(room.id);
    mapping->context.siteZone = site.timeZone;
    mapping->index(m_decoders);
    m_mapping = std::move(mapping);
}

TopicRouter::~TopicRouter() = default;

std::shared_ptr<const TopicRouter::Mapping> TopicRouter::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_mapping;
}

TopicRouter::Outcome TopicRouter::route(const RawMessage& message) const
{
    const std::shared_ptr<const Mapping> mapping = snapshot();
    Outcome outcome;

    const Sensor* sensor = nullptr;
    const PayloadDecoder* decoder = nullptr;
    QString topic; // as text, only off the sensors' own topics
    if (const auto route = mapping->routes.constFind(message.topic); route != mapping->routes.cend()) {
        sensor = route->sensor;
        decoder = route->decoder;
        outcome.profile = sensor->profile;
    } else {
        topic = QString::fromUtf8(message.topic);
        for (const Subscription& subscription : mapping->subscriptions) {
            if (topicMatchesFilter(topic, subscription.filter)) {
                outcome.profile = subscription.profile;
                break;
            }
        }
    }
    if (outcome.profile.isEmpty()) {
        // Subscribed by someone (a sensor filter of an older site file?) but no rule says how
        // to read it: list it so an admin can assign it.
        outcome.unmatched = true;
        return outcome;
    }
    if (!sensor)
        decoder = m_decoders.decoder(outcome.profile);
    if (!decoder) {
        outcome.error = tr("unknown payload profile \"%1\"").arg(outcome.profile);
        return outcome;
    }

    const DecodeOutcome decoded = decoder->decode(message, mapping->context);
    if (!decoded.ok()) {
        outcome.error = decoded.error;
        return outcome;
    }
    if (decoded.values.empty())
        return outcome; // a side topic or an update without measured attributes: nothing to do

    QString sensorId;
    QString roomId;
    if (sensor) {
        sensorId = sensor->id;
        roomId = sensor->roomId;
    } else if (!decoded.roomHint.isEmpty() && mapping->roomIds.contains(decoded.roomHint)) {
        // atrium/<site>/<room>/<metric>: the device publishing under atrium/<site>/<room> is the sensor.
        sensorId = topic.left(qMax(0, topic.lastIndexOf(QLatin1Char('/'))));
        roomId = decoded.roomHint;
    } else {
        outcome.unmatched = true;
        return outcome;
    }

    const qint64 latestAccepted = m_clock.nowMs() + kFutureToleranceMs;
    outcome.readings.reserve(decoded.values.size());
    for (const DecodedValue& value : decoded.values) {
        Reading reading;
        reading.sensorId = sensorId;
        reading.roomId = roomId;
        reading.metric = value.metric;
        reading.value = value.value;
        reading.receivedMs = message.receivedMs;
        reading.sourceMs = value.sourceMs.value_or(message.receivedMs);
        if (reading.sourceMs > latestAccepted) {
            // A device with a wrong clock would otherwise stay "latest" forever.
            outcome.readings.clear();
            outcome.error = tr("reading dated %1 is more than %2 min ahead of the current time %3")
                                .arg(utcText(reading.sourceMs))
                                .arg(kFutureToleranceMs / 60000)
                                .arg(utcText(m_clock.nowMs()));
            return outcome;
        }
        outcome.readings.push_back(std::move(reading));
    }
    return outcome;
}

QStringList TopicRouter::subscriptionFilters() const
{
    const std::shared_ptr<const Mapping> mapping = snapshot();
    QStringList filters;
    for (const Subscription& subscription : mapping->subscriptions) {
        if (!filters.contains(subscription.filter))
            filters << subscription.filter;
    }
    // A sensor topic already covered by a subscription is not subscribed twice: overlapping
    // subscriptions may deliver a message once per subscription.
    QStringList sensorTopics;
    for (auto it = mapping->sensorsByTopic.cbegin(); it != mapping->sensorsByTopic.cend(); ++it) {
        const bool covered = std::any_of(mapping->subscriptions.cbegin(), mapping->subscriptions.cend(),
                                         [&](const Subscription& s) { return topicMatchesFilter(it.key(), s.filter); });
        if (!covered)
            sensorTopics << it.key();
    }
    sensorTopics.sort();
    filters << sensorTopics;
    return filters;
}

void TopicRouter::assign(const Sensor& sensor)
{
    std::lock_guard lock(m_mutex);
    auto next = std::make_shared<Mapping>(*m_mapping);
    // One sensor per topic and one topic per sensor id: reassigning moves it.
    for (auto it = next->sensorsByTopic.begin(); it != next->sensorsByTopic.end();) {
        if (it.value().id == sensor.id && it.key() != sensor.topic)
            it = next->sensorsByTopic.erase(it);
        else
            ++it;
    }
    next->sensorsByTopic.insert(sensor.topic, sensor);
    next->index(m_decoders);
    m_mapping = std::move(next);
}

bool topicMatchesFilter(QStringView topic, QStringView filter)
{
    if (topic.isEmpty() || filter.isEmpty())
        return false;
    // MQTT 3.1.1 section 4.7.2: wildcards at the first level do not match $SYS-style topics.
    if (topic.startsWith(QLatin1Char('$')) &&
        (filter.startsWith(QLatin1Char('+')) || filter.startsWith(QLatin1Char('#'))))
        return false;
    const QList<QStringView> t = topic.split(QLatin1Char('/'));
    const QList<QStringView> f = filter.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < f.size(); ++i) {
        const QStringView level = f.at(i);
        if (level == QLatin1String("#"))
            return i == f.size() - 1; // '#' also matches the parent level: "a/#" matches "a"
        if (level.contains(QLatin1Char('#')) || (level.contains(QLatin1Char('+')) && level.size() != 1))
            return false; // malformed filter
        if (i >= t.size())
            return false;
        if (level != QLatin1String("+") && level != t.at(i))
            return false;
    }
    return t.size() == f.size();
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation/AutomationService.h"

#include "automation/CommandEncoder.h"
#include "automation/DefaultRules.h"
#include "automation/WhyText.h"
#include "core/Clock.h"
#include "feeds/CommandOutbox.h"
#include "site/Site.h"
#include "storage/AuditLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace atrium {

Q_LOGGING_CATEGORY(lcAutomation, "atrium.automation")

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
const QString kAutomationActor = QStringLiteral("automation");

bool sameOverrides(const std::vector<Override>& a, const std::vector<Override>& b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id)
            return false;
    }
    return true;
}

} // namespace

AutomationService::AutomationService(const Site& site, std::vector<Actuator> actuators, const Clock& clock,
                                     QObject* parent)
    : QObject(parent), m_site(site), m_actuators(std::move(actuators)), m_clock(clock), m_ruleStore(clock),
      m_overrideStore(clock), m_audit(std::make_unique<AuditLog>())
{
    connect(&m_timer, &QTimer::timeout, this, [this] { evaluate(m_clock.nowMs()); });
}

AutomationService::~AutomationService() = default;

Status AutomationService::open(const QString& databasePath)
{
    for (Status s : {m_ruleStore.open(databasePath), m_overrideStore.open(databasePath), m_audit->open(databasePath)}) {
        if (!s)
            return s;
    }
    if (!m_ruleStore.everHadRules()) {
        for (const AutomationRule& rule : DefaultRules::rules()) {
            auto created = m_ruleStore.create(rule, kAutomationActor, tr("default rules of a new site"));
            if (!created)
                return Status::failure(created.error());
        }
    }
    reloadRules();
    reloadOverrides();
    return Status::success();
}

void AutomationService::setOutbox(CommandOutbox* outbox)
{
    m_outbox = outbox;
}

void AutomationService::setReadings(RoomReadings readings)
{
    m_readings = std::move(readings);
}

void AutomationService::setBookings(BookingSource bookings)
{
    m_bookings = std::move(bookings);
}

void AutomationService::start(int intervalMs)
{
    evaluate(m_clock.nowMs());
    m_timer.start(intervalMs);
}

void AutomationService::stop()
{
    m_timer.stop();
}

std::vector<const Actuator*> AutomationService::actuatorsIn(const QString& roomId) const
{
    std::vector<const Actuator*> out;
    for (const Actuator& a : m_actuators) {
        if (a.roomId == roomId)
            out.push_back(&a);
    }
    return out;
}

const Actuator* AutomationService::actuator(const QString& id) const
{
    for (const Actuator& a : m_actuators) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

std::vector<Channel> AutomationService::overridableChannels(const QString& roomId) const
{
    std::vector<Channel> out;
    for (Channel c : kAllChannels) {
        for (const Actuator* a : actuatorsIn(roomId)) {
            if (!a->neverDrive && actuatorHas(*a, c)) {
                out.push_back(c);
                break;
            }
        }
    }
    return out;
}

RoomInputs AutomationService::inputsFor(const QString& roomId, qint64 nowMs) const
{
    RoomInputs in = m_readings ? m_readings(roomId) : RoomInputs{};
    if (m_bookings.current)
        in.currentBooking = m_bookings.current(roomId, nowMs);
    if (m_bookings.next)
        in.nextBooking = m_bookings.next(roomId, nowMs);
    return in;
}

QString AutomationService::overrideLabel(const Override& o) const
{
    const Room* room = m_site.room(o.roomId);
    QString label = QStringLiteral("%1 · %2").arg(room ? room->name : o.roomId, channelDisplayName(o.channel));
    if (const Actuator* a = actuator(o.actuatorId))
        label += QStringLiteral(" · ") + a->displayName();
    return label;
}

QSet<QString> AutomationService::overriddenRooms() const
{
    QSet<QString> rooms;
    for (const Override& o : m_overrides)
        rooms.insert(o.roomId);
    return rooms;
}

void AutomationService::reloadOverrides()
{
    m_overrides = m_overrideStore.active();
}

void AutomationService::reloadRules()
{
    m_engine.setRules(m_ruleStore.rules());
}

bool AutomationService::expireOverrides(qint64 nowMs, const QHash<QString, RoomInputs>& inputs)
{
    bool ended = false;
    for (const Override& o : std::vector<Override>(m_overrides)) {
        std::optional<OverrideEnd> how;
        qint64 at = nowMs;
        if (o.expiry == OverrideExpiry::RoomEmpty) {
            const RoomInputs in = inputs.value(o.roomId);
            if (in.occupied.has_value() && !*in.occupied) {
                const qint64 since = m_emptySince.value(o.id, nowMs);
                m_emptySince.insert(o.id, since);
                if (nowMs - since >= kRoomEmptyGraceMinutes * kMinuteMs)
                    how = OverrideEnd::RoomEmpty;
            } else {
                m_emptySince.remove(o.id);
            }
        }
        if (!how && o.expiredAt(nowMs)) {
            how = OverrideEnd::Expired;
            at = *o.expiresMs; // the ledger keeps the exact end, even if the tick came a little later
        }
        if (!how)
            continue;
        const QString reason = *how == OverrideEnd::RoomEmpty ? tr("the room is empty") : tr("time is up");
        if (Status s = m_overrideStore.end(o.id, *how, at, kAutomationActor, reason, overrideLabel(o)); !s) {
            qCWarning(lcAutomation) << "cannot end override" << o.id << ":" << s.error();
            continue;
        }
        m_emptySince.remove(o.id);
        publishOverrideState(o, true);
        ended = true;
    }
    if (ended)
        reloadOverrides();
    return ended;
}

ChannelDecision AutomationService::decide(const Actuator& actuator, Channel channel,
                                          const std::vector<ActiveRule>& active) const
{
    ChannelDecision d;
    d.channel = channel;
    const ActiveRule* safety = nullptr;
    const ActiveRule* automatic = nullptr;
    for (const ActiveRule& a : active) { // highest priority first
        for (const RuleAction& action : a.rule.actions) {
            if (action.channel != channel)
                continue;
            if (!automatic)
                automatic = &a;
            if (!safety && a.rule.priority == RulePriority::Safety)
                safety = &a;
        }
    }
    auto valueOf = [channel](const ActiveRule& a) {
        for (const RuleAction& action : a.rule.actions) {
            if (action.channel == channel)
                return action.value;
        }
        return 0.0;
    };
    // A device's own override beats one on its whole room.
    for (const Override& o : m_overrides) {
        if (o.roomId != actuator.roomId || o.channel != channel)
            continue;
        if (o.actuatorId == actuator.id || (o.actuatorId.isEmpty() && !d.override))
            d.override = o;
    }
    if (automatic) {
        d.automaticValue = valueOf(*automatic);
        d.ruleId = automatic->rule.id;
    }
    if (safety) {
        d.source = DecisionSource::Safety;
        d.value = valueOf(*safety);
        d.ruleId = safety->rule.id;
    } else if (d.override) {
        d.source = DecisionSource::Override;
        d.value = d.override->value;
    } else if (automatic) {
        d.source = DecisionSource::Rule;
        d.value = d.automaticValue;
    }
    return d;
}

void AutomationService::send(const Actuator& actuator, const ChannelDecision& d, const QString& why, qint64 nowMs)
{
    const QString key = actuator.id + QLatin1Char('/') + channelKey(d.channel);
    if (!d.value) {
        m_lastSent.remove(key); // the next decision is sent even if it equals the last one
        return;
    }
    if (m_lastSent.contains(key) && m_lastSent.value(key) == *d.value)
        return;
    m_lastSent.insert(key, *d.value);
    const auto command = CommandEncoder::encode(m_site.id, actuator, d.channel, *d.value);
    if (!command) {
        qCWarning(lcAutomation) << command.error();
        Q_EMIT commandFailed(command.error());
        return;
    }
    qint64 outboxId = 0;
    if (m_outbox) {
        // Coalesced per device channel: after an outage only the latest value goes out.
        const auto queued =
            m_outbox->enqueue(command->topic, command->payload, 1, false, QStringLiteral("actuator/") + key);
        if (!queued) {
            Q_EMIT commandFailed(queued.error());
            m_lastSent.remove(key);
            return;
        }
        outboxId = queued.value();
    }
    AuditEntry audit;
    audit.atMs = nowMs;
    audit.actor = kAutomationActor;
    audit.action = QStringLiteral("actuator.command");
    audit.subjectKind = QStringLiteral("actuator");
    audit.subjectId = actuator.id;
    audit.subjectLabel = actuator.displayName();
    audit.reason = why;
    audit.details = QJsonObject{{QStringLiteral("channel"), channelKey(d.channel)},
                                {QStringLiteral("value"), *d.value},
                                {QStringLiteral("topic"), command->topic},
                                {QStringLiteral("payload"), QString::fromUtf8(command->payload)},
                                {QStringLiteral("outboxId"), outboxId}};
    if (d.ruleId)
        audit.details.insert(QStringLiteral("rule"), *d.ruleId);
    if (d.source == DecisionSource::Override)
        audit.details.insert(QStringLiteral("override"), d.override->id);
    if (Status s = m_audit->record(audit); !s)
        qCWarning(lcAutomation) << s.error();
}

void AutomationService::publishOverrideState(const Override& o, bool clear)
{
    if (!m_outbox)
        return;
    const QString topic = CommandEncoder::overrideStateTopic(m_site.id, o.roomId, o.actuatorId, o.channel);
    // Retained + empty: the broker forgets the state (MQTT 3.1.1 §3.3.1.3). Empty, not null: the
    // outbox stores the payload in a NOT NULL column.
    QByteArray payload("");
    if (!clear) {
        QJsonObject state{
            {QStringLiteral("id"), o.id},         {QStringLiteral("channel"), channelKey(o.channel)},
            {QStringLiteral("value"), o.value},   {QStringLiteral("author"), o.author},
            {QStringLiteral("reason"), o.reason}, {QStringLiteral("expiry"), overrideExpiryKey(o.expiry)}};
        if (o.expiresMs)
            state.insert(QStringLiteral("until"),
                         QDateTime::fromMSecsSinceEpoch(*o.expiresMs, Qt::UTC).toString(Qt::ISODate));
        payload = QJsonDocument(state).toJson(QJsonDocument::Compact);
    }
    const auto queued = m_outbox->enqueue(topic, payload, 1, true, QStringLiteral("override-state/") + topic);
    if (!queued)
        Q_EMIT commandFailed(queued.error());
}

void AutomationService::evaluate(qint64 nowMs)
{
    QHash<QString, RoomInputs> inputs;
    for (const Room& room : m_site.rooms)
        inputs.insert(room.id, inputsFor(room.id, nowMs));
    bool changed = expireOverrides(nowMs, inputs);
    for (const Room& room : m_site.rooms) {
        const RoomInputs& in = inputs[room.id];
        RoomAutomationStatus status;
        status.roomId = room.id;
        status.activeRules = m_engine.evaluate(room, in, nowMs, m_site.timeZone);
        for (const Override& o : m_overrides) {
            if (o.roomId == room.id)
                status.overrides.push_back(o);
        }
        std::vector<ChannelDecision> roomDecisions;
        QSet<int> seen;
        for (const Actuator* a : actuatorsIn(room.id)) {
            ActuatorStatus as;
            as.actuator = *a;
            if (a->neverDrive) {
                as.why = tr("%1 is never driven from the console.").arg(a->displayName());
                status.details << as.why;
                status.actuators.push_back(as);
                continue;
            }
            for (Channel channel : channelsOf(a->kind))
                as.channels.push_back(decide(*a, channel, status.activeRules));
            as.why = WhyText::sentence(as.channels, status.activeRules, in, nowMs, m_site.timeZone);
            for (const ChannelDecision& d : as.channels) {
                send(*a, d, as.why, nowMs);
                if (!seen.contains(int(d.channel))) {
                    seen.insert(int(d.channel));
                    roomDecisions.push_back(d);
                }
            }
            status.details << QStringLiteral("%1: %2").arg(a->displayName(), as.why);
            status.actuators.push_back(std::move(as));
        }
        status.why = overridableChannels(room.id).empty()
                         ? tr("No device of this room is driven by automation.")
                         : WhyText::sentence(roomDecisions, status.activeRules, in, nowMs, m_site.timeZone);
        if (!status.why.isEmpty())
            status.why[0] = status.why[0].toUpper(); // a sentence on its own: "Lights on because ..."
        const RoomAutomationStatus& old = m_status[room.id];
        if (old.why != status.why || old.details != status.details || !sameOverrides(old.overrides, status.overrides))
            changed = true;
        m_status.insert(room.id, std::move(status));
    }
    if (changed)
        Q_EMIT this->changed();
}

Result<Override> AutomationService::setOverride(const OverrideRequest& r)
{
    using R = Result<Override>;
    const qint64 now = m_clock.nowMs();
    const Room* room = m_site.room(r.roomId);
    if (!room)
        return R::failure(tr("Unknown room '%1'.").arg(r.roomId));
    if (r.reason.trimmed().isEmpty())
        return R::failure(tr("Say why: an override needs a reason (\"client cold\", \"event set-up\")."));
    if (r.author.trimmed().isEmpty())
        return R::failure(tr("An override needs its author."));
    std::vector<const Actuator*> targets;
    if (!r.actuatorId.isEmpty()) {
        const Actuator* a = actuator(r.actuatorId);
        if (!a || a->roomId != r.roomId)
            return R::failure(tr("%1 has no device '%2'.").arg(room->name, r.actuatorId));
        targets.push_back(a);
    } else {
        for (const Actuator* a : actuatorsIn(r.roomId)) {
            if (!a->neverDrive && actuatorHas(*a, r.channel))
                targets.push_back(a);
        }
        if (targets.empty())
            return R::failure(tr("%1 has no device for %2.").arg(room->name, channelDisplayName(r.channel).toLower()));
    }
    for (const Actuator* a : targets) {
        if (Status ok = CommandEncoder::check(*a, r.channel, r.value); !ok)
            return R::failure(ok.error());
    }
    Override o;
    o.roomId = r.roomId;
    o.actuatorId = r.actuatorId;
    o.channel = r.channel;
    o.value = r.value;
    o.author = r.author;
    o.reason = r.reason;
    o.expiry = r.expiry;
    o.createdMs = now;
    switch (r.expiry) {
    case OverrideExpiry::Minutes:
        if (r.minutes < 1 || r.minutes > 7 * 24 * 60)
            return R::failure(tr("An override lasts from 1 minute to 7 days."));
        o.expiresMs = now + r.minutes * kMinuteMs;
        break;
    case OverrideExpiry::UntilTime:
        if (r.untilMs <= now)
            return R::failure(tr("That time has already passed: choose a later one."));
        if (r.untilMs > now + 7 * 24 * 60 * kMinuteMs)
            return R::failure(tr("An override lasts from 1 minute to 7 days."));
        o.expiresMs = r.untilMs;
        break;
    case OverrideExpiry::BookingEnd: {
        const auto booking = m_bookings.current ? m_bookings.current(r.roomId, now) : std::nullopt;
        if (!booking)
            return R::failure(tr("%1 has no booking now: choose another end.").arg(room->name));
        o.expiresMs = booking->endMs;
        break;
    }
    case OverrideExpiry::RoomEmpty:
        o.expiresMs = now + kRoomEmptyBackstopHours * 60 * kMinuteMs;
        break;
    }
    // The ledger counts which rule people override: the one driving the channel right now.
    for (const ActuatorStatus& as : m_status.value(r.roomId).actuators) {
        for (const ChannelDecision& d : as.channels) {
            if (d.channel == r.channel && d.ruleId && !o.overriddenRuleId &&
                (r.actuatorId.isEmpty() || as.actuator.id == r.actuatorId))
                o.overriddenRuleId = d.ruleId;
        }
    }
    auto saved = m_overrideStore.add(o, overrideLabel(o));
    if (!saved)
        return saved;
    qCInfo(lcAutomation) << "override" << saved->id << overrideLabel(*saved) << "by" << saved->author;
    publishOverrideState(*saved, false);
    reloadOverrides();
    evaluate(now);
    Q_EMIT changed();
    return saved;
}

Status AutomationService::endOverride(qint64 id, const QString& by, const QString& reason)
{
    const auto o = m_overrideStore.find(id);
    if (!o)
        return Status::failure(tr("Override %1 does not exist.").arg(id));
    const qint64 now = m_clock.nowMs();
    if (Status s = m_overrideStore.end(id, OverrideEnd::EndedEarly, now, by, reason, overrideLabel(*o)); !s)
        return s;
    publishOverrideState(*o, true);
    m_emptySince.remove(id);
    reloadOverrides();
    evaluate(now);
    Q_EMIT changed();
    return Status::success();
}

Result<AutomationRule> AutomationService::saveRule(const AutomationRule& rule, const QString& actor)
{
    auto saved = rule.id == 0 ? m_ruleStore.create(rule, actor) : m_ruleStore.update(rule, actor);
    if (saved) {
        reloadRules();
        evaluate(m_clock.nowMs());
        Q_EMIT changed();
    }
    return saved;
}

Status AutomationService::setRuleEnabled(qint64 id, bool enabled, const QString& actor)
{
    Status s = m_ruleStore.setEnabled(id, enabled, actor);
    if (s) {
        reloadRules();
        evaluate(m_clock.nowMs());
        Q_EMIT changed();
    }
    return s;
}

Status AutomationService::removeRule(qint64 id, const QString& actor)
{
    Status s = m_ruleStore.remove(id, actor);
    if (s) {
        reloadRules();
        evaluate(m_clock.nowMs());
        Q_EMIT changed();
    }
    return s;
}

LedgerReport AutomationService::ledger(qint64 fromMs, qint64 untilMs) const
{
    return OverrideLedger::report(m_overrideStore.createdBetween(fromMs, untilMs), m_ruleStore.rules(), m_site, fromMs,
                                  untilMs);
}

} // namespace atrium

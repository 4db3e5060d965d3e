// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/DoorService.h"

#include "access/AccessEventLog.h"
#include "access/BadgeStore.h"
#include "core/Clock.h"
#include "feeds/CommandOutbox.h"
#include "feeds/ControlChannel.h"
#include "feeds/MqttSession.h"
#include "feeds/RawMessage.h"

#include <QLoggingCategory>

namespace atrium {

Q_LOGGING_CATEGORY(lcDoors, "atrium.access.doors")

namespace {
constexpr int kHousekeepingMs = 60 * 60 * 1000;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
} // namespace

DoorService::DoorService(BadgeStore& badges, AccessEventLog& log, const Clock& clock, const QString& siteId,
                         QObject* parent)
    : QObject(parent), m_badges(badges), m_log(log), m_clock(clock), m_protocol(siteId),
      m_rules(badges.data(), clock, badges.timeZone())
{
    bool ok = false;
    const int count = badges.setting(QStringLiteral("alert_denied_count")).toInt(&ok);
    const int minutes = badges.setting(QStringLiteral("alert_window_min")).toInt();
    if (ok && count > 0)
        m_denied.setThreshold(count, minutes > 0 ? minutes * 60 * 1000LL : m_denied.windowMs());
    connect(&m_badges, &BadgeStore::accessChanged, this, &DoorService::publishAllowLists);
    m_housekeeping.setInterval(kHousekeepingMs);
    connect(&m_housekeeping, &QTimer::timeout, this, [this] {
        applyRetention();
        publishAllowLists();
    });
    m_housekeeping.start();
    applyRetention();
}

DoorService::~DoorService() = default;

void DoorService::attach(ControlChannel* channel)
{
    m_channel = channel;
    if (!channel)
        return;
    const auto handler = [this](const RawMessage& m) { handle(m); };
    channel->subscribe(m_protocol.requestFilter(), this, handler, 1);
    channel->subscribe(m_protocol.eventFilter(), this, handler, 1);
    channel->subscribe(DoorProtocol::tasmotaFilter(), this, handler, 0);
    publishAllowLists();
}

void DoorService::handle(const RawMessage& raw)
{
    const auto parsed = m_protocol.parse(raw);
    if (!parsed) {
        qCWarning(lcDoors).noquote() << parsed.error();
        Q_EMIT protocolError(parsed.error());
        return;
    }
    if (!parsed.value())
        return; // a sensor reading on a Tasmota topic, or a topic that is not a door's
    const DoorMessage& m = *parsed.value();
    const qint64 now = raw.receivedMs > 0 ? raw.receivedMs : m_clock.nowMs();
    QString doorId = m.doorId;
    if (m.kind == DoorMessage::Kind::Tasmota) {
        if (const Door* door = m_badges.data().doorForTasmotaDevice(m.doorId))
            doorId = door->id;
    }
    if (handleDeskReader(m, doorId))
        return;
    AccessDecision decision = m_rules.decideAt(doorId, m.uid, now);
    if (m.kind == DoorMessage::Kind::Request)
        answer(m, decision, now);
    if (m.kind == DoorMessage::Kind::DoorEvent && m.doorAllowed && *m.doorAllowed != decision.allowed) {
        // The door decided from its copy of the allow-list; keep what happened, say what differs.
        const QString rules = decision.text;
        decision.allowed = *m.doorAllowed;
        decision.text = decision.allowed
                            ? tr("Opened by the door; the console's rules say: %1").arg(rules)
                            : tr("Refused by the door (%1); the console's rules say: %2")
                                  .arg(m.doorReason.isEmpty() ? tr("no reason given") : m.doorReason, rules);
    }
    record(m, doorId, decision, now);
}

bool DoorService::handleDeskReader(const DoorMessage& m, const QString& doorId)
{
    const Door* door = m_badges.data().door(doorId);
    if (!door || !door->isDeskReader)
        return false;
    if (!m_deskArmed)
        return true; // a card shown at the desk when nobody is issuing opens nothing
    m_deskArmed = false;
    QString knownAs;
    if (const auto key = door->format.normalise(m.uid)) {
        if (const Badge* b = m_badges.data().liveBadgeWithKey(key.value()))
            knownAs = tr("badge #%1 of %2").arg(b->id).arg(m_badges.holderName(*b));
    }
    Q_EMIT deskBadgePresented(m.uid, door->format.key(), knownAs);
    return true;
}

void DoorService::armDeskReader()
{
    m_deskArmed = true;
}

void DoorService::disarmDeskReader()
{
    m_deskArmed = false;
}

void DoorService::answer(const DoorMessage& request, const AccessDecision& decision, qint64 atMs)
{
    if (!m_channel)
        return;
    const QByteArray payload = DoorProtocol::response(request, request.doorId, decision, atMs);
    MqttSession::Properties props;
    QString topic = m_protocol.responseTopic(request.doorId);
    if (!request.responseTopic.isEmpty()) {
        topic = QString::fromUtf8(request.responseTopic);
        props.correlationData = request.correlationData;
    }
    // An answer is worth nothing a few seconds later: not through the durable outbox.
    if (m_channel->session()->publish(topic, payload, 1, false, props) < 0)
        qCWarning(lcDoors) << "could not answer door" << request.doorId << "on" << topic;
}

void DoorService::record(const DoorMessage& m, const QString& doorId, const AccessDecision& decision, qint64 atMs)
{
    AccessEvent e;
    e.atMs = atMs;
    e.doorId = doorId;
    e.uid = m.uid;
    e.badgeId = decision.badgeId;
    e.memberId = decision.memberId;
    e.allowed = decision.allowed;
    e.reasonCode = accessReasonKey(decision.reason);
    e.reason = decision.text;
    e.source = m.kind == DoorMessage::Kind::Request     ? AccessEvent::Source::Request
               : m.kind == DoorMessage::Kind::DoorEvent ? AccessEvent::Source::DoorEvent
                                                        : AccessEvent::Source::Tasmota;
    const auto id = m_log.record(e);
    if (!id)
        qCWarning(lcDoors).noquote() << id.error();
    else
        e.id = id.value();
    Q_EMIT eventRecorded(e);
    if (const auto attempts = m_denied.record(doorId, atMs, e.allowed)) {
        const Door* door = m_badges.data().door(doorId);
        const int minutes = int(qMax<qint64>(1, m_denied.windowMs() / 60000));
        const QString text =
            tr("%1 refused attempts at %2 within %3 min.").arg(*attempts).arg(door ? door->name : doorId).arg(minutes);
        qCInfo(lcDoors).noquote() << text;
        Q_EMIT deniedAlert(doorId, *attempts, text);
    }
}

int DoorService::publishAllowLists()
{
    if (!m_channel || !m_channel->outbox())
        return 0; // the digests stay as they are: published once a channel is attached
    int published = 0;
    const QDate today = m_badges.today();
    const std::vector<Door> doors = m_badges.data().doors;
    for (const Door& door : doors) {
        if (door.isDeskReader)
            continue;
        const qint64 version = door.allowListVersion + 1;
        const AllowList list = DoorProtocol::allowList(door, m_badges.data(), m_badges.timeZone(), today, version);
        if (list.digest == door.allowListDigest)
            continue;
        const auto queued = m_channel->outbox()->enqueue(m_protocol.allowListTopic(door.id), list.payload, 1, true,
                                                         QStringLiteral("allowlist:") + door.id);
        if (!queued) {
            qCWarning(lcDoors).noquote() << queued.error();
            continue;
        }
        if (Status marked = m_badges.markAllowListPublished(door.id, version, list.digest); !marked)
            qCWarning(lcDoors).noquote() << marked.error();
        qCInfo(lcDoors) << "allow-list of" << door.id << "version" << version << "with" << list.entries
                        << "entries queued";
        ++published;
    }
    return published;
}

Result<int> DoorService::applyRetention()
{
    const qint64 cutoff = m_clock.nowMs() - qint64(m_badges.retentionDays()) * kDayMs;
    auto deleted = m_log.deleteBefore(cutoff);
    if (deleted && deleted.value() > 0)
        qCInfo(lcDoors) << "retention: deleted" << deleted.value() << "access events older than"
                        << m_badges.retentionDays() << "days";
    return deleted;
}

} // namespace atrium

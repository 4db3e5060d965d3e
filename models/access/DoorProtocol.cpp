// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/DoorProtocol.h"

#include "access/AccessData.h"
#include "access/AccessRules.h"
#include "feeds/RawMessage.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace atrium {

namespace {

// A UID may arrive as a JSON string (the documented form) or, from sloppy firmware, a number;
// a number has already lost its leading zeros, so it is taken as decimal text as written.
QString uidText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return QString();
}

} // namespace

DoorProtocol::DoorProtocol(QString siteId) : m_root(QStringLiteral("atrium-access/") + siteId) {}

QString DoorProtocol::requestFilter() const
{
    return m_root + QStringLiteral("/+/request");
}

QString DoorProtocol::eventFilter() const
{
    return m_root + QStringLiteral("/+/event");
}

QString DoorProtocol::responseTopic(const QString& doorId) const
{
    return m_root + QLatin1Char('/') + doorId + QStringLiteral("/response");
}

QString DoorProtocol::allowListTopic(const QString& doorId) const
{
    return m_root + QLatin1Char('/') + doorId + QStringLiteral("/allowlist");
}

Result<std::optional<DoorMessage>> DoorProtocol::parse(const RawMessage& raw) const
{
    using R = Result<std::optional<DoorMessage>>;
    const QString topic = QString::fromUtf8(raw.topic);
    const QStringList parts = topic.split(QLatin1Char('/'));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(raw.payload, &error);
    DoorMessage m;
    m.responseTopic = raw.responseTopic;
    m.correlationData = raw.correlationData;

    if (parts.size() == 3 && parts[0] == QLatin1String("tele") && parts[2] == QLatin1String("SENSOR")) {
        if (!doc.isObject())
            return R(std::nullopt); // not ours to judge: the sensor feed reports bad sensor payloads
        for (const char* reader : {"RC522", "PN532"}) {
            const QJsonObject tag = doc.object().value(QLatin1String(reader)).toObject();
            if (tag.isEmpty())
                continue;
            m.kind = DoorMessage::Kind::Tasmota;
            m.doorId = parts[1];
            m.uid = uidText(tag.value(QStringLiteral("UID")));
            if (m.uid.isEmpty())
                return R::failure(tr("%1: the %2 message has no UID.").arg(topic, QLatin1String(reader)));
            return R(m);
        }
        return R(std::nullopt);
    }
    if (parts.size() != 4 || QStringList(parts.mid(0, 2)).join(QLatin1Char('/')) != m_root)
        return R(std::nullopt);
    m.doorId = parts[2];
    if (parts[3] == QLatin1String("request"))
        m.kind = DoorMessage::Kind::Request;
    else if (parts[3] == QLatin1String("event"))
        m.kind = DoorMessage::Kind::DoorEvent;
    else
        return R(std::nullopt);
    if (!doc.isObject())
        return R::failure(tr("%1: not a JSON object (%2).").arg(topic, error.errorString()));
    const QJsonObject o = doc.object();
    m.uid = uidText(o.value(QStringLiteral("uid")));
    if (m.uid.isEmpty())
        return R::failure(
            tr("%1: \"uid\" is missing; it must be the UID as the reader read it, as a string.").arg(topic));
    const QJsonValue id = o.value(QStringLiteral("id"));
    m.correlationId = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
    if (m.kind == DoorMessage::Kind::DoorEvent) {
        const QString decision = o.value(QStringLiteral("decision")).toString();
        if (decision == QLatin1String("allow"))
            m.doorAllowed = true;
        else if (decision == QLatin1String("deny"))
            m.doorAllowed = false;
        else
            return R::failure(tr("%1: \"decision\" must be \"allow\" or \"deny\".").arg(topic));
        m.doorReason = o.value(QStringLiteral("reason")).toString();
    }
    return R(m);
}

QByteArray DoorProtocol::response(const DoorMessage& request, const QString& doorId, const AccessDecision& decision,
                                  qint64 atMs)
{
    QJsonObject o{{QStringLiteral("door"), doorId},
                  {QStringLiteral("decision"), decision.allowed ? QStringLiteral("allow") : QStringLiteral("deny")},
                  {QStringLiteral("reason"), accessReasonKey(decision.reason)},
                  {QStringLiteral("message"), decision.text},
                  {QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODate)}};
    if (!request.correlationId.isEmpty())
        o.insert(QStringLiteral("id"), request.correlationId);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString DoorProtocol::uidHash(const QString& salt, const QString& readKey)
{
    return QString::fromLatin1(QCryptographicHash::hash((salt + readKey).toUtf8(), QCryptographicHash::Sha256).toHex());
}

AllowList DoorProtocol::allowList(const Door& door, const AccessData& data, const QTimeZone& zone, const QDate& today,
                                  qint64 version)
{
    QJsonArray entries;
    std::vector<QJsonObject> rows;
    for (const Badge& b : data.badges) {
        if (b.uidKey.isEmpty() || b.effectiveStatus(today) != BadgeStatus::Active || !b.groupId)
            continue;
        const AccessGroup* group = data.group(*b.groupId);
        if (!group)
            continue;
        QStringList schedules;
        bool always = false;
        bool bookingOnly = false;
        for (const AccessGrant& g : group->grants) {
            if (!g.appliesTo(door))
                continue;
            if (g.bookingOnly) {
                bookingOnly = true;
                continue;
            }
            always = always || g.schedule.isAlways();
            schedules << g.schedule.toString();
        }
        if (schedules.isEmpty() && !bookingOnly)
            continue;
        QJsonObject e{{QStringLiteral("hash"), uidHash(door.salt, door.format.project(b.uidKey))}};
        if (schedules.isEmpty()) {
            e.insert(QStringLiteral("ask"), true); // only during a booking: the door must ask
        } else {
            schedules.removeDuplicates();
            e.insert(QStringLiteral("schedule"),
                     always ? QStringLiteral("always") : schedules.join(QStringLiteral("; ")));
        }
        if (b.validFrom.isValid())
            e.insert(QStringLiteral("valid_from"), b.validFrom.toString(Qt::ISODate));
        if (b.validUntil.isValid())
            e.insert(QStringLiteral("valid_until"), b.validUntil.toString(Qt::ISODate));
        rows.push_back(e);
    }
    // Sorted by hash: the same badges give the same bytes, whatever their order in the database.
    std::sort(rows.begin(), rows.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("hash")).toString() < b.value(QStringLiteral("hash")).toString();
    });
    for (const QJsonObject& e : rows)
        entries.append(e);
    QJsonObject body{{QStringLiteral("door"), door.id},
                     {QStringLiteral("time_zone"), QString::fromUtf8(zone.id())},
                     {QStringLiteral("salt"), door.salt},
                     {QStringLiteral("reader_format"), door.format.key()},
                     {QStringLiteral("entries"), entries}};
    AllowList out;
    out.entries = int(rows.size());
    out.digest = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
    body.insert(QStringLiteral("version"), version);
    out.payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return out;
}

} // namespace atrium

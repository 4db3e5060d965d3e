// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace atrium {

struct AccessData;
struct AccessDecision;
struct Door;
struct RawMessage;

// A message from a door controller or a Tasmota tag reader, read by DoorProtocol.
struct DoorMessage
{
    enum class Kind { Request, DoorEvent, Tasmota };
    Kind kind = Kind::Request;
    QString doorId;                  // for Tasmota: the device's topic segment (tele/<device>/SENSOR)
    QString uid;                     // exactly as sent
    QString correlationId;           // "id" of a request
    QByteArray responseTopic;        // MQTT 5 property, when the door set it
    QByteArray correlationData;      // MQTT 5 property, echoed in the answer
    std::optional<bool> doorAllowed; // a door event: what the door decided itself
    QString doorReason;
};

struct AllowList
{
    QByteArray payload; // JSON, with the version
    QString digest;     // of the entries only: equal digests, same list
    int entries = 0;
};

// Topics and JSON between the console and door controllers (docs/door-protocol.md). Pure: bytes
// in, a message or the reason out; payloads out.
//   atrium-access/<site>/<door>/request    door -> console {"id": "...", "uid": "04A1B2C3"}
//   atrium-access/<site>/<door>/response   console -> door (unless MQTT 5 named a response topic)
//   atrium-access/<site>/<door>/event      door -> console {"uid": "...", "decision": "allow"}
//   atrium-access/<site>/<door>/allowlist  console -> door, retained, QoS 1
//   tele/<device>/SENSOR                   Tasmota {"RC522": {"UID": "..."}} or {"PN532": {...}}
class DoorProtocol
{
    Q_DECLARE_TR_FUNCTIONS(atrium::DoorProtocol)
public:
    explicit DoorProtocol(QString siteId);

    QString requestFilter() const;
    QString eventFilter() const;
    static QString tasmotaFilter() { return QStringLiteral("tele/+/SENSOR"); }
    QString responseTopic(const QString& doorId) const;
    QString allowListTopic(const QString& doorId) const;

    // A door message, nullopt for a message that is not for access (a Tasmota sensor reading),
    // or the reason it cannot be read.
    Result<std::optional<DoorMessage>> parse(const RawMessage& message) const;

    static QByteArray response(const DoorMessage& request, const QString& doorId, const AccessDecision& decision,
                               qint64 atMs);
    // The list of `door` for the badges as they are on `today` (site-local).
    static AllowList allowList(const Door& door, const AccessData& data, const QTimeZone& zone, const QDate& today,
                               qint64 version);
    // What a door compares: SHA-256 of the salt (hex text) followed by the normalised UID, in hex.
    static QString uidHash(const QString& salt, const QString& readKey);

private:
    QString m_root; // "atrium-access/<site>"
};

} // namespace atrium

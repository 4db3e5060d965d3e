// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/AccessEvent.h"
#include "access/AccessRules.h"
#include "access/DeniedAttemptMonitor.h"
#include "access/DoorProtocol.h"
#include "core/Result.h"

#include <QObject>
#include <QTimer>

namespace atrium {

class AccessEventLog;
class BadgeStore;
class Clock;
class ControlChannel;
struct RawMessage;

// The console's side of the doors: answers their questions from AccessRules, logs every swipe,
// publishes each door's allow-list through the control channel's outbox whenever it changes,
// feeds the desk reader to the badge desk, raises an alert on repeated refusals at one door and
// trims the access log to the retention period (hourly, by itself).
class DoorService : public QObject
{
    Q_OBJECT
public:
    DoorService(BadgeStore& badges, AccessEventLog& log, const Clock& clock, const QString& siteId,
                QObject* parent = nullptr);
    ~DoorService() override;

    // Subscribes the door topics on `channel` (before it starts) and publishes every allow-list
    // that differs from the last one handed to the outbox. Not owned; may be null (no broker).
    void attach(ControlChannel* channel);

    AccessRules& rules() { return m_rules; }
    const DoorProtocol& protocol() const { return m_protocol; }
    DeniedAttemptMonitor& deniedMonitor() { return m_denied; }

    // Every message of the subscribed topics comes here (public for tests).
    void handle(const RawMessage& message);

    // The next badge presented at the desk reader is reported by deskBadgePresented() instead
    // of being treated as a swipe.
    void armDeskReader();
    void disarmDeskReader();
    bool isDeskReaderArmed() const { return m_deskArmed; }

    // Hands every changed allow-list to the outbox; returns how many.
    int publishAllowLists();
    // Deletes access events older than the retention setting; returns how many.
    Result<int> applyRetention();

Q_SIGNALS:
    void eventRecorded(const atrium::AccessEvent& event);
    // `knownAs` is empty for an unknown card, else "badge #3 of Jane Doe".
    void deskBadgePresented(const QString& uid, const QString& readerFormat, const QString& knownAs);
    void deniedAlert(const QString& doorId, int attempts, const QString& text);
    void protocolError(const QString& message);

private:
    void answer(const DoorMessage& request, const AccessDecision& decision, qint64 atMs);
    void record(const DoorMessage& message, const QString& doorId, const AccessDecision& decision, qint64 atMs);
    bool handleDeskReader(const DoorMessage& message, const QString& doorId);

    BadgeStore& m_badges;
    AccessEventLog& m_log;
    const Clock& m_clock;
    DoorProtocol m_protocol;
    AccessRules m_rules;
    DeniedAttemptMonitor m_denied;
    ControlChannel* m_channel = nullptr;
    QTimer m_housekeeping; // retention and allow-lists of badges whose dates passed
    bool m_deskArmed = false;
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automation/Actuator.h"
#include "automation/AutomationStatus.h"
#include "automation/OverrideLedger.h"
#include "automation/OverrideStore.h"
#include "automation/RoomInputs.h"
#include "automation/RuleEngine.h"
#include "automation/RuleStore.h"
#include "core/Result.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

namespace atrium {

class AuditLog;
class Clock;
class CommandOutbox;
struct Site;

// Building automation for one site (issue 6, docs/automation.md). On every evaluate(now) it
//  1. ends overrides whose time is up (at the exact millisecond) or whose room has been empty
//     long enough, clearing their retained state;
//  2. evaluates the rules for each room (RuleEngine) and decides each actuator channel:
//     safety > manual override > booking-driven > schedule > optimisation;
//  3. sends what changed through the CommandOutbox (stored first, QoS 1, delivered on PUBACK);
//  4. writes "why" for each room and device.
// The console calls evaluate() from a QTimer (start()); tests call it with their own times.
// Every override, rule change and command lands in the audit log.
class AutomationService : public QObject
{
    Q_OBJECT
public:
    AutomationService(const Site& site, std::vector<Actuator> actuators, const Clock& clock, QObject* parent = nullptr);
    ~AutomationService() override;

    // Opens the rules, overrides and audit log on the (already migrated) database; stores the
    // default rules the first time.
    Status open(const QString& databasePath);
    void setOutbox(CommandOutbox* outbox); // not owned; without one, nothing is sent
    void setReadings(RoomReadings readings);
    void setBookings(BookingSource bookings);

    void start(int intervalMs = 1000); // evaluates now, then every intervalMs on the clock's time
    void stop();
    void evaluate(qint64 nowMs);

    const Site& site() const { return m_site; }
    const Clock& clock() const { return m_clock; }
    const std::vector<Actuator>& actuators() const { return m_actuators; }
    std::vector<const Actuator*> actuatorsIn(const QString& roomId) const;
    const Actuator* actuator(const QString& id) const;
    // Channels a person can override in a room (its drivable devices'), in display order.
    std::vector<Channel> overridableChannels(const QString& roomId) const;
    bool bookingsAvailable() const { return bool(m_bookings.current); }

    struct OverrideRequest
    {
        QString roomId;
        QString actuatorId; // empty: every device of the room with the channel
        Channel channel = Channel::Setpoint;
        double value = 0.0;
        QString author;
        QString reason;
        OverrideExpiry expiry = OverrideExpiry::Minutes;
        int minutes = 60;   // Minutes
        qint64 untilMs = 0; // UntilTime
    };
    // Refuses with a sentence naming what is wrong (no reason, a lock, no booking now...).
    Result<Override> setOverride(const OverrideRequest& request);
    Status endOverride(qint64 id, const QString& by, const QString& reason = {});
    const std::vector<Override>& activeOverrides() const { return m_overrides; }
    QSet<QString> overriddenRooms() const;
    // "Ada · Temperature" (· device name for a device override)
    QString overrideLabel(const Override& o) const;

    std::vector<AutomationRule> rules() const { return m_engine.rules(); }
    Result<AutomationRule> saveRule(const AutomationRule& rule, const QString& actor); // id 0: new
    Status setRuleEnabled(qint64 id, bool enabled, const QString& actor);
    Status removeRule(qint64 id, const QString& actor);

    RoomAutomationStatus roomStatus(const QString& roomId) const { return m_status.value(roomId); }
    QString why(const QString& roomId) const { return m_status.value(roomId).why; }
    LedgerReport ledger(qint64 fromMs, qint64 untilMs) const;

    // An override "until the room is empty" also ends after this long, in case its sensor
    // stays silent.
    static constexpr int kRoomEmptyBackstopHours = 12;

Q_SIGNALS:
    void changed(); // room states, overrides or rules changed
    void commandFailed(const QString& message);

private:
    RoomInputs inputsFor(const QString& roomId, qint64 nowMs) const;
    bool expireOverrides(qint64 nowMs, const QHash<QString, RoomInputs>& inputs);
    ChannelDecision decide(const Actuator& actuator, Channel channel, const std::vector<ActiveRule>& active) const;
    void send(const Actuator& actuator, const ChannelDecision& decision, const QString& why, qint64 nowMs);
    void publishOverrideState(const Override& o, bool clear);
    void reloadOverrides();
    void reloadRules();

    const Site& m_site;
    std::vector<Actuator> m_actuators;
    const Clock& m_clock;
    RuleStore m_ruleStore;
    OverrideStore m_overrideStore;
    std::unique_ptr<AuditLog> m_audit;
    CommandOutbox* m_outbox = nullptr;
    RoomReadings m_readings;
    BookingSource m_bookings;
    RuleEngine m_engine;
    std::vector<Override> m_overrides;
    QHash<qint64, qint64> m_emptySince; // override id -> since when its room is seen empty
    QHash<QString, double> m_lastSent;  // "<actuator>/<channel>" -> value last enqueued
    QHash<QString, RoomAutomationStatus> m_status;
    QTimer m_timer;
};

} // namespace atrium

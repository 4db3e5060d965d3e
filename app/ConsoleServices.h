// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookings/BookingPolicy.h"
#include "core/Result.h"
#include "feeds/BrokerSettings.h"
#include "feeds/FeedDiagnostics.h"
#include "feeds/MessageQueue.h"
#include "site/Site.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

namespace atrium {

class AccessEventLog;
class AuditLog;
class AutomationService;
class BadgeStore;
class BookingStore;
class CheckInMonitor;
class Clock;
class ControlChannel;
class DoorService;
class FloorPlan;
class Ingestor;
class LiveState;
class MemberStore;
class MqttSession;
class RollupStore;
class TopicRouter;

// Everything the console runs, built once by main() from the command line: the site and its
// plans, the database, the MQTT session and the ingest pipeline. Owns their lifetimes and
// shuts them down in order (network first, then the ingest queue is drained to disk).
class ConsoleServices : public QObject
{
    Q_OBJECT
public:
    ConsoleServices(const Clock& clock, QObject* parent = nullptr);
    ~ConsoleServices() override;

    // Loads the site and its floor plans, migrates the database; nothing is started yet.
    Status open(const QString& sitePath, const QString& databasePath, const BrokerSettings& broker);
    void start();
    // Stops the feed and writes every message already received. Idempotent.
    void shutdown();

    const Site& site() const { return m_site; }
    const Clock& clock() const { return m_clock; }
    const std::map<QString, std::shared_ptr<FloorPlan>>& floorPlans() const { return m_plans; }
    LiveState* liveState() const { return m_live; }
    RollupStore* rollups() const { return m_rollups.get(); }
    FeedDiagnostics* diagnostics() { return &m_diagnostics; }
    MqttSession* session() const { return m_session; }
    // Members shared by bookings and badges; the audit log of every change a person makes.
    MemberStore* members() const { return m_members; }
    AuditLog* auditLog() const { return m_audit.get(); }
    // Door traffic and actuator commands, on a connection of their own, with the outbox.
    ControlChannel* control() const { return m_control; }
    // Building automation: rules, overrides and why, commands through the control outbox.
    AutomationService* automation() const { return m_automation; }
    // Badges, doors and the access log (doors talk over the control channel).
    BadgeStore* badges() const { return m_badges; }
    DoorService* doors() const { return m_doors; }
    AccessEventLog* accessLog() const { return m_accessLog.get(); }
    // Who is at the console, for the audit log: --operator, else the account's user name.
    QString operatorName() const { return m_operator; }
    void setOperatorName(const QString& name);
    // Bookings (policy from the site file's "bookings" object) and the in-app check-in and
    // release of empty rooms, which starts with start().
    BookingStore* bookings() const { return m_bookings; }
    CheckInMonitor* checkInMonitor() const { return m_checkIn; }
    const BookingPolicy& bookingPolicy() const { return m_bookingPolicy; }
    QString databasePath() const { return m_databasePath; }

    // An admin assigned an unmatched topic to a room: saved to the site file, routed at once.
    Status assignTopic(const QString& topic, const QString& profile, const QString& roomId);

    QHash<QString, double> popularity() const { return m_popularity; }
    // Recomputes the 7-day popularity now (the console's timer does every minute) on a worker
    // thread with its own connection; popularityChanged() follows on this thread. A refresh
    // still running makes this one a no-op.
    void refreshPopularity();
    // Automation's "booked from 14:00" and "until the booking ends" read the booking store.
    void wireAutomationToBookings();

Q_SIGNALS:
    void popularityChanged(const QHash<QString, double>& shares);
    void storageError(const QString& message);

private:
    const Clock& m_clock;
    Site m_site;
    std::map<QString, std::shared_ptr<FloorPlan>> m_plans;
    QString m_databasePath;
    MessageQueue m_queue;
    FeedDiagnostics m_diagnostics;
    std::unique_ptr<TopicRouter> m_router;
    std::unique_ptr<RollupStore> m_rollups;
    MqttSession* m_session = nullptr;
    LiveState* m_live = nullptr;
    Ingestor* m_ingestor = nullptr;
    MemberStore* m_members = nullptr;
    std::unique_ptr<AuditLog> m_audit;
    ControlChannel* m_control = nullptr;
    AutomationService* m_automation = nullptr;
    std::unique_ptr<AccessEventLog> m_accessLog;
    BadgeStore* m_badges = nullptr;
    DoorService* m_doors = nullptr;
    BookingPolicy m_bookingPolicy;
    BookingStore* m_bookings = nullptr;
    CheckInMonitor* m_checkIn = nullptr;
    QString m_operator;
    QTimer m_popularityTimer;
    struct PopularityResult
    {
        QHash<QString, double> shares;
        QString error;
    };
    QFutureWatcher<PopularityResult> m_popularityRun;
    QHash<QString, double> m_popularity;
    bool m_shutDown = false;
};

} // namespace atrium

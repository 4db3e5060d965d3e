// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>

namespace atrium {

class AccessEventLog;
class AuditLog;
class AutomationService;
class BadgeStore;
class BookingStore;
class CheckInMonitor;
class Clock;
class DoorService;
class ControlChannel;
class FeedDiagnostics;
class FloorPlan;
class LiveState;
class MemberStore;
class MqttSession;
class RollupStore;
struct Site;

// The services the console's pages need, built by the composition root (app/main.cpp) and
// handed to MainWindow. Nothing here is owned: everything outlives the window.
struct ConsoleContext
{
    const Site* site = nullptr;
    // floor id -> its loaded plan; a floor whose plan failed to load is simply absent.
    QHash<QString, std::shared_ptr<FloorPlan>> floorPlans;
    LiveState* live = nullptr;
    RollupStore* rollups = nullptr; // may be null: no charts, no popularity
    FeedDiagnostics* diagnostics = nullptr;
    MqttSession* mqtt = nullptr; // may be null: no broker configured
    const Clock* clock = nullptr;
    MemberStore* members = nullptr;          // may be null in page tests that do not need members
    AuditLog* auditLog = nullptr;            // for reading the log; stores write their own lines
    ControlChannel* control = nullptr;       // doors and actuators; may be null: no broker
    AutomationService* automation = nullptr; // rules, overrides, why; may be null in page tests
    QString operatorName;                    // who is at the console, for the audit log
    BookingStore* bookings = nullptr;        // may be null: no bookings page
    CheckInMonitor* checkIn = nullptr;       // may be null: no desk queue, no bookings floor layer
    BadgeStore* badges = nullptr;            // may be null: no badges page
    DoorService* doors = nullptr;            // may be null: no desk reader, no live log (no broker)
    AccessEventLog* accessLog = nullptr;     // with badges
    // Maps an unmatched topic to a room (router + site file). Returns why it failed, in words.
    std::function<Status(const QString& topic, const QString& profile, const QString& roomId)> assignTopic;
};

} // namespace atrium

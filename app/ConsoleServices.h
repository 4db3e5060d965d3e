// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "feeds/BrokerSettings.h"
#include "feeds/FeedDiagnostics.h"
#include "feeds/MessageQueue.h"
#include "site/Site.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

namespace atrium {

class Clock;
class FloorPlan;
class Ingestor;
class LiveState;
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
    QString databasePath() const { return m_databasePath; }

    // An admin assigned an unmatched topic to a room: saved to the site file, routed at once.
    Status assignTopic(const QString& topic, const QString& profile, const QString& roomId);

    QHash<QString, double> popularity() const { return m_popularity; }

Q_SIGNALS:
    void popularityChanged(const QHash<QString, double>& shares);
    void storageError(const QString& message);

private:
    void refreshPopularity();

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
    QTimer m_popularityTimer;
    QHash<QString, double> m_popularity;
    bool m_shutDown = false;
};

} // namespace atrium

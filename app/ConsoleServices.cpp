// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleServices.h"

#include "access/AccessEventLog.h"
#include "access/BadgeStore.h"
#include "access/DoorService.h"
#include "analytics/Popularity.h"
#include "automation/ActuatorLoader.h"
#include "automation/AutomationService.h"
#include "automation/LiveReadings.h"
#include "bookings/BookingPersonalData.h"
#include "bookings/BookingStore.h"
#include "bookings/CheckInMonitor.h"
#include "core/Clock.h"
#include "feeds/ControlChannel.h"
#include "feeds/MqttSession.h"
#include "feeds/TopicRouter.h"
#include "people/MemberStore.h"
#include "site/FloorPlan.h"
#include "site/SiteLoader.h"
#include "site/SiteWriter.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "telemetry/Ingestor.h"
#include "telemetry/LiveState.h"
#include "telemetry/RollupStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcApp, "atrium.app")

namespace atrium {

namespace {
constexpr int kPopularityRefreshMs = 60 * 1000;
constexpr qint64 kPopularityWindowMs = 7LL * 24 * 3600 * 1000;
} // namespace

ConsoleServices::ConsoleServices(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock)
{
    m_operator = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (m_operator.isEmpty())
        m_operator = tr("front desk");
    m_popularityTimer.setInterval(kPopularityRefreshMs);
    connect(&m_popularityTimer, &QTimer::timeout, this, &ConsoleServices::refreshPopularity);
    connect(&m_popularityRun, &QFutureWatcher<PopularityResult>::finished, this, [this] {
        const PopularityResult result = m_popularityRun.result();
        if (!result.error.isEmpty()) {
            qCWarning(lcApp) << "popularity:" << result.error;
            return;
        }
        m_popularity = result.shares;
        Q_EMIT popularityChanged(m_popularity);
    });
}

ConsoleServices::~ConsoleServices()
{
    shutdown();
}

Status ConsoleServices::open(const QString& sitePath, const QString& databasePath, const BrokerSettings& broker)
{
    auto site = SiteLoader::load(sitePath);
    if (!site)
        return Status::failure(site.error());
    m_site = std::move(site).value();

    for (const Floor& floor : m_site.floors) {
        QStringList ids;
        for (const Room* room : m_site.roomsOnFloor(floor.id))
            ids << room->elementId();
        auto plan = FloorPlan::load(floor.planPath, ids);
        if (!plan)
            return Status::failure(plan.error());
        m_plans.emplace(floor.id, plan.value());
    }

    // One database per site, in the user's data folder unless the command line names one.
    m_databasePath = !databasePath.isEmpty() ? databasePath
                                             : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                                   QLatin1Char('/') + m_site.id + QStringLiteral(".sqlite");
    if (Status migrated = Database::migrate(m_databasePath); !migrated)
        return migrated;

    m_router = std::make_unique<TopicRouter>(m_site, m_clock);
    m_rollups = std::make_unique<RollupStore>(m_databasePath);
    m_live = new LiveState(m_site, m_clock, this);
    Ingestor::Options ingestOptions;
    // The daily occupancy summary that makes popularity cheap to read (migration 0006).
    ingestOptions.openingWeights = popularityWeights(m_site);
    ingestOptions.rawRetentionDays = m_site.rawReadingDays;
    m_ingestor = new Ingestor(m_databasePath, m_queue, *m_router, m_clock, m_live, &m_diagnostics, ingestOptions, this);
    connect(m_ingestor, &Ingestor::storageError, this, &ConsoleServices::storageError);

    BrokerSettings settings = broker;
    if (settings.clientId.isEmpty())
        settings.clientId =
            QStringLiteral("atrium-console-%1-%2").arg(m_site.id).arg(QCoreApplication::applicationPid());
    m_session = new MqttSession(settings, this);
    // Receive times come from the console's clock, like every other "now" (live staleness,
    // check-in deadlines): a ManualClock in tests, the system clock in the app.
    m_session->setClock(m_clock);
    m_session->setQueue(&m_queue);
    for (const QString& filter : m_router->subscriptionFilters())
        m_session->subscribe(filter, 1);

    m_audit = std::make_unique<AuditLog>();
    if (Status opened = m_audit->open(m_databasePath); !opened)
        return opened;
    m_members = new MemberStore(m_clock, this);
    if (Status opened = m_members->open(m_databasePath); !opened)
        return opened;
    m_control = new ControlChannel(settings, m_clock, this);
    if (Status opened = m_control->open(m_databasePath); !opened)
        return opened;
    // The site file's actuators, driven through the control channel's outbox.
    auto actuators = m_site.filePath.isEmpty() ? Result<std::vector<Actuator>>(std::vector<Actuator>{})
                                               : ActuatorLoader::load(m_site.filePath, m_site);
    if (!actuators)
        return Status::failure(actuators.error());
    m_automation = new AutomationService(m_site, std::move(actuators).value(), m_clock, this);
    if (Status opened = m_automation->open(m_databasePath); !opened)
        return opened;
    m_automation->setOutbox(m_control->outbox());
    m_automation->setReadings(liveReadings(*m_live));
    // Badges and doors: door traffic on the control channel, allow-lists through its outbox.
    m_accessLog = std::make_unique<AccessEventLog>();
    if (Status opened = m_accessLog->open(m_databasePath); !opened)
        return opened;
    m_badges = new BadgeStore(m_clock, m_site.timeZone, this);
    if (Status opened = m_badges->open(m_databasePath, m_members); !opened)
        return opened;
    m_badges->registerPrivacyHandlers(m_members);
    m_doors = new DoorService(*m_badges, *m_accessLog, m_clock, m_site.id, this);
    m_doors->attach(m_control);

    Result<BookingPolicy> policy = BookingPolicy::fromSiteFile(m_site.filePath);
    if (!policy)
        return Status::failure(policy.error());
    m_bookingPolicy = std::move(policy).value();
    m_bookings = new BookingStore(m_databasePath, m_site, m_bookingPolicy, m_clock, this);
    if (!m_bookings->openError().isEmpty())
        return Status::failure(m_bookings->openError());
    m_bookings->setActor(m_operator);
    // GDPR: a member's export lists their bookings; an erasure blanks their bookings' personal parts.
    m_members->addExportHandler(QStringLiteral("bookings"), &BookingPersonalData::exportMember);
    m_members->addErasureHandler(&BookingPersonalData::eraseMember);
    m_checkIn = new CheckInMonitor(*m_bookings, *m_live, m_site, m_bookingPolicy, m_clock, this);
    // "Only during my booking" doors: an active booking of the door's room by the badge's member.
    m_doors->rules().setBookingCheck(
        [bookings = m_bookings](qint64 memberId, const QString& roomId, const QDateTime& at) {
            const QDateTime utc = at.toUTC();
            for (const Booking& b : bookings->roomBookings(roomId, utc, utc.addSecs(1))) {
                if (b.isActive() && b.memberId == memberId)
                    return true;
            }
            return false;
        });
    wireAutomationToBookings();
    return Status::success();
}

void ConsoleServices::wireAutomationToBookings()
{
    // Automation asks per room every second; the bookings around now are read once and read
    // again when a booking changes or a minute has passed, not queried per room and second.
    struct Window
    {
        qint64 loadedMs = -1;
        std::vector<Booking> bookings; // active, from a day before to a day after loadedMs
    };
    auto window = std::make_shared<Window>();
    connect(m_bookings, &BookingStore::changed, this, [window] { window->loadedMs = -1; });
    auto around = [window, bookings = m_bookings](qint64 nowMs) -> const std::vector<Booking>& {
        constexpr qint64 kReloadMs = 60 * 1000;
        constexpr qint64 kDayMs = 24 * 3600 * 1000;
        if (window->loadedMs < 0 || nowMs - window->loadedMs >= kReloadMs || nowMs < window->loadedMs) {
            window->bookings.clear();
            for (Booking& b : bookings->bookingsBetween(QDateTime::fromMSecsSinceEpoch(nowMs - kDayMs, Qt::UTC),
                                                        QDateTime::fromMSecsSinceEpoch(nowMs + kDayMs, Qt::UTC))) {
                if (b.isActive())
                    window->bookings.push_back(std::move(b));
            }
            window->loadedMs = nowMs;
        }
        return window->bookings;
    };
    auto interval = [](const Booking& b) {
        return BookingInterval{b.start.toMSecsSinceEpoch(), b.end.toMSecsSinceEpoch(), b.staffDisplayTitle()};
    };
    BookingSource source;
    source.current = [around, interval](const QString& roomId, qint64 nowMs) -> std::optional<BookingInterval> {
        for (const Booking& b : around(nowMs)) {
            if (b.roomId == roomId && b.start.toMSecsSinceEpoch() <= nowMs && nowMs < b.end.toMSecsSinceEpoch())
                return interval(b);
        }
        return std::nullopt;
    };
    source.next = [around, interval](const QString& roomId, qint64 nowMs) -> std::optional<BookingInterval> {
        const Booking* next = nullptr;
        for (const Booking& b : around(nowMs)) {
            if (b.roomId == roomId && b.start.toMSecsSinceEpoch() > nowMs && (!next || b.start < next->start))
                next = &b;
        }
        return next ? std::optional<BookingInterval>(interval(*next)) : std::nullopt;
    };
    m_automation->setBookings(std::move(source));
}

void ConsoleServices::start()
{
    m_ingestor->start();
    m_session->start();
    m_control->start();
    m_automation->start(1000); // a second's resolution: overrides end on the second
    m_checkIn->start();
    refreshPopularity();
    m_popularityTimer.start();
}

void ConsoleServices::shutdown()
{
    if (m_shutDown || !m_session)
        return;
    m_shutDown = true;
    m_popularityTimer.stop();
    m_popularityRun.waitForFinished();
    m_checkIn->stop();
    // Network first, so nothing new arrives; then drain what was received into the database.
    // Undelivered control messages stay in the outbox for the next start.
    m_automation->stop();
    m_control->stop();
    m_session->stop();
    m_ingestor->stop();
    const Ingestor::Counters c = m_ingestor->counters();
    qCInfo(lcApp) << "shut down:" << c.messages << "messages," << c.readings << "readings stored," << c.rejected
                  << "refused," << c.unmatched << "unmatched";
}

void ConsoleServices::setOperatorName(const QString& name)
{
    m_operator = name;
    if (m_bookings)
        m_bookings->setActor(name);
}

Status ConsoleServices::assignTopic(const QString& topic, const QString& profile, const QString& roomId)
{
    if (!m_site.room(roomId))
        return Status::failure(tr("There is no room \"%1\" on this site.").arg(roomId));
    Sensor sensor;
    sensor.id = SiteWriter::sensorIdForTopic(topic);
    sensor.topic = topic;
    sensor.profile = profile;
    sensor.roomId = roomId;
    if (Status saved = SiteWriter::addSensor(m_site.filePath, sensor); !saved)
        return saved;
    m_site.sensors.push_back(sensor);
    m_router->assign(sensor);
    m_live->setExpectedInterval(sensor.id, sensor.expectedIntervalS);
    m_diagnostics.forgetUnmatched(topic);
    return Status::success();
}

void ConsoleServices::refreshPopularity()
{
    if (m_popularityRun.isRunning())
        return;
    const qint64 now = m_clock.nowMs();
    const PopularityPeriod period{now - kPopularityWindowMs, now};
    // ~85 ms for 300 rooms from the 15-minute rollups (docs/PERFORMANCE.md): never on the GUI
    // thread. The worker gets its own copy of the site and its own connection.
    m_popularityRun.setFuture(QtConcurrent::run([site = m_site, path = m_databasePath, period] {
        const RollupStore store(path);
        auto shares = loadPopularity(site, store, period);
        return shares ? PopularityResult{shares.value(), QString()} : PopularityResult{{}, shares.error()};
    }));
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/ControlChannel.h"

#include "core/Clock.h"
#include "feeds/CommandOutbox.h"
#include "feeds/MqttSession.h"
#include "feeds/TopicRouter.h"

#include <QCoreApplication>
#include <QPointer>

namespace atrium {

namespace {
// How often the queue is looked at: a door answer leaves within this much after its request.
constexpr int kDrainIntervalMs = 5;
} // namespace

ControlChannel::ControlChannel(BrokerSettings settings, const Clock& clock, QObject* parent) : QObject(parent)
{
    settings.clientId =
        (settings.clientId.isEmpty() ? QStringLiteral("atrium-%1").arg(QCoreApplication::applicationPid())
                                     : settings.clientId) +
        QStringLiteral("-control");
    m_session = new MqttSession(settings, this);
    m_session->setClock(clock);
    m_session->setQueue(&m_queue);
    m_outbox = new CommandOutbox(clock, this);
    m_drain.setInterval(kDrainIntervalMs);
    connect(&m_drain, &QTimer::timeout, this, &ControlChannel::dispatch);
}

ControlChannel::~ControlChannel()
{
    stop();
}

Status ControlChannel::open(const QString& databasePath)
{
    if (Status opened = m_outbox->open(databasePath); !opened)
        return opened;
    m_outbox->attach(m_session);
    return Status::success();
}

void ControlChannel::subscribe(const QString& filter, QObject* context, Handler handler, int qos)
{
    m_routes.push_back({filter, context, std::move(handler)});
    m_session->subscribe(filter, qos);
    // A context destroyed before the channel takes its routes with it.
    connect(context, &QObject::destroyed, this,
            [this](QObject* gone) { std::erase_if(m_routes, [gone](const Route& r) { return r.context == gone; }); });
}

void ControlChannel::start()
{
    m_session->start();
    m_drain.start();
}

void ControlChannel::stop()
{
    m_drain.stop();
    m_session->stop();
    dispatch(); // what arrived before the stop is still handled
}

void ControlChannel::dispatch()
{
    m_batch.clear();
    m_queue.takeAll(m_batch);
    if (m_batch.empty())
        return;
    // A handler may subscribe or destroy a context: walk a copy.
    const std::vector<Route> routes = m_routes;
    for (const RawMessage& message : m_batch) {
        const QString topic = QString::fromUtf8(message.topic);
        for (const Route& route : routes) {
            if (topicMatchesFilter(topic, route.filter))
                route.handler(message);
        }
    }
}

} // namespace atrium

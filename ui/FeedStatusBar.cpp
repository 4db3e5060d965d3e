// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedStatusBar.h"

#include "core/Clock.h"
#include "feeds/FeedDiagnostics.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

#include <cmath>

namespace atrium {

namespace {
// Green, amber, red and grey that keep their meaning next to the words (the words carry it
// for colour-blind users; the dot is a second cue).
const QColor kConnected(0x1a, 0x8f, 0x3c);
const QColor kConnecting(0xd9, 0x8c, 0x00);
const QColor kDisconnected(0xc6, 0x28, 0x28);
const QColor kNoBroker(0x80, 0x80, 0x80);
} // namespace

FeedStatusBar::FeedStatusBar(MqttSession* session, FeedDiagnostics* diagnostics, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_session(session), m_diagnostics(diagnostics), m_clock(clock)
{
    setObjectName(QStringLiteral("feedStatus"));
    m_dot = new QLabel(this);
    m_dot->setObjectName(QStringLiteral("connectionDot"));
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("messageRate"));
    m_rate->setToolTip(tr("Messages received from the broker per second"));
    m_refused = new QToolButton(this);
    m_refused->setObjectName(QStringLiteral("refusedButton"));
    m_refused->setAutoRaise(true);
    m_refused->setToolTip(tr("Payloads the console could not read. Click to see them under Diagnostics."));
    m_storage = new QLabel(this);
    m_storage->setObjectName(QStringLiteral("storageError"));
    m_storage->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_storage->hide();
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("siteTime"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(8);
    layout->addWidget(m_storage);
    layout->addWidget(m_dot);
    layout->addWidget(m_connection);
    layout->addWidget(m_rate);
    layout->addWidget(m_refused);
    layout->addWidget(m_time);

    connect(m_refused, &QToolButton::clicked, this, &FeedStatusBar::diagnosticsRequested);
    if (m_session) {
        connect(m_session, &MqttSession::stateChanged, this, &FeedStatusBar::onStateChanged);
        onStateChanged(m_session->state(), m_session->state() == MqttSession::State::Disconnected
                                               ? tr("Not connected to %1").arg(m_session->settings().displayUrl())
                                               : QString());
        m_lastReceived = m_session->messagesReceived();
    } else {
        setDot(kNoBroker);
        m_connection->setText(tr("No broker configured"));
        m_connection->setAccessibleName(m_connection->text());
    }
    m_lastSampleMs = m_clock.nowMs();
    m_sampler.setInterval(1000);
    connect(&m_sampler, &QTimer::timeout, this, &FeedStatusBar::sample);
    m_sampler.start();
    m_storageExpiry.setSingleShot(true);
    m_storageExpiry.setInterval(60'000); // the ingestor retries; a minute without errors clears it
    connect(&m_storageExpiry, &QTimer::timeout, m_storage, &QLabel::hide);
    sample();
}

void FeedStatusBar::setDot(const QColor& color)
{
    m_dotColor = color;
    const int size = fontMetrics().height() * 2 / 3;
    QPixmap dot(size, size);
    dot.fill(Qt::transparent);
    QPainter p(&dot);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
    p.end();
    m_dot->setPixmap(dot);
}

void FeedStatusBar::onStateChanged(MqttSession::State state, const QString& detail)
{
    QString words;
    switch (state) {
    case MqttSession::State::Connected:
        setDot(kConnected);
        words = tr("Connected");
        break;
    case MqttSession::State::Connecting:
        setDot(kConnecting);
        words = tr("Connecting…");
        break;
    case MqttSession::State::Reconnecting:
        setDot(kConnecting);
        words = tr("Reconnecting…");
        break;
    case MqttSession::State::Disconnected:
        setDot(kDisconnected);
        words = tr("Disconnected");
        break;
    }
    // The session's detail already names the broker and what happens next.
    m_connection->setText(detail.isEmpty() ? words : detail);
    m_connection->setToolTip(detail);
    m_connection->setAccessibleName(tr("Broker: %1").arg(m_connection->text()));
}

void FeedStatusBar::sample()
{
    const qint64 now = m_clock.nowMs();
    if (m_session) {
        const quint64 received = m_session->messagesReceived();
        const qint64 elapsed = now - m_lastSampleMs;
        if (elapsed > 0) {
            const double rate = double(received - m_lastReceived) * 1000.0 / double(elapsed);
            //: messages per second from the broker
            m_rate->setText(tr("%1 msg/s").arg(QLocale().toString(std::lround(rate))));
        }
        m_lastReceived = received;
    } else {
        m_rate->setText(QString());
    }
    m_lastSampleMs = now;
    m_time->setText(siteTimeText());
    m_time->setAccessibleName(tr("Site time: %1").arg(m_time->text()));
    const quint64 refused = m_diagnostics ? m_diagnostics->rejectedTotal() : 0;
    m_refused->setText(tr("%1 refused").arg(QLocale().toString(refused)));
    m_refused->setAccessibleName(tr("%1 refused payloads, open Diagnostics").arg(refused));
}

void FeedStatusBar::showStorageError(const QString& message)
{
    const QString time =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).time(), QLocale::ShortFormat);
    //: %1 time of day, %2 what went wrong; readings are kept and written again
    m_storage->setText(tr("%1 Database problem, retrying: %2").arg(time, message));
    m_storage->setToolTip(message);
    m_storage->setAccessibleName(m_storage->text());
    m_storage->show();
    m_storageExpiry.start();
}

QString FeedStatusBar::connectionText() const
{
    return m_connection->text();
}

QString FeedStatusBar::rateText() const
{
    return m_rate->text();
}

QString FeedStatusBar::refusedText() const
{
    return m_refused->text();
}

QString FeedStatusBar::storageErrorText() const
{
    return m_storage->isHidden() ? QString() : m_storage->text();
}

} // namespace atrium

namespace atrium {

void FeedStatusBar::setSiteTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    m_time->setToolTip(tr("Local time at the site (%1)").arg(QString::fromUtf8(zone.id())));
    sample();
}

QString FeedStatusBar::siteTimeText() const
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), m_zone);
    //: status bar clock: weekday, day, month and time in the site's time zone
    return QLocale().toString(now, tr("ddd d MMM, HH:mm"));
}

} // namespace atrium

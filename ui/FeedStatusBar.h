// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/MqttSession.h"

#include <QTimeZone>
#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace atrium {

class Clock;
class FeedDiagnostics;

// The feed at a glance, for the main window's status bar: broker connection (coloured dot and
// words, the session's own detail such as "Reconnecting to ... in 4 s"), messages received
// per second (sampled once a second), refused payloads (a button that opens Diagnostics), and
// the last storage error while it is recent.
class FeedStatusBar : public QWidget
{
    Q_OBJECT
public:
    FeedStatusBar(MqttSession* session, FeedDiagnostics* diagnostics, const Clock& clock, QWidget* parent = nullptr);

    QString connectionText() const;
    QColor connectionColor() const { return m_dotColor; }
    QString rateText() const;
    QString refusedText() const;
    QString storageErrorText() const;
    QString siteTimeText() const;

    // The site's local time is shown too: the floor is "as of now, there".
    void setSiteTimeZone(const QTimeZone& zone);

public Q_SLOTS:
    void showStorageError(const QString& message);
    void sample(); // once a second by its own timer; public for tests

Q_SIGNALS:
    void diagnosticsRequested();

private:
    void onStateChanged(MqttSession::State state, const QString& detail);
    void setDot(const QColor& color);

    MqttSession* m_session;
    FeedDiagnostics* m_diagnostics;
    const Clock& m_clock;
    QLabel* m_dot = nullptr;
    QLabel* m_connection = nullptr;
    QLabel* m_rate = nullptr;
    QToolButton* m_refused = nullptr;
    QLabel* m_storage = nullptr;
    QLabel* m_time = nullptr;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QColor m_dotColor;
    QTimer m_sampler;
    QTimer m_storageExpiry;
    quint64 m_lastReceived = 0;
    qint64 m_lastSampleMs = 0;
};

} // namespace atrium

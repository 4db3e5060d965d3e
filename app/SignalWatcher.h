// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace atrium {

// Turns SIGINT and SIGTERM into a Qt signal on the GUI thread (self-pipe: the handler only
// writes a byte), so Ctrl+C or a service stop shuts the console down cleanly: pending
// readings are flushed, nothing received is lost.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace atrium

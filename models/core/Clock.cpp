// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"

#include <QDateTime>

namespace atrium {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

const Clock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace atrium

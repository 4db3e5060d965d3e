// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessMemory.h"

#include <QByteArray>
#include <QFile>

namespace atrium::bench {

namespace {
double statusField(const QByteArray& name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(name + ':')) {
            // "VmHWM:	  123456 kB"
            const QByteArray kb = line.mid(name.size() + 1).trimmed().split(' ').value(0);
            bool ok = false;
            const double value = kb.toDouble(&ok);
            return ok ? value / 1024.0 : -1;
        }
    }
    return -1;
}
} // namespace

double peakResidentMiB()
{
    return statusField("VmHWM");
}

double residentMiB()
{
    return statusField("VmRSS");
}

bool resetPeakResident()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

} // namespace atrium::bench

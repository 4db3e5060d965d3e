// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "site/Site.h"

#include <QByteArray>
#include <QString>

namespace atrium::bench {

// A generated building: one floor of 300 rooms drawn as a 20 x 15 grid in a 1920 x 1080 SVG,
// and 1,000 zigbee2mqtt sensors on exact topics, sensor i in room i % 300 (so every room has
// three or four). Every third sensor is a presence sensor, the others air-quality sensors;
// each payload carries four stored values (plus linkquality, which is not stored), ~100 bytes
// like a real zigbee2mqtt device state.
class BenchSite
{
public:
    static constexpr int kRooms = 300;
    static constexpr int kSensors = 1000;
    static constexpr int kValuesPerMessage = 4;
    static inline const QString kFloorId = QStringLiteral("floor-1");

    // Writes the plan into `folder` (which must exist); an empty string on success, else why not.
    QString generate(const QString& folder);

    const Site& site() const { return m_site; }
    QString planPath() const { return m_planPath; }
    // The same building as a site file next to the plan, for the console itself (stall_ms,
    // startup_ms): written by generate().
    QString sitePath() const { return m_sitePath; }

    static QString roomId(int room);
    static QByteArray topic(int sensor);
    // The payload of message `seq` (sent by sensor seq % kSensors): values drift with seq so
    // consecutive messages differ, as a live building's would.
    static QByteArray payload(quint64 seq);

private:
    QString writeSiteFile(const QString& folder);

    Site m_site;
    QString m_planPath;
    QString m_sitePath;
};

} // namespace atrium::bench

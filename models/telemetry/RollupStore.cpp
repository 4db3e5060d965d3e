// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/RollupStore.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace atrium {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::RollupStore", text);
}

// The connection, opened on first use on the calling thread (the owner's thread).
Result<QSqlDatabase> connection(const QString& path, const QString& name)
{
    auto opened = Database::openConnection(path, name);
    if (!opened)
        return Result<QSqlDatabase>::failure(opened.error());
    return QSqlDatabase::database(name, false);
}

} // namespace

RollupStore::RollupStore(QString databasePath)
    : m_path(std::move(databasePath)), m_connection(Database::uniqueConnectionName(QStringLiteral("atrium-rollups")))
{}

RollupStore::~RollupStore()
{
    if (QSqlDatabase::contains(m_connection))
        Database::closeConnection(m_connection);
}

Result<std::vector<RollupBucket>> RollupStore::buckets(const QString& roomId, Metric metric, qint64 fromMs,
                                                       qint64 toMs) const
{
    using R = Result<std::vector<RollupBucket>>;
    auto db = connection(m_path, m_connection);
    if (!db)
        return R::failure(db.error());
    std::vector<RollupBucket> out;
    {
        QSqlQuery q(*db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT bucket, n, sum, min, max, occupied_s FROM rollup "
                                 "WHERE room = ? AND metric = ? AND bucket >= ? AND bucket < ? ORDER BY bucket"));
        q.addBindValue(roomId);
        q.addBindValue(int(metric));
        q.addBindValue(fromMs);
        q.addBindValue(toMs);
        if (!q.exec())
            return R::failure(
                tr("Cannot read the rollups of room %1 (%2): %3").arg(roomId, metricKey(metric), q.lastError().text()));
        while (q.next()) {
            RollupBucket b;
            b.startMs = q.value(0).toLongLong();
            b.count = q.value(1).toLongLong();
            b.sum = q.value(2).toDouble();
            b.min = q.value(3).toDouble(); // NULL (occupied time only, count 0) reads as 0
            b.max = q.value(4).toDouble();
            b.occupiedS = q.value(5).toDouble();
            out.push_back(b);
        }
    }
    return out;
}

Result<std::vector<RollupStore::OccupiedBucket>> RollupStore::occupiedBuckets(qint64 fromMs, qint64 toMs) const
{
    using R = Result<std::vector<OccupiedBucket>>;
    auto db = connection(m_path, m_connection);
    if (!db)
        return R::failure(db.error());
    std::vector<OccupiedBucket> out;
    {
        QSqlQuery q(*db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT room, bucket, occupied_s FROM rollup WHERE metric = ? AND bucket >= ? "
                                 "AND bucket < ? AND occupied_s > 0"));
        q.addBindValue(int(Metric::Occupancy));
        q.addBindValue(fromMs);
        q.addBindValue(toMs);
        if (!q.exec())
            return R::failure(tr("Cannot read the occupancy rollups: %1").arg(q.lastError().text()));
        while (q.next())
            out.push_back(OccupiedBucket{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toDouble()});
    }
    return out;
}

Result<std::optional<QHash<QString, double>>> RollupStore::openOccupiedSeconds(const QString& basis, qint64 fromDayMs,
                                                                               qint64 toDayMs) const
{
    using R = Result<std::optional<QHash<QString, double>>>;
    auto db = connection(m_path, m_connection);
    if (!db)
        return R::failure(db.error());
    // One read transaction: the basis and the sums come from the same snapshot, even while the
    // writer recomputes the table.
    if (!db->transaction())
        return R::failure(tr("Cannot read the daily occupancy: %1").arg(db->lastError().text()));
    std::optional<QHash<QString, double>> out;
    QString error;
    {
        QSqlQuery q(*db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT basis FROM occupancy_day_basis WHERE id = 1")))
            error = q.lastError().text();
        const bool current = error.isEmpty() && q.next() && !basis.isEmpty() && q.value(0).toString() == basis;
        q.finish();
        if (current) {
            out.emplace();
            q.prepare(QStringLiteral("SELECT room, total(open_occupied_s) FROM occupancy_day "
                                     "WHERE day >= ? AND day < ? GROUP BY room"));
            q.addBindValue(fromDayMs);
            q.addBindValue(toDayMs);
            if (!q.exec())
                error = q.lastError().text();
            while (error.isEmpty() && q.next())
                out->insert(q.value(0).toString(), q.value(1).toDouble());
        }
    }
    db->commit();
    if (!error.isEmpty())
        return R::failure(tr("Cannot read the daily occupancy: %1").arg(error));
    return out;
}

} // namespace atrium

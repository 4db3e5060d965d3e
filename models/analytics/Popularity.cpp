// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/Popularity.h"

#include "telemetry/RollupAccumulator.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace atrium {

namespace {

struct Interval
{
    qint64 fromMs;
    qint64 toMs;
};

// Wall-clock minute of a local date as UTC ms. Built from the local date and time (never by
// adding seconds to midnight), so that 08:00 stays 08:00 on the 23 h and 25 h DST days.
qint64 localMinuteToMs(const QDate& date, int minute, const QTimeZone& zone)
{
    const QDate day = date.addDays(minute / (24 * 60));
    const int rest = minute % (24 * 60);
    return QDateTime(day, QTime(rest / 60, rest % 60), zone).toMSecsSinceEpoch();
}

// Opening intervals (UTC ms) that overlap [fromMs, toMs), clipped to it, in time order.
std::vector<Interval> openingIntervals(const OpeningHours& hours, const QTimeZone& zone, qint64 fromMs, qint64 toMs)
{
    std::vector<Interval> intervals;
    if (toMs <= fromMs)
        return intervals;
    // One day of margin on both sides covers opening hours that run past midnight.
    const QDate first = QDateTime::fromMSecsSinceEpoch(fromMs, zone).date().addDays(-1);
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs, zone).date().addDays(1);
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        const OpeningHours::Day& day = hours.days[size_t(date.dayOfWeek() - 1)];
        if (!day.open || day.closeMinute <= day.openMinute)
            continue;
        const qint64 open = std::max(fromMs, localMinuteToMs(date, day.openMinute, zone));
        const qint64 close = std::min(toMs, localMinuteToMs(date, day.closeMinute, zone));
        if (close > open)
            intervals.push_back({open, close});
    }
    return intervals;
}

qint64 overlapMs(const std::vector<Interval>& intervals, qint64 fromMs, qint64 toMs)
{
    // First interval that ends after fromMs; intervals are sorted and disjoint.
    auto it = std::upper_bound(intervals.begin(), intervals.end(), fromMs,
                               [](qint64 t, const Interval& interval) { return t < interval.toMs; });
    qint64 total = 0;
    for (; it != intervals.end() && it->fromMs < toMs; ++it)
        total += std::max<qint64>(0, std::min(toMs, it->toMs) - std::max(fromMs, it->fromMs));
    return total;
}

} // namespace

double openingSeconds(const OpeningHours& hours, const QTimeZone& zone, qint64 fromMs, qint64 toMs)
{
    qint64 total = 0;
    for (const Interval& interval : openingIntervals(hours, zone, fromMs, toMs))
        total += interval.toMs - interval.fromMs;
    return double(total) / 1000.0;
}

namespace {

// Adds each bucket's occupied time inside the opening intervals to its room (known rooms only).
void addOpenOccupied(QHash<QString, double>& occupiedS, const std::vector<RollupStore::OccupiedBucket>& buckets,
                     const std::vector<Interval>& open)
{
    for (const RollupStore::OccupiedBucket& bucket : buckets) {
        auto it = occupiedS.find(bucket.roomId);
        if (it == occupiedS.end() || bucket.occupiedS <= 0.0)
            continue;
        // Only the part of a bucket inside opening hours counts; a bucket lies wholly inside
        // or outside for hours on the quarter, and is prorated otherwise.
        const qint64 inside = overlapMs(open, bucket.startMs, bucket.startMs + kRollupBucketMs);
        *it += bucket.occupiedS * double(inside) / double(kRollupBucketMs);
    }
}

QHash<QString, double> zeroPerRoom(const Site& site)
{
    QHash<QString, double> occupiedS;
    for (const Room& room : site.rooms)
        occupiedS.insert(room.id, 0.0);
    return occupiedS;
}

QHash<QString, double> shares(const QHash<QString, double>& occupiedS, const std::vector<Interval>& open)
{
    qint64 openMs = 0;
    for (const Interval& interval : open)
        openMs += interval.toMs - interval.fromMs;
    QHash<QString, double> out;
    for (auto it = occupiedS.cbegin(); it != occupiedS.cend(); ++it) {
        const double share = openMs > 0 ? it.value() / (double(openMs) / 1000.0) : 0.0;
        // Clamp: a sensor counting overlapping intervals could report more than the bucket.
        out.insert(it.key(), std::clamp(share, 0.0, 1.0));
    }
    return out;
}

} // namespace

QHash<QString, double> computePopularity(const Site& site, const std::vector<RollupStore::OccupiedBucket>& buckets,
                                         PopularityPeriod period)
{
    QHash<QString, double> occupiedS = zeroPerRoom(site);
    const std::vector<Interval> open = openingIntervals(site.openingHours, site.timeZone, period.fromMs, period.toMs);
    addOpenOccupied(occupiedS, buckets, open);
    return shares(occupiedS, open);
}

OpeningWeights popularityWeights(const Site& site)
{
    QStringList days;
    for (const OpeningHours::Day& day : site.openingHours.days)
        days << (day.open ? QStringLiteral("%1-%2").arg(day.openMinute).arg(day.closeMinute) : QStringLiteral("-"));
    OpeningWeights weights;
    weights.basis = QString::fromUtf8(site.timeZone.id()) + QLatin1Char(' ') + days.join(QLatin1Char(','));
    // Each copy keeps its own cache (the writer's thread has one): a bucket's share needs a few
    // time-zone conversions, and the same buckets come back batch after batch.
    weights.share = [hours = site.openingHours, zone = site.timeZone,
                     cache = QHash<qint64, double>()](qint64 bucketStartMs) mutable {
        auto it = cache.constFind(bucketStartMs);
        if (it != cache.cend())
            return *it;
        if (cache.size() > 100000)
            cache.clear();
        const double share =
            openingSeconds(hours, zone, bucketStartMs, bucketStartMs + kRollupBucketMs) * 1000.0 / kRollupBucketMs;
        cache.insert(bucketStartMs, share);
        return share;
    };
    return weights;
}

Result<QHash<QString, double>> loadPopularity(const Site& site, const RollupStore& store, PopularityPeriod period)
{
    using R = Result<QHash<QString, double>>;
    QHash<QString, double> occupiedS = zeroPerRoom(site);
    const std::vector<Interval> open = openingIntervals(site.openingHours, site.timeZone, period.fromMs, period.toMs);
    // Whole UTC days from the summary, the ends from the rollups.
    const qint64 firstDay = RollupAccumulator::dayStart(period.fromMs + kRollupDayMs - 1);
    const qint64 lastDay = RollupAccumulator::dayStart(period.toMs);
    std::optional<QHash<QString, double>> days;
    if (firstDay < lastDay) {
        auto summary = store.openOccupiedSeconds(popularityWeights(site).basis, firstDay, lastDay);
        if (!summary)
            return R::failure(summary.error());
        days = std::move(summary).value();
    }
    auto addRange = [&](qint64 fromMs, qint64 toMs) -> QString {
        if (toMs <= fromMs)
            return QString();
        auto buckets = store.occupiedBuckets(fromMs, toMs);
        if (!buckets)
            return buckets.error();
        addOpenOccupied(occupiedS, buckets.value(), open);
        return QString();
    };
    QString error;
    if (days) {
        for (auto it = days->cbegin(); it != days->cend(); ++it) {
            if (auto room = occupiedS.find(it.key()); room != occupiedS.end())
                *room += it.value();
        }
        error = addRange(period.fromMs, firstDay);
        if (error.isEmpty())
            error = addRange(lastDay, period.toMs);
    } else {
        error = addRange(period.fromMs, period.toMs);
    }
    if (!error.isEmpty())
        return R::failure(error);
    return shares(occupiedS, open);
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchReport.h"

#include <QStringList>

#include <cmath>

namespace atrium::bench {

namespace {

double ratio(double a, double b)
{
    return b > 0 ? a / b : 0.0;
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QString line(const QString& name, const QString& value, const QString& target = {})
{
    return QStringLiteral("%1 %2 %3").arg(name, -24).arg(value, 16).arg(target).trimmed();
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

QString BenchReport::table() const
{
    QStringList lines;
    lines << QStringLiteral("atrium-bench: %1 messages from 1000 zigbee2mqtt sensors in 300 rooms").arg(messages);
    lines << line(QStringLiteral("figure"), QStringLiteral("value"), QStringLiteral("target"));
    for (int qos = 0; qos < 2; ++qos) {
        const QString q = QStringLiteral(" (QoS %1)").arg(qos);
        if (receive[qos]) {
            lines << line(QStringLiteral("receive_rate") + q,
                          number(receive[qos]->rate(), 0) + QStringLiteral(" msg/s"));
            if (receive[qos]->lost() > 0)
                lines << line(QStringLiteral("receive_lost") + q, QString::number(receive[qos]->lost()));
        }
        if (ingest[qos]) {
            lines << line(QStringLiteral("ingest_rate") + q, number(ingest[qos]->rate(), 0) + QStringLiteral(" msg/s"));
            if (receive[qos]) {
                QString value = number(ratio(ingest[qos]->rate(), receive[qos]->rate()), 2);
                if (ratios[qos].size() > 1)
                    value += QStringLiteral(" (%1 rounds: %2-%3)")
                                 .arg(ratios[qos].size())
                                 .arg(number(ratios[qos].front(), 2), number(ratios[qos].back(), 2));
                lines << line(QStringLiteral("ingest_ratio") + q, value, QStringLiteral(">= 0.8"));
            }
            lines << line(QStringLiteral("lost") + q, QString::number(std::max(worstLost[qos], ingest[qos]->lost())),
                          qos == 1 ? QStringLiteral("0") : QStringLiteral("(reported)"));
            lines << line(QStringLiteral("peak_rss") + q, number(ingest[qos]->peakMiB, 0) + QStringLiteral(" MiB"),
                          QStringLiteral("<= 300"));
        }
    }
    if (store) {
        lines << line(QStringLiteral("store Atrium"), number(store->atriumRowsPerS(), 0) + QStringLiteral(" rows/s"));
        lines << line(QStringLiteral("store sqlite3 C API"),
                      number(store->plainRowsPerS(), 0) + QStringLiteral(" rows/s"));
        lines << line(QStringLiteral("store_ratio"), number(store->ratio(), 2), QStringLiteral(">= 0.5"));
    }
    if (decodeRate > 0)
        lines << line(QStringLiteral("decode_rate"), number(decodeRate, 0) + QStringLiteral(" msg/s"));
    if (query) {
        lines << line(QStringLiteral("query_ms popularity 90 d"), number(query->popularityMs, 1),
                      QStringLiteral("<= 50"));
        lines << line(QStringLiteral("  from 15-min rollups"), number(query->rollupsMs, 1));
        lines << line(QStringLiteral("  of which SQL fetch"), number(query->popularityFetchMs, 1));
        lines << line(QStringLiteral("  daily summary built"), number(query->summarySeconds, 1) + QStringLiteral(" s"));
        lines << line(QStringLiteral("query_ms chart 24 h"), number(query->chartMs, 2), QStringLiteral("<= 50"));
    }
    if (render) {
        lines << line(QStringLiteral("render_ms_p50"), number(render->p50Ms, 2));
        lines << line(QStringLiteral("render_ms_p99"), number(render->p99Ms, 2), QStringLiteral("<= 8"));
    }
    if (stall) {
        lines << line(QStringLiteral("stall_ms"), number(stall->maxGapMs, 1), QStringLiteral("<= 50"));
        lines << line(QStringLiteral("  same, without load"), number(stall->idleGapMs, 1));
        lines << line(QStringLiteral("  while publishing"), number(stall->rate, 0) + QStringLiteral(" msg/s for ") +
                                                                number(stall->seconds, 0) + QStringLiteral(" s"));
    }
    if (startup) {
        lines << line(QStringLiteral("startup_ms"), number(startup->medianMs, 0), QStringLiteral("<= 1000"));
        lines << line(QStringLiteral("  first of %1 runs").arg(startup->runs), number(startup->firstMs, 0));
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonObject BenchReport::json() const
{
    QJsonObject o;
    o.insert(QStringLiteral("messages"), double(messages));
    o.insert(QStringLiteral("rounds"), double(rounds));
    double peak = -1;
    for (int qos = 0; qos < 2; ++qos) {
        QJsonObject q;
        if (receive[qos]) {
            q.insert(QStringLiteral("receive_rate"), rounded(receive[qos]->rate(), 0));
            q.insert(QStringLiteral("receive_lost"), double(receive[qos]->lost()));
        }
        if (ingest[qos]) {
            q.insert(QStringLiteral("ingest_rate"), rounded(ingest[qos]->rate(), 0));
            if (receive[qos]) {
                q.insert(QStringLiteral("ingest_ratio"), rounded(ratio(ingest[qos]->rate(), receive[qos]->rate()), 3));
                if (!ratios[qos].empty()) {
                    q.insert(QStringLiteral("ingest_ratio_min"), rounded(ratios[qos].front(), 3));
                    q.insert(QStringLiteral("ingest_ratio_max"), rounded(ratios[qos].back(), 3));
                }
            }
            q.insert(QStringLiteral("published"), double(ingest[qos]->published));
            q.insert(QStringLiteral("stored"), double(ingest[qos]->delivered));
            q.insert(QStringLiteral("lost"), double(std::max(worstLost[qos], ingest[qos]->lost())));
            q.insert(QStringLiteral("peak_rss_mb"), rounded(ingest[qos]->peakMiB, 1));
            peak = std::max(peak, ingest[qos]->peakMiB);
        }
        if (!q.isEmpty())
            o.insert(QStringLiteral("qos%1").arg(qos), q);
    }
    if (peak >= 0)
        o.insert(QStringLiteral("peak_rss_mb"), rounded(peak, 1));
    if (store) {
        o.insert(QStringLiteral("store_rows"), double(store->rows));
        o.insert(QStringLiteral("store_rate_atrium"), rounded(store->atriumRowsPerS(), 0));
        o.insert(QStringLiteral("store_rate_sqlite"), rounded(store->plainRowsPerS(), 0));
        o.insert(QStringLiteral("store_ratio"), rounded(store->ratio(), 3));
    }
    if (decodeRate > 0)
        o.insert(QStringLiteral("decode_rate"), rounded(decodeRate, 0));
    if (query) {
        o.insert(QStringLiteral("query_ms"), rounded(std::max(query->popularityMs, query->chartMs), 2));
        o.insert(QStringLiteral("query_ms_popularity"), rounded(query->popularityMs, 2));
        o.insert(QStringLiteral("query_ms_popularity_rollups"), rounded(query->rollupsMs, 2));
        o.insert(QStringLiteral("query_ms_popularity_fetch"), rounded(query->popularityFetchMs, 2));
        o.insert(QStringLiteral("query_summary_seconds"), rounded(query->summarySeconds, 2));
        o.insert(QStringLiteral("query_ms_chart"), rounded(query->chartMs, 2));
        o.insert(QStringLiteral("query_days"), query->days);
        o.insert(QStringLiteral("query_rollup_rows"), double(query->rollupRows));
        o.insert(QStringLiteral("query_occupied_buckets"), double(query->occupiedBuckets));
    }
    if (render) {
        o.insert(QStringLiteral("render_frames"), render->frames);
        o.insert(QStringLiteral("render_ms_p50"), rounded(render->p50Ms, 3));
        o.insert(QStringLiteral("render_ms_p99"), rounded(render->p99Ms, 3));
    }
    if (stall) {
        o.insert(QStringLiteral("stall_ms"), rounded(stall->maxGapMs, 2));
        o.insert(QStringLiteral("stall_ms_idle"), rounded(stall->idleGapMs, 2));
        o.insert(QStringLiteral("stall_rate"), rounded(stall->rate, 0));
        o.insert(QStringLiteral("stall_seconds"), rounded(stall->seconds, 2));
        o.insert(QStringLiteral("stall_published"), double(stall->published));
        o.insert(QStringLiteral("stall_ticks"), double(stall->ticks));
    }
    if (startup) {
        o.insert(QStringLiteral("startup_ms"), rounded(startup->medianMs, 1));
        o.insert(QStringLiteral("startup_ms_first"), rounded(startup->firstMs, 1));
        o.insert(QStringLiteral("startup_runs"), startup->runs);
    }
    return o;
}

} // namespace atrium::bench

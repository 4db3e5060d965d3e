// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace atrium::bench {

class BenchSite;

struct FlowFigures
{
    int qos = 0;
    quint64 published = 0;
    quint64 delivered = 0; // received (raw subscriber) or stored (console pipeline), in messages
    double seconds = 0.0;  // first publish to the last message received / stored
    double peakMiB = -1;   // VmHWM of the bench process during the run (-1: not measured)
    QString error;         // non-empty: the run failed, and why
    double rate() const { return seconds > 0 ? delivered / seconds : 0.0; }
    quint64 lost() const { return published > delivered ? published - delivered : 0; }
};

// N messages published as fast as the broker takes them, received by a libmosquitto client
// that only counts them: the limit of this machine and broker.
FlowFigures measureReceive(quint16 port, int qos, quint64 messages);

// The same N messages through the console's pipeline without its windows: MqttSession ->
// MessageQueue -> Ingestor (TopicRouter, zigbee2mqtt decoder, ReadingWriter with rollups) ->
// LiveState folded on this (GUI) thread, into a fresh database at `databasePath`.
FlowFigures measureIngest(const BenchSite& site, quint16 port, int qos, quint64 messages, const QString& databasePath);

} // namespace atrium::bench

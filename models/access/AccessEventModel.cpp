// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/AccessEventModel.h"

#include "access/BadgeStore.h"
#include "access/DoorService.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace atrium {

namespace {
constexpr int kCoalesceMs = 200;
}

AccessEventModel::AccessEventModel(const AccessEventLog& log, const BadgeStore& badges, QObject* parent)
    : QAbstractTableModel(parent), m_log(log), m_badges(badges)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &AccessEventModel::refresh);
    // Names change when a member is erased or a badge changes hands.
    connect(&badges, &BadgeStore::badgesChanged, this, [this] { m_coalesce.start(); });
    refresh();
}

void AccessEventModel::follow(DoorService* doors)
{
    if (!doors)
        return;
    connect(doors, &DoorService::eventRecorded, this, [this] {
        if (!m_coalesce.isActive())
            m_coalesce.start();
    });
}

void AccessEventModel::setFilter(const AccessEventFilter& filter)
{
    m_filter = filter;
    refresh();
}

void AccessEventModel::refresh()
{
    beginResetModel();
    m_events = m_log.events(m_filter);
    endResetModel();
}

const AccessEvent* AccessEventModel::eventAt(int row) const
{
    return row >= 0 && row < int(m_events.size()) ? &m_events[size_t(row)] : nullptr;
}

int AccessEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AccessEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessEventModel::data(const QModelIndex& index, int role) const
{
    const AccessEvent* e = index.isValid() ? eventAt(index.row()) : nullptr;
    if (!e)
        return {};
    if (role == AllowedRole)
        return e->allowed;
    if (role == Qt::ForegroundRole && index.column() == ResultColumn && !e->allowed)
        return QBrush(QColor(0xB0, 0x1E, 0x1E)); // dark red: legible on white, not the only cue
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TimeColumn: {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(e->atMs, m_badges.timeZone());
        const QString time = local.time().toString(QStringLiteral("HH:mm:ss"));
        return local.date() == m_badges.today()
                   ? time
                   : QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
    }
    case DoorColumn: {
        const Door* door = m_badges.data().door(e->doorId);
        return door ? door->name : e->doorId;
    }
    case HolderColumn: {
        if (e->badgeId) {
            if (const Badge* b = m_badges.data().badge(*e->badgeId))
                return m_badges.holderName(*b);
        }
        return e->uid.isEmpty() ? tr("(anonymised)") : tr("unknown card %1").arg(e->uid);
    }
    case ResultColumn:
        return e->allowed ? tr("Allowed") : tr("Refused");
    case ReasonColumn:
        return e->reason;
    default:
        return {};
    }
}

QVariant AccessEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DoorColumn:
        return tr("Door");
    case HolderColumn:
        return tr("Who");
    case ResultColumn:
        return tr("Result");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace atrium

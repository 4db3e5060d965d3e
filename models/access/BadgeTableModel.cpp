// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/BadgeTableModel.h"

#include "access/BadgeStore.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace atrium {

namespace {

QString folded(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    }
    return out;
}

} // namespace

BadgeTableModel::BadgeTableModel(const BadgeStore& store, QObject* parent) : QAbstractTableModel(parent), m_store(store)
{
    connect(&store, &BadgeStore::badgesChanged, this, &BadgeTableModel::refresh);
    refresh();
}

void BadgeTableModel::setSearch(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    refresh();
}

void BadgeTableModel::setShowRevoked(bool show)
{
    if (show == m_showRevoked)
        return;
    m_showRevoked = show;
    refresh();
}

void BadgeTableModel::refresh()
{
    const QStringList needles = folded(m_search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::vector<qint64> ids;
    for (const Badge& b : m_store.data().badges) {
        if (!m_showRevoked && b.status == BadgeStatus::Revoked)
            continue;
        const QString haystack = folded(m_store.holderName(b) + QLatin1Char(' ') + b.uid + QLatin1Char(' ') + b.uidKey);
        const bool match =
            std::all_of(needles.begin(), needles.end(), [&](const QString& n) { return haystack.contains(n); });
        if (match)
            ids.push_back(b.id);
    }
    std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
        const int c = QString::localeAwareCompare(m_store.holderName(*m_store.data().badge(a)),
                                                  m_store.holderName(*m_store.data().badge(b)));
        return c != 0 ? c < 0 : a > b;
    });
    beginResetModel();
    m_ids = std::move(ids);
    endResetModel();
}

qint64 BadgeTableModel::badgeIdAt(int row) const
{
    return row >= 0 && row < int(m_ids.size()) ? m_ids[size_t(row)] : 0;
}

int BadgeTableModel::rowOf(qint64 badgeId) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), badgeId);
    return it == m_ids.end() ? -1 : int(it - m_ids.begin());
}

int BadgeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int BadgeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BadgeTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Badge* b = m_store.data().badge(badgeIdAt(index.row()));
    if (!b)
        return {};
    const BadgeStatus status = b->effectiveStatus(m_store.today());
    if (role == BadgeIdRole)
        return b->id;
    if (role == StatusKeyRole)
        return badgeStatusKey(status);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case UidColumn:
        return b->uid.isEmpty() ? tr("(erased)") : b->uid;
    case HolderColumn:
        return m_store.holderName(*b);
    case GroupColumn: {
        const AccessGroup* g = b->groupId ? m_store.data().group(*b->groupId) : nullptr;
        return g ? g->name : tr("none");
    }
    case StatusColumn:
        return badgeStatusDisplayName(status);
    case ValidUntilColumn:
        return b->validUntil.isValid() ? QLocale().toString(b->validUntil, QLocale::ShortFormat) : tr("no end");
    default:
        return {};
    }
}

QVariant BadgeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UidColumn:
        return tr("Badge");
    case HolderColumn:
        return tr("Holder");
    case GroupColumn:
        return tr("Access group");
    case StatusColumn:
        return tr("Status");
    case ValidUntilColumn:
        return tr("Valid until");
    default:
        return {};
    }
}

} // namespace atrium

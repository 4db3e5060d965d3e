// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/BadgeStore.h"

#include "access/SqlTransaction.h"
#include "core/Clock.h"
#include "people/MemberStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace atrium {

Q_LOGGING_CATEGORY(lcAccess, "atrium.access")

namespace {

QVariant nullable(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("");
}

Badge badgeFrom(const QSqlQuery& q)
{
    Badge b;
    b.id = q.value(0).toLongLong();
    b.uid = q.value(1).toString();
    b.uidKey = q.value(2).toString();
    if (!q.value(3).isNull())
        b.memberId = q.value(3).toLongLong();
    b.status = badgeStatusFromKey(q.value(4).toString()).value_or(BadgeStatus::Revoked);
    b.validFrom = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    b.validUntil = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    if (!q.value(7).isNull())
        b.groupId = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        b.replacedBy = q.value(8).toLongLong();
    b.createdMs = q.value(9).toLongLong();
    b.updatedMs = q.value(10).toLongLong();
    b.readerFormat = q.value(11).toString();
    return b;
}

constexpr auto kBadgeColumns =
    "id, uid, uid_key, member_id, status, valid_from, valid_until, group_id, replaced_by, created_ms, updated_ms, "
    "reader_format";

} // namespace

BadgeStore::BadgeStore(const Clock& clock, QTimeZone siteZone, QObject* parent)
    : QObject(parent), m_clock(clock), m_zone(std::move(siteZone))
{}

BadgeStore::~BadgeStore()
{
    if (!m_connection.isEmpty())
        Database::closeConnection(m_connection);
}

Status BadgeStore::open(const QString& databasePath, const MemberStore* members)
{
    m_members = members;
    auto opened = Database::openConnection(databasePath, Database::uniqueConnectionName(QStringLiteral("badges")),
                                           Database::Durability::PowerCut);
    if (!opened)
        return Status::failure(opened.error());
    m_connection = opened.value();
    return reload();
}

Status BadgeStore::reload()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    AccessData data;
    if (!q.exec(QStringLiteral("SELECT id, name, zone, room_id, reader_format, tasmota_device, is_desk_reader, salt, "
                               "allowlist_version, allowlist_digest FROM door ORDER BY name")))
        return Status::failure(tr("Cannot read the doors: %1").arg(q.lastError().text()));
    while (q.next()) {
        Door d;
        d.id = q.value(0).toString();
        d.name = q.value(1).toString();
        d.zone = q.value(2).toString();
        d.roomId = q.value(3).toString();
        if (auto format = ReaderFormat::fromKey(q.value(4).toString()))
            d.format = format.value();
        d.tasmotaDevice = q.value(5).toString();
        d.isDeskReader = q.value(6).toBool();
        d.salt = q.value(7).toString();
        d.allowListVersion = q.value(8).toLongLong();
        d.allowListDigest = q.value(9).toString();
        data.doors.push_back(std::move(d));
    }
    if (!q.exec(QStringLiteral("SELECT id, name FROM access_group ORDER BY name")))
        return Status::failure(tr("Cannot read the access groups: %1").arg(q.lastError().text()));
    while (q.next())
        data.groups.push_back({q.value(0).toLongLong(), q.value(1).toString(), {}});
    if (!q.exec(QStringLiteral("SELECT group_id, target_kind, target, schedule, booking_only FROM access_grant "
                               "ORDER BY id")))
        return Status::failure(tr("Cannot read the access groups: %1").arg(q.lastError().text()));
    while (q.next()) {
        for (AccessGroup& g : data.groups) {
            if (g.id != q.value(0).toLongLong())
                continue;
            AccessGrant grant;
            grant.targetKind =
                q.value(1).toString() == QLatin1String("zone") ? AccessGrant::Target::Zone : AccessGrant::Target::Door;
            grant.target = q.value(2).toString();
            // A schedule the database cannot parse opens nothing rather than everything.
            auto schedule = WeeklySchedule::parse(q.value(3).toString());
            if (!schedule) {
                qCWarning(lcAccess).noquote() << "access group" << g.name << ":" << schedule.error();
                continue;
            }
            grant.schedule = schedule.value();
            grant.bookingOnly = q.value(4).toBool();
            g.grants.push_back(std::move(grant));
        }
    }
    if (!q.exec(QStringLiteral("SELECT %1 FROM badge ORDER BY id").arg(QLatin1String(kBadgeColumns))))
        return Status::failure(tr("Cannot read the badges: %1").arg(q.lastError().text()));
    while (q.next())
        data.badges.push_back(badgeFrom(q));
    m_data = std::move(data);
    return Status::success();
}

QDate BadgeStore::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), m_zone).date();
}

std::optional<Badge> BadgeStore::badge(qint64 id) const
{
    if (const Badge* b = m_data.badge(id))
        return *b;
    return std::nullopt;
}

std::vector<Badge> BadgeStore::badgesOf(qint64 memberId) const
{
    std::vector<Badge> out;
    for (const Badge& b : m_data.badges) {
        if (b.memberId == memberId)
            out.push_back(b);
    }
    return out;
}

QString BadgeStore::holderName(const Badge& badge) const
{
    if (!badge.memberId)
        return tr("no member");
    if (m_members) {
        if (const auto m = m_members->member(*badge.memberId))
            return m->displayName();
    }
    return tr("member #%1").arg(*badge.memberId);
}

QString BadgeStore::label(const Badge& badge) const
{
    //: audit log label: badge UID and holder
    return tr("badge %1 of %2").arg(badge.uid, holderName(badge));
}

Status BadgeStore::audit(const QString& action, const Badge& badge, const QString& actor, const QString& reason,
                         const QJsonObject& details)
{
    AuditEntry e;
    e.atMs = m_clock.nowMs();
    e.actor = actor.isEmpty() ? QStringLiteral("front desk") : actor;
    e.action = action;
    e.subjectKind = QStringLiteral("badge");
    e.subjectId = QString::number(badge.id);
    e.subjectLabel = label(badge);
    e.reason = reason;
    e.details = details;
    return AuditLog::record(m_connection, e);
}

Result<Badge> BadgeStore::checkedNewBadge(const IssueRequest& r, std::optional<qint64> ignoringBadge) const
{
    using R = Result<Badge>;
    if (m_members) {
        const auto m = m_members->member(r.memberId);
        if (!m)
            return R::failure(tr("Member: there is no member #%1.").arg(r.memberId));
        if (m->isErased())
            return R::failure(tr("Member: %1 was erased and cannot hold a badge.").arg(m->name));
    } else if (r.memberId <= 0) {
        return R::failure(tr("Member: choose who receives the badge."));
    }
    const auto format =
        r.readerFormat.isEmpty() ? Result<ReaderFormat>(ReaderFormat()) : ReaderFormat::fromKey(r.readerFormat);
    if (!format)
        return R::failure(format.error());
    const auto key = format->normalise(r.uid);
    if (!key)
        return R::failure(tr("UID: %1").arg(key.error()));
    for (const Badge& other : m_data.badges) {
        if (other.uidKey == key.value() && other.status != BadgeStatus::Revoked && other.id != ignoringBadge)
            return R::failure(tr("UID: this card is already badge #%1 of %2; revoke or replace it first.")
                                  .arg(other.id)
                                  .arg(holderName(other)));
    }
    if (r.groupId && !m_data.group(*r.groupId))
        return R::failure(tr("Access group: there is no group #%1.").arg(*r.groupId));
    if (r.validFrom.isValid() && r.validUntil.isValid() && r.validUntil < r.validFrom)
        return R::failure(tr("Dates: the badge would expire (%1) before it starts (%2).")
                              .arg(dateText(r.validUntil), dateText(r.validFrom)));
    Badge b;
    b.uid = r.uid.trimmed();
    b.uidKey = key.value();
    b.readerFormat = format->key();
    b.memberId = r.memberId;
    b.groupId = r.groupId;
    b.validFrom = r.validFrom;
    b.validUntil = r.validUntil;
    b.createdMs = b.updatedMs = m_clock.nowMs();
    return b;
}

Result<qint64> BadgeStore::insertBadge(const Badge& b)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO badge (uid, uid_key, reader_format, member_id, status, valid_from, "
                             "valid_until, group_id, created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(sqlText(b.uid)), QVariant(sqlText(b.uidKey)), QVariant(sqlText(b.readerFormat)),
          nullable(b.memberId), QVariant(badgeStatusKey(b.status)), QVariant(dateText(b.validFrom)),
          QVariant(dateText(b.validUntil)), nullable(b.groupId), QVariant(b.createdMs), QVariant(b.updatedMs)})
        q.addBindValue(v);
    if (!q.exec())
        return Result<qint64>::failure(tr("Cannot save the badge: %1").arg(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

Result<Badge> BadgeStore::issue(const IssueRequest& request, const QString& actor, const QString& reason)
{
    auto checked = checkedNewBadge(request, std::nullopt);
    if (!checked)
        return checked;
    Badge b = std::move(checked).value();
    SqlTransaction t(m_connection);
    if (!t.isOpen())
        return Result<Badge>::failure(tr("Cannot save the badge: %1").arg(t.error()));
    auto id = insertBadge(b);
    if (!id)
        return Result<Badge>::failure(id.error());
    b.id = id.value();
    const QJsonObject details{{QStringLiteral("after"), badgeStatusKey(b.status)},
                              {QStringLiteral("group"), b.groupId ? QJsonValue(*b.groupId) : QJsonValue()},
                              {QStringLiteral("valid_until"), dateText(b.validUntil)}};
    if (Status logged = audit(QStringLiteral("badge.issue"), b, actor, reason, details); !logged)
        return Result<Badge>::failure(logged.error());
    if (!t.commit())
        return Result<Badge>::failure(tr("Cannot save the badge: %1").arg(t.error()));
    qCInfo(lcAccess) << "issued badge" << b.id << "to member" << request.memberId;
    changed();
    return *badge(b.id);
}

Status BadgeStore::changeStatus(qint64 badgeId, BadgeStatus to, const QString& action, const QString& actor,
                                const QString& reason)
{
    const Badge* b = m_data.badge(badgeId);
    if (!b)
        return Status::failure(tr("Badge #%1 does not exist.").arg(badgeId));
    const BadgeStatus from = b->status;
    if (from == BadgeStatus::Revoked)
        return Status::failure(tr("Badge %1 is revoked; a revoked badge cannot change. Issue a new one.").arg(b->uid));
    if (from == to)
        return Status::failure(tr("Badge %1 is already %2.").arg(b->uid, badgeStatusDisplayName(to).toLower()));
    SqlTransaction t(m_connection);
    if (!t.isOpen())
        return Status::failure(tr("Cannot save the badge: %1").arg(t.error()));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE badge SET status = ?, updated_ms = ? WHERE id = ?"));
    q.addBindValue(badgeStatusKey(to));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(badgeId);
    if (!q.exec())
        return Status::failure(tr("Cannot save the badge: %1").arg(q.lastError().text()));
    const QJsonObject details{{QStringLiteral("before"), badgeStatusKey(from)},
                              {QStringLiteral("after"), badgeStatusKey(to)}};
    if (Status logged = audit(action, *b, actor, reason, details); !logged)
        return logged;
    if (!t.commit())
        return Status::failure(tr("Cannot save the badge: %1").arg(t.error()));
    changed();
    return Status::success();
}

Status BadgeStore::suspend(qint64 badgeId, const QString& actor, const QString& reason)
{
    return changeStatus(badgeId, BadgeStatus::Suspended, QStringLiteral("badge.suspend"), actor, reason);
}

Status BadgeStore::reactivate(qint64 badgeId, const QString& actor, const QString& reason)
{
    return changeStatus(badgeId, BadgeStatus::Active, QStringLiteral("badge.reactivate"), actor, reason);
}

Status BadgeStore::reportLost(qint64 badgeId, const QString& actor, const QString& reason)
{
    return changeStatus(badgeId, BadgeStatus::Lost, QStringLiteral("badge.lost"), actor, reason);
}

Status BadgeStore::revoke(qint64 badgeId, const QString& actor, const QString& reason)
{
    return changeStatus(badgeId, BadgeStatus::Revoked, QStringLiteral("badge.revoke"), actor, reason);
}

Result<Badge> BadgeStore::replace(qint64 oldBadgeId, const QString& newUid, const QString& readerFormat,
                                  const QString& actor, const QString& reason)
{
    using R = Result<Badge>;
    const Badge* old = m_data.badge(oldBadgeId);
    if (!old)
        return R::failure(tr("Badge #%1 does not exist.").arg(oldBadgeId));
    if (old->status == BadgeStatus::Revoked)
        return R::failure(tr("Badge %1 is already revoked; issue a new badge instead.").arg(old->uid));
    if (!old->memberId)
        return R::failure(tr("Badge %1 has no member any more; issue a new badge instead.").arg(old->uid));
    IssueRequest request{*old->memberId, newUid, readerFormat, old->groupId, old->validFrom, old->validUntil};
    auto checked = checkedNewBadge(request, std::nullopt);
    if (!checked)
        return checked;
    Badge fresh = std::move(checked).value();
    const Badge before = *old;
    SqlTransaction t(m_connection);
    if (!t.isOpen())
        return R::failure(tr("Cannot save the badge: %1").arg(t.error()));
    auto id = insertBadge(fresh);
    if (!id)
        return R::failure(id.error());
    fresh.id = id.value();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE badge SET status = 'revoked', replaced_by = ?, updated_ms = ? WHERE id = ?"));
    q.addBindValue(fresh.id);
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(oldBadgeId);
    if (!q.exec())
        return R::failure(tr("Cannot save the badge: %1").arg(q.lastError().text()));
    const QJsonObject oldDetails{{QStringLiteral("before"), badgeStatusKey(before.status)},
                                 {QStringLiteral("after"), QStringLiteral("revoked")},
                                 {QStringLiteral("replaced_by"), fresh.id}};
    const QJsonObject newDetails{{QStringLiteral("replaces"), before.id}};
    if (Status logged = audit(QStringLiteral("badge.replace"), before, actor, reason, oldDetails); !logged)
        return R::failure(logged.error());
    if (Status logged = audit(QStringLiteral("badge.issue"), fresh, actor, reason, newDetails); !logged)
        return R::failure(logged.error());
    if (!t.commit())
        return R::failure(tr("Cannot save the badge: %1").arg(t.error()));
    changed();
    return *badge(fresh.id);
}

Status BadgeStore::setGroup(qint64 badgeId, std::optional<qint64> groupId, const QString& actor, const QString& reason)
{
    const Badge* b = m_data.badge(badgeId);
    if (!b)
        return Status::failure(tr("Badge #%1 does not exist.").arg(badgeId));
    if (groupId && !m_data.group(*groupId))
        return Status::failure(tr("Access group: there is no group #%1.").arg(*groupId));
    SqlTransaction t(m_connection);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE badge SET group_id = ?, updated_ms = ? WHERE id = ?"));
    q.addBindValue(nullable(groupId));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(badgeId);
    if (!t.isOpen() || !q.exec())
        return Status::failure(tr("Cannot save the badge: %1").arg(q.lastError().text()));
    const QJsonObject details{{QStringLiteral("before"), b->groupId ? QJsonValue(*b->groupId) : QJsonValue()},
                              {QStringLiteral("after"), groupId ? QJsonValue(*groupId) : QJsonValue()}};
    if (Status logged = audit(QStringLiteral("badge.group"), *b, actor, reason, details); !logged)
        return logged;
    if (!t.commit())
        return Status::failure(tr("Cannot save the badge: %1").arg(t.error()));
    changed();
    return Status::success();
}

void BadgeStore::changed()
{
    if (Status loaded = reload(); !loaded)
        qCWarning(lcAccess) << loaded.error();
    Q_EMIT badgesChanged();
    Q_EMIT accessChanged();
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// BadgeStore: imports, doors, groups, settings and the GDPR handlers (the badge actions are in
// BadgeStore.cpp).
#include "access/BadgeCsv.h"
#include "access/BadgeStore.h"
#include "access/SqlTransaction.h"
#include "core/Clock.h"
#include "people/MemberStore.h"
#include "storage/AuditLog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace atrium {

namespace {

constexpr int kDefaultRetentionDays = 90;

QVariant nullableId(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("");
}

QString newSalt()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof words).toHex());
}

} // namespace

Result<int> BadgeStore::importRows(const std::vector<BadgeImportRow>& rows, const QString& actor, const QString& reason)
{
    using R = Result<int>;
    SqlTransaction t(m_connection);
    if (!t.isOpen())
        return R::failure(tr("Cannot import the badges: %1").arg(t.error()));
    const qint64 now = m_clock.nowMs();
    for (const BadgeImportRow& row : rows) {
        Badge b;
        b.uid = row.uid;
        b.uidKey = row.uidKey;
        b.readerFormat = row.readerFormat;
        b.memberId = row.memberId;
        b.status = row.status;
        b.groupId = row.groupId;
        b.validFrom = row.validFrom;
        b.validUntil = row.validUntil;
        b.createdMs = b.updatedMs = now;
        QJsonObject details{{QStringLiteral("line"), row.line}, {QStringLiteral("after"), badgeStatusKey(row.status)}};
        if (row.existingBadgeId) {
            b.id = *row.existingBadgeId;
            QSqlQuery q(QSqlDatabase::database(m_connection, false));
            q.prepare(QStringLiteral("UPDATE badge SET status = ?, group_id = ?, valid_from = ?, valid_until = ?, "
                                     "updated_ms = ? WHERE id = ?"));
            for (const QVariant& v :
                 {QVariant(badgeStatusKey(b.status)), nullableId(b.groupId), QVariant(dateText(b.validFrom)),
                  QVariant(dateText(b.validUntil)), QVariant(now), QVariant(b.id)})
                q.addBindValue(v);
            if (!q.exec())
                return R::failure(
                    tr("Line %1: cannot update badge #%2: %3").arg(row.line).arg(b.id).arg(q.lastError().text()));
            if (const Badge* before = m_data.badge(b.id))
                details.insert(QStringLiteral("before"), badgeStatusKey(before->status));
        } else {
            auto id = insertBadge(b);
            if (!id)
                return R::failure(tr("Line %1: %2").arg(row.line).arg(id.error()));
            b.id = id.value();
        }
        if (Status logged = audit(QStringLiteral("badge.import"), b, actor, reason, details); !logged)
            return R::failure(logged.error());
    }
    if (!t.commit())
        return R::failure(tr("Cannot import the badges: %1").arg(t.error()));
    changed();
    return int(rows.size());
}

Status BadgeStore::saveDoor(Door door, const QString& actor)
{
    door.id = door.id.trimmed();
    if (door.id.isEmpty() || door.id.contains(QLatin1Char('/')) || door.id.contains(QLatin1Char('+')) ||
        door.id.contains(QLatin1Char('#')))
        return Status::failure(tr("Door id \"%1\": one topic segment, without / + or #.").arg(door.id));
    if (door.name.trimmed().isEmpty())
        door.name = door.id;
    const Door* existing = m_data.door(door.id);
    door.salt = existing ? existing->salt : newSalt();
    SqlTransaction t(m_connection);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT INTO door (id, name, zone, room_id, reader_format, tasmota_device, is_desk_reader, salt) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, zone = excluded.zone, "
        "room_id = excluded.room_id, reader_format = excluded.reader_format, tasmota_device = excluded.tasmota_device, "
        "is_desk_reader = excluded.is_desk_reader"));
    for (const QVariant& v :
         {QVariant(door.id), QVariant(door.name), QVariant(sqlText(door.zone)), QVariant(sqlText(door.roomId)),
          QVariant(door.format.key()), QVariant(sqlText(door.tasmotaDevice)), QVariant(door.isDeskReader ? 1 : 0),
          QVariant(door.salt)})
        q.addBindValue(v);
    if (!t.isOpen() || !q.exec())
        return Status::failure(tr("Cannot save door %1: %2").arg(door.id, q.lastError().text()));
    AuditEntry e{0,
                 m_clock.nowMs(),
                 actor,
                 existing ? QStringLiteral("door.edit") : QStringLiteral("door.add"),
                 QStringLiteral("door"),
                 door.id,
                 door.name,
                 QString(),
                 QJsonObject{{QStringLiteral("zone"), door.zone},
                             {QStringLiteral("room"), door.roomId},
                             {QStringLiteral("reader_format"), door.format.key()}}};
    if (Status logged = AuditLog::record(m_connection, e); !logged)
        return logged;
    if (!t.commit())
        return Status::failure(tr("Cannot save door %1: %2").arg(door.id, t.error()));
    changed();
    return Status::success();
}

Result<AccessGroup> BadgeStore::saveGroup(AccessGroup group, const QString& actor)
{
    using R = Result<AccessGroup>;
    group.name = group.name.trimmed();
    if (group.name.isEmpty())
        return R::failure(tr("An access group needs a name."));
    if (const AccessGroup* same = m_data.groupNamed(group.name); same && same->id != group.id)
        return R::failure(tr("There is already an access group named \"%1\".").arg(group.name));
    SqlTransaction t(m_connection);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const bool isNew = group.id == 0;
    if (isNew) {
        q.prepare(QStringLiteral("INSERT INTO access_group (name) VALUES (?)"));
        q.addBindValue(group.name);
    } else {
        q.prepare(QStringLiteral("UPDATE access_group SET name = ? WHERE id = ?"));
        q.addBindValue(group.name);
        q.addBindValue(group.id);
    }
    if (!t.isOpen() || !q.exec())
        return R::failure(tr("Cannot save access group %1: %2").arg(group.name, q.lastError().text()));
    if (isNew)
        group.id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("DELETE FROM access_grant WHERE group_id = ?"));
    q.addBindValue(group.id);
    q.exec();
    QJsonArray grants;
    for (const AccessGrant& g : group.grants) {
        q.prepare(QStringLiteral("INSERT INTO access_grant (group_id, target_kind, target, schedule, booking_only) "
                                 "VALUES (?, ?, ?, ?, ?)"));
        const QString kind =
            g.targetKind == AccessGrant::Target::Zone ? QStringLiteral("zone") : QStringLiteral("door");
        for (const QVariant& v : {QVariant(group.id), QVariant(kind), QVariant(sqlText(g.target)),
                                  QVariant(g.schedule.toString()), QVariant(g.bookingOnly ? 1 : 0)})
            q.addBindValue(v);
        if (!q.exec())
            return R::failure(tr("Cannot save access group %1: %2").arg(group.name, q.lastError().text()));
        grants.append(QStringLiteral("%1 %2 %3%4")
                          .arg(kind, g.target, g.schedule.toString(),
                               g.bookingOnly ? QStringLiteral(" booking-only") : QString()));
    }
    AuditEntry e{0,
                 m_clock.nowMs(),
                 actor,
                 isNew ? QStringLiteral("access_group.add") : QStringLiteral("access_group.edit"),
                 QStringLiteral("access_group"),
                 QString::number(group.id),
                 group.name,
                 QString(),
                 QJsonObject{{QStringLiteral("grants"), grants}}};
    if (Status logged = AuditLog::record(m_connection, e); !logged)
        return R::failure(logged.error());
    if (!t.commit())
        return R::failure(tr("Cannot save access group %1: %2").arg(group.name, t.error()));
    changed();
    return group;
}

Status BadgeStore::markAllowListPublished(const QString& doorId, qint64 version, const QString& digest)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE door SET allowlist_version = ?, allowlist_digest = ? WHERE id = ?"));
    q.addBindValue(version);
    q.addBindValue(digest);
    q.addBindValue(doorId);
    if (!q.exec())
        return Status::failure(tr("Cannot save door %1: %2").arg(doorId, q.lastError().text()));
    for (Door& d : m_data.doors) {
        if (d.id == doorId) {
            d.allowListVersion = version;
            d.allowListDigest = digest;
        }
    }
    return Status::success();
}

QString BadgeStore::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT value FROM access_setting WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status BadgeStore::setSetting(const QString& key, const QString& value, const QString& actor)
{
    const QString before = setting(key);
    SqlTransaction t(m_connection);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO access_setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(sqlText(value));
    if (!t.isOpen() || !q.exec())
        return Status::failure(tr("Cannot save the setting %1: %2").arg(key, q.lastError().text()));
    AuditEntry e{0,
                 m_clock.nowMs(),
                 actor,
                 QStringLiteral("access.setting"),
                 QStringLiteral("setting"),
                 key,
                 key,
                 QString(),
                 QJsonObject{{QStringLiteral("before"), before}, {QStringLiteral("after"), value}}};
    if (Status logged = AuditLog::record(m_connection, e); !logged)
        return logged;
    if (!t.commit())
        return Status::failure(tr("Cannot save the setting %1: %2").arg(key, t.error()));
    Q_EMIT accessChanged();
    return Status::success();
}

int BadgeStore::retentionDays() const
{
    bool ok = false;
    const int days = setting(QStringLiteral("retention_days")).toInt(&ok);
    return ok && days > 0 ? days : kDefaultRetentionDays;
}

bool BadgeStore::onSiteListEnabled() const
{
    return setting(QStringLiteral("onsite_list")) == QLatin1String("1");
}

Status BadgeStore::eraseMember(const QString& connectionName, qint64 memberId)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.prepare(QStringLiteral("SELECT id FROM badge WHERE member_id = ?"));
    q.addBindValue(memberId);
    if (!q.exec())
        return Status::failure(tr("Cannot erase the member's badges: %1").arg(q.lastError().text()));
    QList<qint64> badgeIds;
    while (q.next())
        badgeIds << q.value(0).toLongLong();
    // The audit lines of those badges named the member: they keep the action, not the name.
    for (qint64 id : std::as_const(badgeIds)) {
        if (Status anon = AuditLog::anonymiseSubject(connectionName, QStringLiteral("badge"), QString::number(id),
                                                     tr("badge #%1 of an erased member").arg(id));
            !anon)
            return anon;
    }
    q.prepare(QStringLiteral("UPDATE badge SET member_id = NULL, uid = '', uid_key = '', status = 'revoked' "
                             "WHERE member_id = ?"));
    q.addBindValue(memberId);
    if (!q.exec())
        return Status::failure(tr("Cannot erase the member's badges: %1").arg(q.lastError().text()));
    q.prepare(
        QStringLiteral("UPDATE access_event SET member_id = NULL, badge_id = NULL, uid = '' WHERE member_id = ?"));
    q.addBindValue(memberId);
    if (!q.exec())
        return Status::failure(tr("Cannot erase the member's access events: %1").arg(q.lastError().text()));
    return Status::success();
}

QJsonValue BadgeStore::exportMember(const QString& connectionName, qint64 memberId)
{
    QJsonArray badges;
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.prepare(QStringLiteral("SELECT b.id, b.uid, b.reader_format, b.status, b.valid_from, b.valid_until, g.name "
                             "FROM badge b LEFT JOIN access_group g ON g.id = b.group_id WHERE b.member_id = ? "
                             "ORDER BY b.id"));
    q.addBindValue(memberId);
    if (q.exec()) {
        while (q.next())
            badges.append(QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                                      {QStringLiteral("uid"), q.value(1).toString()},
                                      {QStringLiteral("reader_format"), q.value(2).toString()},
                                      {QStringLiteral("status"), q.value(3).toString()},
                                      {QStringLiteral("valid_from"), q.value(4).toString()},
                                      {QStringLiteral("valid_until"), q.value(5).toString()},
                                      {QStringLiteral("group"), q.value(6).toString()}});
    }
    QJsonArray events;
    q.prepare(QStringLiteral("SELECT at_ms, door_id, allowed, reason FROM access_event WHERE member_id = ? "
                             "ORDER BY at_ms"));
    q.addBindValue(memberId);
    if (q.exec()) {
        while (q.next())
            events.append(QJsonObject{
                {QStringLiteral("at"),
                 QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs)},
                {QStringLiteral("door"), q.value(1).toString()},
                {QStringLiteral("allowed"), q.value(2).toBool()},
                {QStringLiteral("reason"), q.value(3).toString()}});
    }
    return QJsonObject{{QStringLiteral("badges"), badges}, {QStringLiteral("access_events"), events}};
}

void BadgeStore::registerPrivacyHandlers(MemberStore* members)
{
    members->addErasureHandler(&BadgeStore::eraseMember);
    members->addExportHandler(QStringLiteral("access"), &BadgeStore::exportMember);
    connect(members, &MemberStore::memberErased, this, [this](qint64) { changed(); });
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/AccessData.h"
#include "core/Result.h"

#include <QJsonValue>
#include <QObject>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace atrium {

class Clock;
class MemberStore;
struct BadgeImportRow;

// Badges, access groups and doors (migration 0004), kept in memory and written through a
// connection of its own on the GUI thread. Every change is one transaction together with its
// audit line (who, what, which badge, why). accessChanged() tells the door side that
// allow-lists may have to be published again.
class BadgeStore : public QObject
{
    Q_OBJECT
public:
    BadgeStore(const Clock& clock, QTimeZone siteZone, QObject* parent = nullptr);
    ~BadgeStore() override;

    // Opens the (already migrated) database and loads everything. `members` (not owned, may be
    // null) names badge holders in audit lines and messages.
    Status open(const QString& databasePath, const MemberStore* members = nullptr);
    Status reload();

    const AccessData& data() const { return m_data; }
    QTimeZone timeZone() const { return m_zone; }
    QDate today() const;
    std::optional<Badge> badge(qint64 id) const;
    std::vector<Badge> badgesOf(qint64 memberId) const;
    // "Jane Doe (Acme)", "Erased member", or "no member".
    QString holderName(const Badge& badge) const;
    // "badge 04A1B2C3 of Jane Doe": how an audit line names it.
    QString label(const Badge& badge) const;

    struct IssueRequest
    {
        qint64 memberId = 0;
        QString uid;          // as the reader reported it
        QString readerFormat; // its ReaderFormat key; empty: ISO 14443, hex, MSB first
        std::optional<qint64> groupId;
        QDate validFrom;  // null: no start
        QDate validUntil; // null: open-ended
    };
    // Checks the request (member, UID not on another live badge, group, dates) and stores it.
    Result<Badge> issue(const IssueRequest& request, const QString& actor, const QString& reason);
    Status suspend(qint64 badgeId, const QString& actor, const QString& reason);
    Status reactivate(qint64 badgeId, const QString& actor, const QString& reason);
    Status reportLost(qint64 badgeId, const QString& actor, const QString& reason);
    Status revoke(qint64 badgeId, const QString& actor, const QString& reason);
    // The old badge is revoked and a new one issued with the same member, group and dates, in
    // one transaction.
    Result<Badge> replace(qint64 oldBadgeId, const QString& newUid, const QString& readerFormat, const QString& actor,
                          const QString& reason);
    Status setGroup(qint64 badgeId, std::optional<qint64> groupId, const QString& actor, const QString& reason);

    // Rows checked by BadgeCsv (every row valid): all stored in one transaction, or none.
    Result<int> importRows(const std::vector<BadgeImportRow>& rows, const QString& actor, const QString& reason);

    // Doors and groups are set up by the site admin (atrium-cli badges doors|groups, or tests).
    Status saveDoor(Door door, const QString& actor);
    Result<AccessGroup> saveGroup(AccessGroup group, const QString& actor);
    // The allow-list of `doorId` was handed to the outbox at this version and digest.
    Status markAllowListPublished(const QString& doorId, qint64 version, const QString& digest);

    // Site choices (table access_setting).
    QString setting(const QString& key, const QString& fallback = QString()) const;
    Status setSetting(const QString& key, const QString& value, const QString& actor);
    int retentionDays() const;      // default 90
    bool onSiteListEnabled() const; // default off

    // GDPR, run by MemberStore inside its erasure transaction on its connection: the member's
    // badges lose their member and UID and are revoked; their access events lose every link.
    static Status eraseMember(const QString& connectionName, qint64 memberId);
    static QJsonValue exportMember(const QString& connectionName, qint64 memberId);
    // Registers both on `members` and reloads after an erasure.
    void registerPrivacyHandlers(MemberStore* members);

    QString connectionName() const { return m_connection; }

Q_SIGNALS:
    void badgesChanged();
    // Badges, groups or doors changed: allow-lists may differ.
    void accessChanged();

private:
    Status changeStatus(qint64 badgeId, BadgeStatus to, const QString& action, const QString& actor,
                        const QString& reason);
    Result<qint64> insertBadge(const Badge& badge);
    Status audit(const QString& action, const Badge& badge, const QString& actor, const QString& reason,
                 const QJsonObject& details);
    Result<Badge> checkedNewBadge(const IssueRequest& request, std::optional<qint64> ignoringBadge) const;
    void changed();

    const Clock& m_clock;
    QTimeZone m_zone;
    const MemberStore* m_members = nullptr;
    QString m_connection;
    AccessData m_data;
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace atrium {

enum class BadgeStatus { Active, Suspended, Lost, Revoked, Expired };

QString badgeStatusKey(BadgeStatus status); // "active", "suspended", ... (stored, CSV)
std::optional<BadgeStatus> badgeStatusFromKey(QStringView key);
QString badgeStatusDisplayName(BadgeStatus status); // translated

// An access credential held by a member (table `badge`, migration 0004).
struct Badge
{
    qint64 id = 0;
    QString uid;    // exactly as the issuing reader reported it, never through an integer
    QString uidKey; // normalised (ReaderFormat): what every door's reading is compared with
    QString readerFormat = QStringLiteral("iso14443:hex:msb"); // how `uid` is written
    std::optional<qint64> memberId;                            // empty once the member was erased
    BadgeStatus status = BadgeStatus::Active;
    QDate validFrom;  // the site's local date, inclusive; null: from issue
    QDate validUntil; // inclusive; null: open-ended
    std::optional<qint64> groupId;
    std::optional<qint64> replacedBy; // the badge that replaced this one
    qint64 createdMs = 0;
    qint64 updatedMs = 0;

    // The stored status, or Expired once `today` (site-local) is past validUntil.
    BadgeStatus effectiveStatus(const QDate& today) const;
    // Grouped "04A1 B2C3" for people reading it off a screen.
    QString displayUid() const;
};

} // namespace atrium

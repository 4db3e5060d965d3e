// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Badge.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace atrium {

struct AccessData;
class MemberStore;

// One checked line of a badge CSV file, ready for BadgeStore::importRows.
struct BadgeImportRow
{
    int line = 0; // in the file, 1 = header
    QString uid;
    QString readerFormat;
    QString uidKey;
    qint64 memberId = 0;
    QString memberName; // for the preview
    std::optional<qint64> groupId;
    QString groupName;
    BadgeStatus status = BadgeStatus::Active;
    QDate validFrom;
    QDate validUntil;
    std::optional<qint64> existingBadgeId; // the live badge of this card: updated, not added
};

// What an import would do, shown before anything is stored: every valid row, and every
// refused line with the line number and the field ("line 7, member_email: ...").
struct BadgeImportPreview
{
    std::vector<BadgeImportRow> rows;
    QStringList errors;
    int added() const;
    int updated() const;
    bool ok() const { return errors.isEmpty(); }
};

// Badge CSV files (RFC 4180: comma separated, fields with commas or quotes in double quotes,
// UTF-8, a header line). Columns, in any order:
//   uid (required), reader_format (default iso14443:hex:msb), member_id or member_email
//   (one required), group (name), status (default active), valid_from, valid_until (YYYY-MM-DD).
// member_name is written on export for people and ignored on import.
class BadgeCsv
{
    Q_DECLARE_TR_FUNCTIONS(atrium::BadgeCsv)
public:
    static BadgeImportPreview preview(const QByteArray& csv, const AccessData& data, const MemberStore& members);
    static QByteArray write(const AccessData& data, const MemberStore& members);

    // Splits one CSV record into fields; false when a quote is not closed.
    static bool splitRecord(const QString& line, QStringList& fields);
};

} // namespace atrium

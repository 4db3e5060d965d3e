// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/BadgeCsv.h"

#include "access/AccessData.h"
#include "access/ReaderFormat.h"
#include "people/MemberStore.h"

#include <QHash>
#include <QSet>

namespace atrium {

namespace {

const QStringList kColumns{
    QStringLiteral("uid"),          QStringLiteral("reader_format"), QStringLiteral("member_id"),
    QStringLiteral("member_email"), QStringLiteral("member_name"),   QStringLiteral("group"),
    QStringLiteral("status"),       QStringLiteral("valid_from"),    QStringLiteral("valid_until")};

QString quoted(const QString& field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')))
        return field;
    QString f = field;
    f.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + f + QLatin1Char('"');
}

} // namespace

int BadgeImportPreview::added() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const BadgeImportRow& r) { return !r.existingBadgeId; }));
}

int BadgeImportPreview::updated() const
{
    return int(rows.size()) - added();
}

bool BadgeCsv::splitRecord(const QString& line, QStringList& fields)
{
    fields.clear();
    QString field;
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            inQuotes = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return !inQuotes;
}

BadgeImportPreview BadgeCsv::preview(const QByteArray& csv, const AccessData& data, const MemberStore& members)
{
    BadgeImportPreview out;
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList header;
    if (lines.isEmpty() || !splitRecord(lines.first().trimmed(), header) || header.join(QString()).isEmpty()) {
        out.errors << tr("Line 1: the file needs a header line (uid, member_email, group, ...).");
        return out;
    }
    QHash<QString, int> column;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed().toLower();
        if (!kColumns.contains(name)) {
            out.errors << tr("Line 1: unknown column \"%1\"; the columns are %2.")
                              .arg(header[i], kColumns.join(QStringLiteral(", ")));
            return out;
        }
        column.insert(name, i);
    }
    if (!column.contains(QStringLiteral("uid")) ||
        (!column.contains(QStringLiteral("member_id")) && !column.contains(QStringLiteral("member_email")))) {
        out.errors << tr("Line 1: the columns uid and member_id or member_email are required.");
        return out;
    }
    QHash<QString, qint64> memberByEmail;
    for (const Member& m : members.members()) {
        if (!m.email.isEmpty())
            memberByEmail.insert(m.email.toLower(), m.id);
    }
    QSet<QString> keysInFile;
    for (int n = 1; n < lines.size(); ++n) {
        const QString raw = QString(lines[n]).remove(QLatin1Char('\r'));
        if (raw.trimmed().isEmpty())
            continue;
        const int lineNo = n + 1;
        QStringList fields;
        if (!splitRecord(raw, fields)) {
            out.errors << tr("Line %1: a quote is not closed.").arg(lineNo);
            continue;
        }
        const auto value = [&](const char* name) {
            const int i = column.value(QLatin1String(name), -1);
            return i >= 0 ? fields.value(i).trimmed() : QString();
        };
        const auto fail = [&](const char* field, const QString& why) {
            out.errors << tr("Line %1, %2: %3").arg(lineNo).arg(QLatin1String(field), why);
        };
        BadgeImportRow row;
        row.line = lineNo;
        row.uid = value("uid");
        row.readerFormat = value("reader_format").isEmpty() ? ReaderFormat().key() : value("reader_format");
        const auto format = ReaderFormat::fromKey(row.readerFormat);
        if (!format) {
            fail("reader_format", format.error());
            continue;
        }
        row.readerFormat = format->key();
        const auto key = format->normalise(row.uid);
        if (!key) {
            fail("uid", key.error());
            continue;
        }
        row.uidKey = key.value();
        if (keysInFile.contains(row.uidKey)) {
            fail("uid", tr("this card is already on an earlier line."));
            continue;
        }
        keysInFile.insert(row.uidKey);
        if (!value("member_id").isEmpty()) {
            bool ok = false;
            row.memberId = value("member_id").toLongLong(&ok);
            if (!ok || !members.member(row.memberId)) {
                fail("member_id", tr("there is no member #%1.").arg(value("member_id")));
                continue;
            }
        } else if (!value("member_email").isEmpty()) {
            row.memberId = memberByEmail.value(value("member_email").toLower(), 0);
            if (row.memberId == 0) {
                fail("member_email", tr("no member has the e-mail address \"%1\".").arg(value("member_email")));
                continue;
            }
        } else {
            fail("member_email", tr("say whose badge it is (member_id or member_email)."));
            continue;
        }
        const auto member = members.member(row.memberId);
        if (member->isErased()) {
            fail("member_id", tr("member #%1 was erased.").arg(row.memberId));
            continue;
        }
        row.memberName = member->displayName();
        if (!value("group").isEmpty()) {
            const AccessGroup* g = data.groupNamed(value("group"));
            if (!g) {
                fail("group", tr("there is no access group \"%1\".").arg(value("group")));
                continue;
            }
            row.groupId = g->id;
            row.groupName = g->name;
        }
        if (!value("status").isEmpty()) {
            const auto status = badgeStatusFromKey(value("status"));
            if (!status) {
                fail("status",
                     tr("\"%1\" is not a status (active, suspended, lost, revoked, expired).").arg(value("status")));
                continue;
            }
            row.status = *status;
        }
        bool datesOk = true;
        for (const char* name : {"valid_from", "valid_until"}) {
            if (value(name).isEmpty())
                continue;
            const QDate d = QDate::fromString(value(name), Qt::ISODate);
            if (!d.isValid()) {
                fail(name, tr("\"%1\" is not a date (YYYY-MM-DD).").arg(value(name)));
                datesOk = false;
                break;
            }
            (qstrcmp(name, "valid_from") == 0 ? row.validFrom : row.validUntil) = d;
        }
        if (!datesOk)
            continue;
        if (row.validFrom.isValid() && row.validUntil.isValid() && row.validUntil < row.validFrom) {
            fail("valid_until", tr("the badge would expire before it starts."));
            continue;
        }
        if (const Badge* existing = data.liveBadgeWithKey(row.uidKey)) {
            if (existing->memberId != row.memberId) {
                fail("uid", tr("this card is badge #%1 of another member; revoke it first.").arg(existing->id));
                continue;
            }
            row.existingBadgeId = existing->id;
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

QByteArray BadgeCsv::write(const AccessData& data, const MemberStore& members)
{
    QString out =
        QStringLiteral("uid,reader_format,member_id,member_email,member_name,group,status,valid_from,valid_until\n");
    for (const Badge& b : data.badges) {
        if (!b.memberId || b.uid.isEmpty())
            continue; // a badge of an erased member has nothing left to export
        const auto member = b.memberId ? members.member(*b.memberId) : std::nullopt;
        const AccessGroup* g = b.groupId ? data.group(*b.groupId) : nullptr;
        const QStringList fields{b.uid,
                                 b.readerFormat,
                                 b.memberId ? QString::number(*b.memberId) : QString(),
                                 member ? member->email : QString(),
                                 member ? member->name : QString(),
                                 g ? g->name : QString(),
                                 badgeStatusKey(b.status),
                                 b.validFrom.isValid() ? b.validFrom.toString(Qt::ISODate) : QString(),
                                 b.validUntil.isValid() ? b.validUntil.toString(Qt::ISODate) : QString()};
        QStringList cells;
        for (const QString& f : fields)
            cells << quoted(f);
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/MemberStore.h"

#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace atrium {

namespace {

// Lower case, accents removed: "Hélène Müller" -> "helene muller".
QString folded(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    }
    return out;
}

QStringList words(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;()@.\\-_'/]+"));
    return folded(text).split(separators, Qt::SkipEmptyParts);
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QVariant text(const QString& value)
{
    return QVariant(value.isNull() ? QStringLiteral("") : value.trimmed());
}

bool matches(const Member& m, const QStringList& needles)
{
    const QStringList haystack = words(m.name) + words(m.company) + words(m.email);
    return std::all_of(needles.cbegin(), needles.cend(), [&](const QString& needle) {
        return std::any_of(haystack.cbegin(), haystack.cend(), [&](const QString& w) { return w.startsWith(needle); });
    });
}

QJsonObject toJson(const Member& m)
{
    return QJsonObject{
        {QStringLiteral("id"), m.id},           {QStringLiteral("name"), m.name},
        {QStringLiteral("company"), m.company}, {QStringLiteral("email"), m.email},
        {QStringLiteral("phone"), m.phone},     {QStringLiteral("kind"), memberKindKey(m.kind)},
        {QStringLiteral("notes"), m.notes},
    };
}

} // namespace

MemberStore::MemberStore(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock) {}

MemberStore::~MemberStore()
{
    if (!m_connection.isEmpty())
        Database::closeConnection(m_connection);
}

Status MemberStore::open(const QString& databasePath)
{
    auto opened = Database::openConnection(databasePath, Database::uniqueConnectionName(QStringLiteral("members")),
                                           Database::Durability::PowerCut);
    if (!opened)
        return Status::failure(opened.error());
    m_connection = opened.value();
    return reload();
}

Status MemberStore::reload()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, company, email, phone, kind, notes, created_ms, updated_ms, "
                               "erased_ms FROM member ORDER BY id")))
        return Status::failure(tr("Cannot read the members: %1").arg(q.lastError().text()));
    m_members.clear();
    while (q.next()) {
        Member m;
        m.id = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.company = q.value(2).toString();
        m.email = q.value(3).toString();
        m.phone = q.value(4).toString();
        m.kind = memberKindFromKey(q.value(5).toString()).value_or(MemberKind::Guest);
        m.notes = q.value(6).toString();
        m.createdMs = q.value(7).toLongLong();
        m.updatedMs = q.value(8).toLongLong();
        if (!q.value(9).isNull())
            m.erasedMs = q.value(9).toLongLong();
        m_members.push_back(std::move(m));
    }
    return Status::success();
}

Status MemberStore::validate(const Member& m)
{
    if (m.name.trimmed().isEmpty())
        return Status::failure(tr("Name: a member needs a name."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!m.email.isEmpty() && !email.match(m.email.trimmed()).hasMatch())
        return Status::failure(tr("E-mail: \"%1\" is not an e-mail address.").arg(m.email));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 .()\\-]{6,20}$"));
    if (!m.phone.isEmpty() && !phone.match(m.phone.trimmed()).hasMatch())
        return Status::failure(
            tr("Phone: \"%1\" is not a phone number (digits, spaces and a leading +).").arg(m.phone));
    return Status::success();
}

Result<Member> MemberStore::add(Member m, const QString& actor)
{
    if (Status valid = validate(m); !valid)
        return Result<Member>::failure(valid.error());
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return Result<Member>::failure(tr("Cannot save the member: %1").arg(db.lastError().text()));
    m.createdMs = m.updatedMs = m_clock.nowMs();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO member (name, company, email, phone, kind, notes, created_ms, updated_ms) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {text(m.name), text(m.company), text(m.email), text(m.phone), QVariant(memberKindKey(m.kind)), text(m.notes),
          QVariant(m.createdMs), QVariant(m.updatedMs)})
        q.addBindValue(v);
    if (!q.exec()) {
        db.rollback();
        return Result<Member>::failure(tr("Cannot save the member: %1").arg(q.lastError().text()));
    }
    m.id = q.lastInsertId().toLongLong();
    AuditEntry audit{0,
                     m.createdMs,
                     actor,
                     QStringLiteral("member.add"),
                     QStringLiteral("member"),
                     QString::number(m.id),
                     m.displayName(),
                     {},
                     {}};
    if (Status logged = AuditLog::record(m_connection, audit); !logged) {
        db.rollback();
        return Result<Member>::failure(logged.error());
    }
    if (!db.commit())
        return Result<Member>::failure(tr("Cannot save the member: %1").arg(db.lastError().text()));
    reload();
    Q_EMIT membersChanged();
    return *member(m.id);
}

Status MemberStore::update(const Member& m, const QString& actor)
{
    if (Status valid = validate(m); !valid)
        return valid;
    const auto before = member(m.id);
    if (!before)
        return Status::failure(tr("Member #%1 does not exist.").arg(m.id));
    if (before->isErased())
        return Status::failure(tr("Member #%1 was erased and cannot be edited.").arg(m.id));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return Status::failure(tr("Cannot save the member: %1").arg(db.lastError().text()));
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE member SET name = ?, company = ?, email = ?, phone = ?, kind = ?, notes = ?, "
                             "updated_ms = ? WHERE id = ?"));
    for (const QVariant& v : {text(m.name), text(m.company), text(m.email), text(m.phone),
                              QVariant(memberKindKey(m.kind)), text(m.notes), QVariant(now), QVariant(m.id)})
        q.addBindValue(v);
    QJsonObject details{{QStringLiteral("before"), toJson(*before)}, {QStringLiteral("after"), toJson(m)}};
    AuditEntry audit{0,
                     now,
                     actor,
                     QStringLiteral("member.edit"),
                     QStringLiteral("member"),
                     QString::number(m.id),
                     m.displayName(),
                     {},
                     details};
    Status logged = q.exec() ? AuditLog::record(m_connection, audit)
                             : Status::failure(tr("Cannot save the member: %1").arg(q.lastError().text()));
    if (!logged) {
        db.rollback();
        return logged;
    }
    if (!db.commit())
        return Status::failure(tr("Cannot save the member: %1").arg(db.lastError().text()));
    reload();
    Q_EMIT membersChanged();
    return Status::success();
}

std::optional<Member> MemberStore::member(qint64 id) const
{
    auto it = std::lower_bound(m_members.begin(), m_members.end(), id,
                               [](const Member& m, qint64 key) { return m.id < key; });
    if (it == m_members.end() || it->id != id)
        return std::nullopt;
    return *it;
}

std::vector<Member> MemberStore::members() const
{
    return search(QString(), int(m_members.size()));
}

std::vector<Member> MemberStore::search(const QString& text, int limit) const
{
    const QStringList needles = words(text);
    std::vector<Member> out;
    for (const Member& m : m_members) {
        if (!m.isErased() && matches(m, needles))
            out.push_back(m);
    }
    std::sort(out.begin(), out.end(),
              [](const Member& a, const Member& b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    if (limit >= 0 && int(out.size()) > limit)
        out.resize(size_t(limit));
    return out;
}

QJsonObject MemberStore::exportPersonalData(qint64 memberId) const
{
    const auto m = member(memberId);
    if (!m)
        return {};
    QJsonObject out{{QStringLiteral("member"), toJson(*m)}};
    for (const auto& [section, exporter] : m_exporters)
        out.insert(section, exporter(m_connection, memberId));
    return out;
}

Status MemberStore::erase(qint64 memberId, const QString& actor, const QString& reason)
{
    const auto m = member(memberId);
    if (!m)
        return Status::failure(tr("Member #%1 does not exist.").arg(memberId));
    if (m->isErased())
        return Status::success();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return Status::failure(tr("Cannot erase the member: %1").arg(db.lastError().text()));
    const qint64 now = m_clock.nowMs();
    const QString placeholder = tr("Erased member #%1").arg(memberId);
    auto fail = [&](const QString& error) {
        db.rollback();
        return Status::failure(error);
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE member SET name = ?, company = '', email = '', phone = '', notes = '', "
                             "updated_ms = ?, erased_ms = ? WHERE id = ?"));
    q.addBindValue(placeholder);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(memberId);
    if (!q.exec())
        return fail(tr("Cannot erase the member: %1").arg(q.lastError().text()));
    for (const ErasureHandler& eraser : m_erasers) {
        if (Status erased = eraser(m_connection, memberId); !erased)
            return fail(erased.error());
    }
    if (Status anon =
            AuditLog::anonymiseSubject(m_connection, QStringLiteral("member"), QString::number(memberId), placeholder);
        !anon)
        return fail(anon.error());
    AuditEntry audit{
        0,           now,    actor, QStringLiteral("member.erase"), QStringLiteral("member"), QString::number(memberId),
        placeholder, reason, {}};
    if (Status logged = AuditLog::record(m_connection, audit); !logged)
        return fail(logged.error());
    if (!db.commit())
        return Status::failure(tr("Cannot erase the member: %1").arg(db.lastError().text()));
    reload();
    Q_EMIT memberErased(memberId);
    Q_EMIT membersChanged();
    return Status::success();
}

void MemberStore::addErasureHandler(ErasureHandler handler)
{
    m_erasers.push_back(std::move(handler));
}

void MemberStore::addExportHandler(const QString& section, ExportHandler handler)
{
    m_exporters.emplace_back(section, std::move(handler));
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "people/Member.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <vector>

namespace atrium {

class Clock;

// The members of the space (table `member`, migration 0002), shared by bookings and badges.
// Lives on the GUI thread with a connection of its own; every write is durable against a power
// cut and lands in the same transaction as its audit line. Members are few (hundreds), so they
// are kept in memory and searched there: accents and case are ignored ("helene" finds Hélène).
class MemberStore : public QObject
{
    Q_OBJECT
public:
    // Runs inside the erasure's transaction, on `connectionName`: a domain that links personal
    // data to a member (bookings, badges, access events) removes that link there.
    using ErasureHandler = std::function<Status(const QString& connectionName, qint64 memberId)>;
    // Adds what a domain holds about the member to the export, on `connectionName`.
    using ExportHandler = std::function<QJsonValue(const QString& connectionName, qint64 memberId)>;

    explicit MemberStore(const Clock& clock, QObject* parent = nullptr);
    ~MemberStore() override;

    // Opens the (already migrated) database and loads the members.
    Status open(const QString& databasePath);

    // Checks the fields (name required, e-mail and phone plausible) and stores a new member.
    // The error names the field: "E-mail: "jane@" is not an e-mail address."
    Result<Member> add(Member member, const QString& actor);
    Status update(const Member& member, const QString& actor);
    static Status validate(const Member& member);

    std::optional<Member> member(qint64 id) const;
    // Members not erased, by name.
    std::vector<Member> members() const;
    // Search as you type: every word of `text` must start a word of the name, company or
    // e-mail, ignoring case and accents. Empty text: every member. Erased members never match.
    std::vector<Member> search(const QString& text, int limit = 50) const;

    // GDPR right of access: the member and what every registered domain holds about them.
    QJsonObject exportPersonalData(qint64 memberId) const;
    // GDPR erasure: blanks every personal field (the row stays, named "Erased member #12", so
    // that figures keep their shape), runs the domains' erasure handlers and anonymises the
    // member's audit lines, all in one transaction. The erasure itself is audited.
    Status erase(qint64 memberId, const QString& actor, const QString& reason);

    void addErasureHandler(ErasureHandler handler);
    void addExportHandler(const QString& section, ExportHandler handler);

    QString connectionName() const { return m_connection; }

Q_SIGNALS:
    void membersChanged();
    void memberErased(qint64 memberId);

private:
    Status reload();

    const Clock& m_clock;
    QString m_connection;
    std::vector<Member> m_members; // every row, erased ones included, by id
    std::vector<ErasureHandler> m_erasers;
    std::vector<std::pair<QString, ExportHandler>> m_exporters;
};

} // namespace atrium

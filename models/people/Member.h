// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace atrium {

// What kind of member books rooms and holds badges; used for policies and figures, never shown
// to other members.
enum class MemberKind {
    Freelancer,
    RemoteEmployee,
    Consultant,
    CompanyTeam,
    Guest,
};

QString memberKindKey(MemberKind kind); // "freelancer", "remote_employee", ... (stored, CSV)
std::optional<MemberKind> memberKindFromKey(QStringView key);
QString memberKindDisplayName(MemberKind kind); // translated

// A person or team known to the front desk. Only what is needed to reach them and to tell two
// people apart (docs/personal-data.md lists every field and why it is kept).
struct Member
{
    qint64 id = 0; // 0: not stored yet
    QString name;
    QString company;
    QString email;
    QString phone;
    MemberKind kind = MemberKind::Freelancer;
    QString notes;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    std::optional<qint64> erasedMs; // set once the member's personal data was erased

    bool isErased() const { return erasedMs.has_value(); }
    // "Jane Doe (Acme)" or "Jane Doe": how staff see the member in lists and messages.
    QString displayName() const;
};

} // namespace atrium

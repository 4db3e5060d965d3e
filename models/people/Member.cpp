// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/Member.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace atrium {

namespace {

constexpr std::array<std::pair<MemberKind, const char*>, 5> kKinds{{
    {MemberKind::Freelancer, "freelancer"},
    {MemberKind::RemoteEmployee, "remote_employee"},
    {MemberKind::Consultant, "consultant"},
    {MemberKind::CompanyTeam, "company_team"},
    {MemberKind::Guest, "guest"},
}};

} // namespace

QString memberKindKey(MemberKind kind)
{
    for (const auto& [k, key] : kKinds) {
        if (k == kind)
            return QLatin1String(key);
    }
    return {};
}

std::optional<MemberKind> memberKindFromKey(QStringView key)
{
    for (const auto& [k, name] : kKinds) {
        if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString memberKindDisplayName(MemberKind kind)
{
    switch (kind) {
    case MemberKind::Freelancer:
        return QCoreApplication::translate("atrium::Member", "Freelancer");
    case MemberKind::RemoteEmployee:
        return QCoreApplication::translate("atrium::Member", "Remote employee");
    case MemberKind::Consultant:
        return QCoreApplication::translate("atrium::Member", "Consultant");
    case MemberKind::CompanyTeam:
        return QCoreApplication::translate("atrium::Member", "Company team");
    case MemberKind::Guest:
        return QCoreApplication::translate("atrium::Member", "Guest");
    }
    return {};
}

QString Member::displayName() const
{
    if (company.isEmpty())
        return name;
    return QStringLiteral("%1 (%2)").arg(name, company);
}

} // namespace atrium

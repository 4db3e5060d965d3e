// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"
#include "core/Clock.h"
#include "people/MemberStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace atrium::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::cli::MembersCommand", text);
}

// atrium-cli members list|export|erase: the GDPR requests a member can make, for scripts.
int runMembers(CliIo& io)
{
    QStringList args = io.args;
    const QString database = takeOption(args, QStringLiteral("database"));
    const QString id = takeOption(args, QStringLiteral("id"));
    const QString reason = takeOption(args, QStringLiteral("reason"));
    const QString actor = takeOption(args, QStringLiteral("actor"), QStringLiteral("atrium-cli"));
    const QString action = args.value(0);
    if (database.isEmpty() || (action != QLatin1String("list") && id.isEmpty())) {
        io.err << tr("Usage: atrium-cli members list --database DB\n"
                     "       atrium-cli members export --id N --database DB\n"
                     "       atrium-cli members erase --id N --reason TEXT --database DB\n");
        return 2;
    }
    if (Status migrated = Database::migrate(database); !migrated) {
        io.err << migrated.error() << '\n';
        return 1;
    }
    SystemClock clock;
    MemberStore store(clock);
    if (Status opened = store.open(database); !opened) {
        io.err << opened.error() << '\n';
        return 1;
    }
    if (action == QLatin1String("list")) {
        for (const Member& m : store.members()) {
            const QJsonObject line{{QStringLiteral("id"), m.id},
                                   {QStringLiteral("name"), m.name},
                                   {QStringLiteral("company"), m.company},
                                   {QStringLiteral("kind"), memberKindKey(m.kind)}};
            io.out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
        }
        return 0;
    }
    bool okId = false;
    const qint64 memberId = id.toLongLong(&okId);
    if (!okId || !store.member(memberId)) {
        io.err << tr("There is no member with id %1.").arg(id) << '\n';
        return 1;
    }
    if (action == QLatin1String("export")) {
        io.out << QJsonDocument(store.exportPersonalData(memberId)).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (action == QLatin1String("erase")) {
        if (reason.trimmed().isEmpty()) {
            io.err << tr("An erasure needs a reason (--reason), kept in the audit log.") << '\n';
            return 2;
        }
        if (Status erased = store.erase(memberId, actor, reason); !erased) {
            io.err << erased.error() << '\n';
            return 1;
        }
        io.out << tr("Member %1 erased.").arg(memberId) << '\n';
        return 0;
    }
    io.err << tr("Unknown action \"%1\": use list, export or erase.").arg(action) << '\n';
    return 2;
}

} // namespace

CliCommand membersCommand()
{
    return {QStringLiteral("members"), tr("list, export (GDPR access) or erase a member"), &runMembers};
}

} // namespace atrium::cli

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"
#include "access/BadgeCsv.h"
#include "access/BadgeStore.h"
#include "core/Clock.h"
#include "people/MemberStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace atrium::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::cli::BadgesCommand", text);
}

const char* const kUsage = QT_TRANSLATE_NOOP(
    "atrium::cli::BadgesCommand",
    "Usage: atrium-cli badges import --file FILE.csv [--dry-run] [--reason TEXT] --database DB\n"
    "       atrium-cli badges export [--file FILE.csv] --database DB\n"
    "       atrium-cli badges door --id ID [--name TEXT] [--zone Z] [--room ROOM]\n"
    "                  [--format iso14443:hex:msb] [--tasmota DEVICE] [--desk] --database DB\n"
    "       atrium-cli badges group --name NAME --grant \"door:ID|zone:Z [SCHEDULE] [booking-only]\"...\n"
    "                  --database DB\n"
    "       atrium-cli badges set KEY VALUE --database DB   (retention_days, onsite_list 0|1,\n"
    "                  alert_denied_count, alert_window_min)\n");

// "door:front mon-fri 07:00-22:00", "zone:floor-1", "door:ada always booking-only"
Result<AccessGrant> parseGrant(const QString& text)
{
    QStringList words = text.simplified().split(QLatin1Char(' '));
    AccessGrant g;
    const QString target = words.takeFirst();
    if (target.startsWith(QLatin1String("door:")))
        g.targetKind = AccessGrant::Target::Door;
    else if (target.startsWith(QLatin1String("zone:")))
        g.targetKind = AccessGrant::Target::Zone;
    else
        return Result<AccessGrant>::failure(tr("Grant \"%1\": start with door:ID or zone:NAME.").arg(text));
    g.target = target.mid(5);
    if (!words.isEmpty() && words.last() == QLatin1String("booking-only")) {
        g.bookingOnly = true;
        words.removeLast();
    }
    auto schedule = WeeklySchedule::parse(words.join(QLatin1Char(' ')));
    if (!schedule)
        return Result<AccessGrant>::failure(schedule.error());
    g.schedule = schedule.value();
    return g;
}

int runBadges(CliIo& io)
{
    QStringList args = io.args;
    const QString database = takeOption(args, QStringLiteral("database"));
    const QString actor = takeOption(args, QStringLiteral("actor"), QStringLiteral("atrium-cli"));
    const QString action = args.value(0);
    if (database.isEmpty() || action.isEmpty()) {
        io.err << tr(kUsage);
        return 2;
    }
    if (Status migrated = Database::migrate(database); !migrated) {
        io.err << migrated.error() << '\n';
        return 1;
    }
    SystemClock clock;
    MemberStore members(clock);
    if (Status opened = members.open(database); !opened) {
        io.err << opened.error() << '\n';
        return 1;
    }
    BadgeStore badges(clock, QTimeZone::systemTimeZone());
    if (Status opened = badges.open(database, &members); !opened) {
        io.err << opened.error() << '\n';
        return 1;
    }

    if (action == QLatin1String("import")) {
        const QString path = takeOption(args, QStringLiteral("file"));
        const bool dryRun = takeFlag(args, QStringLiteral("dry-run"));
        const QString reason = takeOption(args, QStringLiteral("reason"), tr("CSV import"));
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            io.err << tr("Cannot read \"%1\": %2").arg(path, file.errorString()) << '\n';
            return path.isEmpty() ? 2 : 1;
        }
        const BadgeImportPreview preview = BadgeCsv::preview(file.readAll(), badges.data(), members);
        for (const BadgeImportRow& row : preview.rows) {
            io.out << QJsonDocument(
                          QJsonObject{{QStringLiteral("line"), row.line},
                                      {QStringLiteral("uid"), row.uid},
                                      {QStringLiteral("member"), row.memberName},
                                      {QStringLiteral("group"), row.groupName},
                                      {QStringLiteral("status"), badgeStatusKey(row.status)},
                                      {QStringLiteral("action"),
                                       row.existingBadgeId ? QStringLiteral("update") : QStringLiteral("add")}})
                          .toJson(QJsonDocument::Compact)
                   << '\n';
        }
        for (const QString& error : preview.errors)
            io.err << error << '\n';
        if (!preview.ok()) {
            io.err << tr("Nothing imported: %1 line(s) refused. Fix them and run the import again.")
                          .arg(preview.errors.size())
                   << '\n';
            return 1;
        }
        if (dryRun) {
            io.err << tr("Dry run: %1 badge(s) would be added, %2 updated.").arg(preview.added()).arg(preview.updated())
                   << '\n';
            return 0;
        }
        auto imported = badges.importRows(preview.rows, actor, reason);
        if (!imported) {
            io.err << imported.error() << '\n';
            return 1;
        }
        io.err << tr("Imported: %1 badge(s) added, %2 updated.").arg(preview.added()).arg(preview.updated()) << '\n';
        return 0;
    }
    if (action == QLatin1String("export")) {
        const QString path = takeOption(args, QStringLiteral("file"));
        const QByteArray csv = BadgeCsv::write(badges.data(), members);
        if (path.isEmpty()) {
            io.out << QString::fromUtf8(csv);
            return 0;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size()) {
            io.err << tr("Cannot write \"%1\": %2").arg(path, file.errorString()) << '\n';
            return 1;
        }
        return 0;
    }
    if (action == QLatin1String("door")) {
        Door door;
        door.id = takeOption(args, QStringLiteral("id"));
        door.name = takeOption(args, QStringLiteral("name"), door.id);
        door.zone = takeOption(args, QStringLiteral("zone"));
        door.roomId = takeOption(args, QStringLiteral("room"));
        door.tasmotaDevice = takeOption(args, QStringLiteral("tasmota"));
        door.isDeskReader = takeFlag(args, QStringLiteral("desk"));
        auto format = ReaderFormat::fromKey(takeOption(args, QStringLiteral("format"), ReaderFormat().key()));
        if (!format) {
            io.err << format.error() << '\n';
            return 2;
        }
        door.format = format.value();
        if (Status saved = badges.saveDoor(door, actor); !saved) {
            io.err << saved.error() << '\n';
            return 1;
        }
        io.err << tr("Door %1 saved.").arg(door.id) << '\n';
        return 0;
    }
    if (action == QLatin1String("group")) {
        AccessGroup group;
        group.name = takeOption(args, QStringLiteral("name"));
        if (const AccessGroup* existing = badges.data().groupNamed(group.name))
            group.id = existing->id;
        for (QString g = takeOption(args, QStringLiteral("grant")); !g.isEmpty();
             g = takeOption(args, QStringLiteral("grant"))) {
            auto grant = parseGrant(g);
            if (!grant) {
                io.err << grant.error() << '\n';
                return 2;
            }
            group.grants.push_back(grant.value());
        }
        auto saved = badges.saveGroup(group, actor);
        if (!saved) {
            io.err << saved.error() << '\n';
            return 1;
        }
        io.err << tr("Access group %1 saved (#%2).").arg(saved->name).arg(saved->id) << '\n';
        return 0;
    }
    if (action == QLatin1String("set") && args.size() == 3) {
        if (Status saved = badges.setSetting(args[1], args[2], actor); !saved) {
            io.err << saved.error() << '\n';
            return 1;
        }
        return 0;
    }
    io.err << tr(kUsage);
    return 2;
}

} // namespace

CliCommand badgesCommand()
{
    return {QStringLiteral("badges"), tr("import or export badges (CSV), set up doors and access groups"), &runBadges};
}

} // namespace atrium::cli

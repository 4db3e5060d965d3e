// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"
#include "access/BadgeStore.h"
#include "bookings/BookingPolicy.h"
#include "bookings/BookingStore.h"
#include "core/Clock.h"
#include "people/MemberStore.h"
#include "site/SiteLoader.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <array>

namespace atrium::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::cli::DemoCommand", text);
}

struct DemoMember
{
    const char* name;
    const char* company;
    const char* email;
    MemberKind kind;
};

// Made-up people for the demo; any likeness is a coincidence.
constexpr std::array<DemoMember, 8> kMembers{{
    {"Camille Laurent", "Atelier Nord", "camille@ateliernord.example", MemberKind::CompanyTeam},
    {"Hélène Dupré", "", "helene.dupre@example.org", MemberKind::Freelancer},
    {"Samir Haddad", "Brightwave", "samir@brightwave.example", MemberKind::RemoteEmployee},
    {"Jane Doe", "Acme", "jane@acme.example", MemberKind::Consultant},
    {"Lucas Martin", "", "lucas.martin@example.net", MemberKind::Freelancer},
    {"Aiko Tanaka", "Studio Kumo", "aiko@kumo.example", MemberKind::CompanyTeam},
    {"Noah Schmidt", "", "", MemberKind::Guest},
    {"Inès Moreau", "Brightwave", "ines@brightwave.example", MemberKind::RemoteEmployee},
}};

struct DemoBooking
{
    const char* room;
    int startMinutes; // from the anchor (now, rounded down to the quarter hour)
    int minutes;
    int member; // index in kMembers
    const char* title;
    int attendees;
};

// Around "now" (see demoAnchor) so the desk queue, the reminders and the bookings layer have
// something to show: one in progress, one whose grace has passed, some starting soon, some later.
constexpr std::array<DemoBooking, 9> kBookings{{
    {"meeting-ada", -30, 90, 0, "Sprint review", 6},
    {"meeting-curie", -15, 60, 3, "Interview", 2},
    {"meeting-turing", 15, 60, 2, "Client call", 3},
    {"booth-1", -5, 30, 4, "Call with the bank", 1},
    {"meeting-hopper", 90, 120, 5, "Design workshop", 8},
    {"office-2", 30, 180, 7, "Focus time", 2},
    {"booth-2", 60, 30, 1, "Podcast interview", 1},
    {"meeting-ada", 120, 60, 6, "Visit", 4},
    {"event-space", 240, 120, 0, "Community talk", 30},
}};

// Doors, groups and a few badges, so the Badges tab has something to run. Door set-up is an admin
// task (atrium-cli badges door|group); this is the same through BadgeStore.
Status seedAccess(BadgeStore& badges, const std::vector<qint64>& members, const QString& actor, QTextStream& out)
{
    Door front;
    front.id = QStringLiteral("front");
    front.name = QCoreApplication::translate("atrium::cli::DemoCommand", "Front door");
    front.zone = QStringLiteral("entrance");
    Door desk;
    desk.id = QStringLiteral("desk");
    desk.name = QCoreApplication::translate("atrium::cli::DemoCommand", "Desk reader");
    desk.isDeskReader = true;
    Door ada;
    ada.id = QStringLiteral("ada");
    ada.name = QCoreApplication::translate("atrium::cli::DemoCommand", "Ada meeting room");
    ada.roomId = QStringLiteral("meeting-ada");
    for (const Door& door : {front, desk, ada}) {
        if (Status saved = badges.saveDoor(door, actor); !saved)
            return saved;
    }
    AccessGrant entrance;
    entrance.targetKind = AccessGrant::Target::Zone;
    entrance.target = QStringLiteral("entrance");
    entrance.schedule = WeeklySchedule::parse(QStringLiteral("mon-fri 07:00-22:00; sat 09:00-13:00")).value();
    AccessGrant adaDuringBooking;
    adaDuringBooking.target = QStringLiteral("ada");
    adaDuringBooking.bookingOnly = true;
    AccessGroup membersGroup;
    membersGroup.name = QCoreApplication::translate("atrium::cli::DemoCommand", "Members");
    membersGroup.grants = {entrance, adaDuringBooking};
    auto group = badges.saveGroup(membersGroup, actor);
    if (!group)
        return Status::failure(group.error());
    // Made-up ISO 14443 UIDs (hex, as a desk reader reports them); the first keeps its leading zero.
    const std::array<const char*, 5> uids{"04A1B2C3D4E5F6", "5F3A9C21", "04C2D3E4F5A6B7", "8E7D6C5B", "04112233445566"};
    for (size_t i = 0; i < uids.size() && i < members.size(); ++i) {
        BadgeStore::IssueRequest request;
        request.memberId = members.at(i);
        request.uid = QLatin1String(uids.at(i));
        request.groupId = group->id;
        request.validFrom = badges.today();
        request.validUntil = badges.today().addMonths(6);
        auto issued = badges.issue(request, actor, QStringLiteral("demo"));
        if (!issued)
            return Status::failure(issued.error());
    }
    out << QCoreApplication::translate("atrium::cli::DemoCommand", "3 doors, 1 access group and %1 badges added.")
               .arg(qMin(uids.size(), members.size()))
        << '\n';
    return Status::success();
}

// Now, rounded down to the quarter hour, when the site is open for three more hours; otherwise
// two hours after the next opening, so an evening or weekend demo still has a day of bookings.
QDateTime demoAnchor(const Site& site, qint64 nowMs)
{
    constexpr qint64 kQuarterMs = 15 * 60 * 1000;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs / kQuarterMs * kQuarterMs, Qt::UTC);
    const QDateTime local = now.toTimeZone(site.timeZone);
    const int minute = local.time().hour() * 60 + local.time().minute();
    const OpeningHours::Day& today = site.openingHours.days.at(size_t(local.date().dayOfWeek() - 1));
    if (today.open && minute >= today.openMinute && minute + 180 <= today.closeMinute)
        return now;
    for (int ahead = minute < today.openMinute ? 0 : 1; ahead <= 7; ++ahead) {
        const QDate day = local.date().addDays(ahead);
        const OpeningHours::Day& hours = site.openingHours.days.at(size_t(day.dayOfWeek() - 1));
        if (hours.open)
            return QDateTime(day, QTime(0, 0).addSecs((hours.openMinute + 120) * 60), site.timeZone).toUTC();
    }
    return now;
}

// atrium-cli demo-seed: members, today's bookings, doors and badges for the sample site, so that
// the demo's bookings page, desk queue, floor layer and badges are not empty. Does nothing if
// members exist.
int runDemoSeed(CliIo& io)
{
    QStringList args = io.args;
    const QString database = takeOption(args, QStringLiteral("database"));
    const QString sitePath = takeOption(args, QStringLiteral("site"));
    if (database.isEmpty() || sitePath.isEmpty()) {
        io.err << tr("Usage: atrium-cli demo-seed --site SITE --database DB\n");
        return 2;
    }
    auto site = SiteLoader::load(sitePath);
    if (!site) {
        io.err << site.error() << '\n';
        return 1;
    }
    auto policy = BookingPolicy::fromSiteFile(sitePath);
    if (!policy) {
        io.err << policy.error() << '\n';
        return 1;
    }
    if (Status migrated = Database::migrate(database); !migrated) {
        io.err << migrated.error() << '\n';
        return 1;
    }
    SystemClock clock;
    const QString actor = QStringLiteral("demo");
    MemberStore members(clock);
    if (Status opened = members.open(database); !opened) {
        io.err << opened.error() << '\n';
        return 1;
    }
    if (!members.members().empty()) {
        io.out << tr("The database already has members; nothing added.") << '\n';
        return 0;
    }
    std::vector<qint64> ids;
    for (const DemoMember& d : kMembers) {
        Member m;
        m.name = QString::fromUtf8(d.name);
        m.company = QString::fromUtf8(d.company);
        m.email = QString::fromUtf8(d.email);
        m.kind = d.kind;
        auto added = members.add(m, actor);
        if (!added) {
            io.err << added.error() << '\n';
            return 1;
        }
        ids.push_back(added->id);
    }

    BookingStore bookings(database, site.value(), policy.value(), clock);
    bookings.setActor(actor);
    if (!bookings.openError().isEmpty()) {
        io.err << bookings.openError() << '\n';
        return 1;
    }
    const QDateTime anchor = demoAnchor(site.value(), clock.nowMs());
    int saved = 0;
    for (const DemoBooking& d : kBookings) {
        Booking b;
        b.roomId = QString::fromUtf8(d.room);
        b.memberId = ids.at(size_t(d.member));
        b.title = QString::fromUtf8(d.title);
        b.attendees = d.attendees;
        b.start = anchor.addSecs(qint64(d.startMinutes) * 60);
        b.end = b.start.addSecs(qint64(d.minutes) * 60);
        auto created = bookings.create(b);
        const QString when = b.start.toTimeZone(site->timeZone).toString(QStringLiteral("HH:mm"));
        if (created) {
            ++saved;
            io.out << tr("Booked %1 at %2: %3").arg(b.roomId, when, b.title) << '\n';
        } else {
            // Outside opening hours (an evening demo), the site's own rules refuse it: say so.
            io.out << tr("Not booked %1 at %2: %3").arg(b.roomId, when, created.error()) << '\n';
        }
    }
    io.out << tr("%1 members and %2 bookings added.").arg(ids.size()).arg(saved) << '\n';

    BadgeStore badges(clock, site->timeZone);
    Status access = badges.open(database, &members);
    if (access)
        access = seedAccess(badges, ids, actor, io.out);
    if (!access) {
        io.err << access.error() << '\n';
        return 1;
    }
    return 0;
}

} // namespace

CliCommand demoSeedCommand()
{
    return {QStringLiteral("demo-seed"), tr("add sample members, today's bookings, doors and badges for the demo"),
            &runDemoSeed};
}

} // namespace atrium::cli

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GuiFixture.h"
#include "bookings/BookingPersonalData.h"
#include "bookings/BookingPolicy.h"
#include "bookings/BookingStore.h"
#include "bookings/CheckInMonitor.h"
#include "people/MemberStore.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace atrium::test {

// A real SQLite file in a temporary folder, migrated, with the GUI fixture site (Europe/Paris,
// open 08:00-19:00 on weekdays), its members, bookings and check-in monitor on a ManualClock.
struct BookingsFixture
{
    QTemporaryDir dir;
    GuiSite gui;
    BookingPolicy policy = BookingPolicy::standard();
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<LiveState> live;
    std::unique_ptr<MemberStore> members;
    std::unique_ptr<BookingStore> store;
    std::unique_ptr<CheckInMonitor> monitor;
    QString error;

    // `nowLocal`: the clock's time, as a wall time of the site's zone.
    explicit BookingsFixture(const QDateTime& nowLocal)
    {
        gui = loadGuiSite();
        if (!gui.error.isEmpty()) {
            error = gui.error;
            return;
        }
        const QString path = dir.filePath(QStringLiteral("atrium.sqlite"));
        if (Status s = Database::migrate(path); !s) {
            error = s.error();
            return;
        }
        clock = std::make_unique<ManualClock>(local(nowLocal.date(), nowLocal.time()).toMSecsSinceEpoch());
        live = std::make_unique<LiveState>(gui.site, *clock);
        members = std::make_unique<MemberStore>(*clock);
        if (Status s = members->open(path); !s) {
            error = s.error();
            return;
        }
        members->addExportHandler(QStringLiteral("bookings"), &BookingPersonalData::exportMember);
        members->addErasureHandler(&BookingPersonalData::eraseMember);
        store = std::make_unique<BookingStore>(path, gui.site, policy, *clock);
        if (!store->openError().isEmpty()) {
            error = store->openError();
            return;
        }
        monitor = std::make_unique<CheckInMonitor>(*store, *live, gui.site, policy, *clock);
    }

    QDateTime local(QDate day, QTime time) const { return QDateTime(day, time, gui.site.timeZone).toUTC(); }

    Member addMember(const QString& name, const QString& company = QString())
    {
        Member m;
        m.name = name;
        m.company = company;
        m.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.org");
        return members->add(m, QStringLiteral("test")).value();
    }

    Result<Booking> book(const QString& room, QDate day, QTime from, QTime to, const QString& title,
                         const Member& member)
    {
        Booking b;
        b.roomId = room;
        b.start = local(day, from);
        b.end = local(day, to);
        b.title = title;
        b.memberId = member.id;
        return store->create(b);
    }
};

} // namespace atrium::test

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTimeZone>

namespace atrium {

// Which IANA zone a calendar means by its TZID. Calendars write zone names in many ways:
//  - IANA ids ("Europe/Paris"), also with a vendor prefix from vzic/libical
//    ("/citadel.org/20260414_1/Europe/Paris", "/freeassociation.sourceforge.net/Europe/Paris");
//  - Windows ids from Exchange/Outlook ("W. Europe Standard Time", "Romance Standard Time");
//  - Outlook Web Access display names without a VTIMEZONE
//    ("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", "(GMT+10:00) Canberra, Melbourne, Sydney").
class IcsZones
{
public:
    // `location`: the VTIMEZONE's X-LIC-LOCATION when it has one. Invalid when unknown.
    static QTimeZone resolve(const QString& tzid, const QString& location = QString());

private:
    static QTimeZone fromIana(const QString& id);
    static QTimeZone fromDisplayName(const QString& name);
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "site/Site.h"

#include <QByteArray>
#include <QString>

namespace atrium {

// Reads a site file (docs/site-file.md). Every refusal names the file, the line and the JSON
// path at fault: "site.json line 14, column 3: missing comma",
// "site.json line 40: rooms[3].capacity: must be a positive whole number, not -2",
// "floor 'ground': room 'meeting-ada' has no element id 'meeting-ada' in floor.svg".
class SiteLoader
{
public:
    struct Options
    {
        // Open each floor's plan and check that every room's element is in it. With a
        // QGuiApplication the plan goes through QSvgRenderer; a console program (no GUI
        // application) gets the XML checks and the id lookup only.
        bool checkPlans = true;
    };

    static Result<Site> load(const QString& path);
    static Result<Site> load(const QString& path, const Options& options);
    // The same checks on text in memory; `sitePath` names the file in errors and anchors the
    // relative plan paths.
    static Result<Site> parse(const QByteArray& json, const QString& sitePath, const Options& options);
};

} // namespace atrium

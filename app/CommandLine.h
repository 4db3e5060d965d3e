// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "feeds/BrokerSettings.h"

#include <QString>
#include <QStringList>

namespace atrium {

// What `atrium` was asked to do on its command line.
struct CommandLineOptions
{
    BrokerSettings broker;
    QString sitePath;
    QString databasePath;
    QString layer;               // initial floor layer key, empty: the default
    QString operatorName;        // --operator; empty: the account's user name
    bool exitAfterParse = false; // --help / --version were answered
};

// Parses arguments; a bad option or a missing file is an error naming it. Prints --help and
// --version itself (exitAfterParse is then true).
Result<CommandLineOptions> parseCommandLine(const QStringList& arguments);

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

namespace atrium::cli {

// Each subcommand lives in its own file and is listed here.
CliCommand membersCommand();
CliCommand icsCommand();
CliCommand badgesCommand();
CliCommand demoSeedCommand();

const std::vector<CliCommand>& cliCommands()
{
    static const std::vector<CliCommand> commands{
        membersCommand(),
        icsCommand(),
        badgesCommand(),
        demoSeedCommand(),
    };
    return commands;
}

QString takeOption(QStringList& args, const QString& name, const QString& fallback)
{
    const QString flag = QStringLiteral("--") + name;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == flag && i + 1 < args.size()) {
            const QString value = args.at(i + 1);
            args.remove(i, 2);
            return value;
        }
        if (args.at(i).startsWith(flag + QLatin1Char('='))) {
            const QString value = args.at(i).mid(flag.size() + 1);
            args.removeAt(i);
            return value;
        }
    }
    return fallback;
}

bool takeFlag(QStringList& args, const QString& name)
{
    return args.removeAll(QStringLiteral("--") + name) > 0;
}

} // namespace atrium::cli

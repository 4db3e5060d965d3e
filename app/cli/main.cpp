// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// atrium-cli: the console's data for admins and scripts, without a display
// (`atrium-cli ics import ...`, `atrium-cli badges export ...`). Output for scripts goes to
// stdout as JSON lines; messages for people go to stderr.
#include "CliCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("atrium-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString name = args.value(0);
    const auto& commands = atrium::cli::cliCommands();
    if (name.isEmpty() || name == QLatin1String("--help") || name == QLatin1String("-h")) {
        out << "Usage: atrium-cli <command> [options]\n\nCommands:\n";
        for (const auto& command : commands)
            out << "  " << command.name.leftJustified(10) << ' ' << command.summary << '\n';
        out << "\nRun `atrium-cli <command>` without options for its usage.\n";
        return name.isEmpty() ? 2 : 0;
    }
    for (const auto& command : commands) {
        if (command.name == name) {
            atrium::cli::CliIo io{args.mid(1), out, err};
            const int code = command.run(io);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << "atrium-cli: unknown command \"" << name << "\"; see atrium-cli --help\n";
    return 2;
}

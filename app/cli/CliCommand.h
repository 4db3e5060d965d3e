// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

namespace atrium::cli {

// What a subcommand of atrium-cli gets: its own arguments (after "atrium-cli <name>"), where
// results go (JSON lines, for scripts) and where messages for the admin go.
struct CliIo
{
    QStringList args;
    QTextStream& out;
    QTextStream& err;
};

// A subcommand: `atrium-cli <name> ...`. run() returns the process exit code: 0 done,
// 1 refused or failed (the reason is on err), 2 bad usage.
struct CliCommand
{
    QString name;
    QString summary; // one line for `atrium-cli --help`
    std::function<int(CliIo& io)> run;
};

// Every subcommand, in the order --help lists them (CliCommands.cpp).
const std::vector<CliCommand>& cliCommands();

// Shared helpers for subcommands.
// The value after `--name` in args, or `fallback`; removes both from args.
QString takeOption(QStringList& args, const QString& name, const QString& fallback = QString());
// True if `--name` is in args; removes it.
bool takeFlag(QStringList& args, const QString& name);

} // namespace atrium::cli

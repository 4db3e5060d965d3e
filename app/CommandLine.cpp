// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "analytics/Layer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

namespace atrium {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::CommandLine", text);
}

// The sample site next to the sources (development) or installed with the program.
QString defaultSitePath()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        QStringLiteral(ATRIUM_SOURCE_DIR "/resources/sample/site.json"),
        appDir + QStringLiteral("/../share/atrium/sample/site.json"),
    };
    for (const QString& c : candidates) {
        if (QFileInfo::exists(c))
            return QFileInfo(c).absoluteFilePath();
    }
    return {};
}
} // namespace

Result<CommandLineOptions> parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Atrium: the operator console of a coworking space."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption brokerOption(
        QStringLiteral("broker"),
        tr("MQTT broker, mqtt://HOST:PORT or mqtts://HOST:PORT (default mqtt://127.0.0.1:1883)."), tr("url"),
        QStringLiteral("mqtt://127.0.0.1:1883"));
    const QCommandLineOption siteOption(QStringLiteral("site"), tr("Site file (JSON, see docs/site-file.md)."),
                                        tr("file"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), tr("SQLite database file (default: one per site in the user's data folder)."),
        tr("file"));
    const QCommandLineOption userOption(QStringLiteral("username"), tr("Broker user name."), tr("name"));
    const QCommandLineOption passwordFileOption(QStringLiteral("password-file"),
                                                tr("File whose first line is the broker password."), tr("file"));
    const QCommandLineOption caOption(QStringLiteral("ca-file"), tr("CA certificate (PEM) for mqtts://."), tr("file"));
    const QCommandLineOption clientIdOption(QStringLiteral("client-id"), tr("MQTT client id."), tr("id"));
    const QCommandLineOption layerOption(QStringLiteral("layer"),
                                         tr("Floor layer shown first: occupancy, popularity, temperature, humidity, "
                                            "co2, illuminance or comfort."),
                                         tr("layer"));
    const QCommandLineOption operatorOption(
        QStringLiteral("operator"),
        tr("Name of the person at the console, for the audit log (default: the account's user name)."), tr("name"));
    parser.addOptions({brokerOption, siteOption, databaseOption, userOption, passwordFileOption, caOption,
                       clientIdOption, layerOption, operatorOption});

    if (!parser.parse(arguments))
        return Result<CommandLineOptions>::failure(parser.errorText());
    CommandLineOptions options;
    if (parser.isSet(helpOption) || parser.isSet(versionOption)) {
        QTextStream out(stdout);
        if (parser.isSet(helpOption))
            out << parser.helpText();
        else
            out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        options.exitAfterParse = true;
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return Result<CommandLineOptions>::failure(
            tr("Unexpected argument: %1 (see --help)").arg(parser.positionalArguments().constFirst()));

    auto broker = BrokerSettings::fromUrl(parser.value(brokerOption));
    if (!broker)
        return Result<CommandLineOptions>::failure(broker.error());
    options.broker = broker.value();
    if (parser.isSet(userOption))
        options.broker.username = parser.value(userOption);
    if (parser.isSet(passwordFileOption)) {
        QFile file(parser.value(passwordFileOption));
        if (!file.open(QIODevice::ReadOnly))
            return Result<CommandLineOptions>::failure(
                tr("--password-file: cannot read %1: %2").arg(file.fileName(), file.errorString()));
        options.broker.password = QString::fromUtf8(file.readLine()).trimmed();
    }
    if (parser.isSet(caOption)) {
        options.broker.caFile = parser.value(caOption);
        if (!QFileInfo::exists(options.broker.caFile))
            return Result<CommandLineOptions>::failure(tr("--ca-file: %1 does not exist").arg(options.broker.caFile));
    }
    options.broker.clientId = parser.value(clientIdOption);

    options.sitePath = parser.isSet(siteOption) ? parser.value(siteOption) : defaultSitePath();
    if (options.sitePath.isEmpty())
        return Result<CommandLineOptions>::failure(tr("No site file: pass --site FILE (see docs/site-file.md)."));
    if (!QFileInfo::exists(options.sitePath))
        return Result<CommandLineOptions>::failure(tr("--site: %1 does not exist").arg(options.sitePath));
    options.databasePath = parser.value(databaseOption);
    options.layer = parser.value(layerOption);
    options.operatorName = parser.value(operatorOption).trimmed();
    if (!options.layer.isEmpty() && !layerFromKey(options.layer))
        return Result<CommandLineOptions>::failure(
            tr("--layer: unknown layer \"%1\" (occupancy, popularity, temperature, humidity, co2, illuminance, "
               "comfort)")
                .arg(options.layer));
    return options;
}

} // namespace atrium

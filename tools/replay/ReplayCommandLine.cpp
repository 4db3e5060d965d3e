// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplayCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimeZone>

#include <cmath>
#include <optional>

namespace atrium::replay {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::replay::ReplayCommandLine", text);
}

QString knownMetrics()
{
    QStringList keys;
    for (Metric metric : kAllMetrics)
        keys << metricKey(metric);
    return keys.join(QStringLiteral(", "));
}

} // namespace

Result<ReplayConfig> ReplayCommandLine::parse(const QStringList& arguments)
{
    using R = Result<ReplayConfig>;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Publishes sensor data to an MQTT broker: a JSON-lines capture, a time-series CSV mapped to "
           "rooms, or a generated day for a site."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption broker(QStringLiteral("broker"),
                                    tr("Broker, mqtt://[user[:password]@]host[:port] or mqtts://..."), tr("URL"));
    const QCommandLineOption jsonl(QStringLiteral("jsonl"),
                                   tr("Replay a JSON-lines capture ({\"topic\",\"payload\"[,\"time\"]} per line)."),
                                   tr("FILE"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Replay a time-series CSV (header row, a date column)."),
                                 tr("FILE"));
    const QCommandLineOption generate(QStringLiteral("generate"), tr("Generate a realistic day for a site."));
    const QCommandLineOption room(QStringLiteral("room"),
                                  tr("CSV: a room the series is published for (repeat for several rooms)."), tr("ID"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 tr("CSV: map a column to a metric (repeatable; replaces the default Temperature, "
                                    "Humidity, Light, CO2, Occupancy mapping)."),
                                 tr("COLUMN=METRIC"));
    const QCommandLineOption shift(QStringLiteral("shift"),
                                   tr("CSV: shift one room's times by MINUTES (may be negative; repeatable)."),
                                   tr("ROOM=MINUTES"));
    const QCommandLineOption timeColumn(
        QStringLiteral("time-column"),
        tr("CSV: the date/time column (default: the one named date, time, timestamp or datetime)."), tr("NAME"));
    const QCommandLineOption keepTimes(
        QStringLiteral("keep-times"), tr("CSV: keep the recorded times (default: shift them so the last row is now)."));
    const QCommandLineOption rows(QStringLiteral("rows"), tr("CSV: replay only the first N data rows."), tr("N"));
    const QCommandLineOption site(
        QStringLiteral("site"), tr("Site file: rooms for --generate; time zone and id for every source."), tr("FILE"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("--generate: the day to generate (default: today in the site's time zone)."),
                                  tr("YYYY-MM-DD"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("--generate: start the day at this local time, e.g. 08:00 (default: midnight)."),
                                  tr("HH:MM"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), tr("--generate: random seed; the same seed gives the same day (default 1)."), tr("N"));
    const QCommandLineOption speed(QStringLiteral("speed"), tr("Replay X times faster than recorded time (default 1)."),
                                   tr("X"));
    const QCommandLineOption fast(QStringLiteral("fast"), tr("Publish as fast as the broker takes the messages."));
    const QCommandLineOption qos(QStringLiteral("qos"), tr("MQTT quality of service, 0 or 1 (default 1)."), tr("0|1"));
    const QCommandLineOption window(QStringLiteral("window"), tr("Most messages unconfirmed at once (default 500)."),
                                    tr("N"));
    const QCommandLineOption siteId(
        QStringLiteral("site-id"),
        tr("Site id in atrium/<site>/<room>/<metric> topics (default: the site file's id, else demo)."), tr("ID"));
    const QCommandLineOption zone(QStringLiteral("zone"),
                                  tr("IANA time zone for local times (default: the site file's, else Europe/Paris)."),
                                  tr("ZONE"));
    const QCommandLineOption restamp(QStringLiteral("restamp"),
                                     tr("Stamp payloads with the publish time instead of the recorded time."));
    const QCommandLineOption loop(QStringLiteral("loop"), tr("Start again at the end, until interrupted."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("Print only errors and the final summary."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Seconds to wait for the broker before giving up (default 10)."), tr("S"));
    const QCommandLineOption print(QStringLiteral("print"),
                                   tr("Write the messages as JSON lines (with \"time\") to standard output instead of "
                                      "publishing; no broker needed."));
    for (const auto& option : {help,  version,    print,     broker, jsonl, csv,     generate, room,  map,
                               shift, timeColumn, keepTimes, rows,   site,  date,    from,     seed,  speed,
                               fast,  qos,        window,    siteId, zone,  restamp, loop,     quiet, timeout})
        parser.addOption(option);

    if (!parser.parse(arguments))
        return R::failure(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return R::failure(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    ReplayConfig config;
    if (parser.isSet(help) || parser.isSet(version)) {
        config.showHelp = parser.isSet(help);
        config.showVersion = !config.showHelp;
        config.helpText = parser.helpText();
        return config;
    }

    auto single = [&parser](const QCommandLineOption& option) -> std::optional<QString> {
        const QStringList values = parser.values(option);
        if (values.size() > 1)
            return std::nullopt;
        return values.value(0);
    };
    for (const auto* option : {&broker, &jsonl, &csv, &site, &date, &from, &seed, &speed, &qos, &window, &siteId, &zone,
                               &timeout, &rows, &timeColumn}) {
        if (!single(*option))
            return R::failure(tr("--%1 given more than once").arg(option->names().constLast()));
    }

    config.print = parser.isSet(print);
    if (!parser.isSet(broker) && !config.print)
        return R::failure(tr("--broker URL is required (e.g. --broker mqtt://127.0.0.1:1883)"));
    if (parser.isSet(broker)) {
        auto brokerSettings = BrokerSettings::fromUrl(parser.value(broker));
        if (!brokerSettings)
            return R::failure(tr("--broker: %1").arg(brokerSettings.error()));
        config.broker = *brokerSettings;
    }

    const int sources = int(parser.isSet(jsonl)) + int(parser.isSet(csv)) + int(parser.isSet(generate));
    if (sources != 1)
        return R::failure(tr("choose exactly one source: --jsonl FILE, --csv FILE or --generate"));
    if (parser.isSet(jsonl)) {
        config.source = ReplayConfig::Source::Jsonl;
        config.file = parser.value(jsonl);
    } else if (parser.isSet(csv)) {
        config.source = ReplayConfig::Source::Csv;
        config.file = parser.value(csv);
    }

    config.rooms = parser.values(room);
    if (config.source == ReplayConfig::Source::Csv && config.rooms.isEmpty())
        return R::failure(tr("--csv needs at least one --room ID to publish the series for"));
    for (const QString& id : config.rooms) {
        if (id.isEmpty() || id.contains(QLatin1Char('/')) || id.contains(QLatin1Char('+')) ||
            id.contains(QLatin1Char('#')))
            return R::failure(tr("--room: \"%1\" is not a usable room id (no /, + or #)").arg(id));
    }
    if (config.source != ReplayConfig::Source::Csv) {
        for (const auto* option : {&room, &map, &shift, &timeColumn, &keepTimes, &rows}) {
            if (parser.isSet(*option))
                return R::failure(tr("--%1 only applies to --csv").arg(option->names().constLast()));
        }
    }

    for (const QString& entry : parser.values(map)) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == entry.size() - 1)
            return R::failure(tr("--map: \"%1\" is not COLUMN=METRIC").arg(entry));
        const auto metric = metricFromKey(QStringView(entry).mid(eq + 1).trimmed());
        if (!metric)
            return R::failure(tr("--map: unknown metric \"%1\" (known: %2)").arg(entry.mid(eq + 1), knownMetrics()));
        config.columns.append({entry.left(eq).trimmed(), *metric});
    }
    for (const QString& entry : parser.values(shift)) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        bool ok = false;
        const int minutes = eq > 0 ? entry.mid(eq + 1).trimmed().toInt(&ok) : 0;
        if (eq <= 0 || !ok)
            return R::failure(tr("--shift: \"%1\" is not ROOM=MINUTES").arg(entry));
        const QString id = entry.left(eq).trimmed();
        if (!config.rooms.contains(id))
            return R::failure(tr("--shift: room \"%1\" is not one of the --room values").arg(id));
        config.shiftMinutes.insert(id, minutes);
    }
    config.timeColumn = parser.value(timeColumn);
    config.keepTimes = parser.isSet(keepTimes);
    if (parser.isSet(rows)) {
        bool ok = false;
        config.maxRows = parser.value(rows).toInt(&ok);
        if (!ok || config.maxRows <= 0)
            return R::failure(tr("--rows: \"%1\" is not a whole number above 0").arg(parser.value(rows)));
    }

    config.siteFile = parser.value(site);
    if (parser.isSet(date)) {
        if (config.source != ReplayConfig::Source::Generate)
            return R::failure(tr("--date only applies to --generate"));
        config.date = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!config.date.isValid())
            return R::failure(tr("--date: \"%1\" is not a date like 2026-03-29").arg(parser.value(date)));
    }
    if (parser.isSet(from)) {
        if (config.source != ReplayConfig::Source::Generate)
            return R::failure(tr("--from only applies to --generate"));
        config.from = QTime::fromString(parser.value(from), QStringLiteral("HH:mm"));
        if (!config.from.isValid())
            return R::failure(tr("--from: \"%1\" is not a time like 08:00").arg(parser.value(from)));
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        config.seed = parser.value(seed).toUInt(&ok);
        if (!ok)
            return R::failure(tr("--seed: \"%1\" is not a whole number from 0 to 4294967295").arg(parser.value(seed)));
    }

    if (parser.isSet(speed) && parser.isSet(fast))
        return R::failure(tr("--speed and --fast exclude each other"));
    config.fast = parser.isSet(fast);
    if (parser.isSet(speed)) {
        bool ok = false;
        config.speed = parser.value(speed).toDouble(&ok);
        if (!ok || !std::isfinite(config.speed) || config.speed <= 0.0)
            return R::failure(tr("--speed: \"%1\" is not a number above 0").arg(parser.value(speed)));
    }
    if (parser.isSet(qos)) {
        const QString value = parser.value(qos);
        if (value != QLatin1String("0") && value != QLatin1String("1"))
            return R::failure(tr("--qos: \"%1\" must be 0 or 1").arg(value));
        config.qos = value.toInt();
    }
    if (parser.isSet(window)) {
        bool ok = false;
        config.window = parser.value(window).toInt(&ok);
        if (!ok || config.window <= 0)
            return R::failure(tr("--window: \"%1\" is not a whole number above 0").arg(parser.value(window)));
    }
    config.siteId = parser.value(siteId);
    if (parser.isSet(siteId) && (config.siteId.isEmpty() || config.siteId.contains(QLatin1Char('/'))))
        return R::failure(tr("--site-id: \"%1\" is not a usable topic segment").arg(config.siteId));
    config.timeZone = parser.value(zone);
    if (parser.isSet(zone) && !QTimeZone(config.timeZone.toUtf8()).isValid())
        return R::failure(tr("--zone: \"%1\" is not a known IANA time zone").arg(config.timeZone));
    if (parser.isSet(timeout)) {
        bool ok = false;
        config.connectTimeoutS = parser.value(timeout).toInt(&ok);
        if (!ok || config.connectTimeoutS <= 0)
            return R::failure(
                tr("--timeout: \"%1\" is not a whole number of seconds above 0").arg(parser.value(timeout)));
    }
    config.loop = parser.isSet(loop);
    config.quiet = parser.isSet(quiet);
    config.restamp = parser.isSet(restamp);
    return config;
}

} // namespace atrium::replay

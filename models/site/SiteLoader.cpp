// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/SiteLoader.h"

#include "site/FloorPlan.h"
#include "site/JsonSourceMap.h"
#include "site/PayloadProfiles.h"
#include "site/SvgScan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStringDecoder>

Q_LOGGING_CATEGORY(lcSiteLoader, "atrium.site")

namespace atrium {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::SiteLoader", text);
}

QString jsonParseMessage(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return tr("unterminated object (a missing '}' or comma)");
    case QJsonParseError::MissingNameSeparator:
        return tr("missing colon after a key");
    case QJsonParseError::UnterminatedArray:
        return tr("unterminated array (a missing ']' or comma)");
    case QJsonParseError::MissingValueSeparator:
        return tr("missing comma");
    case QJsonParseError::IllegalValue:
        return tr("not a JSON value (text needs double quotes)");
    case QJsonParseError::TerminationByNumber:
        return tr("the file ends inside a number");
    case QJsonParseError::IllegalNumber:
        return tr("not a valid number");
    case QJsonParseError::IllegalEscapeSequence:
        return tr("invalid escape sequence in text");
    case QJsonParseError::IllegalUTF8String:
        return tr("invalid UTF-8 in text");
    case QJsonParseError::UnterminatedString:
        return tr("text without its closing double quote");
    case QJsonParseError::MissingObject:
        return tr("expected an object here");
    case QJsonParseError::DeepNesting:
        return tr("nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return tr("the file is too large");
    case QJsonParseError::GarbageAtEnd:
        return tr("unexpected text after the end of the document");
    case QJsonParseError::NoError:
        break;
    }
    return tr("invalid JSON");
}

const QRegularExpression& idPattern()
{
    // Ids become MQTT topic levels (atrium/<site>/<room>/<metric>) and SVG ids: no spaces,
    // slashes or wildcards.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]*$"));
    return re;
}

constexpr const char* kDayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const QStringList kOrientations = {
    QString(),           QStringLiteral("N"),  QStringLiteral("NE"), QStringLiteral("E"), QStringLiteral("SE"),
    QStringLiteral("S"), QStringLiteral("SW"), QStringLiteral("W"),  QStringLiteral("NW")};

bool isValidFilter(const QString& filter)
{
    const QStringList levels = filter.split(u'/');
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QString& level = levels.at(i);
        if (level.contains(u'#') && (level != u"#" || i != levels.size() - 1))
            return false;
        if (level.contains(u'+') && level != u"+")
            return false;
    }
    return !filter.isEmpty();
}

class Parser
{
public:
    Parser(const QByteArray& text, const QString& sitePath, const SiteLoader::Options& options)
        : m_map(text), m_fileName(QFileInfo(sitePath).fileName()), m_sitePath(sitePath), m_options(options)
    {}

    QString error;

    bool fail(const QString& path, const QString& message, const QString& fallbackLinePath = QString())
    {
        int line = m_map.line(path);
        if (line == 0)
            line = m_map.line(fallbackLinePath);
        error = line > 0 ? tr("%1 line %2: %3: %4").arg(m_fileName).arg(line).arg(path, message)
                         : tr("%1: %2: %3").arg(m_fileName, path, message);
        return false;
    }

    static QString join(const QString& parent, const QString& key)
    {
        return parent.isEmpty() ? key : parent + u'.' + key;
    }

    bool text(const QJsonObject& o, const QString& parent, const QString& key, QString* out, bool required)
    {
        const QString path = join(parent, key);
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                return fail(path, tr("required, but missing"), parent);
            return true;
        }
        if (!v.isString())
            return fail(path, tr("must be text in double quotes"));
        *out = v.toString().trimmed();
        if (required && out->isEmpty())
            return fail(path, tr("must not be empty"));
        return true;
    }

    bool id(const QJsonObject& o, const QString& parent, const QString& key, QString* out)
    {
        if (!text(o, parent, key, out, true))
            return false;
        if (!idPattern().match(*out).hasMatch())
            return fail(join(parent, key), tr("'%1' is not a usable id (letters, digits, '.', '_', '-', ':'; no "
                                              "spaces or slashes)")
                                               .arg(*out));
        return true;
    }

    bool flag(const QJsonObject& o, const QString& parent, const QString& key, bool* out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return fail(join(parent, key), tr("must be true or false"));
        *out = v.toBool();
        return true;
    }

    bool positive(const QJsonObject& o, const QString& parent, const QString& key, int* out, bool required)
    {
        const QString path = join(parent, key);
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return required ? fail(path, tr("required, but missing"), parent) : true;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d != std::floor(d) || d > 1e9) {
            const QString shown =
                v.isDouble()
                    ? QString::number(v.toDouble())
                    : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
            return fail(path, tr("must be a positive whole number, not %1").arg(shown));
        }
        *out = int(d);
        return true;
    }

    QJsonArray array(const QJsonObject& o, const QString& key, bool* ok)
    {
        const QJsonValue v = o.value(key);
        *ok = true;
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            *ok = fail(key, tr("must be a list in square brackets"));
        return v.toArray();
    }

    bool object(const QJsonValue& v, const QString& path, QJsonObject* out)
    {
        if (!v.isObject())
            return fail(path, tr("must be an object in curly braces"));
        *out = v.toObject();
        return true;
    }

    bool profile(const QJsonObject& o, const QString& parent, QString* out)
    {
        if (!text(o, parent, QStringLiteral("profile"), out, true))
            return false;
        if (!isKnownPayloadProfile(*out))
            return fail(
                join(parent, QStringLiteral("profile")),
                tr("unknown profile '%1' (known: %2)").arg(*out, knownPayloadProfiles().join(QStringLiteral(", "))));
        return true;
    }

    bool openingHours(const QJsonObject& root, Site* site)
    {
        const QJsonValue v = root.value(QLatin1String("openingHours"));
        if (v.isUndefined())
            return true;
        QJsonObject o;
        if (!object(v, QStringLiteral("openingHours"), &o))
            return false;
        OpeningHours hours;
        static const QRegularExpression range(QStringLiteral("^(\\d\\d):(\\d\\d)\\s*-\\s*(\\d\\d):(\\d\\d)$"));
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString path = QStringLiteral("openingHours.") + it.key();
            int day = -1;
            for (int i = 0; i < 7; ++i) {
                if (it.key() == QLatin1String(kDayKeys[i]))
                    day = i;
            }
            if (day < 0)
                return fail(path, tr("unknown day '%1' (use mon, tue, wed, thu, fri, sat, sun)").arg(it.key()));
            const QString value = it.value().toString().trimmed();
            if (value.compare(QLatin1String("closed"), Qt::CaseInsensitive) == 0)
                continue;
            const auto m = range.match(value);
            const int open = m.captured(1).toInt() * 60 + m.captured(2).toInt();
            const int close = m.captured(3).toInt() * 60 + m.captured(4).toInt();
            if (!m.hasMatch() || m.captured(2).toInt() > 59 || m.captured(4).toInt() > 59 || open >= 24 * 60 ||
                close > 24 * 60 || close <= open) {
                return fail(path, tr("expected \"HH:MM-HH:MM\" (closing after opening, at most 24:00) or "
                                     "\"closed\", not '%1'")
                                      .arg(it.value().isString() ? it.value().toString() : tr("a non-text value")));
            }
            hours.days[day] = OpeningHours::Day{true, open, close};
        }
        site->openingHours = hours;
        return true;
    }

    bool header(const QJsonObject& root, Site* site)
    {
        if (!id(root, QString(), QStringLiteral("id"), &site->id))
            return false;
        if (!text(root, QString(), QStringLiteral("name"), &site->name, false))
            return false;
        if (site->name.isEmpty())
            site->name = site->id;
        QString zone;
        if (!text(root, QString(), QStringLiteral("timeZone"), &zone, false))
            return false;
        if (!zone.isEmpty()) {
            const QTimeZone tz(zone.toUtf8());
            if (!tz.isValid())
                return fail(QStringLiteral("timeZone"),
                            tr("'%1' is not an IANA time zone (such as Europe/Paris)").arg(zone));
            site->timeZone = tz;
        }
        if (!positive(root, QString(), QStringLiteral("rawReadingDays"), &site->rawReadingDays, false))
            return false;
        return openingHours(root, site);
    }

    bool floors(const QJsonObject& root, Site* site)
    {
        bool ok = false;
        const QJsonArray list = array(root, QStringLiteral("floors"), &ok);
        if (!ok)
            return false;
        if (list.isEmpty())
            return fail(QStringLiteral("floors"), tr("a site needs at least one floor with a plan"), QString());
        const QDir base = QFileInfo(m_sitePath).absoluteDir();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("floors[%1]").arg(i);
            QJsonObject o;
            Floor floor;
            QString plan;
            if (!object(list.at(i), path, &o) || !id(o, path, QStringLiteral("id"), &floor.id) ||
                !text(o, path, QStringLiteral("name"), &floor.name, false) ||
                !text(o, path, QStringLiteral("plan"), &plan, true))
                return false;
            if (site->floors.end() != std::find_if(site->floors.begin(), site->floors.end(),
                                                   [&](const Floor& f) { return f.id == floor.id; }))
                return fail(path + QStringLiteral(".id"), tr("duplicate floor id '%1'").arg(floor.id));
            if (floor.name.isEmpty())
                floor.name = floor.id;
            floor.planPath = QDir::cleanPath(base.absoluteFilePath(plan));
            if (!QFileInfo(floor.planPath).isFile())
                return fail(path + QStringLiteral(".plan"), tr("file not found: %1").arg(floor.planPath));
            site->floors.push_back(floor);
        }
        return true;
    }

    bool rooms(const QJsonObject& root, Site* site)
    {
        bool ok = false;
        const QJsonArray list = array(root, QStringLiteral("rooms"), &ok);
        if (!ok)
            return false;
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("rooms[%1]").arg(i);
            QJsonObject o;
            Room room;
            QString type;
            if (!object(list.at(i), path, &o) || !id(o, path, QStringLiteral("id"), &room.id))
                return false;
            if (seen.contains(room.id)) {
                const QString first = QStringLiteral("rooms[%1]").arg(seen.value(room.id));
                return fail(path + QStringLiteral(".id"), tr("duplicate room id '%1' (already used by %2 on line %3)")
                                                              .arg(room.id, first)
                                                              .arg(m_map.line(first)));
            }
            seen.insert(room.id, i);
            if (!text(o, path, QStringLiteral("name"), &room.name, false) ||
                !text(o, path, QStringLiteral("type"), &type, true))
                return false;
            const std::optional<RoomType> roomType = roomTypeFromKey(type);
            if (!roomType) {
                QStringList keys;
                for (RoomType t :
                     {RoomType::MeetingRoom, RoomType::OpenSpace, RoomType::PhoneBooth, RoomType::PrivateOffice,
                      RoomType::EventSpace, RoomType::Kitchen, RoomType::Reception, RoomType::Other})
                    keys.append(roomTypeKey(t));
                return fail(path + QStringLiteral(".type"),
                            tr("unknown room type '%1' (known: %2)").arg(type, keys.join(QStringLiteral(", "))));
            }
            room.type = *roomType;
            if (room.name.isEmpty())
                room.name = room.id;
            if (!positive(o, path, QStringLiteral("capacity"), &room.capacity, true) ||
                !text(o, path, QStringLiteral("floor"), &room.floorId, true) ||
                !text(o, path, QStringLiteral("svgElement"), &room.svgElement, false) ||
                !flag(o, path, QStringLiteral("naturalLight"), &room.naturalLight) ||
                !text(o, path, QStringLiteral("windowOrientation"), &room.windowOrientation, false) ||
                !flag(o, path, QStringLiteral("ergonomicFurniture"), &room.ergonomicFurniture) ||
                !flag(o, path, QStringLiteral("screen"), &room.screen))
                return false;
            if (site->floors.end() == std::find_if(site->floors.begin(), site->floors.end(),
                                                   [&](const Floor& f) { return f.id == room.floorId; })) {
                QStringList floorIds;
                for (const Floor& f : site->floors)
                    floorIds.append(f.id);
                return fail(
                    path + QStringLiteral(".floor"),
                    tr("unknown floor '%1' (floors: %2)").arg(room.floorId, floorIds.join(QStringLiteral(", "))));
            }
            room.windowOrientation = room.windowOrientation.toUpper();
            if (!kOrientations.contains(room.windowOrientation))
                return fail(path + QStringLiteral(".windowOrientation"),
                            tr("'%1' is not a compass direction (N, NE, E, SE, S, SW, W, NW, or \"\" without window)")
                                .arg(room.windowOrientation));
            const QJsonValue features = o.value(QLatin1String("features"));
            if (!features.isUndefined() && !features.isArray())
                return fail(path + QStringLiteral(".features"), tr("must be a list of text tags"));
            const QJsonArray tags = features.toArray();
            for (qsizetype f = 0; f < tags.size(); ++f) {
                if (!tags.at(f).isString())
                    return fail(path + QStringLiteral(".features[%1]").arg(f), tr("must be text in double quotes"));
                room.features.append(tags.at(f).toString());
            }
            site->rooms.push_back(room);
        }
        return true;
    }

    bool sensors(const QJsonObject& root, Site* site)
    {
        bool ok = false;
        const QJsonArray list = array(root, QStringLiteral("sensors"), &ok);
        if (!ok)
            return false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("sensors[%1]").arg(i);
            QJsonObject o;
            Sensor sensor;
            if (!object(list.at(i), path, &o) || !id(o, path, QStringLiteral("id"), &sensor.id) ||
                !text(o, path, QStringLiteral("topic"), &sensor.topic, true) || !profile(o, path, &sensor.profile) ||
                !text(o, path, QStringLiteral("room"), &sensor.roomId, true) ||
                !positive(o, path, QStringLiteral("expectedIntervalS"), &sensor.expectedIntervalS, false))
                return false;
            if (site->sensor(sensor.id))
                return fail(path + QStringLiteral(".id"), tr("duplicate sensor id '%1'").arg(sensor.id));
            if (sensor.topic.contains(u'+') || sensor.topic.contains(u'#'))
                return fail(path + QStringLiteral(".topic"),
                            tr("'%1' holds a wildcard: a sensor names one exact topic (wildcards belong in "
                               "subscriptions)")
                                .arg(sensor.topic));
            if (site->sensorForTopic(sensor.topic))
                return fail(path + QStringLiteral(".topic"),
                            tr("topic '%1' already belongs to sensor '%2'")
                                .arg(sensor.topic, site->sensorForTopic(sensor.topic)->id));
            if (!site->room(sensor.roomId))
                return fail(path + QStringLiteral(".room"), tr("unknown room '%1'").arg(sensor.roomId));
            site->sensors.push_back(sensor);
        }
        return true;
    }

    bool subscriptions(const QJsonObject& root, Site* site)
    {
        bool ok = false;
        const QJsonArray list = array(root, QStringLiteral("subscriptions"), &ok);
        if (!ok)
            return false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("subscriptions[%1]").arg(i);
            QJsonObject o;
            Subscription subscription;
            if (!object(list.at(i), path, &o) || !text(o, path, QStringLiteral("filter"), &subscription.filter, true) ||
                !profile(o, path, &subscription.profile) ||
                !positive(o, path, QStringLiteral("expectedIntervalS"), &subscription.expectedIntervalS, false))
                return false;
            if (!isValidFilter(subscription.filter))
                return fail(path + QStringLiteral(".filter"),
                            tr("'%1' is not an MQTT topic filter ('+' and '#' stand alone between slashes, '#' last)")
                                .arg(subscription.filter));
            site->subscriptions.push_back(subscription);
        }
        return true;
    }

    bool plans(const Site& site)
    {
        const bool gui = qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
        for (const Floor& floor : site.floors) {
            const QString planName = QFileInfo(floor.planPath).fileName();
            QStringList ids;
            std::shared_ptr<FloorPlan> plan;
            SvgScan scan;
            if (gui) {
                auto loaded = FloorPlan::load(floor.planPath);
                if (!loaded) {
                    error = tr("floor '%1': %2").arg(floor.id, loaded.error());
                    return false;
                }
                plan = loaded.value();
            } else {
                QFile file(floor.planPath);
                if (!file.open(QIODevice::ReadOnly)) {
                    error = tr("floor '%1': cannot open %2: %3").arg(floor.id, floor.planPath, file.errorString());
                    return false;
                }
                auto scanned = SvgScan::read(file.readAll(), planName);
                if (!scanned) {
                    error = tr("floor '%1': %2").arg(floor.id, scanned.error());
                    return false;
                }
                scan = std::move(scanned).value();
            }
            for (std::size_t i = 0; i < site.rooms.size(); ++i) {
                const Room& room = site.rooms[i];
                if (room.floorId != floor.id)
                    continue;
                const QString element = room.elementId();
                const bool present = plan ? plan->hasElement(element) : scan.idLines.contains(element);
                if (present)
                    continue;
                const int roomLine = m_map.line(QStringLiteral("rooms[%1]").arg(i));
                error = tr("floor '%1': room '%2' has no element id '%3' in %4 (%5 line %6)")
                            .arg(floor.id, room.id, element, planName, m_fileName)
                            .arg(roomLine);
                if (plan && plan->elementLine(element) > 0)
                    error = tr("floor '%1': room '%2': element '%3' at %4 line %5 is not something Qt SVG draws")
                                .arg(floor.id, room.id, element, planName)
                                .arg(plan->elementLine(element));
                return false;
            }
        }
        return true;
    }

    void warnUnknownKeys(const QJsonObject& o, const QString& path, const QStringList& known)
    {
        for (const QString& key : o.keys()) {
            if (!known.contains(key))
                qCWarning(lcSiteLoader) << m_fileName << "line" << m_map.line(join(path, key)) << "ignores unknown key"
                                        << join(path, key);
        }
    }

    const SiteLoader::Options& options() const { return m_options; }

private:
    JsonSourceMap m_map;
    QString m_fileName;
    QString m_sitePath;
    SiteLoader::Options m_options;
};

} // namespace

Result<Site> SiteLoader::load(const QString& path)
{
    return load(path, Options{});
}

Result<Site> SiteLoader::load(const QString& path, const Options& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Site>::failure(tr("cannot open the site file %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path, options);
}

Result<Site> SiteLoader::parse(const QByteArray& raw, const QString& sitePath, const Options& options)
{
    const QString fileName = QFileInfo(sitePath).fileName();
    // A site file saved as UTF-16 or Latin-1 (some Windows editors do) would otherwise be
    // reported as a JSON syntax error on line 1: say what is really wrong and where.
    if (raw.startsWith("\xFF\xFE") || raw.startsWith("\xFE\xFF"))
        return Result<Site>::failure(tr("%1 is saved as UTF-16 text: save it as UTF-8").arg(fileName));
    const QByteArray json = raw.startsWith("\xEF\xBB\xBF") ? raw.mid(3) : raw; // a UTF-8 BOM is harmless
    {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QByteArray reencoded = QString(decoder(json)).toUtf8();
        if (decoder.hasError()) {
            qsizetype bad = 0;
            while (bad < json.size() && bad < reencoded.size() && json.at(bad) == reencoded.at(bad))
                ++bad;
            int line = 0;
            int column = 0;
            JsonSourceMap::lineAndColumn(json, bad, &line, &column);
            return Result<Site>::failure(tr("%1 line %2, column %3: not UTF-8 text (byte 0x%4): save the file as UTF-8")
                                             .arg(fileName)
                                             .arg(line)
                                             .arg(column)
                                             .arg(quint8(json.at(bad)), 2, 16, QLatin1Char('0')));
        }
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 0;
        int column = 0;
        qsizetype offset = parseError.offset;
        QString message = jsonParseMessage(parseError.error);
        // Qt reports two members without a comma between them as an unterminated object, one
        // character into the second member: point at that member and say what is missing.
        const bool unterminated = parseError.error == QJsonParseError::UnterminatedObject ||
                                  parseError.error == QJsonParseError::UnterminatedArray;
        if (unterminated && offset > 0 && offset <= json.size() && json.at(offset - 1) == '"') {
            --offset;
            message = tr("missing comma");
        }
        JsonSourceMap::lineAndColumn(json, offset, &line, &column);
        return Result<Site>::failure(tr("%1 line %2, column %3: %4").arg(fileName).arg(line).arg(column).arg(message));
    }
    if (!document.isObject())
        return Result<Site>::failure(
            tr("%1 line 1: the site file must hold one JSON object in curly braces").arg(fileName));

    Parser parser(json, sitePath, options);
    const QJsonObject root = document.object();
    Site site;
    site.filePath = QFileInfo(sitePath).absoluteFilePath();
    if (!parser.header(root, &site) || !parser.floors(root, &site) || !parser.rooms(root, &site) ||
        !parser.sensors(root, &site) || !parser.subscriptions(root, &site))
        return Result<Site>::failure(parser.error);
    parser.warnUnknownKeys(root, QString(),
                           {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("timeZone"),
                            QStringLiteral("rawReadingDays"), QStringLiteral("openingHours"), QStringLiteral("floors"),
                            QStringLiteral("rooms"), QStringLiteral("sensors"), QStringLiteral("subscriptions"),
                            // read by automation's ActuatorLoader (models/automation)
                            QStringLiteral("actuators"),
                            // read by BookingPolicy::fromSiteFile (models/bookings)
                            QStringLiteral("bookings")});
    if (options.checkPlans && !parser.plans(site))
        return Result<Site>::failure(parser.error);
    return site;
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvSource.h"

#include "TimeParsing.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace atrium::replay {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atrium::replay::CsvSource", text);
}

struct Record
{
    int line = 0; // where the record starts (1-based)
    QStringList fields;
};

// RFC 4180 records: fields separated by `delimiter`, optionally in double quotes, "" for a
// quote inside quotes, line breaks allowed inside quotes. CRLF and LF both end a record.
Result<std::vector<Record>> splitRecords(const QString& text, QChar delimiter, const QString& name)
{
    std::vector<Record> records;
    Record current;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    current.line = 1;
    auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().trimmed().isEmpty();
        if (!blank)
            records.push_back(std::move(current));
        current = Record{};
        current.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !fieldWasQuoted) {
            field.clear();
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (quoted)
        return Result<std::vector<Record>>::failure(
            tr("%1 line %2: a quoted field is never closed").arg(name).arg(current.line));
    if (!field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

bool isTimeColumnName(const QString& column)
{
    static const QStringList names = {QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("timestamp"),
                                      QStringLiteral("datetime")};
    return names.contains(column.trimmed().toLower());
}

struct Row
{
    qint64 timeMs = 0;
    std::vector<std::optional<double>> values; // one per mapped column
};

} // namespace

QList<QPair<QString, Metric>> CsvSource::defaultColumns()
{
    return {{QStringLiteral("Temperature"), Metric::Temperature},
            {QStringLiteral("Humidity"), Metric::Humidity},
            {QStringLiteral("Light"), Metric::Illuminance},
            {QStringLiteral("CO2"), Metric::Co2},
            {QStringLiteral("Occupancy"), Metric::Occupancy}};
}

Result<ReplayEvents> CsvSource::read(const QString& path, const Options& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ReplayEvents>::failure(tr("cannot open %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), QFileInfo(path).fileName(), options);
}

Result<ReplayEvents> CsvSource::parse(const QByteArray& data, const QString& name, const Options& options)
{
    using R = Result<ReplayEvents>;
    if (options.rooms.empty())
        return R::failure(tr("%1: no room to replay the series into").arg(name));

    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // A header with semicolons and no comma is a European-locale export.
    const QString headerLine = text.section(QLatin1Char('\n'), 0, 0);
    const QChar delimiter = headerLine.contains(QLatin1Char(';')) && !headerLine.contains(QLatin1Char(','))
                                ? QLatin1Char(';')
                                : QLatin1Char(',');
    auto split = splitRecords(text, delimiter, name);
    if (!split)
        return R::failure(split.error());
    const std::vector<Record>& records = *split;
    if (records.empty())
        return R::failure(tr("%1: the file is empty").arg(name));

    QStringList header = records.front().fields;
    for (QString& column : header)
        column = column.trimmed();
    auto columnIndex = [&header](const QString& wanted) -> int {
        for (int i = 0; i < header.size(); ++i) {
            if (header[i].compare(wanted, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    };

    int timeIndex = -1;
    if (!options.timeColumn.isEmpty()) {
        timeIndex = columnIndex(options.timeColumn);
        if (timeIndex < 0)
            return R::failure(tr("%1 line 1: no column \"%2\" in the header (%3)")
                                  .arg(name, options.timeColumn, header.join(QStringLiteral(", "))));
    } else {
        const auto it = std::find_if(header.cbegin(), header.cend(), isTimeColumnName);
        if (it == header.cend())
            return R::failure(tr("%1 line 1: no date column (named date, time, timestamp or datetime) in %2")
                                  .arg(name, header.join(QStringLiteral(", "))));
        timeIndex = int(it - header.cbegin());
    }

    const bool explicitColumns = !options.columns.isEmpty();
    struct Mapped
    {
        int index;
        QString column;
        Metric metric;
    };
    std::vector<Mapped> mapped;
    for (const auto& [column, metric] : explicitColumns ? options.columns : defaultColumns()) {
        const int index = columnIndex(column);
        if (index < 0 && explicitColumns)
            return R::failure(tr("%1 line 1: no column \"%2\" in the header (%3)")
                                  .arg(name, column, header.join(QStringLiteral(", "))));
        if (index >= 0)
            mapped.push_back({index, header[index], metric});
    }
    if (mapped.empty())
        return R::failure(tr("%1 line 1: none of the mapped columns is in the header (%2); use --map COLUMN=METRIC")
                              .arg(name, header.join(QStringLiteral(", "))));

    std::vector<Row> rows;
    const QLocale c = QLocale::c();
    for (size_t r = 1; r < records.size(); ++r) {
        if (options.maxRows >= 0 && int(rows.size()) >= options.maxRows)
            break;
        const Record& record = records[r];
        // One extra leading field: an unnamed row-number column. The first data row sets the
        // layout; every other row must have as many fields.
        const qsizetype extra = records[1].fields.size() - header.size();
        if (extra != 0 && extra != 1)
            return R::failure(tr("%1 line %2: %3 fields where the header names %4")
                                  .arg(name)
                                  .arg(records[1].line)
                                  .arg(records[1].fields.size())
                                  .arg(header.size()));
        if (record.fields.size() != records[1].fields.size())
            return R::failure(tr("%1 line %2: %3 fields where line %4 has %5")
                                  .arg(name)
                                  .arg(record.line)
                                  .arg(record.fields.size())
                                  .arg(records[1].line)
                                  .arg(records[1].fields.size()));
        const QString timeText = record.fields[timeIndex + extra];
        const auto time = parseTimeText(timeText, options.zone);
        if (!time)
            return R::failure(tr("%1 line %2: \"%3\" in column \"%4\" is not a date and time")
                                  .arg(name)
                                  .arg(record.line)
                                  .arg(timeText, header[timeIndex]));
        Row row;
        row.timeMs = *time;
        for (const Mapped& m : mapped) {
            const QString cell = record.fields[m.index + extra].trimmed();
            if (cell.isEmpty() || cell.compare(QLatin1String("NA"), Qt::CaseInsensitive) == 0) {
                row.values.emplace_back();
                continue;
            }
            bool ok = false;
            double value = c.toDouble(cell, &ok);
            if (!ok && (cell.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
                        cell.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)) {
                value = cell.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ? 1.0 : 0.0;
                ok = true;
            }
            if (!ok || !std::isfinite(value))
                return R::failure(tr("%1 line %2: \"%3\" in column \"%4\" is not a number")
                                      .arg(name)
                                      .arg(record.line)
                                      .arg(cell, m.column));
            row.values.emplace_back(value);
        }
        rows.push_back(std::move(row));
    }
    if (rows.empty())
        return R::failure(tr("%1: no data rows after the header").arg(name));

    qint64 anchorShift = 0;
    if (options.latestRowAtMs) {
        const qint64 latest = std::max_element(rows.cbegin(), rows.cend(), [](const Row& a, const Row& b) {
                                  return a.timeMs < b.timeMs;
                              })->timeMs;
        anchorShift = *options.latestRowAtMs - latest;
    }

    ZoneOffsets offsets(options.zone);
    ReplayEvents events;
    events.reserve(rows.size() * mapped.size() * options.rooms.size());
    for (const RoomTarget& room : options.rooms) {
        const QString prefix = QStringLiteral("atrium/%1/%2/").arg(options.siteId, room.roomId);
        for (const Row& row : rows) {
            const qint64 t = row.timeMs + anchorShift + room.shiftMs;
            for (size_t i = 0; i < mapped.size(); ++i) {
                if (row.values[i])
                    events.push_back(
                        {t, prefix + metricKey(mapped[i].metric), atriumPayload(*row.values[i], t, offsets)});
            }
        }
    }
    sortByDue(events);
    return events;
}

} // namespace atrium::replay

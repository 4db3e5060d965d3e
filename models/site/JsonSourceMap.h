// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace atrium {

// Where each value of a JSON text sits, by path ("rooms[3].capacity", "openingHours.mon").
// QJsonDocument parses; this only locates, so errors can name the line and SiteWriter can edit
// the text in place without reordering the user's keys. Give it text QJsonDocument accepted.
class JsonSourceMap
{
public:
    struct Span
    {
        int line = 0;         // 1-based line of the value's first character
        qsizetype begin = -1; // byte offset of the value's first character
        qsizetype end = -1;   // byte offset just past the value
    };

    explicit JsonSourceMap(const QByteArray& json);

    Span span(const QString& path) const;
    int line(const QString& path) const { return span(path).line; }

    // 1-based line and column (in characters) of a byte offset, e.g. QJsonParseError::offset.
    static void lineAndColumn(const QByteArray& text, qsizetype offset, int* line, int* column);

private:
    void parseValue(const QString& path);
    void skipWhitespace();
    void skipString();

    const QByteArray& m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QHash<QString, Span> m_spans;
};

} // namespace atrium

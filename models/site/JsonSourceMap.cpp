// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/JsonSourceMap.h"

namespace atrium {

JsonSourceMap::JsonSourceMap(const QByteArray& json) : m_text(json)
{
    parseValue(QString());
}

JsonSourceMap::Span JsonSourceMap::span(const QString& path) const
{
    return m_spans.value(path);
}

void JsonSourceMap::lineAndColumn(const QByteArray& text, qsizetype offset, int* line, int* column)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const qsizetype lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    *line = int(text.left(offset).count('\n')) + 1;
    // Columns count characters, not UTF-8 bytes, as an editor shows them.
    *column = int(QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size()) + 1;
}

void JsonSourceMap::skipWhitespace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_pos;
    }
}

void JsonSourceMap::skipString()
{
    ++m_pos; // opening quote
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos++);
        if (c == '\\')
            ++m_pos;
        else if (c == '"')
            return;
    }
}

void JsonSourceMap::parseValue(const QString& path)
{
    skipWhitespace();
    if (m_pos >= m_text.size())
        return;
    Span span;
    span.line = m_line;
    span.begin = m_pos;
    const char c = m_text.at(m_pos);
    if (c == '{') {
        ++m_pos;
        while (m_pos < m_text.size()) {
            skipWhitespace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) == '}')
                break;
            if (m_text.at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            const qsizetype keyBegin = m_pos;
            skipString();
            const QString key = QString::fromUtf8(m_text.mid(keyBegin + 1, m_pos - keyBegin - 2));
            skipWhitespace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == ':')
                ++m_pos;
            parseValue(path.isEmpty() ? key : path + u'.' + key);
        }
        ++m_pos;
    } else if (c == '[') {
        ++m_pos;
        int index = 0;
        while (m_pos < m_text.size()) {
            skipWhitespace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) == ']')
                break;
            if (m_text.at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            parseValue(path + u'[' + QString::number(index++) + u']');
        }
        ++m_pos;
    } else if (c == '"') {
        skipString();
    } else {
        while (m_pos < m_text.size() && !QByteArrayView(",]} \t\r\n").contains(m_text.at(m_pos)))
            ++m_pos;
    }
    span.end = m_pos;
    m_spans.insert(path, span);
}

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/FlatJson.h"

#include <QString>

#include <charconv>

namespace atrium::payload {

namespace {

// Deeper nesting goes to QJsonDocument, which has its own limit and message.
constexpr int kMaxDepth = 32;

class Scanner
{
public:
    explicit Scanner(QByteArrayView json) : m_p(json.data()), m_end(json.data() + json.size()) {}

    bool object(std::span<const QLatin1String> names, std::span<QJsonValue> out)
    {
        for (QJsonValue& value : out)
            value = QJsonValue(QJsonValue::Undefined);
        space();
        if (!take('{'))
            return false;
        space();
        if (!take('}')) {
            for (;;) {
                QByteArrayView key;
                if (!string(&key))
                    return false;
                space();
                if (!take(':'))
                    return false;
                space();
                const qsizetype index = indexOf(names, key);
                if (index < 0) {
                    if (!skipValue(1))
                        return false;
                } else if (!out[size_t(index)].isUndefined() || !value(&out[size_t(index)])) {
                    return false; // a repeated member: which one counts is QJsonDocument's call
                }
                space();
                if (take(','))
                    space();
                else if (take('}'))
                    break;
                else
                    return false;
            }
        }
        space();
        return m_p == m_end;
    }

private:
    static qsizetype indexOf(std::span<const QLatin1String> names, QByteArrayView key)
    {
        for (size_t i = 0; i < names.size(); ++i) {
            if (names[i].size() == key.size() && std::equal(key.begin(), key.end(), names[i].data()))
                return qsizetype(i);
        }
        return -1;
    }

    bool at(char c) const { return m_p < m_end && *m_p == c; }
    bool take(char c)
    {
        if (!at(c))
            return false;
        ++m_p;
        return true;
    }
    void space()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool digits()
    {
        const char* start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p > start;
    }

    bool string(QByteArrayView* text)
    {
        if (!take('"'))
            return false;
        const char* start = m_p;
        while (m_p < m_end && *m_p != '"') {
            // Escapes, control characters and anything beyond ASCII go to QJsonDocument, which
            // also checks the UTF-8 (QString::fromUtf8 here would replace bad bytes silently).
            const uchar c = uchar(*m_p);
            if (c == '\\' || c < 0x20 || c >= 0x80)
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        *text = QByteArrayView(start, m_p - start);
        ++m_p;
        return true;
    }

    bool number(double* value)
    {
        const char* start = m_p;
        take('-');
        if (take('0')) {
            // a leading zero stands alone
        } else if (!(m_p < m_end && *m_p >= '1' && *m_p <= '9') || !digits()) {
            return false;
        }
        bool integer = true;
        if (take('.')) {
            integer = false;
            if (!digits())
                return false;
        }
        if (take('e') || take('E')) {
            integer = false;
            if (!take('+'))
                take('-');
            if (!digits())
                return false;
        }
        // QJsonDocument keeps an integer exactly in 64 bits; a double holds every integer of up
        // to 15 digits exactly, and longer ones go to it.
        if (integer && m_p - start - (*start == '-') > 15)
            return false;
        const auto [end, error] = std::from_chars(start, m_p, *value);
        return error == std::errc() && end == m_p;
    }

    bool word(const char* text)
    {
        const char* p = m_p;
        for (; *text; ++text, ++p) {
            if (p == m_end || *p != *text)
                return false;
        }
        m_p = p;
        return true;
    }

    bool value(QJsonValue* out)
    {
        if (at('"')) {
            QByteArrayView text;
            if (!string(&text))
                return false;
            *out = QJsonValue(QString::fromUtf8(text));
            return true;
        }
        if (word("true")) {
            *out = QJsonValue(true);
            return true;
        }
        if (word("false")) {
            *out = QJsonValue(false);
            return true;
        }
        if (word("null")) {
            *out = QJsonValue(QJsonValue::Null);
            return true;
        }
        double number = 0;
        if (!this->number(&number))
            return false; // objects and arrays too: the caller gets them from QJsonDocument
        *out = QJsonValue(number);
        return true;
    }

    bool skipValue(int depth)
    {
        if (depth > kMaxDepth)
            return false;
        if (take('{')) {
            space();
            if (take('}'))
                return true;
            for (;;) {
                QByteArrayView key;
                if (!string(&key))
                    return false;
                space();
                if (!take(':'))
                    return false;
                space();
                if (!skipValue(depth + 1))
                    return false;
                space();
                if (take('}'))
                    return true;
                if (!take(','))
                    return false;
                space();
            }
        }
        if (take('[')) {
            space();
            if (take(']'))
                return true;
            for (;;) {
                if (!skipValue(depth + 1))
                    return false;
                space();
                if (take(']'))
                    return true;
                if (!take(','))
                    return false;
                space();
            }
        }
        if (at('"')) {
            QByteArrayView text;
            return string(&text);
        }
        if (word("true") || word("false") || word("null"))
            return true;
        // Converted all the same: a number QJsonDocument would refuse (out of range) must
        // send the whole text there.
        double ignored = 0;
        return number(&ignored);
    }

    const char* m_p;
    const char* m_end;
};

} // namespace

bool scanFlatObject(QByteArrayView json, std::span<const QLatin1String> names, std::span<QJsonValue> out)
{
    Q_ASSERT(out.size() == names.size());
    return Scanner(json).object(names, out);
}

} // namespace atrium::payload

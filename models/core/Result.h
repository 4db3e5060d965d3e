// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace atrium {

// A value or the reason there is none, in words a person can act on ("line 12: ...").
// Parsers and repositories return this instead of throwing across the event loop.
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString error)
    {
        Result r;
        r.m_error = std::move(error);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const T& operator*() const { return *m_value; }
    T& operator*() { return *m_value; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// Result of an action that yields nothing but may fail.
class Status
{
public:
    static Status success() { return Status(); }
    static Status failure(QString error)
    {
        Status s;
        s.m_failed = true;
        s.m_error = std::move(error);
        return s;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace atrium

// SPDX-FileCopyrightText: 2026 Atrium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace atrium {

// A transaction on a named connection that rolls back unless committed: every badge action is
// all or nothing. Private to models/access (its .cpp files include Qt SQL).
class SqlTransaction
{
public:
    explicit SqlTransaction(const QString& connection) : m_db(QSqlDatabase::database(connection, false))
    {
        m_open = m_db.transaction();
    }
    ~SqlTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }
    QString error() const { return m_db.lastError().text(); }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// Qt binds a null QString as SQL NULL; the text columns here are NOT NULL DEFAULT ''.
inline QString sqlText(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace atrium

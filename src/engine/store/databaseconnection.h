// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqldialect.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sb::engine {

// Where the store lives: an SQLite file, or a PostgreSQL database.
struct DatabaseLocation
{
    SqlDialect dialect;
    QString sqlitePath;
    // PostgreSQL only.
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;

    // postgresql://user[:password]@host[:port]/dbname (also "postgres://"); the password may
    // come from PGPASSWORD instead. nullopt (with the reason) for anything else.
    static std::optional<DatabaseLocation> fromUrl(const QString &url, QString *error);
    // For messages: the URL without its password.
    QString displayName() const;
};

// A named Qt SQL connection owned by the thread that opened it (QSqlDatabase connections
// cannot move between threads). Removes the connection when destroyed; every QSqlQuery on it
// must be gone by then.
class DatabaseConnection
{
public:
    DatabaseConnection(const DatabaseLocation &location, const QString &name, bool writer);
    ~DatabaseConnection();
    DatabaseConnection(const DatabaseConnection &) = delete;
    DatabaseConnection &operator=(const DatabaseConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QSqlDatabase database() const;
    const SqlDialect &dialect() const { return m_location.dialect; }

private:
    DatabaseLocation m_location;
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace sb::engine

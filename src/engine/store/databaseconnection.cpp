// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace sb::engine {

std::optional<DatabaseLocation> DatabaseLocation::fromUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres")) {
        *error = QStringLiteral("expected postgresql://user@host[:port]/dbname");
        return std::nullopt;
    }
    DatabaseLocation l;
    l.dialect = SqlDialect(SqlDialect::Kind::PostgreSQL);
    l.host = url.host();
    l.port = url.port(5432);
    l.user = url.userName();
    l.password = url.password().isEmpty() ? qEnvironmentVariable("PGPASSWORD") : url.password();
    l.databaseName = url.path().mid(1);
    if (l.host.isEmpty() || l.databaseName.isEmpty() || l.databaseName.contains(u'/')) {
        *error = QStringLiteral("the URL needs a host and a database name: postgresql://user@host[:port]/dbname");
        return std::nullopt;
    }
    return l;
}

QString DatabaseLocation::displayName() const
{
    if (dialect.kind() == SqlDialect::Kind::SQLite)
        return sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

DatabaseConnection::DatabaseConnection(const DatabaseLocation &location, const QString &name,
                                       bool writer)
    : m_location(location)
    , m_name(name)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(location.dialect.driverName(), name);
        if (location.dialect.kind() == SqlDialect::Kind::SQLite) {
            db.setDatabaseName(location.sqlitePath);
        } else {
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setUserName(location.user);
            db.setPassword(location.password);
            db.setDatabaseName(location.databaseName);
            db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=switchboardd"));
        }
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        for (const QString &statement : location.dialect.connectionSetup(writer)) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                m_error = statement + u": " + q.lastError().text();
                return;
            }
        }
    }
    m_open = true;
}

DatabaseConnection::~DatabaseConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase DatabaseConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace sb::engine

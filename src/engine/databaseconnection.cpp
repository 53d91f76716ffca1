// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseconnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sb::engine {

DatabaseConnection::DatabaseConnection(const DatabaseLocation &location, const QString &name,
                                       bool writer)
    : m_location(location)
    , m_name(name)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(location.dialect.driverName(), name);
        db.setDatabaseName(location.sqlitePath);
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

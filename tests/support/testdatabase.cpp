// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace sb::testing {
namespace {

QSqlDatabase connectTo(const QString &connectionName, const QUrl &url)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    db.open();
    return db;
}

// Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot run
// inside the database concerned).
QString administer(const QUrl &server, const QString &statement)
{
    const QString name = u"test-admin-" + QString::number(QRandomGenerator::global()->generate64(), 16);
    QString error;
    {
        QSqlDatabase db = connectTo(name, server);
        if (!db.isOpen()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(statement))
                error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

bool TestDatabase::postgresRequested()
{
    return qEnvironmentVariable("SWITCHBOARD_TEST_BACKEND") == u"postgresql";
}

TestDatabase::TestDatabase()
{
    if (!postgresRequested())
        return;
    const QUrl server(qEnvironmentVariable("SWITCHBOARD_TEST_POSTGRES"));
    if (!server.isValid() || server.host().isEmpty()) {
        m_error = QStringLiteral("SWITCHBOARD_TEST_POSTGRES is not set: run the test through scripts/with-test-postgres.sh or scripts/test.sh");
        return;
    }
    m_name = u"sbtest_" + QString::number(QRandomGenerator::global()->generate64(), 16);
    m_error = administer(server, u"CREATE DATABASE " + m_name);
    if (!m_error.isEmpty())
        return;
    QUrl own = server;
    own.setPath(u'/' + m_name);
    m_url = own.toString();
}

QSqlDatabase TestDatabase::open(const QString &connectionName, const QString &sqlitePath) const
{
    if (m_url.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
        return db;
    }
    return connectTo(connectionName, QUrl(m_url));
}

QSqlDatabase TestDatabase::openWritable(const QString &connectionName, const QString &sqlitePath) const
{
    if (!m_url.isEmpty())
        return connectTo(connectionName, QUrl(m_url));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(sqlitePath);
    db.open();
    return db;
}

TestDatabase::~TestDatabase()
{
    if (m_url.isEmpty())
        return;
    // FORCE: an engine killed by the test may leave a connection behind for a moment.
    administer(QUrl(qEnvironmentVariable("SWITCHBOARD_TEST_POSTGRES")), u"DROP DATABASE IF EXISTS " + m_name + u" WITH (FORCE)");
}

} // namespace sb::testing

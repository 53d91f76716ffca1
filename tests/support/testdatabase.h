// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sb::testing {

// The store backend the tests run against: SQLite (the default) or, when the environment has
// SWITCHBOARD_TEST_BACKEND=postgresql, a fresh database of its own on the PostgreSQL server
// at SWITCHBOARD_TEST_POSTGRES (scripts/test.sh and scripts/with-test-postgres.sh start one),
// dropped again when this object goes.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    static bool postgresRequested();
    bool isPostgres() const { return !m_url.isEmpty(); }
    // postgresql://… of this test's own database; empty for SQLite.
    QString url() const { return m_url; }
    // Why the database could not be made (empty when it could, or for SQLite).
    QString error() const { return m_error; }
    // A connection to the store for inspection: this database, or else the SQLite file at
    // `sqlitePath` read-only. Remove it with QSqlDatabase::removeDatabase(connectionName).
    QSqlDatabase open(const QString &connectionName, const QString &sqlitePath) const;
    // The same, writable on SQLite too: for a test that ages or downgrades the store.
    QSqlDatabase openWritable(const QString &connectionName, const QString &sqlitePath) const;

private:
    QString m_url;
    QString m_name;
    QString m_error;
};

} // namespace sb::testing

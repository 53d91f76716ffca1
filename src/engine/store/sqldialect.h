// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sb::engine {

// Every difference between the SQL the engine speaks to SQLite and to PostgreSQL lives here,
// so the rest of the store is written once.
class SqlDialect
{
public:
    enum class Kind { SQLite, PostgreSQL };

    explicit SqlDialect(Kind kind = Kind::SQLite) : m_kind(kind) {}

    Kind kind() const { return m_kind; }
    QString driverName() const;

    // Replaces {BIGINT}, {SEQ_PK} (an auto-incrementing 64-bit primary key), {TEXT}, {BLOB}
    // and {RANDOM_ID} (32 random hex digits) in a schema statement. A statement that begins
    // with {POSTGRESQL} is for PostgreSQL only: empty for SQLite.
    QString schema(QString statement) const;

    // Statements run on every new connection (SQLite pragmas; nothing for PostgreSQL).
    QStringList connectionSetup(bool writer) const;

private:
    Kind m_kind;
};

} // namespace sb::engine

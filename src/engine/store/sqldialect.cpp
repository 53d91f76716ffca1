// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

#include <QStringList>

namespace sb::engine {

QString SqlDialect::driverName() const
{
    return m_kind == Kind::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString SqlDialect::schema(QString statement) const
{
    const bool lite = m_kind == Kind::SQLite;
    static constexpr QLatin1StringView PostgresOnly("{POSTGRESQL}");
    if (statement.startsWith(PostgresOnly)) {
        if (lite)
            return {};
        statement.remove(0, PostgresOnly.size());
    }
    statement.replace(QLatin1StringView("{SEQ_PK}"),
                      lite ? QLatin1StringView("INTEGER PRIMARY KEY AUTOINCREMENT")
                           : QLatin1StringView("BIGSERIAL PRIMARY KEY"));
    statement.replace(QLatin1StringView("{BIGINT}"),
                      lite ? QLatin1StringView("INTEGER") : QLatin1StringView("BIGINT"));
    statement.replace(QLatin1StringView("{TEXT}"), QLatin1StringView("TEXT"));
    statement.replace(QLatin1StringView("{RANDOM_ID}"),
                      lite ? QLatin1StringView("lower(hex(randomblob(16)))")
                           : QLatin1StringView("md5(random()::text || clock_timestamp()::text)"));
    statement.replace(QLatin1StringView("{BLOB}"),
                      lite ? QLatin1StringView("BLOB") : QLatin1StringView("BYTEA"));
    return statement;
}

QStringList SqlDialect::connectionSetup(bool writer) const
{
    if (m_kind != Kind::SQLite) {
        // A writer never idles inside a transaction unless its process is stopped (SIGSTOP,
        // a paused VM): then the server ends the session, releasing the change-log lock the
        // other nodes wait for, instead of letting one frozen node stall them all.
        return writer ? QStringList{QStringLiteral("SET idle_in_transaction_session_timeout = '5s'")} : QStringList();
    }
    QStringList pragmas{
        QStringLiteral("PRAGMA busy_timeout = 10000"),
        QStringLiteral("PRAGMA foreign_keys = OFF"),
    };
    if (writer) {
        // WAL lets readers run beside the writer; FULL syncs each commit, so an accepted
        // event survives power loss, and group commit keeps that affordable.
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode = WAL"));
        pragmas.append(QStringLiteral("PRAGMA synchronous = FULL"));
        // Deleted rows are overwritten with zeros: an expunged payload (or one past its
        // retention) must not stay readable in the file's free space. Debian builds SQLite
        // with this on by default; other builds do not.
        pragmas.append(QStringLiteral("PRAGMA secure_delete = ON"));
    }
    return pragmas;
}

} // namespace sb::engine

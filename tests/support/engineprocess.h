// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testdatabase.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace sb::testing {

// A real switchboardd on loopback, on an ephemeral port, with its data in a temporary
// directory that outlives restarts of the process.
class EngineProcess
{
public:
    static constexpr const char *Token = "test-admin-token";

    explicit EngineProcess(QStringList extraArguments = {});

    // Tests deliver to receivers on 127.0.0.1, which the engine refuses unless allowed.
    void setAllowLoopback(bool allow) { m_allowLoopback = allow; }
    // The engine's wall clock runs `seconds` ahead of the machine's (a node whose NTP is off),
    // through libfaketime (Debian's faketime, which scripts/deps.sh installs); monotonic
    // clocks stay true. False, with the reason in `error`, when libfaketime is missing.
    bool setClockAhead(int seconds, QString *error = nullptr);
    // The engine starts with at most `soft` open descriptors (raisable by itself up to
    // `hard`), as under a host's `ulimit -n`.
    void setOpenFileLimit(long soft, long hard);
    ~EngineProcess();

    // Starts the engine and waits for its "listening on" line; false (with the engine's
    // output in `error`) if it did not come up.
    bool start(QString *error = nullptr);
    // SIGTERM, and waits for a clean exit; returns the exit code.
    int terminate();
    // SIGKILL: no drain, no goodbye.
    void kill();
    // SIGSTOP and SIGCONT: a process that stalls (a paused VM, a long swap) and comes back.
    void freeze();
    void thaw();

    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QString dataDir() const { return m_dataDir.path(); }
    QProcess &process() { return m_process; }

    // The test's PostgreSQL database when the tests run against PostgreSQL (see TestDatabase).
    const TestDatabase &database() const { return m_database; }
    // PostgreSQL runs: use `other`'s database instead of a database of its own.
    void shareDatabaseWith(const EngineProcess &other) { m_sharedDatabase = other.m_database.url(); }

private:
    TestDatabase m_database;
    QString m_sharedDatabase;
    QStringList m_arguments;
    QTemporaryDir m_dataDir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_scheme = QStringLiteral("http");
    bool m_allowLoopback = true;
};

} // namespace sb::testing

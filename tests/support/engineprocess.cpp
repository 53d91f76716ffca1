// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineprocess.h"

#include <csignal>

#include <sys/resource.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace sb::testing {

EngineProcess::EngineProcess(QStringList extraArguments)
    : m_arguments(std::move(extraArguments))
{
    m_process.setProgram(QStringLiteral(SWITCHBOARDD_EXE));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SWITCHBOARD_ADMIN_TOKEN"), QString::fromLatin1(Token));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

bool EngineProcess::setClockAhead(int seconds, QString *error)
{
    // Debian's multiarch directory, whatever the machine.
    const QFileInfoList found = QDir(QStringLiteral("/usr/lib")).entryInfoList({QStringLiteral("*-linux-gnu*")}, QDir::Dirs);
    QString library;
    for (const QFileInfo &dir : found) {
        const QString candidate = dir.absoluteFilePath() + u"/faketime/libfaketimeMT.so.1";
        if (QFile::exists(candidate))
            library = candidate;
    }
    if (library.isEmpty()) {
        if (error)
            *error = QStringLiteral("libfaketimeMT.so.1 is missing: scripts/deps.sh installs Debian's faketime");
        return false;
    }
    QProcessEnvironment env = m_process.processEnvironment();
    env.insert(QStringLiteral("LD_PRELOAD"), library);
    env.insert(QStringLiteral("FAKETIME"), u'+' + QString::number(seconds) + u's');
    env.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
    // AddressSanitizer wants its runtime first among the loaded libraries; this one goes first.
    const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"), (asan.isEmpty() ? QString() : asan + u':') + u"verify_asan_link_order=0");
    m_process.setProcessEnvironment(env);
    return true;
}

void EngineProcess::setOpenFileLimit(long soft, long hard)
{
    m_process.setChildProcessModifier([soft, hard] {
        const rlimit limit{static_cast<rlim_t>(soft), static_cast<rlim_t>(hard)};
        ::setrlimit(RLIMIT_NOFILE, &limit);
    });
}

EngineProcess::~EngineProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool EngineProcess::start(QString *error)
{
    // Keep the port of an earlier run, so clients and endpoints can reconnect to it.
    const QString listen = u"127.0.0.1:" + QString::number(m_port);
    QStringList arguments{QStringLiteral("--listen"), listen, QStringLiteral("--data-dir"), m_dataDir.path()};
    if (m_allowLoopback)
        arguments << QStringLiteral("--allow-network") << QStringLiteral("127.0.0.0/8");
    if (TestDatabase::postgresRequested()) {
        if (!m_database.isPostgres()) {
            if (error)
                *error = m_database.error();
            return false;
        }
        arguments << QStringLiteral("--database") << (m_sharedDatabase.isEmpty() ? m_database.url() : m_sharedDatabase);
    }
    m_process.setArguments(arguments + m_arguments);
    m_process.start();
    static const QRegularExpression ready(QStringLiteral(R"(listening on (https?):\S+:(\d+))"));
    QByteArray seen;
    const QDeadlineTimer deadline(15'000);
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(static_cast<int>(deadline.remainingTime())))
            continue;
        seen += m_process.readLine();
        const auto match = ready.match(QString::fromUtf8(seen));
        if (match.hasMatch()) {
            m_scheme = match.captured(1);
            m_port = static_cast<quint16>(match.captured(2).toUInt());
            return true;
        }
    }
    if (error)
        *error = QString::fromUtf8(seen + m_process.readAllStandardError());
    return false;
}

int EngineProcess::terminate()
{
    m_process.terminate();
    const bool finished = m_process.waitForFinished(30'000);
    const int code = finished && m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    // What went wrong, in the test's output: a sanitizer's report, a crash, a drain that hung.
    if (code != 0)
        qWarning("switchboardd %s; its last words:\n%s", finished ? "exited abnormally" : "did not exit within 30 s",
                 m_process.readAllStandardError().right(8000).constData());
    return code;
}

void EngineProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

void EngineProcess::freeze()
{
    ::kill(static_cast<pid_t>(m_process.processId()), SIGSTOP);
}

void EngineProcess::thaw()
{
    ::kill(static_cast<pid_t>(m_process.processId()), SIGCONT);
}

QString EngineProcess::baseUrl() const
{
    return m_scheme + u"://127.0.0.1:" + QString::number(m_port);
}

} // namespace sb::testing

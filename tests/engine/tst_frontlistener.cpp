// SPDX-License-Identifier: GPL-3.0-or-later
// The front's listening socket when the process runs out of descriptors: it pauses and
// accepts again once some are free, instead of retrying at once (a spinning thread) or
// stopping for good, the two things Qt 6.4's QTcpServer did here (seen with strace on the
// engine: accept4() failing with EMFILE in a loop, or never called again).
#include "engine/api/frontlistener.h"

#include <QDir>
#include <QScopeGuard>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <vector>

#include <fcntl.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using sb::engine::FrontListener;

namespace {

// The highest descriptor number open now (the limit caps numbers, not a count).
int highestDescriptor()
{
    int highest = 0;
    for (const QString &name : QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System))
        highest = std::max(highest, name.toInt());
    return highest;
}

// A client connected through the listen backlog: the kernel completes the handshake before
// anyone accepts.
int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) == 0 ? fd : -1;
}

} // namespace

class TestFrontListener : public QObject
{
    Q_OBJECT

private slots:
    void acceptsAgainOnceDescriptorsAreFree()
    {
        std::vector<int> accepted;
        FrontListener listener([&](qintptr fd) { accepted.push_back(static_cast<int>(fd)); });
        QString error;
        QVERIFY2(listener.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        constexpr int Clients = 30;
        std::vector<int> clients;
        for (int i = 0; i < Clients; ++i) {
            clients.push_back(connectTo(listener.port()));
            QVERIFY(clients.back() >= 0);
        }
        // Room for five more descriptors: the limit five above the highest number open, every
        // free number below it taken (by /dev/null), five of them given back.
        rlimit before{};
        QVERIFY(::getrlimit(RLIMIT_NOFILE, &before) == 0);
        std::vector<int> fillers;
        const auto restore = qScopeGuard([&] {
            for (int fd : fillers)
                ::close(fd);
            ::setrlimit(RLIMIT_NOFILE, &before);
        });
        rlimit tight = before;
        tight.rlim_cur = static_cast<rlim_t>(highestDescriptor() + 1 + 5);
        QVERIFY(::setrlimit(RLIMIT_NOFILE, &tight) == 0);
        for (int fd; (fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC)) >= 0;)
            fillers.push_back(fd);
        QCOMPARE(errno, EMFILE);
        QVERIFY(fillers.size() >= 5);
        for (int i = 0; i < 5; ++i) {
            ::close(fillers.back());
            fillers.pop_back();
        }
        QTRY_VERIFY2(listener.resourceErrors() > 0, qPrintable(QStringLiteral("accepted %1, limit %2").arg(accepted.size()).arg(tight.rlim_cur)));
        const int acceptedWhileFull = static_cast<int>(accepted.size());
        QCOMPARE(acceptedWhileFull, 5);
        const qint64 errorsWhileFull = listener.resourceErrors();

        // Those connections end: their descriptors are free again, and the rest get accepted.
        for (int fd : accepted)
            ::close(fd);
        accepted.clear();
        for (int fd : fillers)
            ::close(fd);
        fillers.clear();
        QVERIFY(::setrlimit(RLIMIT_NOFILE, &before) == 0);
        QTRY_COMPARE(static_cast<int>(accepted.size()), Clients - acceptedWhileFull);
        // Paused between tries: a handful of failures, not a loop of them.
        QVERIFY2(errorsWhileFull < 50, qPrintable(QString::number(errorsWhileFull)));
        for (int fd : accepted)
            ::close(fd);
        for (int fd : clients)
            ::close(fd);
    }

    void refusesAnAddressItCannotParse()
    {
        FrontListener listener([](qintptr fd) { ::close(static_cast<int>(fd)); });
        QString error;
        QVERIFY(!listener.listen(QHostAddress(QStringLiteral("locahlost")), 0, &error));
        QCOMPARE(error, QStringLiteral("not an IP address to listen on"));
    }
};

QTEST_GUILESS_MAIN(TestFrontListener)
#include "tst_frontlistener.moc"

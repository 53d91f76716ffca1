// SPDX-License-Identifier: GPL-3.0-or-later
// The front in one process with a real store's reader pool: a read goes from the worker that
// parsed it straight to a reader thread, so it is answered while the engine's thread (here the
// test's own) is busy. Consoles and scrapers looping over lists and statistics then take no
// time from the thread that ingests and schedules deliveries.
#include "engine/api/apiserver.h"
#include "engine/api/httpfront.h"
#include "engine/store/readerpool.h"
#include "engine/store/storewriter.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <chrono>
#include <future>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace sb::engine;
using namespace std::chrono_literals;

namespace {

const QByteArray Token = "front-test-token-0123456789";

// A kept-alive client on a blocking socket, used from a thread of its own: the test's thread
// stands for the engine's and must be free to block.
class BlockingClient
{
public:
    explicit BlockingClient(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        timeval timeout{30, 0}; // a broken front fails the test instead of hanging it
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&to), sizeof to) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~BlockingClient()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    // The body of the answer to GET `path`, or the status line when it is not a 200.
    QByteArray get(const QByteArray &path)
    {
        const QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + Token + "\r\n\r\n";
        if (m_fd < 0 || ::send(m_fd, request.constData(), static_cast<size_t>(request.size()), MSG_NOSIGNAL) != request.size())
            return "not sent";
        QByteArray in;
        for (;;) {
            const qsizetype end = in.indexOf("\r\n\r\n");
            if (end >= 0) {
                const QByteArray head = in.left(end).toLower();
                const qsizetype at = head.indexOf("content-length:");
                const qsizetype length = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                if (in.size() >= end + 4 + length) {
                    const QByteArray answer = in.mid(end + 4, length);
                    return in.startsWith("HTTP/1.1 200") ? answer : in.left(in.indexOf('\r'));
                }
            }
            char buffer[4096];
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n <= 0)
                return "no answer";
            in.append(buffer, n);
        }
    }

private:
    int m_fd = -1;
};

} // namespace

class TestHttpFront : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void aReadIsAnsweredWhileTheEngineThreadIsBusy()
    {
        DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(QStringLiteral("store.db"));
        StoreWriter writer(location); // creates the schema the readers open
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        ReaderPool pool(location, 2);
        QVERIFY2(pool.start(&error), qPrintable(error));

        ApiServer server;
        server.setReaderPool(&pool);
        AccessControl access;
        access.addToken(QStringLiteral("test"), Role::Admin, Token);
        server.setAccessControl(access);
        const auto where = [](const ApiCallPtr &call) {
            const QByteArray thread = ReaderPool::current() ? "reader" : QThread::currentThread() == qApp->thread() ? "engine" : "other";
            call->text(200, thread, "text/plain");
        };
        server.readRoute(QStringLiteral("/api/v1/read"), where);
        server.route(ApiServer::Method::Get, QStringLiteral("/api/v1/engine"), where);

        HttpFront front(&server, FrontSettings{});
        QVERIFY2(front.listen(QStringLiteral("127.0.0.1"), 0, std::nullopt, &error), qPrintable(error));
        BlockingClient client(front.port());

        // The connection is accepted on the engine's thread: let it run for the first answer.
        auto first = std::async(std::launch::async, [&] { return client.get("/api/v1/engine"); });
        QTRY_VERIFY_WITH_TIMEOUT(first.wait_for(0s) == std::future_status::ready, 30000);
        QCOMPARE(first.get(), QByteArray("engine"));

        // Now the engine's thread is busy (blocked in wait_for, running no events): a read on
        // the same connection is answered all the same, by a reader thread.
        auto read = std::async(std::launch::async, [&] { return client.get("/api/v1/read"); });
        QCOMPARE(read.wait_for(30s), std::future_status::ready);
        QCOMPARE(read.get(), QByteArray("reader"));

        // While a route of the engine's thread waits for it: the block above was real.
        auto onEngine = std::async(std::launch::async, [&] { return client.get("/api/v1/engine"); });
        QCOMPARE(onEngine.wait_for(200ms), std::future_status::timeout);
        QTRY_VERIFY_WITH_TIMEOUT(onEngine.wait_for(0s) == std::future_status::ready, 30000);
        QCOMPARE(onEngine.get(), QByteArray("engine"));
        front.stop();
    }

    void aRoutePreparesOnTheFrontsWorkerAndRunsOnTheEngine()
    {
        // The ingest route decodes its event this way: the engine's thread gets it decoded.
        ApiServer server;
        AccessControl access;
        access.addToken(QStringLiteral("test"), Role::Admin, Token);
        server.setAccessControl(access);
        const auto threadName = [] {
            return QThread::currentThread() == qApp->thread() ? QByteArray("engine") : QByteArray("worker");
        };
        server.route(
            ApiServer::Method::Get, QStringLiteral("/api/v1/prepared/{x}"),
            [threadName](const ApiCallPtr &call) {
                const QByteArray *prepared = call->prepared<QByteArray>();
                call->text(200, (prepared ? *prepared : QByteArray("nothing")) + " then " + threadName(), "text/plain");
            },
            ApiServer::Access::Default,
            [threadName](ApiCall &call) { call.setPrepared(QByteArray(call.args().at(0).toUtf8() + " on " + threadName())); });
        HttpFront front(&server, FrontSettings{});
        QString error;
        QVERIFY2(front.listen(QStringLiteral("127.0.0.1"), 0, std::nullopt, &error), qPrintable(error));
        BlockingClient client(front.port());
        auto answer = std::async(std::launch::async, [&] { return client.get("/api/v1/prepared/decoded"); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.wait_for(0s) == std::future_status::ready, 30000);
        QCOMPARE(answer.get(), QByteArray("decoded on worker then engine"));
        front.stop();
    }
};

QTEST_GUILESS_MAIN(TestHttpFront)
#include "tst_httpfront.moc"

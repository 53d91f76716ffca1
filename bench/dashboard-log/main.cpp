// SPDX-License-Identifier: GPL-3.0-or-later
// bench/dashboard-log: the console's delivery log over a local history of 1,000,000 attempts.
// Measures, in one run: window open to first rows, applying filters, jumping to the oldest,
// resident memory, and the GUI event loop's stalls while a stream feeds 5,000 changes/s.
// Each figure comes with a reference measured in the same run: SQLite answering the same
// query on its own connection (what the store alone costs), and the event loop's stalls with
// no feed. Figures, never pass/fail. Usage: bench_dashboard_log [store-dir] [attempts]
#include "benchstore.h"
#include "benchstreamserver.h"

#include "../processmemory.h"
#include "dashboard/connection/enginesession.h"
#include "dashboard/history/deliveryfilter.h"
#include "dashboard/log/deliveriesview.h"
#include "dashboard/log/deliverylogmodel.h"
#include "dashboard/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QProcess>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace sb;

using sb::bench::rssMb;

namespace {

const QString Instance = QStringLiteral("bench-instance");

// Lateness of a 5 ms timer on the GUI thread: how long the event loop could not run.
struct Stalls
{
    double p99 = 0, max = 0;
    int samples = 0;
};
Stalls measureStalls(int ms)
{
    QList<double> late;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = clock.nsecsElapsed();
        late.append(std::max(0.0, (now - last) / 1e6 - 5.0));
        last = now;
    });
    tick.start();
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    std::sort(late.begin(), late.end());
    Stalls s;
    s.samples = static_cast<int>(late.size());
    if (!late.isEmpty()) {
        s.max = late.constLast();
        s.p99 = late.at(std::min<qsizetype>(late.size() - 1, late.size() * 99 / 100));
    }
    return s;
}

// The same first page straight from SQLite on a fresh connection: the floor for the model.
double sqliteFirstPageMs(const QString &path, const dashboard::DeliveryFilter::Result &filter, bool oldestFirst)
{
    QElapsedTimer t;
    t.start();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reference"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
        QSqlQuery q(db);
        q.prepare(u"SELECT msg_id, endpoint_id, app_id, event_type, created_at, status, http_code, latency_ms, attempts, next_attempt, "
                  u"error_class FROM deliveries WHERE (" + dashboard::DeliveryFilter::resolveFullText(db, filter.where, filter.values)
                  + u") ORDER BY created_at " + (oldestFirst ? u"ASC" : u"DESC")
                  + u", msg_id, endpoint_id LIMIT 200");
        for (qsizetype i = 0; i < filter.values.size(); ++i)
            q.bindValue(static_cast<int>(i), filter.values.at(i));
        if (!q.exec())
            std::fprintf(stderr, "reference query failed: %s (%s)\n", qPrintable(q.lastError().text()), qPrintable(filter.where));
        while (q.next()) {
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reference"));
    return t.nsecsElapsed() / 1e6;
}

void row(const char *what, double value, const char *unit, double reference, const char *goal)
{
    std::printf("%-44s %9.1f %-3s  reference %8.1f %-3s  ratio %6.2f   goal %s\n", what, value, unit, reference, unit,
                reference > 0 ? value / reference : 0.0, goal);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath() + QStringLiteral("/switchboard-bench");
    const int attempts = argc > 2 ? QByteArray(argv[2]).toInt() : 1'000'000;
    QDir().mkpath(dir);
    // The file name carries the store's format: a store from an older console is not reused.
    const QString pristine = dir + QStringLiteral("/history-v4-%1.db").arg(attempts);

    if (QCoreApplication::arguments().contains(QStringLiteral("--build-only"))) {
        const QString error = bench::buildHistoryStore(pristine, attempts, Instance);
        if (!error.isEmpty())
            std::fprintf(stderr, "building the store failed: %s\n", qPrintable(error));
        return error.isEmpty() ? 0 : 1;
    }
    // Built by a child process, so this one's memory figures are the console's alone.
    QElapsedTimer build;
    build.start();
    if (!QFileInfo::exists(pristine)) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), {dir, QString::number(attempts), QStringLiteral("--build-only")});
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            return 1;
    }
    std::printf("store: %d attempts in %s (%.0f MB; ready in %.1f s)\n", attempts, qPrintable(pristine),
                QFileInfo(pristine).size() / 1e6, build.elapsed() / 1000.0);
    // The live feed writes into the store: work on a copy so every run starts the same.
    const QString path = dir + QStringLiteral("/history-run.db");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QFile::copy(pristine, path);

    bench::BenchStreamServer server(Instance, bench::lastSeqOf(attempts));
    const quint16 port = server.start();
    const double rssBefore = rssMb();
    const dashboard::DeliveryFilter::Result everything = dashboard::DeliveryFilter::parse(QString());
    const double openReference = sqliteFirstPageMs(path, everything, false);

    // Window open to first rows: the session opens the store and the stream, the log's first
    // page arrives from the reader thread.
    QElapsedTimer open;
    open.start();
    dashboard::EngineSession session(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), "bench-token", path);
    session.start();
    dashboard::MainWindow window(&session);
    window.show();
    dashboard::DeliveriesView *view = window.deliveries();
    dashboard::DeliveryLogModel *model = view->model();
    while (model->rowCount() == 0 && open.elapsed() < 60'000)
        QSignalSpy(model, &dashboard::DeliveryLogModel::pageLoaded).wait(100);
    const double openMs = open.nsecsElapsed() / 1e6;
    row("window open to first rows", openMs, "ms", openReference, "< 1000 ms");

    const auto timeFilter = [&](const char *label, const QString &text) {
        const auto parsed = dashboard::DeliveryFilter::parse(text);
        if (!parsed.ok) {
            std::printf("%-44s not measured: %s\n", label, qPrintable(parsed.error));
            return;
        }
        const double reference = sqliteFirstPageMs(path, parsed, false);
        QSignalSpy loaded(model, &dashboard::DeliveryLogModel::pageLoaded);
        QElapsedTimer t;
        t.start();
        model->setFilter(parsed);
        loaded.wait(60'000);
        row(label, t.nsecsElapsed() / 1e6, "ms", reference, "< 500 ms");
        std::printf("    (%s: %d rows on the first page)\n", qPrintable(text), model->rowCount());
    };
    timeFilter("filter status:dead", QStringLiteral("status:dead"));
    timeFilter("filter endpoint + status + time", QStringLiteral("endpoint:ep_bench07 status:failed after:-7d"));
    timeFilter("filter event:call.* code:5xx", QStringLiteral("event:call.* code:5xx"));
    timeFilter("filter by message id", QStringLiteral("msg_bench00424242"));
    timeFilter("filter free text, no match", QStringLiteral("upstream"));
    timeFilter("filter free text, common word", QStringLiteral("ended"));
    timeFilter("filter free text, rare word", QStringLiteral("gateway"));
    timeFilter("filter cleared", QString());

    {
        const double reference = sqliteFirstPageMs(path, everything, true);
        QSignalSpy loaded(model, &dashboard::DeliveryLogModel::pageLoaded);
        QElapsedTimer t;
        t.start();
        view->setOldestFirst(true);
        loaded.wait(60'000);
        row("jump to the oldest (Ctrl+End)", t.nsecsElapsed() / 1e6, "ms", reference, "(none)");
        view->setOldestFirst(false);
        QSignalSpy(model, &dashboard::DeliveryLogModel::pageLoaded).wait(10'000);
    }
    const double rssOpen = rssMb();
    std::printf("%-44s %9.1f MB   (process before the window: %.1f MB)   goal < 300 MB\n", "resident memory, log open", rssOpen, rssBefore);

    // Stalls: first with nothing arriving (the reference), then with the feed at 5,000/s.
    const Stalls idle = measureStalls(5000);
    server.startFeed(5000);
    const qint64 seqBefore = session.store()->lastSeq();
    const Stalls busy = measureStalls(10'000);
    server.stopFeed();
    const qint64 stored = session.store()->lastSeq() - seqBefore;
    row("GUI stall p99, stream at 5,000 changes/s", busy.p99, "ms", idle.p99, "< 50 ms");
    row("GUI stall max, stream at 5,000 changes/s", busy.max, "ms", idle.max, "(none)");
    std::printf("    feed sent %lld changes, the store committed %lld of them in the 10 s; %d timer samples (idle %d)\n",
                static_cast<long long>(server.sent()), static_cast<long long>(stored), busy.samples, idle.samples);
    std::printf("%-44s %9.1f MB   goal < 300 MB\n", "resident memory after the feed", rssMb());
    std::printf("log rows held by the model: %d\n", model->rowCount());
    return 0;
}

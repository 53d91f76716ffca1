// SPDX-License-Identifier: GPL-3.0-or-later
// bench/console-first-sync: a console's first connection to an engine with a long past (the
// script seeds millions of attempts and their change log). Two runs with fresh histories, in
// one process:
//   first sync: the recent hour from the stream position an hour ago, the roll-ups before it,
//               the older changes in the background;
//   reference:  a replay of the whole change log (what every first connection did before),
//               for at most LIMIT seconds, then its rate and the time the whole would take.
// The Overview is "right" when its attempt totals for the last hour and the last day equal
// the engine's /api/v1/stats for the same minutes. Figures, never pass/fail.
// Usage: bench_console_first_sync ENGINE_URL TOKEN WORK_DIR [LIMIT_SECONDS]
#include "../processmemory.h"
#include "dashboard/connection/enginesession.h"
#include "dashboard/connection/historysync.h"
#include "dashboard/connection/streamconnection.h"
#include "dashboard/history/historyreader.h"
#include "dashboard/history/historystore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <limits>

using namespace sb::dashboard;

using sb::bench::rssMb;

namespace {

constexpr qint64 Minute = 60'000;

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

QJsonObject getJson(const QUrl &base, const QByteArray &token, const QString &path, const QUrlQuery &query)
{
    static QNetworkAccessManager net;
    QUrl url = base.resolved(QUrl(path));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = net.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// The engine's attempts in [from, to): what the console's Overview must show.
qint64 engineAttempts(const QUrl &base, const QByteArray &token, qint64 fromMs, qint64 toMs, int bucketSeconds = 60)
{
    const QJsonObject stats = getJson(base, token, QStringLiteral("/api/v1/stats"),
                                      QUrlQuery{{QStringLiteral("since"), iso(fromMs)},
                                                {QStringLiteral("until"), iso(toMs)},
                                                {QStringLiteral("bucket"), QString::number(bucketSeconds)}});
    return stats.value(QLatin1StringView("overall")).toObject().value(QLatin1StringView("attempts")).toInteger(-1);
}

struct Range
{
    const char *name;
    qint64 fromMs, toMs, expected;
    double doneSeconds = -1; // when the Overview first showed `expected`
    qint64 shown = 0;        // what it showed last
};

struct Run
{
    // Window chosen; every change up to the engine's last one in the history (for the first
    // sync: the window's); the older past copied.
    double windowSeconds = -1, appliedSeconds = -1, backfillSeconds = -1;
    int backfillPercent = 0;
    qint64 appliedSeq = 0; // the last change the local history holds at the end
    double peakRssMb = 0;  // sampled every 50 ms
    double seconds = 0;
};

// One console start against the engine, until the Overview is right and the stream is live
// (or `limitSeconds`); with `replayAll`, the whole change log is replayed.
Run measure(const QUrl &engine, const QByteArray &token, const QString &historyPath, bool replayAll, qint64 engineLastSeq,
            QList<Range> &ranges, double limitSeconds)
{
    Run run;
    EngineSession session(engine, token, historyPath);
    if (replayAll)
        session.sync()->setMinimumOlderChanges(std::numeric_limits<qint64>::max());
    QElapsedTimer clock;
    const auto now = [&clock] { return double(clock.nsecsElapsed()) / 1e9; };
    QObject::connect(session.sync(), &HistorySync::windowLoaded, [&] { run.windowSeconds = now(); });
    QObject::connect(session.sync(), &HistorySync::backfillFinished, [&] { run.backfillSeconds = now(); });
    QObject::connect(session.sync(), &HistorySync::backfillProgress, [&](int percent) { run.backfillPercent = percent; });
    // Ask for each range's Overview in turn, as the view does (one query at a time).
    QHash<quint64, int> asked;
    const auto ask = [&] {
        for (int i = 0; i < ranges.size(); ++i) {
            if (ranges[i].doneSeconds >= 0)
                continue;
            OverviewRequest request;
            request.fromMs = ranges[i].fromMs;
            request.toMs = ranges[i].toMs;
            request.bucketMs = ranges[i].toMs - ranges[i].fromMs > 6 * 60 * Minute ? 15 * Minute : Minute;
            asked.insert(session.reader()->requestOverview(request), i);
            return;
        }
    };
    QEventLoop loop;
    QObject::connect(session.reader(), &HistoryReader::overviewReady, [&](quint64 id, const OverviewData &data) {
        const int i = asked.take(id);
        qint64 attempts = 0;
        for (const OverviewBucket &b : data.buckets)
            attempts += b.attempts;
        ranges[i].shown = attempts;
        if (attempts == ranges[i].expected)
            ranges[i].doneSeconds = now();
        QTimer::singleShot(ranges[i].doneSeconds >= 0 ? 0 : 100, ask);
    });
    QTimer stop;
    QObject::connect(&stop, &QTimer::timeout, [&] {
        run.peakRssMb = std::max(run.peakRssMb, rssMb());
        if (run.appliedSeconds < 0 && session.store()->lastSeq() >= engineLastSeq)
            run.appliedSeconds = now();
        const bool right = std::all_of(ranges.cbegin(), ranges.cend(), [](const Range &r) { return r.doneSeconds >= 0; });
        if ((right && run.appliedSeconds >= 0 && (replayAll || run.windowSeconds >= 0)) || now() > limitSeconds)
            loop.quit();
    });
    clock.start();
    session.start();
    stop.start(50);
    ask();
    loop.exec();
    run.seconds = now();
    run.appliedSeq = session.store()->lastSeq();
    if (!replayAll && session.sync()->backfilling())
        run.backfillPercent = session.sync()->backfillPercent();
    return run;
}

QString seconds(double s)
{
    return s < 0 ? QStringLiteral("-") : QString::number(s, 'f', 2);
}

QString shown(const Range &r)
{
    return r.doneSeconds >= 0 ? seconds(r.doneSeconds) + u" s"
                              : QStringLiteral("not yet (%1 of %2)").arg(r.shown).arg(r.expected);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: %s ENGINE_URL TOKEN WORK_DIR [LIMIT_SECONDS]\n", qPrintable(args.value(0)));
        return 2;
    }
    const QUrl engine(args.at(1));
    const QByteArray token = args.at(2).toUtf8();
    const QString work = args.at(3);
    const double limit = args.value(4, QStringLiteral("60")).toDouble();

    const QJsonObject position = getJson(engine, token, QStringLiteral("/api/v1/stream/position"), {});
    const qint64 changes = position.value(QLatin1StringView("lastSeq")).toInteger() - position.value(QLatin1StringView("oldestSeq")).toInteger() + 1;
    const qint64 to = (QDateTime::currentMSecsSinceEpoch() / Minute + 1) * Minute;
    QList<Range> ranges{{"last hour", to - 60 * Minute, to, 0}, {"last day", to - 24 * 60 * Minute, to, 0}};
    for (Range &r : ranges)
        r.expected = engineAttempts(engine, token, r.fromMs, r.toMs);
    const qint64 total = engineAttempts(engine, token, to - 30LL * 24 * 60 * Minute, to, 86'400);
    std::printf("== engine: %lld attempts in the last 30 days, %lld changes in its log; %lld in the last day, %lld in the last hour\n",
                qlonglong(total), qlonglong(changes), qlonglong(ranges[1].expected), qlonglong(ranges[0].expected));

    const qint64 lastSeq = position.value(QLatin1StringView("lastSeq")).toInteger();
    QList<Range> fast = ranges;
    const Run first = measure(engine, token, work + u"/first-sync.db", false, lastSeq, fast, limit);
    std::printf("   first sync: window chosen %s s, its changes in %s s; Overview right: last hour %s, last day %s; "
                "older history %d %% copied at %s s%s; peak RSS %.0f MiB\n",
                qPrintable(seconds(first.windowSeconds)), qPrintable(seconds(first.appliedSeconds)), qPrintable(shown(fast[0])),
                qPrintable(shown(fast[1])), first.backfillPercent, qPrintable(seconds(first.seconds)),
                first.backfillSeconds >= 0 ? qPrintable(u" (finished at " + seconds(first.backfillSeconds) + u" s)") : "",
                first.peakRssMb);

    QList<Range> slow = ranges;
    const Run replay = measure(engine, token, work + u"/replay.db", true, lastSeq, slow, limit);
    const qint64 oldest = position.value(QLatin1StringView("oldestSeq")).toInteger();
    const double rate = double(replay.appliedSeq - oldest + 1) / replay.seconds;
    const double whole = replay.appliedSeconds >= 0 ? replay.appliedSeconds : double(changes) / rate;
    std::printf("   reference, a replay of the whole log: %.0f changes/s; all in %s s%s; Overview right: last hour %s, last day %s; "
                "peak RSS %.0f MiB\n",
                rate, qPrintable(seconds(whole)),
                replay.appliedSeconds >= 0 ? "" : qPrintable(u" (projected; stopped at " + seconds(replay.seconds) + u" s)"),
                qPrintable(shown(slow[0])), qPrintable(shown(slow[1])), replay.peakRssMb);
    const double fastRight = std::max({first.appliedSeconds, fast[0].doneSeconds, fast[1].doneSeconds});
    if (std::min({first.appliedSeconds, fast[0].doneSeconds, fast[1].doneSeconds}) > 0)
        std::printf("   ratio: Overview and the last hour's log right %.1fx sooner than by a replay (%.2f s vs %.2f s)\n",
                    whole / fastRight, fastRight, whole);
    return 0;
}

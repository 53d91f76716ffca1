// SPDX-License-Identifier: GPL-3.0-or-later
// Operator task: "is the engine alive?" A real engine is stopped (SIGSTOP, as a paused VM or a
// long swap would): its sockets stay open and it says nothing. The console's real window must
// say so within five seconds, with the time it last heard from the engine, and must not show
// "Live" or a lag of 0 meanwhile; when the engine continues, the window is Live again and the
// changes made since reach the log.
#include "dashboard/alerts/alertmonitor.h"
#include "dashboard/connection/enginesession.h"
#include "dashboard/log/deliveriesview.h"
#include "dashboard/log/deliverylogmodel.h"
#include "dashboard/mainwindow.h"
#include "dashboard/overview/overviewcharts.h"
#include "dashboard/overview/overviewview.h"
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include <QAreaSeries>
#include <QLabel>
#include <QLineSeries>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sb::dashboard;
using sb::testing::ApiClient;
using sb::testing::EngineProcess;

class TestFrozenEngine : public QObject
{
    Q_OBJECT

    static QString statusBarText(const MainWindow &window)
    {
        QStringList parts;
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
            parts.append(label->text());
        return parts.join(u" | ");
    }

private slots:
    void frozenEngineIsShownAndRecovers()
    {
        QTemporaryDir dir;
        EngineProcess engine;
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        // SIGTERM to a stopped process would wait for ever: whatever happens, it continues.
        const auto thawAtEnd = qScopeGuard([&engine] { engine.thaw(); });
        ApiClient producer(engine.baseUrl(), EngineProcess::Token);
        const QString app = producer.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Initech")}})
                                .json.value(QLatin1StringView("id")).toString();
        QVERIFY(!app.isEmpty());

        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, dir.filePath(QStringLiteral("history.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionText(), QStringLiteral("Live"), 10'000);

        QSignalSpy raised(window.alerts(), &AlertMonitor::raised);
        QSignalSpy cleared(window.alerts(), &AlertMonitor::cleared);
        const qint64 frozeMs = QDateTime::currentMSecsSinceEpoch();
        engine.freeze();
        QTRY_VERIFY_WITH_TIMEOUT(window.connectionText().startsWith(QStringLiteral("Engine not answering since ")), 5'000);
        // It is an alert too (the alert centre keeps it), and the status line stands out.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(raised.cbegin(), raised.cend(),
                                             [](const QList<QVariant> &a) { return a.first().value<Alert>().key == u"stream"; }),
                                 5'000);
        bool highlighted = false;
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
            highlighted |= label->text().startsWith(u"Engine not answering") && label->font().bold();
        QVERIFY(highlighted);
        QVERIFY2(QRegularExpression(QStringLiteral("since \\d\\d:\\d\\d:\\d\\d$")).match(window.connectionText()).hasMatch(),
                 qPrintable(window.connectionText()));
        const QString shown = statusBarText(window);
        QVERIFY2(shown.contains(QStringLiteral("Engine not answering since")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("Live")) && !shown.contains(QStringLiteral("lag 0")), qPrintable(shown));

        engine.thaw();
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionText(), QStringLiteral("Live"), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(cleared.cbegin(), cleared.cend(),
                                             [](const QList<QVariant> &a) { return a.first().toString() == u"stream"; }),
                                 5'000);
        QVERIFY2(!statusBarText(window).contains(QStringLiteral("not answering")), qPrintable(statusBarText(window)));

        // The Overview's charts mark the minutes the engine was away instead of drawing them
        // as quiet ones (or as an outage afterwards): a band over that period, in every chart.
        // The engine answers again, so the band comes from the period kept in the history.
        const qint64 frozenAt = frozeMs;
        const auto bandCovers = [frozenAt](OverviewView *overview) {
            overview->refresh();
            for (int c = 0; c < 4; ++c) {
                const QAreaSeries *band = overview->charts()->silenceBand(c);
                if (!band->isVisible() || band->upperSeries()->count() < 4)
                    return false;
                const QPointF start = band->upperSeries()->at(0);
                if (std::abs(start.x() - double(frozenAt)) > 5'000) // it began when the engine last spoke
                    return false;
            }
            return true;
        };
        window.areas()->setCurrentWidget(window.overview());
        QTRY_VERIFY_WITH_TIMEOUT(bandCovers(window.overview()), 10'000);
        QCOMPARE(window.overview()->charts()->silenceBand(0)->name(), QStringLiteral("engine not answering"));

        // The same stream carries on: a message made now reaches the log.
        const QString endpoint = producer.post(u"/api/v1/app/" + app + u"/endpoint",
                                               {{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/hook")}})
                                     .json.value(QLatin1StringView("id")).toString();
        QVERIFY(!endpoint.isEmpty());
        const QString message = producer.post(u"/api/v1/app/" + app + u"/msg",
                                              {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                               {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), QStringLiteral("c1")}}}})
                                    .json.value(QLatin1StringView("id")).toString();
        QVERIFY(!message.isEmpty());
        DeliveryLogModel *log = window.deliveries()->model();
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (int r = 0; r < log->rowCount(); ++r)
                if (log->rowAt(r).msgId == message)
                    return true;
            return false;
        }(), 10'000);
    }
};

QTEST_MAIN(TestFrozenEngine)
#include "tst_task_frozenengine.moc"

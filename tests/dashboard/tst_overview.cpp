// SPDX-License-Identifier: GPL-3.0-or-later
// The Overview from a local history with known contents: figures and chart series computed
// from the roll-ups (90 of 100 successes plots 90 %, p95 inside its histogram bucket), KPIs
// against the previous period, endpoint health, and the real window: tiles, table, a chart
// click opening the log filtered to that bucket.
#include "dashboard/connection/enginesession.h"
#include "dashboard/endpoints/endpointsview.h"
#include "dashboard/history/historystore.h"
#include "dashboard/history/overviewquery.h"
#include "dashboard/log/deliveriesview.h"
#include "dashboard/log/deliverylogmodel.h"
#include "dashboard/mainwindow.h"
#include "dashboard/overview/endpointhealthmodel.h"
#include "dashboard/overview/kpitile.h"
#include "dashboard/overview/overviewcharts.h"
#include "dashboard/history/overviewseries.h"
#include "dashboard/overview/overviewview.h"
#include "dashboard/widgets/themecolors.h"

#include "core/timeformat.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QJsonArray>
#include <QLineEdit>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sb::dashboard;
using sb::StreamFrame;

namespace {

constexpr qint64 Minute = 60'000;

struct History
{
    qint64 seq = 0;
    QList<StreamFrame> frames;

    void entity(QLatin1StringView type, const QJsonObject &data) { frames.append({++seq, QString(type), QDateTime::currentDateTimeUtc(), data}); }

    // A message to `endpoint` at `atMs` and its one attempt.
    void attempt(const QString &endpoint, qint64 atMs, int code, qint64 ms)
    {
        const QString msg = u"msg_t" + QString::number(seq);
        const QString when = sb::toIsoUtc(QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc()));
        const bool ok = code >= 200 && code < 300;
        entity(StreamFrame::MessageCreated, {{QStringLiteral("id"), msg}, {QStringLiteral("appId"), QStringLiteral("app_1")},
                                             {QStringLiteral("eventType"), QStringLiteral("call.ended")}, {QStringLiteral("timestamp"), when},
                                             {QStringLiteral("endpoints"), QJsonArray{endpoint}}});
        const QJsonObject a{{QStringLiteral("id"), QString(u"atmpt_" + msg)}, {QStringLiteral("msgId"), msg},
                            {QStringLiteral("endpointId"), endpoint}, {QStringLiteral("responseStatusCode"), code},
                            {QStringLiteral("responseDurationMs"), ms}, {QStringLiteral("status"), ok ? 0 : 2},
                            {QStringLiteral("errorClass"), ok ? QStringLiteral("none") : QStringLiteral("http")},
                            {QStringLiteral("trigger"), QStringLiteral("scheduled")}, {QStringLiteral("timestamp"), when}};
        const QJsonObject d{{QStringLiteral("msgId"), msg}, {QStringLiteral("endpointId"), endpoint}, {QStringLiteral("status"), ok ? 0 : 2}};
        entity(StreamFrame::AttemptFinished, {{QStringLiteral("attempt"), a}, {QStringLiteral("delivery"), d}, {QStringLiteral("appId"), QStringLiteral("app_1")}});
    }
};

} // namespace

class TestOverview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_busyMinute = 0; // the minute with 100 attempts
    qint64 m_to = 0;

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("overview.db"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_to = (now / Minute + 1) * Minute;
        m_busyMinute = (now / Minute - 10) * Minute;
        History h;
        h.entity(StreamFrame::ApplicationCreated, {{QStringLiteral("id"), QStringLiteral("app_1")}, {QStringLiteral("name"), QStringLiteral("Acme")}});
        h.entity(StreamFrame::EndpointCreated, {{QStringLiteral("id"), QStringLiteral("ep_1")}, {QStringLiteral("appId"), QStringLiteral("app_1")},
                                                {QStringLiteral("description"), QStringLiteral("CRM")}});
        h.entity(StreamFrame::EndpointCreated, {{QStringLiteral("id"), QStringLiteral("ep_2")}, {QStringLiteral("appId"), QStringLiteral("app_1")},
                                                {QStringLiteral("description"), QStringLiteral("Billing")}, {QStringLiteral("disabled"), true}});
        // In one minute: 90 answered 200 in 40 ms, 10 answered 503 in 900 ms.
        for (int i = 0; i < 100; ++i)
            h.attempt(QStringLiteral("ep_1"), m_busyMinute + i * 100, i < 90 ? 200 : 503, i < 90 ? 40 : 900);
        // The hour before: 10, all fine.
        for (int i = 0; i < 10; ++i)
            h.attempt(QStringLiteral("ep_1"), m_busyMinute - 70 * Minute + i, 200, 20);
        HistoryStore store(m_path);
        QSignalSpy opened(&store, &HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(5000));
        store.resumePointFor(QStringLiteral("test-instance"));
        store.append(h.frames);
        QTRY_COMPARE(store.lastSeq(), h.seq);
    }

    void figuresComeFromTheRollups()
    {
        OverviewRequest r;
        r.toMs = m_to;
        r.fromMs = m_to - 60 * Minute;
        r.bucketMs = Minute;
        r.nowMs = m_to - 30'000; // half way through the current minute
        OverviewData data;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("figures"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            data = computeOverview(db, r);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("figures"));

        QCOMPARE(data.buckets.size(), 60);
        const int index = bucketAt(data, double(m_busyMinute));
        QVERIFY(index >= 0);
        const OverviewBucket &b = data.buckets.at(index);
        QCOMPARE(b.startMs, m_busyMinute);
        QCOMPARE(b.attempts, 100);
        QCOMPARE(b.successRate(), 90.0);
        QCOMPARE(b.outcomes[int(Outcome::Http5xx)], 10);
        // Percentiles from the histogram, within the bucket they fall in: 30–50 ms and 700–1000 ms.
        const double p50 = b.latency.percentile(0.5), p95 = b.latency.percentile(0.95);
        QVERIFY2(p50 >= 30 && p50 <= 50, qPrintable(QString::number(p50)));
        QVERIFY2(p95 >= 700 && p95 <= 1000, qPrintable(QString::number(p95)));

        const OverviewSeries s = seriesFor(data);
        QCOMPARE(s.successRate.size(), 1); // minutes without traffic plot nothing
        QCOMPARE(s.successRate.first(), QPointF(double(m_busyMinute), 90.0));
        QCOMPARE(s.stacked[int(Outcome::Success)].at(index).y(), 90.0);
        QCOMPARE(s.stacked[int(Outcome::Http5xx)].at(index).y(), 100.0);
        QCOMPARE(s.stacked[OutcomeCount - 1].at(index).y(), 100.0);
        QCOMPARE(s.throughput.at(index).y(), 100.0);
        QCOMPARE(s.p95.first().y(), p95);

        QCOMPARE(data.current.successRate, 90.0);
        QCOMPARE(data.previous.successRate, 100.0);
        QCOMPARE(data.current.deadLetters, 10);
        QCOMPARE(data.current.disabledEndpoints, 1);
        // Per minute of the range so far (the history reaches further back, so the whole range
        // counts), the current minute for its half: the chart's points averaged over their time.
        QVERIFY2(qAbs(data.current.perMinute - 100.0 / 59.5) < 1e-9, qPrintable(QString::number(data.current.perMinute)));
        QCOMPARE(data.current.firstDataMs, r.fromMs);
        QCOMPARE(s.throughput.constLast(), QPointF(double(m_to - Minute), 0.0));

        QCOMPARE(data.endpoints.size(), 2);
        for (const EndpointHealth &e : data.endpoints) {
            if (e.endpointId == u"ep_1") {
                QCOMPARE(e.state, EndpointHealth::State::Degraded);
                QCOMPARE(e.attempts, 100);
                QCOMPARE(e.lastSuccessMs, m_busyMinute);
                QCOMPARE(e.lastFailureMs, m_busyMinute);
                QVERIFY(e.sparkline.contains(90.0));
            } else {
                QCOMPARE(e.state, EndpointHealth::State::Disabled);
                QCOMPARE(e.name, QStringLiteral("Billing"));
            }
        }

        // Scoped to the disabled endpoint: no traffic at all.
        r.endpointId = QStringLiteral("ep_2");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("scoped"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            data = computeOverview(db, r);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("scoped"));
        QCOMPARE(data.current.successRate, -1.0);
        QCOMPARE(data.endpoints.size(), 1);

        QCOMPARE(bucketForWidth(60 * Minute, 60), Minute);
        QCOMPARE(bucketForWidth(30LL * 24 * 60 * Minute, 1000), 44 * Minute);
    }

    void windowShowsItAndOpensTheLog()
    {
        // No engine answers here: the console shows what it has stored.
        EngineSession session(QUrl(QStringLiteral("http://127.0.0.1:9")), "token", m_path);
        session.start();
        MainWindow window(&session);
        window.show();
        OverviewView *overview = window.overview();
        QVERIFY(overview);
        QSignalSpy updated(overview, &OverviewView::updated);
        QCOMPARE(window.areas()->currentWidget(), static_cast<QWidget *>(overview)); // the console opens here
        QVERIFY(updated.wait(10'000));
        QTRY_COMPARE(overview->tiles().at(1)->valueText(), QStringLiteral("90.0 %"));
        QVERIFY2(overview->tiles().at(1)->trendText().contains(u"▼ 10.0"), qPrintable(overview->tiles().at(1)->trendText()));
        QCOMPARE(overview->tiles().at(4)->valueText(), QStringLiteral("10"));
        // Trends: counts stay whole, small rates keep a decimal.
        KpiTile count(QStringLiteral("n"), KpiTile::Preference::LowerIsBetter);
        count.setValue(QStringLiteral("3"), 3, 0);
        QVERIFY2(count.trendText().startsWith(u"▲ 3 vs"), qPrintable(count.trendText()));
        count.setValue(QStringLiteral("1.5"), 1.5, 0);
        QVERIFY2(count.trendText().startsWith(u"▲ 1.5 vs"), qPrintable(count.trendText()));
        QCOMPARE(overview->tiles().at(5)->valueText(), QStringLiteral("1"));

        QAbstractItemModelTester tester(overview->healthModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView *table = overview->healthTable();
        QCOMPARE(table->model()->rowCount(), 2);
        // Sorted by state, worst first: the degraded endpoint above the disabled one.
        QCOMPARE(table->model()->index(0, EndpointHealthModel::Endpoint).data().toString(), QStringLiteral("CRM"));
        QCOMPARE(table->model()->index(0, EndpointHealthModel::State).data().toString(), QStringLiteral("Degraded"));
        QCOMPARE(table->model()->index(0, EndpointHealthModel::SuccessRate).data().toString(), QStringLiteral("90.0 %"));
        // The state is now (its last attempts), the other columns over the range: a tooltip says so.
        QVERIFY(table->model()->index(0, EndpointHealthModel::State).data(Qt::ToolTipRole).toString().startsWith(u"Now: 10 of its last 20"));
        // Enter: the endpoint's failures in the log; Ctrl+Enter: its settings.
        QSignalSpy edit(overview, &OverviewView::editEndpointRequested);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(window.areas()->currentWidget(), static_cast<QWidget *>(window.deliveries()));
        QCOMPARE(window.deliveries()->filterEdit()->text(), QStringLiteral("app:app_1 endpoint:ep_1 attempt:failed"));
        QTRY_COMPARE(window.deliveries()->model()->rowCount(), 10);
        QCOMPARE(edit.count(), 0);
        window.areas()->setCurrentWidget(overview);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.first().first().toString(), QStringLiteral("ep_1"));
        QCOMPARE(window.areas()->currentWidget(), static_cast<QWidget *>(window.endpoints())); // opened there
        window.areas()->setCurrentWidget(overview);

        const int index = bucketAt(overview->data(), double(m_busyMinute));
        QVERIFY(overview->charts()->describeBucket(index).contains(u"100 attempts, 90.0 % succeeded"));

        // A click on the busy minute's point opens the log filtered to that minute.
        auto *rate = qobject_cast<QLineSeries *>(overview->charts()->views().first()->chart()->series().first());
        QVERIFY(rate);
        QCOMPARE(rate->count(), 1);
        emit rate->clicked(rate->at(0));
        QCOMPARE(window.areas()->currentWidget(), window.deliveries());
        QVERIFY(window.deliveries()->filterEdit()->text().startsWith(u"after:"));
        QTRY_COMPARE(window.deliveries()->model()->rowCount(), 100);
    }

    // Two and a half minutes of data in an hour's range: no points (and no zeros) before the
    // data began, the minute in progress per minute of its elapsed part (not a near-zero full
    // minute, and left out while under 15 s old), and the tile the points' weighted mean.
    void throughputStartsWithTheDataAndScalesTheMinuteInProgress()
    {
        OverviewData d;
        const qint64 from = 1'000 * 60 * Minute;
        d.request.fromMs = from;
        d.request.toMs = from + 60 * Minute;
        d.request.bucketMs = Minute;
        for (int i = 0; i < 60; ++i)
            d.buckets.append({from + i * Minute, 0, {}, {}});
        d.buckets[57].attempts = 450;
        d.buckets[58].attempts = 450;
        d.buckets[59].attempts = 225;
        d.current.firstDataMs = from + 57 * Minute;
        d.nowMs = from + 59 * Minute + 30'000;
        Throughput t = throughputOf(d);
        QCOMPARE(t.points.size(), 3);
        QCOMPARE(t.points.at(0), QPointF(double(from + 57 * Minute), 450.0));
        QCOMPARE(t.points.at(2), QPointF(double(from + 59 * Minute), 450.0)); // 225 in half a minute
        QCOMPARE(t.perMinute, 450.0);
        QCOMPARE(seriesFor(d).stacked[0].size(), 3);
        // Ten seconds into the minute: too early to draw it; the tile leaves it out too.
        d.nowMs = from + 59 * Minute + 10'000;
        d.buckets[59].attempts = 10;
        t = throughputOf(d);
        QCOMPARE(t.points.size(), 2);
        QCOMPARE(t.perMinute, 450.0);
        // No data at all: nothing drawn, nothing averaged.
        d.current.firstDataMs = 0;
        QVERIFY(throughputOf(d).points.isEmpty());

        // A tile without an earlier period says where its data begins, not "no earlier data".
        KpiTile tile(QStringLiteral("n"), KpiTile::Preference::Neutral);
        tile.setNoComparisonNote(QStringLiteral("data since 10:42"));
        tile.setValue(QStringLiteral("450"), 450, std::numeric_limits<double>::quiet_NaN());
        QCOMPARE(tile.trendText(), QStringLiteral("data since 10:42"));
        tile.setValue(QStringLiteral("—"), std::numeric_limits<double>::quiet_NaN(), 3);
        QCOMPARE(tile.trendText(), QString());
    }

    // Light and dark follow the palette the desktop gives: status colours and the charts.
    void followsADarkPalette()
    {
        QPalette dark = QApplication::palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        const ThemeColors light = ThemeColors::of(QApplication::palette());
        const ThemeColors night = ThemeColors::of(dark);
        QVERIFY(!light.dark);
        QVERIFY(night.dark);
        QVERIFY(night.good.lightness() > light.good.lightness()); // readable on a dark background

        OverviewCharts charts;
        QVERIFY(!charts.darkTheme());
        charts.setPalette(dark);
        QVERIFY(charts.darkTheme());
        charts.setPalette(QApplication::palette());
        QVERIFY(!charts.darkTheme());
    }
};

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"

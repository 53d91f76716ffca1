// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewview.h"

#include "dashboard/alerts/alertrules.h"
#include "dashboard/connection/enginesession.h"
#include "dashboard/history/overviewquery.h"
#include "dashboard/overview/endpointhealthmodel.h"
#include "dashboard/overview/kpitile.h"
#include "dashboard/overview/overviewcharts.h"
#include "dashboard/overview/sparklinedelegate.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace sb::dashboard {
namespace {
constexpr qint64 Minute = 60'000;
constexpr double NoData = std::numeric_limits<double>::quiet_NaN();

QString localMinute(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}
} // namespace

const QList<qint64> &OverviewView::ranges()
{
    static const QList<qint64> r{15 * Minute, 60 * Minute, 6 * 60 * Minute, 24 * 60 * Minute, 7 * 24 * 60 * Minute,
                                 30 * 24 * 60 * Minute};
    return r;
}

OverviewView::OverviewView(EngineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_range(new QComboBox(this))
    , m_app(new QComboBox(this))
    , m_endpoint(new QComboBox(this))
    , m_asOf(new QLabel(this))
    , m_charts(new OverviewCharts(this))
    , m_health(new EndpointHealthModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    m_range->addItems({tr("Last 15 minutes"), tr("Last hour"), tr("Last 6 hours"), tr("Last 24 hours"), tr("Last 7 days"),
                       tr("Last 30 days")});
    m_range->setCurrentIndex(1);
    m_app->addItem(tr("All applications"), QString());
    m_endpoint->addItem(tr("All endpoints"), QString());
    auto *bar = new QHBoxLayout;
    const auto labelled = [this, bar](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        bar->addWidget(label);
        bar->addWidget(buddy);
    };
    labelled(tr("&Range:"), m_range);
    labelled(tr("A&pplication:"), m_app);
    labelled(tr("E&ndpoint:"), m_endpoint);
    m_endpoint->setMinimumContentsLength(18);
    bar->addStretch();
    m_asOf->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(m_asOf);

    auto *tiles = new QHBoxLayout;
    const std::pair<QString, KpiTile::Preference> kpis[] = {
        {tr("Deliveries per minute"), KpiTile::Preference::Neutral},   {tr("Success rate"), KpiTile::Preference::HigherIsBetter},
        {tr("p95 latency"), KpiTile::Preference::LowerIsBetter},        {tr("Awaiting retry"), KpiTile::Preference::LowerIsBetter},
        {tr("Dead letters"), KpiTile::Preference::LowerIsBetter},       {tr("Disabled endpoints"), KpiTile::Preference::LowerIsBetter}};
    for (const auto &[title, preference] : kpis) {
        auto *tile = new KpiTile(title, preference, this);
        tiles->addWidget(tile);
        m_tiles.append(tile);
    }

    m_sorted->setSourceModel(m_health);
    m_sorted->setSortRole(EndpointHealthModel::SortRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EndpointHealthModel::State, Qt::DescendingOrder); // failing first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(EndpointHealthModel::Trend, new SparklineDelegate(EndpointHealthModel::SparklineRole, m_table));
    m_table->setAccessibleName(tr("Endpoint health"));
    m_table->setColumnWidth(EndpointHealthModel::Endpoint, 220);
    m_table->setColumnWidth(EndpointHealthModel::App, 160);
    // At 3 a.m. a failing endpoint is opened to see its failures, not its settings: Enter and
    // double-click go to the log; the settings are Ctrl+Enter and the context menu.
    connect(m_table, &QTableView::activated, this, &OverviewView::showFailures);
    auto *failures = new QAction(tr("Show &failures in the log"), m_table);
    failures->setShortcut(QKeySequence(Qt::Key_Return));
    failures->setShortcutContext(Qt::WidgetShortcut);
    failures->setShortcutVisibleInContextMenu(true);
    connect(failures, &QAction::triggered, this, [this] { showFailures(m_table->currentIndex()); });
    auto *edit = new QAction(tr("&Edit endpoint settings"), m_table);
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    edit->setShortcutContext(Qt::WidgetShortcut);
    edit->setShortcutVisibleInContextMenu(true);
    connect(edit, &QAction::triggered, this, [this] { editEndpoint(m_table->currentIndex()); });
    m_table->addActions({failures, edit});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_charts);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(tiles);
    layout->addWidget(split, 1);

    m_throttle.setSingleShot(true);
    m_throttle.setInterval(RefreshMs);
    connect(&m_throttle, &QTimer::timeout, this, &OverviewView::refresh);
    m_slide.setInterval(30'000); // the range moves with the clock even when nothing happens
    connect(&m_slide, &QTimer::timeout, this, &OverviewView::scheduleRefresh);
    m_slide.start();
    connect(session, &EngineSession::historyChanged, this, &OverviewView::scheduleRefresh);
    connect(m_range, &QComboBox::currentIndexChanged, this, &OverviewView::refresh);
    connect(m_app, &QComboBox::currentIndexChanged, this, [this] {
        fillScopeChoices();
        refresh();
    });
    connect(m_endpoint, &QComboBox::currentIndexChanged, this, &OverviewView::refresh);
    connect(session->reader(), &HistoryReader::namesReady, this, [this](const QHash<QString, QString> &names) {
        m_names = names;
        fillScopeChoices();
    });
    connect(session->reader(), &HistoryReader::overviewReady, this, [this](quint64 request, const OverviewData &data) {
        if (request != m_request)
            return;
        m_request = 0;
        if (m_session->silentSinceMs() == 0) {
            apply(data);
        } else {
            OverviewData now = data; // the engine is away right now: that is marked too
            now.silences.append({m_session->silentSinceMs(), QDateTime::currentMSecsSinceEpoch()});
            apply(now);
        }
        if (m_pendingAgain) {
            m_pendingAgain = false;
            scheduleRefresh();
        }
    });
    connect(m_charts, &OverviewCharts::bucketClicked, this, [this](qint64 from, qint64 to) {
        emit openLog(QStringLiteral("after:%1 before:%2").arg(localMinute(from), localMinute(to)) + scopeFilter());
    });
    session->reader()->requestNames();
}

void OverviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void OverviewView::showFailures(const QModelIndex &index)
{
    if (index.isValid())
        emit openLog(AlertRules::failuresFilter(index.data(EndpointHealthModel::AppIdRole).toString(),
                                                index.data(EndpointHealthModel::EndpointIdRole).toString()));
}

void OverviewView::editEndpoint(const QModelIndex &index)
{
    if (index.isValid())
        emit editEndpointRequested(index.data(EndpointHealthModel::EndpointIdRole).toString());
}

void OverviewView::setRangeIndex(int index) { m_range->setCurrentIndex(index); }

void OverviewView::setScope(const QString &appId, const QString &endpointId)
{
    const int app = m_app->findData(appId);
    m_app->setCurrentIndex(app < 0 ? 0 : app);
    const int endpoint = m_endpoint->findData(endpointId);
    m_endpoint->setCurrentIndex(endpoint < 0 ? 0 : endpoint);
}

QString OverviewView::scopeFilter() const
{
    QString filter;
    if (const QString app = m_app->currentData().toString(); !app.isEmpty())
        filter += u" app:" + app;
    if (const QString endpoint = m_endpoint->currentData().toString(); !endpoint.isEmpty())
        filter += u" endpoint:" + endpoint;
    return filter;
}

void OverviewView::scheduleRefresh()
{
    if (isVisible() && !m_throttle.isActive())
        m_throttle.start();
}

void OverviewView::refresh()
{
    if (m_request != 0) {
        m_pendingAgain = true; // one query at a time; the next starts when this one is in
        return;
    }
    const qint64 range = ranges().value(m_range->currentIndex(), ranges().at(1));
    OverviewRequest request;
    request.toMs = (QDateTime::currentMSecsSinceEpoch() / Minute + 1) * Minute; // the current minute included
    request.fromMs = request.toMs - range;
    request.bucketMs = bucketForWidth(range, m_charts->plotWidth());
    request.appId = m_app->currentData().toString();
    request.endpointId = m_endpoint->currentData().toString();
    m_request = m_session->reader()->requestOverview(request);
}

void OverviewView::fillScopeChoices()
{
    const QString app = m_app->currentData().toString();
    const QString endpoint = m_endpoint->currentData().toString();
    const QSignalBlocker quietApp(m_app);
    const QSignalBlocker quietEndpoint(m_endpoint);
    m_app->clear();
    m_app->addItem(tr("All applications"), QString());
    QList<std::pair<QString, QString>> apps;
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        if (it.key().startsWith(u"app_"))
            apps.append({it.value(), it.key()});
    std::sort(apps.begin(), apps.end());
    for (const auto &[name, id] : apps)
        m_app->addItem(name, id);
    m_app->setCurrentIndex(std::max(0, m_app->findData(app)));

    m_endpoint->clear();
    m_endpoint->addItem(tr("All endpoints"), QString());
    QList<std::pair<QString, QString>> endpoints;
    for (const auto &[endpointId, appId] : std::as_const(m_endpointApps))
        if (app.isEmpty() || appId == app)
            endpoints.append({m_names.value(endpointId, endpointId), endpointId});
    std::sort(endpoints.begin(), endpoints.end());
    for (const auto &[name, id] : endpoints)
        m_endpoint->addItem(name, id);
    m_endpoint->setCurrentIndex(std::max(0, m_endpoint->findData(endpoint)));
}

void OverviewView::apply(const OverviewData &data)
{
    m_data = data;
    if (data.request.appId.isEmpty() && data.request.endpointId.isEmpty()) {
        QList<std::pair<QString, QString>> pairs;
        for (const EndpointHealth &e : data.endpoints)
            pairs.append({e.endpointId, e.appId});
        if (pairs != m_endpointApps) {
            m_endpointApps = pairs;
            fillScopeChoices();
        }
    }
    const Kpis &now = data.current;
    const Kpis &before = data.previous;
    // No data in a period is no figure (NaN), not zero: a trend needs both periods.
    const auto rate = [](const Kpis &k) { return k.successRate < 0 ? NoData : k.successRate; };
    const auto p95 = [](const Kpis &k) { return k.successRate < 0 ? NoData : k.p95Ms; };
    const auto perMinute = [](const Kpis &k) { return k.firstDataMs > 0 ? k.perMinute : NoData; };
    const QString since = now.firstDataMs > data.request.fromMs
                              ? tr("data since %1").arg(QDateTime::fromMSecsSinceEpoch(now.firstDataMs).toString(QStringLiteral("HH:mm")))
                              : QString();
    for (KpiTile *tile : std::as_const(m_tiles))
        tile->setNoComparisonNote(since);
    m_tiles[0]->setValue(now.firstDataMs > 0 ? QString::number(now.perMinute, 'f', now.perMinute < 10 ? 1 : 0) : QStringLiteral("—"),
                         perMinute(now), perMinute(before));
    m_tiles[1]->setValue(now.successRate < 0 ? QStringLiteral("—") : QString::number(now.successRate, 'f', 1) + u" %", rate(now),
                         rate(before), QStringLiteral("%"));
    m_tiles[2]->setValue(now.successRate < 0 ? QStringLiteral("—") : QString::number(now.p95Ms, 'f', 0) + tr(" ms"), p95(now),
                         p95(before), tr(" ms"));
    m_tiles[3]->setValue(QString::number(now.awaitingRetry), double(now.awaitingRetry), double(before.awaitingRetry));
    m_tiles[4]->setValue(QString::number(now.deadLetters), double(now.deadLetters), double(before.deadLetters));
    m_tiles[5]->setValue(QString::number(now.disabledEndpoints), tr("now"));
    QHash<QString, QString> appNames;
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        if (it.key().startsWith(u"app_"))
            appNames.insert(it.key(), it.value());
    m_health->setEndpoints(data.endpoints, appNames);
    m_charts->display(data);
    m_asOf->setText(tr("as of %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))));
    emit updated();
}

} // namespace sb::dashboard

// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewcharts.h"

#include "dashboard/widgets/themecolors.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace sb::dashboard {
namespace {

QString outcomeName(int outcome)
{
    switch (static_cast<Outcome>(outcome)) {
    case Outcome::Success: return OverviewCharts::tr("2xx");
    case Outcome::Http4xx: return OverviewCharts::tr("4xx");
    case Outcome::Http5xx: return OverviewCharts::tr("5xx");
    case Outcome::Timeout: return OverviewCharts::tr("timeout");
    case Outcome::Connect: return OverviewCharts::tr("connect");
    case Outcome::Tls: return OverviewCharts::tr("TLS");
    case Outcome::Policy: return OverviewCharts::tr("policy");
    default: return OverviewCharts::tr("other");
    }
}

// Colours per outcome that read on light and dark backgrounds alike.
const std::array<QColor, OutcomeCount> OutcomeColors{QColor(0x2e, 0x9e, 0x4f), QColor(0xe0, 0x9f, 0x1f), QColor(0xd6, 0x3c, 0x32),
                                                    QColor(0x8e, 0x5c, 0xc2), QColor(0x3b, 0x7d, 0xd8), QColor(0x1f, 0xa5, 0xa5),
                                                    QColor(0x8d, 0x6e, 0x63), QColor(0x9e, 0x9e, 0x9e)};

// Series with this many points or fewer show a marker on each.
constexpr int FewPoints = 20;
constexpr qint64 MinimumSpanMs = 10 * 60'000; // the narrowest time axis a range is fitted to

} // namespace

OverviewCharts::OverviewCharts(QWidget *parent)
    : QWidget(parent)
    , m_rateChart(new QChart)
    , m_latencyChart(new QChart)
    , m_outcomeChart(new QChart)
    , m_throughputChart(new QChart)
    , m_rate(new QLineSeries)
    , m_p50(new QLineSeries)
    , m_p95(new QLineSeries)
    , m_p99(new QLineSeries)
    , m_stackBase(new QLineSeries(this))
    , m_throughput(new QLineSeries)
    , m_latencyAxis(new QValueAxis)
    , m_outcomeAxis(new QValueAxis)
    , m_throughputAxis(new QValueAxis)
{
    const auto timeAxis = [this](QChart *chart) {
        auto *axis = new QDateTimeAxis;
        axis->setFormat(QStringLiteral("HH:mm"));
        axis->setTickCount(6);
        chart->addAxis(axis, Qt::AlignBottom);
        m_timeAxes.append(axis);
        return axis;
    };
    const auto add = [](QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };

    m_rateChart->setTitle(tr("Success rate"));
    auto *rateAxis = new QValueAxis;
    rateAxis->setRange(0, 100);
    rateAxis->setLabelFormat(QStringLiteral("%d %%"));
    m_rateChart->addAxis(rateAxis, Qt::AlignLeft);
    m_rate->setName(tr("success"));
    QDateTimeAxis *rateTime = timeAxis(m_rateChart);
    add(m_rateChart, m_rate, rateTime, rateAxis);
    addSilenceBand(m_rateChart, rateTime, rateAxis);
    m_rateChart->legend()->hide();

    m_latencyChart->setTitle(tr("Latency"));
    m_latencyAxis->setLabelFormat(QStringLiteral("%d ms"));
    m_latencyChart->addAxis(m_latencyAxis, Qt::AlignLeft);
    QDateTimeAxis *latencyTime = timeAxis(m_latencyChart);
    for (auto [series, name] : {std::pair{m_p50, tr("p50")}, std::pair{m_p95, tr("p95")}, std::pair{m_p99, tr("p99")}}) {
        series->setName(name);
        add(m_latencyChart, series, latencyTime, m_latencyAxis);
    }
    addSilenceBand(m_latencyChart, latencyTime, m_latencyAxis);

    m_outcomeChart->setTitle(tr("Outcomes"));
    m_outcomeAxis->setLabelFormat(QStringLiteral("%d"));
    m_outcomeChart->addAxis(m_outcomeAxis, Qt::AlignLeft);
    QDateTimeAxis *outcomeTime = timeAxis(m_outcomeChart);
    QLineSeries *lower = m_stackBase;
    for (int o = 0; o < OutcomeCount; ++o) {
        m_stackUpper[static_cast<size_t>(o)] = new QLineSeries(this);
        auto *area = new QAreaSeries(m_stackUpper[static_cast<size_t>(o)], lower);
        area->setName(outcomeName(o));
        area->setColor(OutcomeColors[static_cast<size_t>(o)]);
        area->setBorderColor(OutcomeColors[static_cast<size_t>(o)].darker(110));
        m_stackAreas[static_cast<size_t>(o)] = area;
        add(m_outcomeChart, area, outcomeTime, m_outcomeAxis);
        connect(area, &QAreaSeries::hovered, this, [this](const QPointF &p, bool state) {
            if (state)
                bucketTouched(p, false);
        });
        connect(area, &QAreaSeries::clicked, this, [this](const QPointF &p) { bucketTouched(p, true); });
        lower = m_stackUpper[static_cast<size_t>(o)];
    }
    addSilenceBand(m_outcomeChart, outcomeTime, m_outcomeAxis);

    m_throughputChart->setTitle(tr("Throughput (attempts per minute)"));
    m_throughputAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_throughputChart->addAxis(m_throughputAxis, Qt::AlignLeft);
    m_throughput->setName(tr("attempts/min"));
    QDateTimeAxis *throughputTime = timeAxis(m_throughputChart);
    add(m_throughputChart, m_throughput, throughputTime, m_throughputAxis);
    addSilenceBand(m_throughputChart, throughputTime, m_throughputAxis);
    m_throughputChart->legend()->hide();

    for (QXYSeries *s : {static_cast<QXYSeries *>(m_rate), static_cast<QXYSeries *>(m_p50), static_cast<QXYSeries *>(m_p95),
                         static_cast<QXYSeries *>(m_p99), static_cast<QXYSeries *>(m_throughput)})
        attach(s);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(makeView(m_rateChart, tr("Success rate chart")), 0, 0);
    grid->addWidget(makeView(m_latencyChart, tr("Latency chart")), 0, 1);
    grid->addWidget(makeView(m_outcomeChart, tr("Outcomes chart")), 1, 0);
    grid->addWidget(makeView(m_throughputChart, tr("Throughput chart")), 1, 1);
    applyTheme();
}

void OverviewCharts::addSilenceBand(QChart *chart, QAbstractAxis *x, QAbstractAxis *y)
{
    const auto i = static_cast<size_t>(m_silenceCount++);
    m_silenceUppers[i] = new QLineSeries(this);
    auto *band = new QAreaSeries(m_silenceUppers[i]);
    band->setName(tr("engine not answering"));
    band->setVisible(false);
    chart->addSeries(band);
    band->attachAxis(x);
    band->attachAxis(y);
    m_silenceAreas[i] = band;
    connect(band, &QAreaSeries::hovered, this, [this](const QPointF &p, bool state) {
        if (!state)
            return;
        for (const auto &[from, to] : std::as_const(m_data.silences)) {
            if (p.x() >= double(from) && p.x() <= double(to))
                QToolTip::showText(QCursor::pos(),
                                   tr("The engine did not answer from %1 to %2: these minutes are unknown, not quiet.")
                                       .arg(QDateTime::fromMSecsSinceEpoch(from).toString(QStringLiteral("HH:mm:ss")),
                                            QDateTime::fromMSecsSinceEpoch(to).toString(QStringLiteral("HH:mm:ss"))),
                                   this);
        }
    });
}

void OverviewCharts::showSilences(qint64 fromMs, qint64 toMs)
{
    const std::array<double, 4> tops{100.0, m_latencyAxis->max(), m_outcomeAxis->max(), m_throughputAxis->max()};
    for (size_t i = 0; i < m_silenceAreas.size(); ++i) {
        QList<QPointF> band;
        for (const auto &[from, to] : std::as_const(m_data.silences)) {
            const double x0 = double(std::max(from, fromMs));
            const double x1 = double(std::min(to, toMs));
            if (x1 <= x0)
                continue;
            band << QPointF(x0, 0) << QPointF(x0, tops[i]) << QPointF(x1, tops[i]) << QPointF(x1, 0);
        }
        m_silenceUppers[i]->replace(band);
        m_silenceAreas[i]->setVisible(!band.isEmpty());
    }
}

QChartView *OverviewCharts::makeView(QChart *chart, const QString &name)
{
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(name);
    view->setMinimumHeight(180);
    m_views.append(view);
    return view;
}

QList<QChartView *> OverviewCharts::views() const { return m_views; }

void OverviewCharts::attach(QXYSeries *series)
{
    series->setPointsVisible(false);
    connect(series, &QXYSeries::hovered, this, [this](const QPointF &p, bool state) {
        if (state)
            bucketTouched(p, false);
    });
    connect(series, &QXYSeries::clicked, this, [this](const QPointF &p) { bucketTouched(p, true); });
}

void OverviewCharts::applyTheme()
{
    const bool dark = ThemeColors::of(palette()).dark;
    for (QChart *chart : {m_rateChart, m_latencyChart, m_outcomeChart, m_throughputChart}) {
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundRoundness(0);
    }
    // setTheme resets series colours: outcome colours are meaningful, put them back; the
    // silence bands are a neutral veil in either theme.
    for (QAreaSeries *band : m_silenceAreas) {
        band->setColor(QColor(128, 128, 128, 70));
        band->setBorderColor(Qt::transparent);
    }
    for (int o = 0; o < OutcomeCount; ++o) {
        m_stackAreas[static_cast<size_t>(o)]->setColor(OutcomeColors[static_cast<size_t>(o)]);
        m_stackAreas[static_cast<size_t>(o)]->setBorderColor(OutcomeColors[static_cast<size_t>(o)].darker(110));
    }
}

bool OverviewCharts::darkTheme() const
{
    return m_rateChart->theme() == QChart::ChartThemeDark;
}

void OverviewCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

int OverviewCharts::plotWidth() const
{
    const int width = static_cast<int>(m_rateChart->plotArea().width());
    return width > 10 ? width : 600;
}

QString OverviewCharts::describeBucket(int index) const
{
    if (index < 0 || index >= m_data.buckets.size())
        return {};
    const OverviewBucket &b = m_data.buckets.at(index);
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(b.startMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(b.startMs + m_data.request.bucketMs);
    QString text = tr("%1–%2").arg(from.toString(QStringLiteral("MM-dd HH:mm")), to.toString(QStringLiteral("HH:mm"))) + u'\n';
    const qint64 end = b.startMs + m_data.request.bucketMs;
    if (std::any_of(m_data.silences.cbegin(), m_data.silences.cend(), [&](const auto &s) { return s.first < end && s.second > b.startMs; }))
        text += tr("The engine did not answer for part of this time.") + u'\n';
    if (b.attempts == 0)
        return text + tr("no attempts");
    text += tr("%1 attempts, %2 % succeeded").arg(b.attempts).arg(b.successRate(), 0, 'f', 1) + u'\n';
    text += tr("p50 %1 ms · p95 %2 ms · p99 %3 ms")
                .arg(b.latency.percentile(0.5), 0, 'f', 0)
                .arg(b.latency.percentile(0.95), 0, 'f', 0)
                .arg(b.latency.percentile(0.99), 0, 'f', 0);
    QStringList parts;
    for (int o = 0; o < OutcomeCount; ++o)
        if (b.outcomes[static_cast<size_t>(o)] > 0)
            parts << QStringLiteral("%1 %2").arg(outcomeName(o)).arg(b.outcomes[static_cast<size_t>(o)]);
    return text + u'\n' + parts.join(QStringLiteral(" · ")) + u'\n' + tr("Click to see these deliveries in the log.");
}

void OverviewCharts::bucketTouched(const QPointF &point, bool click)
{
    const int index = bucketAt(m_data, point.x());
    if (index < 0)
        return;
    if (click) {
        const qint64 from = m_data.buckets.at(index).startMs;
        emit bucketClicked(from, from + m_data.request.bucketMs);
        return;
    }
    QToolTip::showText(QCursor::pos(), describeBucket(index), this);
}

void OverviewCharts::display(const OverviewData &data)
{
    m_data = data;
    m_series = seriesFor(data);
    // The time axis fits the data: an hour with two minutes of traffic is drawn over the
    // minutes there are (ten at least), not squeezed against the right edge; the tiles say
    // since when there is data.
    qint64 fromMs = data.request.fromMs;
    if (data.current.firstDataMs > fromMs)
        fromMs = std::min(data.current.firstDataMs - data.request.bucketMs, data.request.toMs - MinimumSpanMs);
    fromMs = std::max(fromMs, data.request.fromMs);
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(data.request.toMs);
    const bool days = data.request.toMs - fromMs > 24LL * 3600 * 1000;
    for (QDateTimeAxis *axis : std::as_const(m_timeAxes)) {
        axis->setRange(from, to);
        axis->setFormat(days ? QStringLiteral("MM-dd") : QStringLiteral("HH:mm"));
    }
    // Whole series at once: one repaint per chart, not one per point.
    m_rate->replace(m_series.successRate);
    m_p50->replace(m_series.p50);
    m_p95->replace(m_series.p95);
    m_p99->replace(m_series.p99);
    QList<QPointF> base;
    base.reserve(m_series.stacked[0].size());
    for (const QPointF &p : std::as_const(m_series.stacked[0]))
        base.append({p.x(), 0});
    m_stackBase->replace(base);
    for (int o = 0; o < OutcomeCount; ++o)
        m_stackUpper[static_cast<size_t>(o)]->replace(m_series.stacked[static_cast<size_t>(o)]);
    m_throughput->replace(m_series.throughput);
    // A few points get markers, so that two minutes of data are seen, not a sliver.
    for (QXYSeries *line : {static_cast<QXYSeries *>(m_rate), static_cast<QXYSeries *>(m_p50), static_cast<QXYSeries *>(m_p95),
                            static_cast<QXYSeries *>(m_p99), static_cast<QXYSeries *>(m_throughput)}) {
        line->setPointsVisible(line->count() <= FewPoints);
        line->setMarkerSize(6);
    }
    m_latencyAxis->setRange(0, std::max(10.0, m_series.maxLatency * 1.1));
    m_outcomeAxis->setRange(0, std::max(5.0, m_series.maxStacked * 1.1));
    m_throughputAxis->setRange(0, std::max(5.0, m_series.maxThroughput * 1.1));
    showSilences(fromMs, data.request.toMs);
}

} // namespace sb::dashboard

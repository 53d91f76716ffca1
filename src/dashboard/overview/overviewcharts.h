// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/history/overviewdata.h"
#include "dashboard/history/overviewseries.h"

#include <QWidget>

#include <array>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class QXYSeries;
QT_END_NAMESPACE

namespace sb::dashboard {

// The Overview's four charts: success rate, latency p50/p95/p99, outcomes stacked by class,
// and throughput. Each update replaces every series whole. Hovering a point shows its exact
// values; clicking one asks for the log of that bucket.
class OverviewCharts : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewCharts(QWidget *parent = nullptr);

    void display(const OverviewData &data);
    // The plot area's width in pixels: about one point per pixel.
    int plotWidth() const;
    const OverviewSeries &series() const { return m_series; }
    // The hover text for bucket `index` of the data shown (also the tooltip).
    QString describeBucket(int index) const;
    QList<QChartView *> views() const;
    // The band over the periods the engine was not heard from, in chart `index` (0–3).
    QAreaSeries *silenceBand(int index) const { return m_silenceAreas.at(static_cast<size_t>(index)); }

    // Light or dark, as the palette is now (charts do not follow the palette by themselves).
    bool darkTheme() const;

signals:
    void bucketClicked(qint64 fromMs, qint64 toMs);

protected:
    // The desktop switched between light and dark: the charts follow.
    void changeEvent(QEvent *event) override;

private:
    QChartView *makeView(QChart *chart, const QString &name);
    void attach(QXYSeries *series);
    void bucketTouched(const QPointF &point, bool click);
    void applyTheme();
    void addSilenceBand(QChart *chart, QAbstractAxis *x, QAbstractAxis *y);
    void showSilences(qint64 fromMs, qint64 toMs);

    OverviewData m_data;
    OverviewSeries m_series;
    QChart *m_rateChart, *m_latencyChart, *m_outcomeChart, *m_throughputChart;
    QLineSeries *m_rate;
    QLineSeries *m_p50, *m_p95, *m_p99;
    std::array<QLineSeries *, OutcomeCount> m_stackUpper{};
    std::array<QAreaSeries *, OutcomeCount> m_stackAreas{};
    QLineSeries *m_stackBase;
    QLineSeries *m_throughput;
    QList<QDateTimeAxis *> m_timeAxes;
    QValueAxis *m_latencyAxis, *m_outcomeAxis, *m_throughputAxis;
    QList<QChartView *> m_views;
    // Added last in each chart: a translucent veil, and where it lies there is no data.
    std::array<QAreaSeries *, 4> m_silenceAreas{};
    std::array<QLineSeries *, 4> m_silenceUppers{};
    int m_silenceCount = 0;
};

} // namespace sb::dashboard

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/latencyhistogram.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using sb::LatencyHistogram;

class TestLatencyHistogram : public QObject
{
    Q_OBJECT

private slots:
    void bucketsByUpperBound_data()
    {
        QTest::addColumn<double>("ms");
        QTest::addColumn<int>("bucket");
        QTest::newRow("zero") << 0.0 << 0;
        QTest::newRow("exactly 1") << 1.0 << 0;
        QTest::newRow("just over 1") << 1.01 << 1;
        QTest::newRow("100") << 100.0 << 11;
        QTest::newRow("60 s") << 60000.0 << 27;
        QTest::newRow("overflow") << 90000.0 << 28;
        QTest::newRow("negative") << -5.0 << 0;
    }

    void bucketsByUpperBound()
    {
        QFETCH(double, ms);
        QFETCH(int, bucket);
        LatencyHistogram h;
        h.add(ms);
        QCOMPARE(h.bucket(bucket), 1u);
        QCOMPARE(h.total(), 1u);
        QCOMPARE(LatencyHistogram::bucketOf(ms), bucket);
    }

    // The engine's roll-ups keep only bucket counts: percentiles from them are the same.
    void bucketCountsGiveTheSamePercentiles()
    {
        LatencyHistogram samples, rolledUp;
        for (double ms : {0.5, 3.0, 3.0, 12.0, 48.0, 48.0, 120.0, 900.0, 2500.0, 70000.0}) {
            samples.add(ms);
            rolledUp.addToBucket(LatencyHistogram::bucketOf(ms), 1);
        }
        for (double q : {0.5, 0.95, 0.99})
            QCOMPARE(rolledUp.percentile(q), samples.percentile(q));
        QCOMPARE(rolledUp.toJson(), samples.toJson());
    }

    void percentilesWithinTheirBucket()
    {
        // Known samples: p50/p95/p99 from the histogram must land in the bucket of the exact
        // value, so their error is at most that bucket's width.
        QList<double> samples;
        auto *random = QRandomGenerator::global();
        LatencyHistogram h;
        for (int i = 0; i < 10'000; ++i) {
            const double ms = 5 + random->bounded(400.0) + (i % 100 == 0 ? 3000 : 0);
            samples.append(ms);
            h.add(ms);
        }
        std::sort(samples.begin(), samples.end());
        for (double q : {0.5, 0.95, 0.99}) {
            const double exact = samples.at(static_cast<qsizetype>(q * (samples.size() - 1)));
            const auto upper = std::lower_bound(LatencyHistogram::UpperBoundsMs.begin(), LatencyHistogram::UpperBoundsMs.end(), exact,
                                                [](int b, double v) { return b < v; });
            const double hi = *upper;
            const double lo = upper == LatencyHistogram::UpperBoundsMs.begin() ? 0.0 : *(upper - 1);
            const double estimate = h.percentile(q);
            QVERIFY2(estimate >= lo - 1e-9 && estimate <= hi + 1e-9,
                     qPrintable(QStringLiteral("q=%1 exact=%2 estimate=%3").arg(q).arg(exact).arg(estimate)));
        }
    }

    void emptyAndMerge()
    {
        LatencyHistogram a, b;
        QCOMPARE(a.percentile(0.5), 0.0);
        a.add(10, 90);
        b.add(2000, 10);
        a.merge(b);
        QCOMPARE(a.total(), 100u);
        QVERIFY(a.percentile(0.5) <= 10);
        QVERIFY(a.percentile(0.95) > 1500 && a.percentile(0.95) <= 2000);
        QCOMPARE(LatencyHistogram::fromJson(a.toJson()).toJson(), a.toJson());
        QCOMPARE(LatencyHistogram::fromJson(a.toJson()).total(), 100u);
    }
};

QTEST_GUILESS_MAIN(TestLatencyHistogram)
#include "tst_latencyhistogram.moc"

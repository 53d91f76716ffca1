// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/retryschedule.h"

#include <QTest>

using namespace std::chrono_literals;
using Delays = QList<std::chrono::milliseconds>;
Q_DECLARE_METATYPE(Delays)

class TestRetrySchedule : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsThePlatformSchedule()
    {
        const auto s = sb::RetrySchedule::defaultSchedule();
        QCOMPARE(s.delays(), Delays({0ms, 5s, 30s, 5min, 30min, 2h}));
        QCOMPARE(s.attempts(), 6);
        QCOMPARE(s.toString(), QStringLiteral("0, 5s, 30s, 5m, 30m, 2h"));
    }

    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Delays>("delays");
        QTest::newRow("units") << QStringLiteral("0, 5s, 30s, 5m, 30m, 2h") << Delays{0ms, 5s, 30s, 5min, 30min, 2h};
        QTest::newRow("bare seconds") << QStringLiteral("0,1,2") << Delays{0ms, 1s, 2s};
        QTest::newRow("milliseconds") << QStringLiteral("0, 200ms, 1.5s") << Delays{0ms, 200ms, 1500ms};
        QTest::newRow("one step") << QStringLiteral("0") << Delays{0ms};
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(Delays, delays);
        QString error;
        const auto s = sb::RetrySchedule::parse(text, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->delays(), delays);
        // Printing and parsing again gives the same schedule.
        QCOMPARE(sb::RetrySchedule::parse(s->toString())->delays(), delays);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("unknown unit") << QStringLiteral("0, 5d");
        QTest::newRow("negative") << QStringLiteral("0, -5s");
        QTest::newRow("word") << QStringLiteral("soon");
        QTest::newRow("too long a wait") << QStringLiteral("0, 200h");
        QTest::newRow("empty step") << QStringLiteral("0,,5s");
    }

    void rejects()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!sb::RetrySchedule::parse(text, &error));
        QVERIFY(!error.isEmpty());
    }

    void tooManySteps()
    {
        QStringList steps(sb::RetrySchedule::MaxAttempts + 1, QStringLiteral("1s"));
        QVERIFY(!sb::RetrySchedule::parse(steps.join(u',')));
        steps.removeLast();
        QVERIFY(sb::RetrySchedule::parse(steps.join(u',')));
    }

    void jsonSeconds()
    {
        const auto s = sb::RetrySchedule::parse(u"0, 0.5s, 5s, 1h").value();
        const QJsonArray json = s.toJsonSeconds();
        QCOMPARE(json, QJsonArray({0, 0.5, 5, 3600}));
        QCOMPARE(sb::RetrySchedule::fromJsonSeconds(json).value(), s);
        QString error;
        QVERIFY(!sb::RetrySchedule::fromJsonSeconds(QJsonArray({0, QStringLiteral("5")}), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!sb::RetrySchedule::fromJsonSeconds(QJsonArray({0, -1})));
        QVERIFY(!sb::RetrySchedule::fromJsonSeconds(QJsonArray()));
    }
};

QTEST_GUILESS_MAIN(TestRetrySchedule)
#include "tst_retryschedule.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/retrypolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;
using sb::ErrorClass;
using sb::FailedAttempt;
using sb::RetryPolicy;
using Ms = std::chrono::milliseconds;

namespace {
const QDateTime Now(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());

RetryPolicy fixedPolicy(double random)
{
    RetryPolicy policy;
    policy.setClock([] { return Now; });
    policy.setRandom([random] { return random; });
    return policy;
}
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void followsTheScheduleStepByStep_data()
    {
        QTest::addColumn<int>("attemptsMade");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("after 1st") << 1 << qint64(5'000);
        QTest::newRow("after 2nd") << 2 << qint64(30'000);
        QTest::newRow("after 3rd") << 3 << qint64(300'000);
        QTest::newRow("after 4th") << 4 << qint64(1'800'000);
        QTest::newRow("after 5th") << 5 << qint64(7'200'000);
    }

    void followsTheScheduleStepByStep()
    {
        QFETCH(int, attemptsMade);
        QFETCH(qint64, expectedMs);
        const RetryPolicy policy = fixedPolicy(0.5); // 0.5: jitter factor exactly 1
        const auto d = policy.afterFailure({attemptsMade, 500, ErrorClass::HttpStatus, {}});
        QVERIFY(!d.exhausted);
        QCOMPARE(d.delay.count(), expectedMs);
        QCOMPARE(d.nextAttemptAt, Now.addMSecs(expectedMs));
    }

    void exhaustedAfterTheLastStep()
    {
        const RetryPolicy policy = fixedPolicy(0.5);
        QCOMPARE(policy.maxAttempts(), 6);
        const auto d = policy.afterFailure({6, 500, ErrorClass::HttpStatus, {}});
        QVERIFY(d.exhausted);
        QVERIFY(!d.nextAttemptAt.isValid());
        QVERIFY(policy.afterFailure({7, 500, ErrorClass::HttpStatus, {}}).exhausted);
    }

    void jitterStaysWithinTwentyPercent_data()
    {
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("lowest") << 0.0 << qint64(24'000);   // 30 s - 20 %
        QTest::newRow("middle") << 0.5 << qint64(30'000);
        QTest::newRow("highest") << 0.999999 << qint64(36'000); // just under 30 s + 20 %
        QTest::newRow("quarter") << 0.25 << qint64(27'000);
    }

    void jitterStaysWithinTwentyPercent()
    {
        QFETCH(double, random);
        QFETCH(qint64, expectedMs);
        const RetryPolicy policy = fixedPolicy(random);
        const auto d = policy.afterFailure({2, 503, ErrorClass::HttpStatus, {}});
        QVERIFY(std::abs(d.delay.count() - expectedMs) <= 1);
    }

    void firstAttemptIsImmediate()
    {
        QCOMPARE(fixedPolicy(0.9).firstDelay(), Ms(0));
    }

    void retryAfterIsHonouredWithinBounds_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs");
        // After the 2nd attempt the scheduled step is 30 s: Retry-After is kept within 30–60 s.
        QTest::newRow("inside") << QByteArray("45") << qint64(45'000);
        QTest::newRow("below: raised to the step") << QByteArray("1") << qint64(30'000);
        QTest::newRow("above: capped at twice") << QByteArray("3600") << qint64(60'000);
        QTest::newRow("HTTP date 50 s ahead") << QByteArray("Fri, 20 Nov 2026 10:00:50 GMT") << qint64(50'000);
        QTest::newRow("HTTP date in the past") << QByteArray("Fri, 20 Nov 2026 09:00:00 GMT") << qint64(30'000);
        QTest::newRow("unreadable: schedule") << QByteArray("later please") << qint64(30'000);
    }

    void retryAfterIsHonouredWithinBounds()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const RetryPolicy policy = fixedPolicy(0.5);
        const auto d = policy.afterFailure({2, 503, ErrorClass::HttpStatus, header});
        QCOMPARE(d.delay.count(), expectedMs);
    }

    void floorAfterThrottlingOrTimeout_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("errorClass");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("429") << 429 << int(ErrorClass::HttpStatus) << QByteArray() << qint64(60'000);
        QTest::newRow("429 with short Retry-After") << 429 << int(ErrorClass::HttpStatus) << QByteArray("2") << qint64(60'000);
        QTest::newRow("timeout") << 0 << int(ErrorClass::Timeout) << QByteArray() << qint64(60'000);
        QTest::newRow("503: no floor") << 503 << int(ErrorClass::HttpStatus) << QByteArray() << qint64(5'000);
        QTest::newRow("connect: no floor") << 0 << int(ErrorClass::Connect) << QByteArray() << qint64(5'000);
    }

    void floorAfterThrottlingOrTimeout()
    {
        QFETCH(int, status);
        QFETCH(int, errorClass);
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, expectedMs);
        const RetryPolicy policy = fixedPolicy(0.5);
        const auto d = policy.afterFailure({1, status, static_cast<ErrorClass>(errorClass), retryAfter});
        QCOMPARE(d.delay.count(), expectedMs);
    }

    void floorDoesNotShortenLongSteps()
    {
        const RetryPolicy policy = fixedPolicy(0.5);
        QCOMPARE(policy.afterFailure({3, 429, ErrorClass::HttpStatus, {}}).delay, Ms(5min));
    }

    void customScheduleAndFloor()
    {
        RetryPolicy policy(sb::RetrySchedule::parse(u"0, 100ms, 200ms").value());
        policy.setJitter(0);
        policy.setThrottleFloor(150ms);
        QCOMPARE(policy.afterFailure({1, 500, ErrorClass::HttpStatus, {}}).delay, Ms(100));
        QCOMPARE(policy.afterFailure({1, 429, ErrorClass::HttpStatus, {}}).delay, Ms(150));
        QCOMPARE(policy.afterFailure({2, 500, ErrorClass::HttpStatus, {}}).delay, Ms(200));
        QVERIFY(policy.afterFailure({3, 500, ErrorClass::HttpStatus, {}}).exhausted);
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: unreadable
        QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 7 ") << qint64(7'000);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("date") << QByteArray("Fri, 20 Nov 2026 10:02:00 GMT") << qint64(120'000);
        QTest::newRow("not GMT") << QByteArray("Fri, 20 Nov 2026 10:02:00 PST") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const auto parsed = RetryPolicy::parseRetryAfter(value, Now);
        QCOMPARE(parsed ? parsed->count() : -1, expectedMs);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"

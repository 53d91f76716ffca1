// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timeformat.h"

#include <QTest>
#include <QTimeZone>

class TestTimeFormat : public QObject
{
    Q_OBJECT

private slots:
    void writesUtcWithMilliseconds()
    {
        const QDateTime t(QDate(2026, 11, 20), QTime(10, 41, 7, 512), QTimeZone(3600));
        QCOMPARE(sb::toIsoUtc(t), QStringLiteral("2026-11-20T09:41:07.512Z"));
        QCOMPARE(sb::toIsoUtc(QDateTime()), QString());
    }

    void formatsLikeQt_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::newRow("midnight") << QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
        QTest::newRow("last ms of a year") << QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc());
        QTest::newRow("small year") << QDateTime(QDate(987, 6, 5), QTime(4, 3, 2, 1), QTimeZone::utc());
        QTest::newRow("offset crosses a day") << QDateTime(QDate(2026, 3, 1), QTime(0, 30), QTimeZone(2 * 3600));
        QTest::newRow("leap day") << QDateTime(QDate(2028, 2, 29), QTime(12, 0, 0, 50), QTimeZone::utc());
    }

    void formatsLikeQt()
    {
        QFETCH(QDateTime, time);
        QCOMPARE(sb::toIsoUtc(time), time.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(sb::parseIsoUtc(sb::toIsoUtc(time))->toMSecsSinceEpoch(), time.toMSecsSinceEpoch());
    }

    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("msecs");
        const qint64 base = QDateTime(QDate(2026, 11, 20), QTime(9, 41, 7), QTimeZone::utc()).toMSecsSinceEpoch();
        QTest::newRow("Z, ms") << QStringLiteral("2026-11-20T09:41:07.512Z") << base + 512;
        QTest::newRow("Z, s") << QStringLiteral("2026-11-20T09:41:07Z") << base;
        QTest::newRow("Z, minutes") << QStringLiteral("2026-11-20T09:41Z") << base - 7000;
        QTest::newRow("offset") << QStringLiteral("2026-11-20T10:41:07+01:00") << base;
        QTest::newRow("nanoseconds") << QStringLiteral("2026-11-20T09:41:07.512345678Z") << base + 512;
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(qint64, msecs);
        const auto t = sb::parseIsoUtc(text);
        QVERIFY(t);
        QCOMPARE(t->toMSecsSinceEpoch(), msecs);
        QCOMPARE(t->timeSpec(), Qt::UTC);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no zone") << QStringLiteral("2026-11-20T09:41:07");
        QTest::newRow("date only") << QStringLiteral("2026-11-20");
        QTest::newRow("garbage") << QStringLiteral("yesterday");
        QTest::newRow("month 13") << QStringLiteral("2026-13-20T09:41:07Z");
        QTest::newRow("empty") << QString();
    }

    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!sb::parseIsoUtc(text));
    }
};

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ids.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>

class TestIds : public QObject
{
    Q_OBJECT

private slots:
    void format_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("application") << QString(sb::ids::Application);
        QTest::newRow("endpoint") << QString(sb::ids::Endpoint);
        QTest::newRow("message") << QString(sb::ids::Message);
        QTest::newRow("attempt") << QString(sb::ids::Attempt);
    }

    void format()
    {
        QFETCH(QString, prefix);
        const QByteArray latin = prefix.toLatin1();
        const QLatin1StringView p(latin);
        const QString id = sb::ids::generate(p);
        // URL-safe: nothing that needs percent-encoding in a path segment.
        const QRegularExpression shape(u'^' + prefix + QStringLiteral("_[0-9A-Za-z]{22}$"));
        QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
        QVERIFY(sb::ids::isValid(id, p));
        QCOMPARE(QUrl::toPercentEncoding(id), id.toLatin1());
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("id");
        const QString good = sb::ids::generate(sb::ids::Message);
        QTest::newRow("wrong prefix") << QString(good).replace(0, 3, QStringLiteral("app"));
        QTest::newRow("no underscore") << QString(good).remove(3, 1);
        QTest::newRow("short") << good.chopped(1);
        QTest::newRow("long") << good + u'0';
        QTest::newRow("bad character") << good.left(10) + u'-' + good.mid(11);
        QTest::newRow("over 128 bits") << QStringLiteral("msg_zzzzzzzzzzzzzzzzzzzzzz");
        QTest::newRow("empty") << QString();
    }

    void rejectsMalformed()
    {
        QFETCH(QString, id);
        QVERIFY(!sb::ids::isValid(id, sb::ids::Message));
    }

    void carriesCreationTime()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QString id = sb::ids::generate(sb::ids::Attempt);
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        const qint64 at = sb::ids::timestampMs(id);
        QVERIFY(at >= before && at <= after);
        QCOMPARE(sb::ids::timestampMs(u"msg_!"), -1);
    }

    void orderedAndUniqueOver100k()
    {
        constexpr int Count = 100'000;
        QStringList generated;
        generated.reserve(Count);
        for (int i = 0; i < Count; ++i)
            generated.append(sb::ids::generate(sb::ids::Message));
        QStringList sorted = generated;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, generated); // lexical order is creation order
        const QSet<QString> unique(generated.cbegin(), generated.cend());
        QCOMPARE(unique.size(), Count);
    }

    void laterMillisecondSortsAfter()
    {
        const QString first = sb::ids::generate(sb::ids::Message);
        const qint64 ms = sb::ids::timestampMs(first);
        QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > ms);
        const QString second = sb::ids::generate(sb::ids::Message);
        QVERIFY(sb::ids::timestampMs(second) > ms);
        QVERIFY(second > first);
    }

    // The lower bound of a time range on the primary key: every id made at `t` or later sorts
    // at or after it, every earlier one before it.
    void atTimeBoundsIdsByCreation()
    {
        const QString before = sb::ids::generate(sb::ids::Attempt);
        const qint64 t = sb::ids::timestampMs(before) + 1;
        const QString bound = sb::ids::atTime(sb::ids::Attempt, t);
        QVERIFY(sb::ids::isValid(bound, sb::ids::Attempt));
        QCOMPARE(sb::ids::timestampMs(bound), t);
        QVERIFY(before < bound);
        QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() >= t);
        QVERIFY(sb::ids::generate(sb::ids::Attempt) >= bound);
    }
};

QTEST_GUILESS_MAIN(TestIds)
#include "tst_ids.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/streamframe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using sb::StreamFrame;

class TestStreamFrame : public QObject
{
    Q_OBJECT

private slots:
    void batchRoundTrip()
    {
        const QDateTime at(QDate(2026, 11, 20), QTime(9, 41, 7, 512), QTimeZone::utc());
        const QList<StreamFrame> frames{
            {1, QString(StreamFrame::MessageCreated), at, {{QStringLiteral("id"), QStringLiteral("msg_x")}}},
            {2, QString(StreamFrame::AttemptFinished), at.addMSecs(3), {{QStringLiteral("status"), 0}}},
            {9'007'199'254'740'000, QString(StreamFrame::DeliveryUpdated), at, {}},
        };
        const QByteArray text = StreamFrame::encodeBatch(frames);
        const auto decoded = StreamFrame::decode(text);
        QVERIFY2(decoded, qPrintable(decoded.errorString()));
        QCOMPARE(*decoded.value, frames);
        // The wire shape the dashboard and third-party clients read.
        const QJsonObject first = QJsonDocument::fromJson(text).array().first().toObject();
        QCOMPARE(first.value(QLatin1StringView("seq")).toInteger(), 1);
        QCOMPARE(first.value(QLatin1StringView("type")).toString(), QStringLiteral("message.created"));
        QCOMPARE(first.value(QLatin1StringView("at")).toString(), QStringLiteral("2026-11-20T09:41:07.512Z"));
    }

    void singleObjectDecodes()
    {
        const auto decoded = StreamFrame::decode(R"({"seq":0,"type":"hello","at":"2026-11-20T09:41:07Z","data":{"lastSeq":42}})");
        QVERIFY(decoded);
        QCOMPARE(decoded.value->size(), 1);
        QCOMPARE(decoded.value->first().data.value(QLatin1StringView("lastSeq")).toInt(), 42);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("[{") << QString();
        QTest::newRow("no seq") << QByteArray(R"([{"type":"x","at":"2026-11-20T09:41:07Z"}])") << QStringLiteral("[0].seq");
        QTest::newRow("seq a string") << QByteArray(R"([{"seq":"1","type":"x","at":"2026-11-20T09:41:07Z"}])") << QStringLiteral("[0].seq");
        QTest::newRow("negative seq") << QByteArray(R"([{"seq":-1,"type":"x","at":"2026-11-20T09:41:07Z"}])") << QStringLiteral("[0].seq");
        QTest::newRow("fractional seq") << QByteArray(R"([{"seq":1.5,"type":"x","at":"2026-11-20T09:41:07Z"}])") << QStringLiteral("[0].seq");
        QTest::newRow("no type") << QByteArray(R"([{"seq":1,"at":"2026-11-20T09:41:07Z"}])") << QStringLiteral("[0].type");
        QTest::newRow("bad time") << QByteArray(R"([{"seq":1,"type":"x","at":"noon"}])") << QStringLiteral("[0].at");
        QTest::newRow("no time") << QByteArray(R"([{"seq":1,"type":"x"}])") << QStringLiteral("[0].at");
        QTest::newRow("data not object") << QByteArray(R"([{"seq":1,"type":"x","at":"2026-11-20T09:41:07Z","data":[]}])") << QStringLiteral("[0].data");
        QTest::newRow("item not object") << QByteArray(R"([{"seq":1,"type":"x","at":"2026-11-20T09:41:07Z"}, 3])") << QStringLiteral("[1]");
    }

    void rejects()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, field);
        const auto decoded = StreamFrame::decode(text);
        QVERIFY(!decoded);
        QCOMPARE(decoded.errors.first().field, field);
    }
};

QTEST_GUILESS_MAIN(TestStreamFrame)
#include "tst_streamframe.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/attempt.h"
#include "core/jsonwriter.h"
#include "core/message.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <limits>

using sb::JsonWriter;

class TestJsonWriter : public QObject
{
    Q_OBJECT

    static QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

private slots:
    void writesStringsLikeQt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("call.ended");
        QTest::newRow("empty") << QString();
        QTest::newRow("quotes and backslash") << QStringLiteral("say \"hi\" \\ bye");
        QTest::newRow("control") << QStringLiteral("a\nb\rc\td\be\ff") + QChar(0x01) + QChar(0x1f);
        QTest::newRow("latin-1") << QStringLiteral("Grüße");
        QTest::newRow("bmp") << QStringLiteral("€ 中文");
        QTest::newRow("astral") << QString::fromUtf8("\xf0\x9f\x93\x9e call");
        QTest::newRow("lone surrogate") << QStringLiteral("x") + QChar(0xd800) + QStringLiteral("y");
        QTest::newRow("high surrogate last") << QStringLiteral("x") + QChar(0xd83d);
        QTest::newRow("low surrogate alone") << QChar(0xdc00) + QStringLiteral("y");
        QTest::newRow("only escapes") << QString(300, QChar(0x01));
        QTest::newRow("only astral") << QString::fromUtf8("\xf0\x9f\x93\x9e\xf0\x9f\x93\x9e\xf0\x9f\x93\x9e");
        QTest::newRow("delete and latin-1 edge") << QChar(0x7f) + QChar(0x80) + QChar(0xff) + QChar(0x7ff) + QChar(0x800) + QChar(0xffff);
        QTest::newRow("long plain") << QString(20'000, QChar(u'a'));
    }

    void writesStringsLikeQt()
    {
        QFETCH(QString, text);
        JsonWriter w;
        w.beginObject().key("s").value(text).endObject();
        QCOMPARE(w.take(), compact({{QStringLiteral("s"), text}}));
    }

    void writesLatin1LikeQt()
    {
        // Keys and Latin-1 values take their own path: escapes and bytes above 0x7f included.
        const QByteArray latin1("caf\xe9 \"q\" \\ \n\x01\x7f\x80\xff");
        const QLatin1StringView text(latin1);
        JsonWriter w;
        w.beginObject().key(QLatin1StringView()).value(QLatin1StringView()).key(text).value(text).endObject();
        QCOMPARE(w.take(), compact({{QString(text), QString(text)}, {QString(), QString()}}));
    }

    void writesParsedJsonLikeQt_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("call") << QByteArray(R"({"type":"call.ended","data":{"call":{"id":"c_1","duration":61.5,"ended":true,"transcript":[{"role":"agent","text":"Hallo, wie geht es? \u00fc \ud83d\udcde"},{"role":"user","text":null}]}}})");
        QTest::newRow("numbers") << QByteArray(R"({"a":1,"b":-0.0,"c":1e17,"d":100000000000000000,"e":9007199254740993,"f":0.1,"g":-12345678901234567890,"h":1.5e-300,"i":[0,-1,2.50]})");
        QTest::newRow("keys that need escapes") << QByteArray("{\"a\\\"b\":1,\"\\u00e9t\\u00e9\":[],\"\\n\":{},\"\":\"\",\"z\\u20ac\":[[],{}]}");
        QTest::newRow("deep") << QByteArray(R"({"a":[[[[{"b":[{"c":[1,[2,[3]]]}]}]]]]})");
    }

    void writesParsedJsonLikeQt()
    {
        QFETCH(QByteArray, json);
        QJsonParseError error;
        const QJsonObject parsed = QJsonDocument::fromJson(json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(JsonWriter::compact(parsed), compact(parsed));
        JsonWriter w;
        w.beginArray().value(QJsonValue(parsed)).value(QJsonArray{parsed, QJsonValue(), 2}).endArray();
        QCOMPARE(w.take(), QJsonDocument(QJsonArray{parsed, QJsonArray{parsed, QJsonValue(), 2}}).toJson(QJsonDocument::Compact));
    }

    void keepsNoRoomForTheWorstCase()
    {
        // Strings get room for six bytes a character while written; a body taken from the
        // writer waits in memory until sent, so it must not keep that room (it once kept 6x).
        const QJsonObject payload{{QStringLiteral("blob"), QString(10'000, QChar(u'x'))}};
        const QByteArray body = JsonWriter::compact(payload);
        QCOMPARE(body.size(), 10'000 + 11); // {"blob":"…"}
        QCOMPARE(body.capacity(), body.size());
        // A small one too: bodies of a few hundred bytes add up when thousands wait.
        const QByteArray small = JsonWriter::compact({{QStringLiteral("call"), QStringLiteral("c_42")}});
        QCOMPARE(small, QByteArray(R"({"call":"c_42"})"));
        QCOMPARE(small.capacity(), small.size());
        // A long string taken from a writer gives back the room it did not use.
        JsonWriter w;
        w.value(QString(10'000, QChar(u'y')));
        QVERIFY2(w.take().capacity() <= 10'002 + 5'001, "kept the worst case's room");
    }

    void writesNumbersLikeQt_data()
    {
        QTest::addColumn<double>("number");
        QTest::newRow("zero") << 0.0;
        QTest::newRow("negative one") << -1.0;
        QTest::newRow("fraction") << 12.345;
        QTest::newRow("tiny") << 1e-7;
        QTest::newRow("huge") << 1e21;
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity();
    }

    void writesNumbersLikeQt()
    {
        QFETCH(double, number);
        JsonWriter w;
        w.beginObject().key("d").value(number).key("i").value(qint64(9'007'199'254'740'993)).endObject();
        QCOMPARE(w.take(), compact({{QStringLiteral("d"), number}, {QStringLiteral("i"), qint64(9'007'199'254'740'993)}}));
    }

    void nestsWithCommas()
    {
        JsonWriter w;
        w.beginObject()
            .key("a").beginArray().value(1).value(QLatin1StringView("x")).null().beginObject().endObject().endArray()
            .key("b").value(true)
            .key("c").raw("{\"k\":[1,2]}")
            .key("d").stringOrNull(QString())
            .endObject();
        QCOMPARE(w.take(), QByteArray(R"({"a":[1,"x",null,{}],"b":true,"c":{"k":[1,2]},"d":null})"));
    }

    void writesAnAttemptAsToJsonDoes()
    {
        sb::Attempt a;
        a.id = QStringLiteral("atmpt_2a3b");
        a.msgId = QStringLiteral("msg_1");
        a.endpointId = QStringLiteral("ep_1");
        a.url = QUrl(QStringLiteral("https://example.com/hook?q=a b"));
        a.response = QStringLiteral("{\"ok\":true}\n");
        a.responseStatusCode = 200;
        a.responseDurationMs = 12;
        a.status = sb::MessageStatus::Success;
        a.trigger = sb::TriggerType::Manual;
        a.errorClass = sb::ErrorClass::None;
        a.timing = {0.25, -1, 7.5};
        a.timestamp = QDateTime(QDate(2026, 11, 23), QTime(15, 0, 1, 2), QTimeZone::utc());
        JsonWriter w;
        a.writeJson(w);
        QCOMPARE(w.take(), QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact));

        a.timestamp = QDateTime();
        a.errorClass = sb::ErrorClass::Timeout;
        a.status = sb::MessageStatus::Fail;
        JsonWriter again;
        a.writeJson(again);
        QCOMPARE(again.take(), QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact));
    }

    void writesAMessageAsToJsonDoes()
    {
        sb::Message m;
        m.id = QStringLiteral("msg_1");
        m.appId = QStringLiteral("app_1");
        m.eventType = QStringLiteral("call.ended");
        m.payload = QJsonObject{{QStringLiteral("callId"), QStringLiteral("c-1")}, {QStringLiteral("n"), 1.5}};
        m.tags = QStringList{QStringLiteral("a"), QStringLiteral("b")};
        m.timestamp = QDateTime(QDate(2026, 11, 23), QTime(15, 0), QTimeZone::utc());
        const QByteArray payload = QJsonDocument(m.payload).toJson(QJsonDocument::Compact);
        JsonWriter w;
        w.beginObject();
        m.writeJsonMembers(w, payload);
        w.endObject();
        QCOMPARE(w.take(), QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact));

        m.eventId = QStringLiteral("ev-1");
        m.channels = QStringList{QStringLiteral("eu")};
        m.appId.clear();
        JsonWriter again;
        again.beginObject();
        m.writeJsonMembers(again, payload);
        again.endObject();
        QCOMPARE(again.take(), QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact));

        JsonWriter head; // without the payload
        head.beginObject();
        m.writeJsonMembers(head, QByteArrayView());
        head.endObject();
        QJsonObject expected = m.toJson();
        expected.remove(QStringLiteral("payload"));
        QCOMPARE(head.take(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"

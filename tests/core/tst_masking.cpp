// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/masking.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using sb::MaskRule;
using sb::Masker;
using Audience = sb::Masker::Audience;

namespace {

// JSON written with single quotes, so that it reads in C++ strings without escapes.
QJsonObject parse(const char *json) { return QJsonDocument::fromJson(QByteArray(json).replace('\'', '"')).object(); }
QJsonArray parseArray(const char *json) { return QJsonDocument::fromJson(QByteArray(json).replace('\'', '"')).array(); }
QByteArray compact(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestMasking : public QObject
{
    Q_OBJECT

private slots:
    void defaultsMaskNamedFieldsAtAnyDepth()
    {
        const Masker masker;
        const QJsonObject in = parse("{'call_id':'call_1','transcript':'hello','data':{'summary':{'text':'x'},"
            "'turns':[{'recording_url':'rec-1.wav','n':1},{'recording_url':null}]}}");
        const QJsonValue out = masker.maskPayload(in, Audience::Viewer);
        QCOMPARE(compact(out), compact(parse("{'call_id':'call_1','transcript':'[masked]','data':{'summary':'[masked]',"
            "'turns':[{'recording_url':'[masked]','n':1},{'recording_url':'[masked]'}]}}")));
    }

    void e164NumbersInsideStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        QTest::newRow("alone") << QStringLiteral("+14155550123") << QStringLiteral("[masked]");
        QTest::newRow("in a sentence") << QStringLiteral("call +442071838750 back, or +4930123456")
                                       << QStringLiteral("call [masked] back, or [masked]");
        QTest::newRow("sip uri") << QStringLiteral("sip:+14155550123@pbx") << QStringLiteral("sip:[masked]@pbx");
        QTest::newRow("too short") << QStringLiteral("+123456") << QStringLiteral("+123456");
        QTest::newRow("too long") << QStringLiteral("+1234567890123456") << QStringLiteral("+1234567890123456");
        QTest::newRow("leading zero") << QStringLiteral("+0415555012") << QStringLiteral("+0415555012");
        QTest::newRow("no plus") << QStringLiteral("14155550123") << QStringLiteral("14155550123");
        QTest::newRow("inside an id") << QStringLiteral("ab+14155550123") << QStringLiteral("ab+14155550123");
        QTest::newRow("timestamp") << QStringLiteral("2026-11-20T09:41:07.512+01:00") << QStringLiteral("2026-11-20T09:41:07.512+01:00");
    }

    void e164NumbersInsideStrings()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        const Masker masker;
        QCOMPARE(masker.maskText(text, Audience::Viewer), masked);
        const QJsonObject in{{QStringLiteral("deep"), QJsonArray{QJsonArray{text}}}};
        const QJsonObject expected{{QStringLiteral("deep"), QJsonArray{QJsonArray{masked}}}};
        QCOMPARE(masker.maskPayload(in, Audience::Viewer), QJsonValue(expected));
    }

    void nonStringValuesStay()
    {
        const Masker masker;
        const QJsonObject in = parse("{'from':14155550123,'ok':true,'none':null,'d':1.5,'list':[1,false]}");
        QCOMPARE(masker.maskPayload(in, Audience::Viewer), QJsonValue(in));
        // A named field is masked whatever its value.
        QCOMPARE(masker.maskPayload(parse("{'summary':42}"), Audience::Viewer), QJsonValue(parse("{'summary':'[masked]'}")));
    }

    void pointers()
    {
        const Masker masker({{MaskRule::Kind::Pointer, QStringLiteral("/customer/email"), false},
                             {MaskRule::Kind::Pointer, QStringLiteral("/legs/*/callee"), false},
                             {MaskRule::Kind::Pointer, QStringLiteral("/a~1b/0"), false},
                             {MaskRule::Kind::Pointer, QStringLiteral("/missing/deeper"), false}});
        const QJsonObject in = parse("{'customer':{'email':'a@b.c','name':'Ann'},'email':'top@x',"
            "'legs':[{'callee':'Bob','n':1},{'callee':{'x':1}},'scalar'],'a/b':['first','second'],'missing':3}");
        QCOMPARE(compact(masker.maskPayload(in, Audience::Viewer)),
                 compact(parse("{'customer':{'email':'[masked]','name':'Ann'},'email':'top@x',"
            "'legs':[{'callee':'[masked]','n':1},{'callee':'[masked]'},'scalar'],'a/b':['[masked]','second'],'missing':3}")));
    }

    void operatorsOnlyWhereTheRuleSays()
    {
        const Masker masker({{MaskRule::Kind::Field, QStringLiteral("transcript"), true},
                             {MaskRule::Kind::Field, QStringLiteral("summary"), false},
                             {MaskRule::Kind::Pattern, Masker::e164Pattern(), false}});
        const QJsonObject in = parse("{'transcript':'t','summary':'s','from':'+14155550123'}");
        QCOMPARE(compact(masker.maskPayload(in, Audience::Viewer)),
                 compact(parse("{'transcript':'[masked]','summary':'[masked]','from':'[masked]'}")));
        QCOMPARE(compact(masker.maskPayload(in, Audience::Operator)),
                 compact(parse("{'transcript':'[masked]','summary':'s','from':'+14155550123'}")));
        QCOMPARE(masker.maskPayload(in, Audience::Admin), QJsonValue(in));
        QVERIFY(masker.masks(Audience::Viewer));
        QVERIFY(masker.masks(Audience::Operator));
        QVERIFY(!masker.masks(Audience::Admin));
        QVERIFY(!Masker().masks(Audience::Operator)); // the defaults are for viewers
        QVERIFY(!Masker(QList<MaskRule>()).masks(Audience::Viewer));
    }

    void answersMaskPayloadsAndResponses()
    {
        const Masker masker;
        // A message list with a payload, an attempt whose receiver echoed the payload as JSON,
        // one that answered in plain text, and fields outside payloads left as they are.
        const QJsonObject in = parse("{'data':["
            "{'id':'msg_1','summary':'not a payload','payload':{'transcript':'secret','to':'+14155550123'}},"
            "{'id':'atmpt_1','response':'{\\'transcript\\':\\'secret\\',\\'ok\\':true}','msg':{'payload':{'summary':'s'}}},"
            "{'id':'atmpt_2','response':'thanks +14155550123'},"
            "{'id':'atmpt_3','response':'{ \\'ok\\' : true }'}],'done':true}");
        const QJsonValue out = masker.maskAnswer(in, Audience::Viewer);
        const QJsonArray data = out.toObject().value(QLatin1StringView("data")).toArray();
        QCOMPARE(compact(data.at(0)), compact(parse(
            "{'id':'msg_1','summary':'not a payload','payload':{'transcript':'[masked]','to':'[masked]'}}")));
        QCOMPARE(data.at(1).toObject().value(QLatin1StringView("response")).toString(),
                 QStringLiteral("{\"ok\":true,\"transcript\":\"[masked]\"}"));
        QCOMPARE(compact(data.at(1).toObject().value(QLatin1StringView("msg"))), compact(parse("{'payload':{'summary':'[masked]'}}")));
        QCOMPARE(data.at(2).toObject().value(QLatin1StringView("response")).toString(), QStringLiteral("thanks [masked]"));
        // Nothing to mask: the receiver's bytes untouched, spacing and all.
        QCOMPARE(data.at(3).toObject().value(QLatin1StringView("response")).toString(), QStringLiteral("{ \"ok\" : true }"));
        QCOMPARE(masker.maskAnswer(in, Audience::Admin), QJsonValue(in));
    }

    void rulesFromJson()
    {
        const auto parsed = Masker::fromJson(parseArray(
            "[{'pointer':'/customer/phone'},{'field':'notes','operators':true},{'pattern':'[0-9]{16}'}]"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
        const QList<MaskRule> expected{{MaskRule::Kind::Pointer, QStringLiteral("/customer/phone"), false},
                                       {MaskRule::Kind::Field, QStringLiteral("notes"), true},
                                       {MaskRule::Kind::Pattern, QStringLiteral("[0-9]{16}"), false}};
        QCOMPARE(parsed.value->rules(), expected);
        QCOMPARE(Masker::fromJson(parsed.value->toJson()).value->rules(), expected);
        QCOMPARE(parsed.value->maskText(QStringLiteral("card 4111111111111111"), Audience::Viewer), QStringLiteral("card [masked]"));

        const auto bad = Masker::fromJson(parseArray(
            "[{'pointer':'no-slash'},{'field':'a','pattern':'b'},{'pattern':'('},{'field':''},{'field':'x','operators':'yes'},7]"));
        QVERIFY(!bad.ok());
        QStringList fields;
        for (const auto &e : bad.errors)
            fields.append(e.field);
        QCOMPARE(fields, (QStringList{QStringLiteral("[0].pointer"), QStringLiteral("[1]"), QStringLiteral("[2].pattern"),
                                      QStringLiteral("[3].field"), QStringLiteral("[4].operators"), QStringLiteral("[5]")}));
    }
};

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"

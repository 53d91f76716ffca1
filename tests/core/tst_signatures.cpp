// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hexsignature.h"
#include "core/hmac.h"
#include "core/standardwebhooks.h"

#include <QTest>

using sb::StandardWebhooks;
using Verification = sb::StandardWebhooks::Verification;

namespace {
// The Standard Webhooks reference libraries' published vector.
const QString VectorSecret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
const QByteArray VectorId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
constexpr qint64 VectorTimestamp = 1614265330;
const QByteArray VectorBody = R"({"test": 2432232314})";
const QByteArray VectorSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

QByteArray vectorKey() { return StandardWebhooks::decodeSecret(VectorSecret).value(); }
} // namespace

Q_DECLARE_METATYPE(Verification)

class TestSignatures : public QObject
{
    Q_OBJECT

private slots:
    void standardWebhooksVector()
    {
        QCOMPARE(StandardWebhooks::sign(vectorKey(), VectorId, VectorTimestamp, VectorBody),
                 VectorSignature);
        QCOMPARE(StandardWebhooks::verify({vectorKey()}, VectorId, "1614265330", VectorSignature,
                                          VectorBody, VectorTimestamp),
                 Verification::Valid);
    }

    void vectorWithLastCharacterChangedIsRejected()
    {
        QByteArray forged = VectorSignature;
        forged[forged.size() - 2] = 'A'; // "...1OE=" -> "...1OA="
        QVERIFY(forged.endsWith("1OA="));
        QCOMPARE(StandardWebhooks::verify({vectorKey()}, VectorId, "1614265330", forged, VectorBody,
                                          VectorTimestamp),
                 Verification::NoMatchingSignature);
    }

    void unpaddedSecretsAreUsable_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("keyLength");
        QTest::addColumn<QByteArray>("signature"); // computed independently with Python's hmac
        QTest::newRow("31 chars") << QStringLiteral("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS") << 23
                                  << QByteArray("v1,LVOXivKoo4FWasi/IaHvzhE/u+7/cu2AME+zS/nXqzk=");
        QTest::newRow("34 chars") << QStringLiteral("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwBr") << 25
                                  << QByteArray("v1,yK2tMbA6BHPrMEJ1lLv7UlJJbgFoqGenJkiajZ29evg=");
        QTest::newRow("prefixed, 31 chars") << QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS") << 23
                                            << QByteArray("v1,LVOXivKoo4FWasi/IaHvzhE/u+7/cu2AME+zS/nXqzk=");
    }

    void unpaddedSecretsAreUsable()
    {
        QFETCH(QString, secret);
        QFETCH(int, keyLength);
        QFETCH(QByteArray, signature);
        const auto key = StandardWebhooks::decodeSecret(secret);
        QVERIFY(key);
        QCOMPARE(key->size(), keyLength);
        QCOMPARE(StandardWebhooks::sign(*key, VectorId, VectorTimestamp, VectorBody), signature);
        QCOMPARE(StandardWebhooks::verify({*key}, VectorId, "1614265330", signature, VectorBody,
                                          VectorTimestamp),
                 Verification::Valid);
    }

    void badSecretsAreRefused_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("empty") << QString();
        QTest::newRow("prefix only") << QStringLiteral("whsec_");
        QTest::newRow("not base64") << QStringLiteral("whsec_not*base64!");
    }

    void badSecretsAreRefused()
    {
        QFETCH(QString, secret);
        QVERIFY(!StandardWebhooks::decodeSecret(secret));
    }

    void generatedSecretsDecodeTo24Bytes()
    {
        const QString a = StandardWebhooks::generateSecret();
        const QString b = StandardWebhooks::generateSecret();
        QVERIFY(a.startsWith(u"whsec_"));
        QCOMPARE(StandardWebhooks::decodeSecret(a)->size(), 24);
        QVERIFY(a != b);
    }

    void rotationSignsWithEveryKey()
    {
        const QByteArray oldKey = vectorKey();
        const QByteArray newKey = sb::crypto::randomBytes(24);
        const QByteArray header = StandardWebhooks::signatureHeader({newKey, oldKey}, VectorId,
                                                                    VectorTimestamp, VectorBody);
        const QList<QByteArray> parts = header.split(' ');
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(1), VectorSignature);
        // A receiver that knows only one of the two secrets accepts the request.
        for (const QByteArray &key : {oldKey, newKey}) {
            QCOMPARE(StandardWebhooks::verify({key}, VectorId, "1614265330", header, VectorBody,
                                              VectorTimestamp),
                     Verification::Valid);
        }
        const QByteArray stranger = sb::crypto::randomBytes(24);
        QCOMPARE(StandardWebhooks::verify({stranger}, VectorId, "1614265330", header, VectorBody,
                                          VectorTimestamp),
                 Verification::NoMatchingSignature);
    }

    void verification_data()
    {
        QTest::addColumn<QByteArray>("msgId");
        QTest::addColumn<QByteArray>("timestamp");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<Verification>("expected");
        const QByteArray ts = "1614265330";
        QTest::newRow("exact") << VectorId << ts << VectorSignature << VectorBody << VectorTimestamp << Verification::Valid;
        QTest::newRow("4m59s later") << VectorId << ts << VectorSignature << VectorBody << VectorTimestamp + 299 << Verification::Valid;
        QTest::newRow("5m1s later") << VectorId << ts << VectorSignature << VectorBody << VectorTimestamp + 301 << Verification::TimestampTooOld;
        QTest::newRow("5m1s early") << VectorId << ts << VectorSignature << VectorBody << VectorTimestamp - 301 << Verification::TimestampTooNew;
        QTest::newRow("body changed") << VectorId << ts << VectorSignature << QByteArray(R"({"test": 2432232315})") << VectorTimestamp << Verification::NoMatchingSignature;
        QTest::newRow("id changed") << QByteArray("msg_other") << ts << VectorSignature << VectorBody << VectorTimestamp << Verification::NoMatchingSignature;
        QTest::newRow("timestamp changed") << VectorId << QByteArray("1614265331") << VectorSignature << VectorBody << VectorTimestamp << Verification::NoMatchingSignature;
        QTest::newRow("timestamp not a number") << VectorId << QByteArray("soon") << VectorSignature << VectorBody << VectorTimestamp << Verification::InvalidTimestamp;
        QTest::newRow("no signature") << VectorId << ts << QByteArray() << VectorBody << VectorTimestamp << Verification::MissingHeader;
        QTest::newRow("no id") << QByteArray() << ts << VectorSignature << VectorBody << VectorTimestamp << Verification::MissingHeader;
        QTest::newRow("other version only") << VectorId << ts << QByteArray(VectorSignature).replace("v1,", "v2,") << VectorBody << VectorTimestamp << Verification::NoMatchingSignature;
        QTest::newRow("among others") << VectorId << ts << QByteArray("v1a,xyz v1,bogus " + VectorSignature) << VectorBody << VectorTimestamp << Verification::Valid;
        QTest::newRow("truncated") << VectorId << ts << VectorSignature.chopped(4) << VectorBody << VectorTimestamp << Verification::NoMatchingSignature;
    }

    void verification()
    {
        QFETCH(QByteArray, msgId);
        QFETCH(QByteArray, timestamp);
        QFETCH(QByteArray, signature);
        QFETCH(QByteArray, body);
        QFETCH(qint64, now);
        QFETCH(Verification, expected);
        const auto result = StandardWebhooks::verify({vectorKey()}, msgId, timestamp, signature, body, now);
        QCOMPARE(result, expected);
        QVERIFY(!StandardWebhooks::describe(result).isEmpty());
    }

    void customTolerance()
    {
        QCOMPARE(StandardWebhooks::verify({vectorKey()}, VectorId, "1614265330", VectorSignature,
                                          VectorBody, VectorTimestamp + 20, 10),
                 Verification::TimestampTooOld);
    }

    // RFC 4231's vectors for HMAC-SHA256 (keys shorter than a block, and longer: hashed
    // first), an empty key and message, a key of exactly one block, and a message given in
    // parts (as Standard Webhooks signs "{id}.{timestamp}.{body}") against the same joined.
    void hmacVectors_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArrayList>("parts");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("RFC 4231 case 1") << QByteArray(20, '\x0b') << QByteArrayList{"Hi There"}
                                         << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("RFC 4231 case 2") << QByteArray("Jefe") << QByteArrayList{"what do ya want ", "for nothing?"}
                                         << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("RFC 4231 case 6") << QByteArray(131, '\xaa') << QByteArrayList{"Test Using Larger Than Block-Size Key - Hash Key First"}
                                         << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        QTest::newRow("empty") << QByteArray() << QByteArrayList{QByteArray()}
                               << QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
        // Python's hmac: hmac.new(b"k" * 64, b'msg_1.1614265330.{"a":1}', hashlib.sha256)
        QTest::newRow("one block, in parts") << QByteArray(64, 'k') << QByteArrayList{"msg_1", ".", "1614265330", ".", "{\"a\":1}"}
                                             << QByteArray("1f035f74d4a6eb624d621d49cef6bc45c2baf08434c66c48c9b25399d88a049f");
    }

    void hmacVectors()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArrayList, parts);
        QFETCH(QByteArray, hex);
        QCOMPARE(sb::crypto::hmacSha256(key, parts.join()).toHex(), hex);
        if (parts.size() == 5)
            QCOMPARE(sb::crypto::hmacSha256(key, {parts[0], parts[1], parts[2], parts[3], parts[4]}).toHex(), hex);
        else if (parts.size() == 2)
            QCOMPARE(sb::crypto::hmacSha256(key, {parts[0], parts[1]}).toHex(), hex);
    }

    void hexVector()
    {
        QCOMPARE(sb::HexSignature::sign("It's a Secret to Everybody", "Hello, World!"),
                 QByteArray("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"));
    }

    void hexVerification_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        const QByteArray good = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
        QTest::newRow("exact") << good << QByteArray("Hello, World!") << true;
        QTest::newRow("upper-case hex") << QByteArray("sha256=") + good.mid(7).toUpper() << QByteArray("Hello, World!") << true;
        QTest::newRow("surrounding spaces") << QByteArray(" ") + good + " " << QByteArray("Hello, World!") << true;
        QTest::newRow("other body") << good << QByteArray("Hello, World?") << false;
        QTest::newRow("no prefix") << good.mid(7) << QByteArray("Hello, World!") << false;
        QTest::newRow("one digit off") << QByteArray(good).replace("e17", "e18") << QByteArray("Hello, World!") << false;
        QTest::newRow("empty") << QByteArray() << QByteArray("Hello, World!") << false;
    }

    void hexVerification()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        QCOMPARE(sb::HexSignature::verify("It's a Secret to Everybody", header, body), valid);
    }

    void constantTimeEquals()
    {
        QVERIFY(sb::crypto::constantTimeEquals("abc", "abc"));
        QVERIFY(!sb::crypto::constantTimeEquals("abc", "abd"));
        QVERIFY(!sb::crypto::constantTimeEquals("abc", "abcd"));
        QVERIFY(sb::crypto::constantTimeEquals("", ""));
    }
};

QTEST_GUILESS_MAIN(TestSignatures)
#include "tst_signatures.moc"

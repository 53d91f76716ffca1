// SPDX-License-Identifier: GPL-3.0-or-later
// Standard Webhooks' asymmetric scheme (v1a, ed25519): both whsk_ key forms, the published
// vector, verification with the public key, rotation, and what an endpoint accepts.
#include "core/ed25519key.h"
#include "core/endpoint.h"
#include "core/hmac.h"
#include "core/standardwebhooks.h"

#include <QTest>

using sb::Ed25519Key;
using sb::StandardWebhooks;
using Verification = sb::StandardWebhooks::Verification;

namespace {
// The Standard Webhooks repository's v1a vector.
const QString VectorSecret = QStringLiteral("whsk_VEVTVFNJR05JTkdLRVlET05PVFVTRVRISVNGT1JBTlk=");
const QByteArray VectorId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
constexpr qint64 VectorTimestamp = 1614265330;
const QByteArray VectorBody = R"({"test": 2432232314})";
const QByteArray VectorSignature =
    "v1a,tQ9V2XOqn7jL/DQenEFpqIugdBVtiMmER5mhSkXBNwM0mkATuDe6KYYUuxqtaiHeYGb7KaaBRdM5WqyeFiL8Ag==";
// The vector seed's public key, derived independently with the openssl command line tool.
const QByteArray VectorPublicKey = QByteArray::fromBase64("ZlN4eg7dSSqi0moX9hQUk3orrOouK3QVQSlJa248c/g=");

QString secretOf(const QByteArray &bytes) { return u"whsk_" + QString::fromLatin1(bytes.toBase64()); }

Verification verifyWithPublicKeys(const QList<QByteArray> &publicKeys, const QByteArray &header,
                                  const QByteArray &body = VectorBody)
{
    return StandardWebhooks::verifyAny({}, publicKeys, VectorId, "1614265330", header, body, VectorTimestamp);
}
} // namespace

class TestAsymmetricSignatures : public QObject
{
    Q_OBJECT

private slots:
    void standardWebhooksVector()
    {
        const auto key = Ed25519Key::fromSecret(VectorSecret);
        QVERIFY(key);
        QCOMPARE(key->seed(), QByteArray("TESTSIGNINGKEYDONOTUSETHISFORANY"));
        QCOMPARE(key->publicKey(), VectorPublicKey);
        QCOMPARE(StandardWebhooks::signAsymmetric(*key, VectorId, VectorTimestamp, VectorBody), VectorSignature);
        QCOMPARE(StandardWebhooks::signatureHeaderForSecrets({VectorSecret}, VectorId, VectorTimestamp, VectorBody),
                 VectorSignature);
        QCOMPARE(verifyWithPublicKeys({VectorPublicKey}, VectorSignature), Verification::Valid);
    }

    void svixSixtyFourByteFormSignsAlike()
    {
        const QString svixForm = secretOf("TESTSIGNINGKEYDONOTUSETHISFORANY" + VectorPublicKey);
        const auto key = Ed25519Key::fromSecret(svixForm);
        QVERIFY(key);
        QCOMPARE(key->publicKey(), VectorPublicKey);
        QCOMPARE(StandardWebhooks::signAsymmetric(*key, VectorId, VectorTimestamp, VectorBody), VectorSignature);
    }

    void mismatchedPublicHalfIsRefused()
    {
        const QByteArray otherPublic = Ed25519Key::fromSeed(sb::crypto::randomBytes(32))->publicKey();
        QString why;
        QVERIFY(!Ed25519Key::fromSecret(secretOf("TESTSIGNINGKEYDONOTUSETHISFORANY" + otherPublic), &why));
        QVERIFY2(why.contains(u"not the public key"), qPrintable(why));
    }

    void badSecretsAreRefused_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("prefix only") << QStringLiteral("whsk_");
        QTest::newRow("31 bytes") << secretOf(QByteArray(31, 'a'));
        QTest::newRow("33 bytes") << secretOf(QByteArray(33, 'a'));
        QTest::newRow("48 bytes") << secretOf(QByteArray(48, 'a'));
        QTest::newRow("not base64") << QStringLiteral("whsk_not*base64!");
        QTest::newRow("symmetric prefix") << QStringLiteral("whsec_VEVTVFNJR05JTkdLRVlET05PVFVTRVRISVNGT1JBTlk=");
    }

    void badSecretsAreRefused()
    {
        QFETCH(QString, secret);
        QString why;
        QVERIFY(!Ed25519Key::fromSecret(secret, &why));
        QVERIFY(!why.isEmpty());
    }

    void generatedSecretsAreSeeds()
    {
        const QString a = Ed25519Key::generateSecret();
        const QString b = Ed25519Key::generateSecret();
        QVERIFY(a.startsWith(u"whsk_"));
        QVERIFY(a != b);
        const auto key = Ed25519Key::fromSecret(a);
        QVERIFY(key);
        QCOMPARE(key->secretText(), a);
    }

    void publicKeyText()
    {
        const auto key = Ed25519Key::fromSecret(VectorSecret);
        QCOMPARE(key->publicKeyText(), QStringLiteral("whpk_ZlN4eg7dSSqi0moX9hQUk3orrOouK3QVQSlJa248c/g="));
        QCOMPARE(Ed25519Key::decodePublicKey(key->publicKeyText()), std::optional(VectorPublicKey));
        QVERIFY(!Ed25519Key::decodePublicKey(VectorSecret));
        QVERIFY(!Ed25519Key::decodePublicKey(QString(u"whpk_" + QString::fromLatin1(QByteArray(31, 'a').toBase64()))));
    }

    void tamperingIsDetected()
    {
        QCOMPARE(verifyWithPublicKeys({VectorPublicKey}, VectorSignature, R"({"test": 2432232315})"),
                 Verification::NoMatchingSignature);
        QByteArray forged = VectorSignature;
        forged[10] = forged[10] == 'A' ? 'B' : 'A';
        QCOMPARE(verifyWithPublicKeys({VectorPublicKey}, forged), Verification::NoMatchingSignature);
        QCOMPARE(verifyWithPublicKeys({VectorPublicKey}, "v1a,not*base64"), Verification::NoMatchingSignature);
        const QByteArray stranger = Ed25519Key::fromSeed(sb::crypto::randomBytes(32))->publicKey();
        QCOMPARE(verifyWithPublicKeys({stranger}, VectorSignature), Verification::NoMatchingSignature);
        // A verifier with only symmetric keys does not take a v1a signature for a v1 one.
        QCOMPARE(StandardWebhooks::verify({VectorPublicKey}, VectorId, "1614265330", VectorSignature, VectorBody,
                                          VectorTimestamp),
                 Verification::NoMatchingSignature);
    }

    void rotationSignsWithEveryKey()
    {
        const QString newSecret = Ed25519Key::generateSecret();
        const QByteArray header = StandardWebhooks::signatureHeaderForSecrets({newSecret, VectorSecret}, VectorId,
                                                                              VectorTimestamp, VectorBody);
        const QList<QByteArray> parts = header.split(' ');
        QCOMPARE(parts.size(), 2);
        QVERIFY(parts.at(0).startsWith("v1a,"));
        QCOMPARE(parts.at(1), VectorSignature);
        const QByteArray newPublic = Ed25519Key::fromSecret(newSecret)->publicKey();
        for (const QByteArray &publicKey : {newPublic, VectorPublicKey})
            QCOMPARE(verifyWithPublicKeys({publicKey}, header), Verification::Valid);
    }

    void rotationMayChangeTheKind()
    {
        // From a symmetric secret to an ed25519 one: both signatures ride in one header.
        const QString symmetric = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        const QByteArray header = StandardWebhooks::signatureHeaderForSecrets({VectorSecret, symmetric}, VectorId,
                                                                              VectorTimestamp, VectorBody);
        QCOMPARE(header, VectorSignature + " v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        const QByteArray hmacKey = StandardWebhooks::decodeSecret(symmetric).value();
        QCOMPARE(StandardWebhooks::verify({hmacKey}, VectorId, "1614265330", header, VectorBody, VectorTimestamp),
                 Verification::Valid);
        QCOMPARE(verifyWithPublicKeys({VectorPublicKey}, header), Verification::Valid);
    }

    void endpointsAcceptEitherForm()
    {
        QJsonObject json{{QStringLiteral("url"), QStringLiteral("https://example.com/hook")},
                         {QStringLiteral("secret"), VectorSecret}};
        QVERIFY(sb::Endpoint::fromJson(json));
        json.insert(QStringLiteral("secret"), secretOf("TESTSIGNINGKEYDONOTUSETHISFORANY" + VectorPublicKey));
        QVERIFY(sb::Endpoint::fromJson(json));

        json.insert(QStringLiteral("secret"), secretOf("TESTSIGNINGKEYDONOTUSETHISFORANY" + QByteArray(32, 'x')));
        const auto refused = sb::Endpoint::fromJson(json);
        QVERIFY(!refused);
        QCOMPARE(refused.errors.size(), 1);
        QCOMPARE(refused.errors.first().field, QStringLiteral("secret"));
        QVERIFY2(refused.errors.first().message.contains(u"not the public key"), qPrintable(refused.errors.first().message));
    }
};

QTEST_GUILESS_MAIN(TestAsymmetricSignatures)
#include "tst_asymmetricsignatures.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Asymmetric Standard Webhooks signatures (v1a, ed25519) through a real engine: an endpoint
// with a whsk_ key, a receiver that holds only the public key read from the API, rotation,
// who may read which key, and the 422 for a 64-byte key whose halves do not belong together.
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "core/ed25519key.h"
#include "tools/receiver/receiver.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using sb::Ed25519Key;
using sb::testing::ApiClient;
using sb::testing::ApiReply;
using sb::testing::EngineProcess;
using sb::tools::Receiver;
using sb::tools::ReceiverBehaviour;

namespace {
const QByteArray ViewerToken = "viewer-token-0123456789ab";

QString idOf(const ApiReply &r) { return r.json.value(QLatin1StringView("id")).toString(); }
QString field(const ApiReply &r, QLatin1StringView name) { return r.json.value(name).toString(); }

QByteArray signatureHeaderOf(const sb::tools::ReceivedDelivery &d)
{
    for (const auto &[name, value] : d.headers) {
        if (name.compare("webhook-signature", Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
} // namespace

class TestEngineSignatures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EngineProcess> m_engine;
    std::unique_ptr<ApiClient> m_admin, m_viewer;
    Receiver m_receiver;
    QString m_app, m_path; // m_path: the ed25519 endpoint

    // Posts one message and waits for the receiver, which holds only `publicKeys`.
    sb::tools::ReceivedDelivery deliverVerifiedBy(const QStringList &publicKeys)
    {
        ReceiverBehaviour b;
        b.secrets = publicKeys;
        m_receiver.setBehaviour(b);
        m_receiver.clear();
        m_admin->post(u"/api/v1/app/" + m_app + u"/msg",
                      {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                       {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), QStringLiteral("call_7")}}}});
        if (!QTest::qWaitFor([this] { return m_receiver.stats().received >= 1; }, 10'000))
            return {};
        return m_receiver.deliveries().first();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_receiver.listen());
        const QString config = m_dir.filePath(QStringLiteral("engine.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("retry-schedule = 0\n[tokens]\ndashboard = viewer:" + ViewerToken + "\n");
        file.close();
        m_engine = std::make_unique<EngineProcess>(QStringList{QStringLiteral("--config"), config});
        QString error;
        QVERIFY2(m_engine->start(&error), qPrintable(error));
        m_admin = std::make_unique<ApiClient>(m_engine->baseUrl(), EngineProcess::Token);
        m_viewer = std::make_unique<ApiClient>(m_engine->baseUrl(), ViewerToken);
        m_app = idOf(m_admin->post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Keys")}}));
        QVERIFY(!m_app.isEmpty());
        const ApiReply created = m_admin->post(u"/api/v1/app/" + m_app + u"/endpoint",
                                               {{QStringLiteral("url"), m_receiver.url()},
                                                {QStringLiteral("secret"), Ed25519Key::generateSecret()}});
        QCOMPARE(created.status, 201);
        m_path = u"/api/v1/app/" + m_app + u"/endpoint/" + idOf(created);
    }

    void viewersReadThePublicKeyAdminsBoth()
    {
        const ApiReply admin = m_admin->get(m_path + u"/secret");
        QCOMPARE(admin.status, 200);
        const auto key = Ed25519Key::fromSecret(field(admin, QLatin1StringView("key")));
        QVERIFY(key);
        QCOMPARE(field(admin, QLatin1StringView("publicKey")), key->publicKeyText());

        const ApiReply viewer = m_viewer->get(m_path + u"/secret");
        QCOMPARE(viewer.status, 200);
        QVERIFY(!viewer.json.contains(QLatin1StringView("key")));
        QCOMPARE(field(viewer, QLatin1StringView("publicKey")), key->publicKeyText());
        // The endpoint itself names its public key too, never its private one.
        const ApiReply endpoint = m_viewer->get(m_path);
        QCOMPARE(field(endpoint, QLatin1StringView("publicKey")), key->publicKeyText());
        QVERIFY(!endpoint.json.contains(QLatin1StringView("secret")));
    }

    void deliveriesCarryAV1aSignatureThePublicKeyVerifies()
    {
        const QString publicKey = field(m_viewer->get(m_path + u"/secret"), QLatin1StringView("publicKey"));
        QVERIFY(publicKey.startsWith(u"whpk_"));
        const auto d = deliverVerifiedBy({publicKey});
        QVERIFY2(d.signatureValid.value_or(false), qPrintable(d.signatureDetail));
        QVERIFY(signatureHeaderOf(d).startsWith("v1a,"));
        QCOMPARE(signatureHeaderOf(d).count(' '), 0);

        const auto stranger = deliverVerifiedBy({Ed25519Key::fromSecret(Ed25519Key::generateSecret())->publicKeyText()});
        QCOMPARE(stranger.signatureValid, std::optional(false));
    }

    void rotationGraceSignsWithBothKeys()
    {
        const QString oldPublic = field(m_admin->get(m_path + u"/secret"), QLatin1StringView("publicKey"));
        QCOMPARE(m_admin->post(m_path + u"/secret/rotate", {}).status, 204);
        const ApiReply rotated = m_admin->get(m_path + u"/secret");
        QVERIFY(field(rotated, QLatin1StringView("key")).startsWith(u"whsk_"));
        const QString newPublic = field(rotated, QLatin1StringView("publicKey"));
        QVERIFY(newPublic != oldPublic);
        for (const QString &publicKey : {oldPublic, newPublic}) {
            const auto d = deliverVerifiedBy({publicKey});
            QVERIFY2(d.signatureValid.value_or(false), qPrintable(d.signatureDetail));
            const QList<QByteArray> signatures = signatureHeaderOf(d).split(' ');
            QCOMPARE(signatures.size(), 2);
            for (const QByteArray &s : signatures)
                QVERIFY(s.startsWith("v1a,"));
        }
    }

    void mismatchedSixtyFourByteKeyIsRefused()
    {
        const auto a = Ed25519Key::fromSecret(Ed25519Key::generateSecret());
        const auto b = Ed25519Key::fromSecret(Ed25519Key::generateSecret());
        const QString mismatched = u"whsk_" + QString::fromLatin1(QByteArray(a->seed() + b->publicKey()).toBase64());
        const QString endpoints = u"/api/v1/app/" + m_app + u"/endpoint";
        const qsizetype before = m_admin->get(endpoints).json.value(QLatin1StringView("data")).toArray().size();

        const ApiReply created = m_admin->post(endpoints, {{QStringLiteral("url"), m_receiver.url()},
                                                           {QStringLiteral("secret"), mismatched}});
        QCOMPARE(created.status, 422);
        QJsonObject detail = created.json.value(QLatin1StringView("detail")).toArray().first().toObject();
        QCOMPARE(detail.value(QLatin1StringView("loc")).toArray(), (QJsonArray{QStringLiteral("body"), QStringLiteral("secret")}));
        QVERIFY(detail.value(QLatin1StringView("msg")).toString().contains(u"not the public key"));
        QCOMPARE(m_admin->get(endpoints).json.value(QLatin1StringView("data")).toArray().size(), before);

        const QString keyBefore = field(m_admin->get(m_path + u"/secret"), QLatin1StringView("key"));
        const ApiReply rotated = m_admin->post(m_path + u"/secret/rotate", {{QStringLiteral("key"), mismatched}});
        QCOMPARE(rotated.status, 422);
        detail = rotated.json.value(QLatin1StringView("detail")).toArray().first().toObject();
        QCOMPARE(detail.value(QLatin1StringView("loc")).toArray(), (QJsonArray{QStringLiteral("body"), QStringLiteral("key")}));
        QCOMPARE(field(m_admin->get(m_path + u"/secret"), QLatin1StringView("key")), keyBefore);

        // The matching 64-byte form of the same seed is Svix's export format and is accepted.
        const QString svixForm = u"whsk_" + QString::fromLatin1(QByteArray(a->seed() + a->publicKey()).toBase64());
        QCOMPARE(m_admin->post(endpoints, {{QStringLiteral("url"), m_receiver.url()},
                                           {QStringLiteral("secret"), svixForm}}).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestEngineSignatures)
#include "tst_enginesignatures.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's own listener over TLS with a certificate the test makes, and HTTPS-only mode.
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using sb::testing::ApiClient;
using sb::testing::EngineProcess;

class TestEngineTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    int get(const QUrl &url, const std::optional<QSslConfiguration> &tls, QNetworkReply::NetworkError *error)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(url);
        if (tls)
            request.setSslConfiguration(*tls);
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10'000);
        *error = reply->error();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

private slots:
    void initTestCase()
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), path("key.pem"), QStringLiteral("-out"), path("cert.pem")});
        QVERIFY(openssl.waitForFinished(60'000));
        QCOMPARE(openssl.exitCode(), 0);
    }

    void servesHttpsWithTheConfiguredCertificate()
    {
        EngineProcess engine({QStringLiteral("--tls-cert"), path("cert.pem"), QStringLiteral("--tls-key"), path("key.pem")});
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        QVERIFY(engine.baseUrl().startsWith(u"https://"));

        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        QFile cert(path("cert.pem"));
        QVERIFY(cert.open(QIODevice::ReadOnly));
        trusting.setCaCertificates(QSslCertificate::fromDevice(&cert));
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QCOMPARE(get(QUrl(engine.baseUrl() + u"/api/v1/health"), trusting, &networkError), 200);
        QCOMPARE(networkError, QNetworkReply::NoError);

        // A client that does not trust the certificate refuses the connection.
        QCOMPARE(get(QUrl(engine.baseUrl() + u"/api/v1/health"), std::nullopt, &networkError), 0);
        QCOMPARE(networkError, QNetworkReply::SslHandshakeFailedError);
        // Plain HTTP on the TLS port gets nowhere.
        QString plain = engine.baseUrl();
        plain.replace(QStringLiteral("https://"), QStringLiteral("http://"));
        QVERIFY(get(QUrl(plain + u"/api/v1/health"), std::nullopt, &networkError) != 200);
    }

    void refusesHalfATlsConfiguration()
    {
        EngineProcess engine({QStringLiteral("--tls-cert"), path("cert.pem")});
        QString error;
        QVERIFY(!engine.start(&error));
        QVERIFY2(error.contains(u"--tls-key"), qPrintable(error));
    }

    void httpsOnlyRefusesPlainHttpEndpoints()
    {
        EngineProcess engine({QStringLiteral("--https-only"), QStringLiteral("yes")});
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Strict")}})
                                .json.value(QLatin1StringView("id")).toString();
        const auto plain = api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), QStringLiteral("http://hooks.example.com/a")}});
        QCOMPARE(plain.status, 422);
        QVERIFY(plain.body.contains("https"));
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), QStringLiteral("https://hooks.example.com/a")}}).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestEngineTls)
#include "tst_enginetls.moc"

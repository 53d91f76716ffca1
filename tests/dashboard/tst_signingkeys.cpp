// SPDX-License-Identifier: GPL-3.0-or-later
// Ed25519 (v1a) signing in the console against a real engine: the form creates an endpoint
// with an ed25519 key and switches an existing one back to HMAC; the secret panel shows the
// public key to a viewer, who still cannot read the private key, and follows a rotation.
#include "dashboard/connection/enginesession.h"
#include "dashboard/endpoints/endpointdirectory.h"
#include "dashboard/endpoints/endpointeditor.h"
#include "dashboard/endpoints/endpointlist.h"
#include "dashboard/endpoints/endpointsview.h"
#include "dashboard/endpoints/secretpanel.h"
#include "dashboard/endpoints/signingchoice.h"
#include "dashboard/mainwindow.h"
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "core/ed25519key.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using sb::Ed25519Key;
using sb::dashboard::EndpointsView;
using sb::dashboard::EngineSession;
using sb::dashboard::MainWindow;
using sb::dashboard::SigningChoice;
using sb::testing::ApiClient;
using sb::testing::EngineProcess;

namespace {
const QByteArray ViewerToken = "viewer-token-0123456789ab";

QString idOf(const sb::testing::ApiReply &r) { return r.json.value(QLatin1StringView("id")).toString(); }

EndpointsView *openEndpoints(MainWindow &window, const QString &endpointId = {})
{
    EndpointsView *view = window.endpoints();
    if (!view)
        return nullptr;
    window.areas()->setCurrentWidget(view);
    if (!QTest::qWaitFor([view, endpointId] { return !view->directory()->apps().isEmpty()
                                                     && (endpointId.isEmpty() || view->itemFor(endpointId)); }, 10'000))
        return nullptr;
    return view;
}
} // namespace

class TestSigningKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EngineProcess> m_engine;
    std::unique_ptr<ApiClient> m_api;
    QString m_app;

    QJsonObject endpoint(const QString &id) { return m_api->get(u"/api/v1/app/" + m_app + u"/endpoint/" + id).json; }

private slots:
    void initTestCase()
    {
        const QString config = m_dir.filePath(QStringLiteral("engine.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[tokens]\nwall = viewer:" + ViewerToken + "\n");
        file.close();
        m_engine = std::make_unique<EngineProcess>(QStringList{QStringLiteral("--config"), config});
        QVERIFY(m_engine->start());
        m_api = std::make_unique<ApiClient>(m_engine->baseUrl(), EngineProcess::Token);
        m_app = idOf(m_api->post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Acme")}}));
        QVERIFY(!m_app.isEmpty());
    }

    void theFormCreatesAndLeavesEd25519Endpoints()
    {
        EngineSession session(QUrl(m_engine->baseUrl()), EngineProcess::Token, m_dir.filePath(QStringLiteral("admin.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        EndpointsView *view = openEndpoints(window);
        QVERIFY(view);
        view->setConfirm([](const QString &) { return true; });
        QTRY_VERIFY_WITH_TIMEOUT(view->newAction()->isEnabled(), 10'000);
        sb::dashboard::EndpointEditor *form = view->editor();

        view->newAction()->trigger();
        QVERIFY(form->isNew());
        form->urlEdit()->setText(QStringLiteral("https://ed.example.com/hooks"));
        form->schemeCombo()->setCurrentIndex(form->schemeCombo()->findData(QString(SigningChoice::Ed25519)));
        const QString sent = form->body().value(QLatin1StringView("secret")).toString();
        QVERIFY(Ed25519Key::fromSecret(sent));
        QCOMPARE(form->body().value(QLatin1StringView("secret")).toString(), sent); // stable while unsaved
        QCOMPARE(form->body().value(QLatin1StringView("signingScheme")).toString(), QStringLiteral("standard-webhooks"));

        QSignalSpy saved(view, &EndpointsView::saved);
        QSignalSpy said(view, &EndpointsView::statusMessage);
        QVERIFY(view->saveAction()->isEnabled());
        view->saveAction()->trigger();
        // On failure, what the operator would have read in the status bar.
        const auto statusLines = [&said] {
            QStringList lines;
            for (const QList<QVariant> &args : said)
                lines.append(args.first().toString());
            return lines.join(u" | ");
        };
        QVERIFY2(saved.wait(10'000), qPrintable(statusLines()));
        const QString id = saved.last().first().toJsonObject().value(QLatin1StringView("id")).toString();
        const QString publicKey = Ed25519Key::fromSecret(sent)->publicKeyText();
        QCOMPARE(endpoint(id).value(QLatin1StringView("publicKey")).toString(), publicKey);
        // Reloaded from the engine: the form says ed25519, sends no new key, shows the public one.
        QTRY_COMPARE_WITH_TIMEOUT(form->schemeCombo()->currentData().toString(), QString(SigningChoice::Ed25519), 10'000);
        QVERIFY(!form->body().contains(QLatin1StringView("secret")));
        QVERIFY(!form->isDirty());
        sb::dashboard::SecretPanel *panel = form->secretPanel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->publicKeyEdit()->text(), publicKey, 10'000);
        QVERIFY(panel->publicKeyEdit()->isVisible());

        // A rotation brings a new public key into the panel.
        QSignalSpy changed(panel, &sb::dashboard::SecretPanel::publicKeyChanged);
        QTRY_VERIFY_WITH_TIMEOUT(panel->rotateButton()->isEnabled(), 10'000);
        panel->rotate();
        QVERIFY(changed.wait(10'000));
        QVERIFY(panel->publicKeyEdit()->text() != publicKey);
        QCOMPARE(panel->publicKeyEdit()->text(), endpoint(id).value(QLatin1StringView("publicKey")).toString());

        // Back to HMAC: the form sends a whsec_ key, since the engine would keep the ed25519 one.
        form->schemeCombo()->setCurrentIndex(form->schemeCombo()->findData(QString(SigningChoice::Hmac)));
        QVERIFY(form->body().value(QLatin1StringView("secret")).toString().startsWith(u"whsec_"));
        QVERIFY(!form->fieldMessage(QStringLiteral("signingScheme")).isEmpty());
        view->saveAction()->trigger();
        QVERIFY(saved.wait(10'000));
        QVERIFY(!endpoint(id).contains(QLatin1StringView("publicKey")));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->publicKeyEdit()->isVisible(), 10'000);
    }

    void viewersSeeThePublicKeyOnly()
    {
        const QString secret = Ed25519Key::generateSecret();
        const QString id = idOf(m_api->post(u"/api/v1/app/" + m_app + u"/endpoint",
                                            {{QStringLiteral("url"), QStringLiteral("https://viewer.example.com/")},
                                             {QStringLiteral("secret"), secret}}));
        QVERIFY(!id.isEmpty());
        EngineSession session(QUrl(m_engine->baseUrl()), ViewerToken, m_dir.filePath(QStringLiteral("viewer.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        EndpointsView *view = openEndpoints(window, id);
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(session.role(), QStringLiteral("viewer"), 10'000);
        QVERIFY(view->selectEndpoint(id));
        sb::dashboard::SecretPanel *panel = view->editor()->secretPanel();
        QCOMPARE(panel->publicKeyEdit()->text(), Ed25519Key::fromSecret(secret)->publicKeyText());
        QVERIFY(panel->publicKeyEdit()->isVisible());
        QVERIFY(!panel->revealButton()->isEnabled());
        QCOMPARE(view->editor()->schemeCombo()->currentData().toString(), QString(SigningChoice::Ed25519));
    }
};

QTEST_MAIN(TestSigningKeys)
#include "tst_signingkeys.moc"

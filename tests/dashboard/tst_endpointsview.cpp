// SPDX-License-Identifier: GPL-3.0-or-later
// The Endpoints area in a real window (offscreen) against a real engine: an endpoint created,
// edited, disabled and deleted through the form, the engine holding what the form said; the
// engine's validation errors shown at their field; unsaved changes never lost silently; the
// signing secret revealed, copied and rotated by an admin and out of a viewer's reach.
#include "dashboard/connection/enginesession.h"
#include "dashboard/endpoints/endpointdirectory.h"
#include "dashboard/endpoints/endpointeditor.h"
#include "dashboard/endpoints/endpointlist.h"
#include "dashboard/endpoints/endpointsview.h"
#include "dashboard/endpoints/eventtypepicker.h"
#include "dashboard/endpoints/secretpanel.h"
#include "dashboard/log/deliveriesview.h"
#include "dashboard/mainwindow.h"
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "tools/receiver/receiver.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using sb::dashboard::EndpointEditor;
using sb::dashboard::EndpointsView;
using sb::dashboard::EngineSession;
using sb::dashboard::MainWindow;
using sb::testing::ApiClient;
using sb::testing::EngineProcess;

namespace {
const QByteArray ViewerToken = "viewer-token-0123456789ab";

QString idOf(const sb::testing::ApiReply &r) { return r.json.value(QLatin1StringView("id")).toString(); }
} // namespace

class TestEndpointsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_questions;
    bool m_answer = false;

    void answerWith(EndpointsView *view)
    {
        m_questions.clear();
        view->setConfirm([this](const QString &question) {
            m_questions.append(question);
            return m_answer;
        });
    }

    // The window on the Endpoints tab once the list holds `endpointId` (empty: any list).
    static EndpointsView *openEndpoints(MainWindow &window, const QString &endpointId = {})
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

private slots:
    // "Which of Globex's endpoints is billing?": Ctrl+F, a few letters, Down, and the
    // keyboard is on that endpoint with its settings open, without reaching for the mouse.
    void theSearchLeadsToTheEndpointByKeyboard()
    {
        EngineProcess engine;
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = idOf(api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Globex")}}));
        QVERIFY(!idOf(api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), QStringLiteral("https://crm.example/hook")},
                                                                      {QStringLiteral("description"), QStringLiteral("CRM sync")}}))
                     .isEmpty());
        const QString billing = idOf(api.post(u"/api/v1/app/" + app + u"/endpoint",
                                              {{QStringLiteral("url"), QStringLiteral("https://billing.example/hook")},
                                               {QStringLiteral("description"), QStringLiteral("Billing")}}));
        QVERIFY(!billing.isEmpty());
        // Another customer with a CRM endpoint of the same name.
        const QString initech = idOf(api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Initech")}}));
        const QString initechCrm = idOf(api.post(u"/api/v1/app/" + initech + u"/endpoint",
                                                 {{QStringLiteral("url"), QStringLiteral("https://crm.initech.example/hook")},
                                                  {QStringLiteral("description"), QStringLiteral("CRM sync")}}));
        QVERIFY(!initechCrm.isEmpty());

        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, m_dir.filePath(QStringLiteral("search.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        EndpointsView *view = openEndpoints(window, initechCrm);
        QVERIFY(view);
        view->list()->setFocus();
        QTest::keyClick(view->list(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(view->searchEdit()->hasFocus());
        QTest::keyClicks(view->searchEdit(), QStringLiteral("bill"));
        QTest::keyClick(view->searchEdit(), Qt::Key_Down);
        QTRY_VERIFY(view->list()->hasFocus());
        QCOMPARE(view->list()->currentItem(), view->itemFor(billing));
        QCOMPARE(view->editor()->urlEdit()->text(), QStringLiteral("https://billing.example/hook"));
        // Enter does the same from a search that changed its mind.
        QTest::keyClick(view->list(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(view->searchEdit(), QStringLiteral("crm"));
        QTest::keyClick(view->searchEdit(), Qt::Key_Return);
        QTRY_VERIFY(view->list()->hasFocus());
        QCOMPARE(view->list()->currentItem()->text(0), QStringLiteral("CRM sync"));
        // The customer's name and the endpoint's, as support says it: "Initech's CRM".
        QTest::keyClick(view->list(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(view->searchEdit(), QStringLiteral("initech crm"));
        QTest::keyClick(view->searchEdit(), Qt::Key_Return);
        QTRY_VERIFY(view->list()->hasFocus());
        QCOMPARE(view->list()->currentItem(), view->itemFor(initechCrm));
        QCOMPARE(view->editor()->urlEdit()->text(), QStringLiteral("https://crm.initech.example/hook"));
    }

    void anEndpointMakesTheRoundTripThroughTheForm()
    {
        sb::tools::Receiver receiver;
        QVERIFY(receiver.listen());
        EngineProcess engine;
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = idOf(api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Acme Voice")}}));
        QVERIFY(!app.isEmpty());

        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, m_dir.filePath(QStringLiteral("round.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        EndpointsView *view = openEndpoints(window);
        QVERIFY(view);
        answerWith(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->newAction()->isEnabled(), 10'000); // admin, once the role is known
        EndpointEditor *form = view->editor();

        // Ctrl+N starts a new endpoint in the application; the URL is checked as typed.
        view->list()->setFocus();
        QTest::keyClick(view->list(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(form->isNew());
        QCOMPARE(form->appId(), app);
        QVERIFY(form->urlEdit()->hasFocus());
        QTest::keyClicks(form->urlEdit(), QStringLiteral("not a url"));
        QVERIFY(form->fieldMessage(QStringLiteral("url")).contains(u"Not an absolute"));
        form->urlEdit()->clear();
        const QString url = receiver.url() + u"/hooks";
        QTest::keyClicks(form->urlEdit(), url);
        QVERIFY2(form->fieldMessage(QStringLiteral("url")).contains(u"Plain http"), qPrintable(form->fieldMessage(QStringLiteral("url"))));
        // Tab goes on through the form: description, then the event type search.
        QTest::keyClick(form->urlEdit(), Qt::Key_Tab);
        QVERIFY(form->descriptionEdit()->hasFocus());
        QTest::keyClicks(form->descriptionEdit(), QStringLiteral("CRM sync"));
        QTest::keyClick(form->descriptionEdit(), Qt::Key_Tab);
        QVERIFY(form->eventTypes()->searchEdit()->hasFocus());
        // Checking a group selects all of its events; the search narrows the tree.
        form->eventTypes()->groupItem(QStringLiteral("call"))->setCheckState(0, Qt::Checked);
        QTest::keyClicks(form->eventTypes()->searchEdit(), QStringLiteral("transcript.ready"));
        QVERIFY(form->eventTypes()->eventItem(QStringLiteral("call.ended"))->isHidden());
        QVERIFY(!form->eventTypes()->eventItem(QStringLiteral("transcript.ready"))->isHidden());
        form->eventTypes()->eventItem(QStringLiteral("transcript.ready"))->setCheckState(0, Qt::Checked);
        form->channelsEdit()->setText(QStringLiteral("voice, eu"));
        form->addHeader(QStringLiteral("X-Tenant"), QStringLiteral("acme"));
        form->schemeCombo()->setCurrentIndex(form->schemeCombo()->findData(QStringLiteral("sha256-hex")));
        form->signatureHeaderEdit()->setText(QStringLiteral("X-Acme-Signature"));
        form->timeoutSpin()->setValue(5000);
        form->rateLimitSpin()->setValue(50);
        form->concurrencySpin()->setValue(7);
        form->retryEdit()->setText(QStringLiteral("0, 5s, 1m"));
        QVERIFY(form->isDirty());

        QSignalSpy saved(view, &EndpointsView::saved);
        form->urlEdit()->setFocus();
        QTest::keyClick(form->urlEdit(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(10'000));
        const QString id = saved.last().first().toJsonObject().value(QLatin1StringView("id")).toString();
        QVERIFY(id.startsWith(u"ep_"));
        QVERIFY(!form->isNew() && !form->isDirty());
        QVERIFY(view->itemFor(id));
        QCOMPARE(view->itemFor(id)->text(0), QStringLiteral("CRM sync"));

        QJsonObject ep = api.get(u"/api/v1/app/" + app + u"/endpoint/" + id).json;
        QCOMPARE(ep.value(QLatin1StringView("url")).toString(), url);
        QCOMPARE(ep.value(QLatin1StringView("description")).toString(), QStringLiteral("CRM sync"));
        const QJsonArray types = ep.value(QLatin1StringView("filterTypes")).toArray();
        QVERIFY(types.contains(QStringLiteral("call.ended")) && types.contains(QStringLiteral("call.initiated"))
                && types.contains(QStringLiteral("transcript.ready")) && !types.contains(QStringLiteral("agent.error")));
        QCOMPARE(ep.value(QLatin1StringView("channels")).toArray(), (QJsonArray{QStringLiteral("voice"), QStringLiteral("eu")}));
        QCOMPARE(ep.value(QLatin1StringView("headers")).toObject().value(QLatin1StringView("X-Tenant")).toString(), QStringLiteral("acme"));
        QCOMPARE(ep.value(QLatin1StringView("signingScheme")).toString(), QStringLiteral("sha256-hex"));
        QCOMPARE(ep.value(QLatin1StringView("signatureHeader")).toString(), QStringLiteral("X-Acme-Signature"));
        QCOMPARE(ep.value(QLatin1StringView("timeoutMs")).toInt(), 5000);
        QCOMPARE(ep.value(QLatin1StringView("rateLimit")).toInt(), 50);
        QCOMPARE(ep.value(QLatin1StringView("maxConcurrency")).toInt(), 7);
        QCOMPARE(ep.value(QLatin1StringView("retrySchedule")).toArray(), (QJsonArray{0, 5, 60}));
        QCOMPARE(ep.value(QLatin1StringView("disabled")).toBool(), false);

        // Edit and save again: a PUT that keeps what was not touched.
        form->descriptionEdit()->setText(QStringLiteral("CRM sync (EU)"));
        form->channelsEdit()->clear();
        QVERIFY(view->saveAction()->isEnabled());
        view->saveAction()->trigger();
        QVERIFY(saved.wait(10'000));
        ep = api.get(u"/api/v1/app/" + app + u"/endpoint/" + id).json;
        QCOMPARE(ep.value(QLatin1StringView("description")).toString(), QStringLiteral("CRM sync (EU)"));
        QVERIFY(ep.value(QLatin1StringView("channels")).isNull());
        QCOMPARE(ep.value(QLatin1StringView("headers")).toObject().value(QLatin1StringView("X-Tenant")).toString(), QStringLiteral("acme"));
        QCOMPARE(ep.value(QLatin1StringView("timeoutMs")).toInt(), 5000);
        QVERIFY(!view->saveAction()->isEnabled()); // nothing left to save

        // Disable, then enable again.
        QCOMPARE(view->toggleAction()->text().remove(u'&'), QStringLiteral("Disable"));
        view->toggleAction()->trigger();
        QVERIFY(saved.wait(10'000));
        QVERIFY(api.get(u"/api/v1/app/" + app + u"/endpoint/" + id).json.value(QLatin1StringView("disabled")).toBool());
        QCOMPARE(view->toggleAction()->text().remove(u'&'), QStringLiteral("Enable"));
        QVERIFY(!form->enabledCheck()->isChecked());
        QVERIFY(!form->isDirty());
        QVERIFY(view->itemFor(id)->text(0).contains(u"disabled"));
        view->toggleAction()->trigger();
        QVERIFY(saved.wait(10'000));
        QVERIFY(!api.get(u"/api/v1/app/" + app + u"/endpoint/" + id).json.value(QLatin1StringView("disabled")).toBool());

        // Delete asks first; no keeps it, yes removes it.
        m_answer = false;
        view->deleteAction()->trigger();
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_questions.last().contains(u"CRM sync (EU)"));
        QCOMPARE(api.get(u"/api/v1/app/" + app + u"/endpoint/" + id).status, 200);
        m_answer = true;
        QSignalSpy deleted(view, &EndpointsView::deleted);
        view->list()->setCurrentItem(view->itemFor(id));
        view->list()->setFocus();
        QTest::keyClick(view->list(), Qt::Key_Delete);
        QVERIFY(deleted.wait(10'000));
        QCOMPARE(api.get(u"/api/v1/app/" + app + u"/endpoint/" + id).status, 404);
        QVERIFY(!view->itemFor(id));
    }

    void theEnginesValidationErrorsAppearAtTheirField()
    {
        // This engine only delivers to https: the console warns about http, the engine refuses.
        EngineProcess engine({QStringLiteral("--https-only"), QStringLiteral("yes")});
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = idOf(api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Strict")}}));
        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, m_dir.filePath(QStringLiteral("strict.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        EndpointsView *view = openEndpoints(window);
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->newAction()->isEnabled(), 10'000);
        view->startNew();
        EndpointEditor *form = view->editor();
        form->urlEdit()->setText(QStringLiteral("http://crm.example.com/hooks"));
        form->addHeader(QStringLiteral("X-Team"), QStringLiteral("voice"));
        QCOMPARE(form->fieldMessage(QStringLiteral("url")).isEmpty(), false); // a warning only
        QSignalSpy messages(view, &EndpointsView::statusMessage);
        view->save();
        QTRY_VERIFY_WITH_TIMEOUT(form->fieldMessage(QStringLiteral("url")).contains(u"only delivers to https"), 10'000);
        QVERIFY(form->isNew());
        QVERIFY(form->urlEdit()->hasFocus() || !window.isActiveWindow());
        QVERIFY(!form->problemText().isEmpty());
        QVERIFY(form->fieldMessage(QStringLiteral("headers")).isEmpty());
        // Editing the URL clears the engine's message; https saves.
        form->urlEdit()->setText(QStringLiteral("https://crm.example.com/hooks"));
        QVERIFY(form->fieldMessage(QStringLiteral("url")).isEmpty());
        QSignalSpy saved(view, &EndpointsView::saved);
        view->save();
        QVERIFY(saved.wait(10'000));
        QVERIFY(form->problemText().isEmpty());

        // A 422 that names a header shows under the headers, with the header's name.
        EndpointEditor other;
        other.showServerErrors(QJsonArray{QJsonObject{{QStringLiteral("loc"), QJsonArray{QStringLiteral("body"), QStringLiteral("headers"), QStringLiteral("X-Bad")}},
                                                      {QStringLiteral("msg"), QStringLiteral("not a valid HTTP header name")},
                                                      {QStringLiteral("type"), QStringLiteral("value_error")}},
                                          QJsonObject{{QStringLiteral("loc"), QJsonArray{QStringLiteral("body"), QStringLiteral("throttleRate")}},
                                                      {QStringLiteral("msg"), QStringLiteral("too high")},
                                                      {QStringLiteral("type"), QStringLiteral("value_error")}}});
        QCOMPARE(other.fieldMessage(QStringLiteral("headers")), QStringLiteral("X-Bad: not a valid HTTP header name"));
        QCOMPARE(other.fieldMessage(QStringLiteral("rateLimit")), QStringLiteral("too high"));
    }

    void unsavedChangesAreNotLostSilently()
    {
        EngineProcess engine;
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = idOf(api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Acme")}}));
        const QString first = idOf(api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), QStringLiteral("https://a.example.com/")},
                                                                                  {QStringLiteral("description"), QStringLiteral("Alpha")}}));
        const QString second = idOf(api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), QStringLiteral("https://b.example.com/")},
                                                                                   {QStringLiteral("description"), QStringLiteral("Beta")}}));
        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, m_dir.filePath(QStringLiteral("unsaved.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        EndpointsView *view = openEndpoints(window, second);
        QVERIFY(view);
        answerWith(view);
        QVERIFY(view->selectEndpoint(first));
        EndpointEditor *form = view->editor();
        QCOMPARE(form->descriptionEdit()->text(), QStringLiteral("Alpha"));
        form->descriptionEdit()->setText(QStringLiteral("Alpha, edited"));
        QVERIFY(form->isDirty());

        // Another endpoint: asked; "no" stays on the edited one.
        m_answer = false;
        QVERIFY(!view->selectEndpoint(second));
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_questions.last().contains(u"Alpha"));
        QCOMPARE(form->endpointId(), first);
        QCOMPARE(form->descriptionEdit()->text(), QStringLiteral("Alpha, edited"));
        QCOMPARE(view->list()->currentItem(), view->itemFor(first));
        // Another tab: asked; "no" stays here.
        window.areas()->setCurrentWidget(window.deliveries());
        QCOMPARE(m_questions.size(), 2);
        QCOMPARE(window.areas()->currentWidget(), view);
        // Closing the window: asked; "no" keeps it open.
        QVERIFY(!window.close());
        QCOMPARE(m_questions.size(), 3);
        QVERIFY(window.isVisible());
        // An edit undone is no edit: leaving does not ask.
        form->descriptionEdit()->setText(QStringLiteral("Alpha"));
        QVERIFY(!form->isDirty());
        window.areas()->setCurrentWidget(window.deliveries());
        QCOMPARE(m_questions.size(), 3);
        window.areas()->setCurrentWidget(view);
        // "Yes" discards and moves on; the engine still has the old text.
        form->descriptionEdit()->setText(QStringLiteral("Alpha, edited again"));
        m_answer = true;
        QVERIFY(view->selectEndpoint(second));
        QCOMPARE(m_questions.size(), 4);
        QCOMPARE(form->descriptionEdit()->text(), QStringLiteral("Beta"));
        QCOMPARE(api.get(u"/api/v1/app/" + app + u"/endpoint/" + first).json.value(QLatin1StringView("description")).toString(),
                 QStringLiteral("Alpha"));
    }

    void secretsAreForAdminsOnly()
    {
        const QString config = m_dir.filePath(QStringLiteral("engine.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[tokens]\nwall = viewer:" + ViewerToken + "\n");
        file.close();
        EngineProcess engine({QStringLiteral("--config"), config});
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = idOf(api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Acme")}}));
        const QString ep = idOf(api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), QStringLiteral("https://a.example.com/")}}));
        const QString secretPath = u"/api/v1/app/" + app + u"/endpoint/" + ep + u"/secret";
        const QString original = api.get(secretPath).json.value(QLatin1StringView("key")).toString();
        QVERIFY(original.startsWith(u"whsec_"));

        {
            EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, m_dir.filePath(QStringLiteral("secret-admin.db")));
            session.start();
            MainWindow window(&session);
            window.show();
            EndpointsView *view = openEndpoints(window, ep);
            QVERIFY(view);
            answerWith(view);
            QVERIFY(view->selectEndpoint(ep));
            sb::dashboard::SecretPanel *secret = view->editor()->secretPanel();
            QTRY_VERIFY_WITH_TIMEOUT(secret->revealButton()->isEnabled(), 10'000);
            QVERIFY(!secret->isRevealed());
            QCOMPARE(secret->secretEdit()->echoMode(), QLineEdit::Password);
            QSignalSpy fetched(secret, &sb::dashboard::SecretPanel::secretFetched);
            secret->revealButton()->click();
            QVERIFY(fetched.wait(10'000));
            QCOMPARE(secret->shownSecret(), original);
            QCOMPARE(secret->secretEdit()->echoMode(), QLineEdit::Normal);
            QApplication::clipboard()->clear();
            secret->copyButton()->click();
            QVERIFY(fetched.wait(10'000));
            QCOMPARE(QApplication::clipboard()->text(), original);

            // Rotate: asked first (no does nothing), then the engine has a new secret and the
            // old one keeps signing for the grace period.
            secret->graceHours()->setValue(2);
            m_answer = false;
            secret->rotateButton()->click();
            QCOMPARE(m_questions.size(), 1);
            QVERIFY(m_questions.last().contains(u"2 hour"));
            m_answer = true;
            QSignalSpy rotated(secret, &sb::dashboard::SecretPanel::rotated);
            secret->rotateButton()->click();
            QVERIFY(rotated.wait(10'000));
            const QString renewed = api.get(secretPath).json.value(QLatin1StringView("key")).toString();
            QVERIFY(renewed != original);
            QTRY_COMPARE_WITH_TIMEOUT(secret->shownSecret(), renewed, 10'000);
            secret->revealButton()->click(); // hide again
            QVERIFY(!secret->isRevealed());
        }

        EngineSession session(QUrl(engine.baseUrl()), ViewerToken, m_dir.filePath(QStringLiteral("secret-viewer.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        EndpointsView *view = openEndpoints(window, ep);
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(session.role(), QStringLiteral("viewer"), 10'000);
        QVERIFY(view->selectEndpoint(ep));
        sb::dashboard::SecretPanel *secret = view->editor()->secretPanel();
        for (QWidget *w : std::initializer_list<QWidget *>{secret->revealButton(), secret->copyButton(), secret->rotateButton()}) {
            QVERIFY(!w->isEnabled());
            QVERIFY2(w->toolTip().contains(u"Only admins"), qPrintable(w->toolTip()));
        }
        for (QAction *a : {view->saveAction(), view->deleteAction(), view->toggleAction(), view->newAction()}) {
            QVERIFY(!a->isEnabled());
            QVERIFY2(a->toolTip().contains(u"admin role") && a->toolTip().contains(u"viewer"), qPrintable(a->toolTip()));
        }
        QVERIFY(!view->testAction()->isEnabled());
        QVERIFY(view->testAction()->toolTip().contains(u"operator"));
        QVERIFY(view->editor()->urlEdit()->isReadOnly());
        QVERIFY(view->editor()->headersTable()->isVisible());
        QCOMPARE(view->editor()->urlEdit()->text(), QStringLiteral("https://a.example.com/"));
    }
};

QTEST_MAIN(TestEndpointsView)
#include "tst_endpointsview.moc"

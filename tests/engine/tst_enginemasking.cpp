// SPDX-License-Identifier: GPL-3.0-or-later
// Masking by role on a real engine: what a viewer reads (API answers and stream frames) holds
// no masked value, an operator sees only what the rules mask for operators, an admin sees
// everything, and the receiver gets the true payload.
#include "support/apiclient.h"
#include "support/echoingreceiver.h"
#include "support/engineprocess.h"
#include "support/streamclient.h"

#include "core/masking.h"

#include "tools/receiver/receiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using sb::StreamFrame;
using sb::testing::ApiClient;
using sb::testing::EchoingReceiver;
using sb::testing::EngineProcess;
using sb::testing::StreamClient;
using sb::tools::Receiver;

namespace {

const QByteArray ViewerToken = "viewer-token-0123456789ab";
const QByteArray OperatorToken = "operator-token-0123456789";

// What callers said, in the payload, and what the echoing receiver answers with.
const QByteArray Phone = "+14155550123";
const QByteArray Transcript = "my account number is 7731";
const QByteArray Summary = "caller was upset about billing";
const QByteArray Email = "ann@example.com"; // masked by a pointer rule, for operators too
const QByteArray EchoedTranscript = "echoed words of the caller";
const QByteArray EchoedPhone = "+442071838750";

QString idOf(const sb::testing::ApiReply &r) { return r.json.value(QLatin1StringView("id")).toString(); }

QByteArray framesText(const StreamClient &client)
{
    QByteArray out;
    for (const StreamFrame &f : client.changes())
        out += QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

int attemptsFinished(const StreamClient &client)
{
    int n = 0;
    for (const StreamFrame &f : client.changes())
        n += f.type == StreamFrame::AttemptFinished;
    return n;
}

} // namespace

class TestEngineMasking : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EngineProcess> m_engine;
    std::unique_ptr<ApiClient> m_admin, m_operator, m_viewer;
    Receiver m_receiver;
    // A CRM that answers quoting the caller: its answer is stored as the attempt's response.
    EchoingReceiver m_echo{"{\"ok\":true,\"transcript\":\"" + EchoedTranscript + "\",\"note\":\"call back on " + EchoedPhone + "\"}"};
    QString m_app, m_endpoint, m_echoEndpoint;

    static void verifyHidden(const QByteArray &text, const QList<QByteArray> &secrets, const char *where)
    {
        for (const QByteArray &secret : secrets)
            QVERIFY2(!text.contains(secret), qPrintable(QStringLiteral("%1 shows %2: %3").arg(QLatin1StringView(where),
                                                            QString::fromUtf8(secret), QString::fromUtf8(text.left(2000)))));
    }
    static void verifyShown(const QByteArray &text, const QList<QByteArray> &values, const char *where)
    {
        for (const QByteArray &value : values)
            QVERIFY2(text.contains(value), qPrintable(QStringLiteral("%1 lacks %2").arg(QLatin1StringView(where), QString::fromUtf8(value))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_receiver.listen());
        QVERIFY(m_echo.listen(QHostAddress::LocalHost));
        // The documented defaults, and one pointer rule that masks for operators too.
        const QString rules = m_dir.filePath(QStringLiteral("mask-rules.json"));
        QFile rulesFile(rules);
        QVERIFY(rulesFile.open(QIODevice::WriteOnly));
        QJsonArray ruleList = sb::Masker().toJson();
        ruleList.append(QJsonObject{{QStringLiteral("pointer"), QStringLiteral("/customer/email")}, {QStringLiteral("operators"), true}});
        rulesFile.write(QJsonDocument(ruleList).toJson());
        rulesFile.close();
        const QString config = m_dir.filePath(QStringLiteral("engine.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("retry-schedule = 0\nmask-rules = " + rules.toUtf8() + "\n[tokens]\nsupport = operator:" + OperatorToken
                   + "\ndashboard = viewer:" + ViewerToken + "\n");
        file.close();
        m_engine = std::make_unique<EngineProcess>(QStringList{QStringLiteral("--config"), config});
        QString error;
        QVERIFY2(m_engine->start(&error), qPrintable(error));
        m_admin = std::make_unique<ApiClient>(m_engine->baseUrl(), EngineProcess::Token);
        m_operator = std::make_unique<ApiClient>(m_engine->baseUrl(), OperatorToken);
        m_viewer = std::make_unique<ApiClient>(m_engine->baseUrl(), ViewerToken);
        m_app = idOf(m_admin->post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Masked")}}));
        m_endpoint = idOf(m_admin->post(u"/api/v1/app/" + m_app + u"/endpoint", {{QStringLiteral("url"), m_receiver.url()}}));
        m_echoEndpoint = idOf(m_admin->post(u"/api/v1/app/" + m_app + u"/endpoint",
                                            {{QStringLiteral("url"), m_echo.url()}}));
        QVERIFY(!m_endpoint.isEmpty() && !m_echoEndpoint.isEmpty());
    }

    void engineRefusesBadRules()
    {
        const QString rules = m_dir.filePath(QStringLiteral("bad-rules.json"));
        QFile file(rules);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[{\"pattern\": \"(\"}]");
        file.close();
        EngineProcess engine({QStringLiteral("--mask-rules"), rules});
        QString error;
        QVERIFY(!engine.start(&error));
        QVERIFY2(error.contains(QStringLiteral("[0].pattern")), qPrintable(error));
    }

    void eachRoleSeesWhatItMay()
    {
        // Live consoles of every role at one cursor: the engine builds each tick's batch once
        // per role and shares it, so a second viewer gets the viewer's batch, never another's.
        StreamClient viewerStream, secondViewer, operatorStream, adminStream;
        viewerStream.open(m_engine->baseUrl(), ViewerToken, std::nullopt);
        adminStream.open(m_engine->baseUrl(), EngineProcess::Token, std::nullopt);
        secondViewer.open(m_engine->baseUrl(), ViewerToken, std::nullopt);
        operatorStream.open(m_engine->baseUrl(), OperatorToken, std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(viewerStream.caughtUp() && secondViewer.caughtUp() && operatorStream.caughtUp()
                                     && adminStream.caughtUp(), 10'000);

        const QJsonObject payload{
            {QStringLiteral("call_id"), QStringLiteral("call_mask_1")},
            {QStringLiteral("from"), QString::fromUtf8(Phone)},
            {QStringLiteral("transcript"), QString::fromUtf8(Transcript)},
            {QStringLiteral("customer"), QJsonObject{{QStringLiteral("email"), QString::fromUtf8(Email)}}},
            {QStringLiteral("analysis"), QJsonObject{{QStringLiteral("turns"), QJsonArray{QJsonObject{{QStringLiteral("summary"), QString::fromUtf8(Summary)}}}}}},
        };
        const auto posted = m_admin->post(u"/api/v1/app/" + m_app + u"/msg",
                                          {{QStringLiteral("eventType"), QStringLiteral("call.ended")}, {QStringLiteral("payload"), payload}});
        QCOMPARE(posted.status, 202);
        const QString msg = idOf(posted);

        // The receiver gets the true payload, byte for byte what the admin posted.
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.stats().uniqueIds, 1, 10'000);
        const QJsonValue received = m_receiver.deliveries().constFirst().bodyJson();
        QCOMPARE(received.toObject(), payload);

        // Both attempts (receiver and the echoing CRM) recorded and streamed to everyone.
        for (StreamClient *client : {&viewerStream, &secondViewer, &operatorStream, &adminStream})
            QTRY_COMPARE_WITH_TIMEOUT(attemptsFinished(*client), 2, 10'000);

        const QString app = u"/api/v1/app/" + m_app;
        const QStringList reads{
            app + u"/msg?with_content=true",
            app + u"/msg/" + msg,
            app + u"/endpoint/" + m_endpoint + u"/msg",
            app + u"/attempt/msg/" + msg,
            app + u"/attempt/endpoint/" + m_echoEndpoint + u"?with_msg=true",
        };
        const QString echoAttempt = m_admin->get(app + u"/attempt/endpoint/" + m_echoEndpoint).json.value(QLatin1StringView("data"))
                                        .toArray().first().toObject().value(QLatin1StringView("id")).toString();
        QVERIFY(!echoAttempt.isEmpty());
        const QStringList allReads = reads + QStringList{app + u"/msg/" + msg + u"/attempt/" + echoAttempt};

        const QList<QByteArray> everything{Phone, Transcript, Summary, Email, EchoedTranscript, EchoedPhone};
        QByteArray viewerSaw, operatorSaw, adminSaw;
        for (const QString &path : allReads) {
            const auto asViewer = m_viewer->get(path);
            const auto asOperator = m_operator->get(path);
            const auto asAdmin = m_admin->get(path);
            QCOMPARE(asViewer.status, 200);
            QCOMPARE(asOperator.status, 200);
            QCOMPARE(asAdmin.status, 200);
            verifyHidden(asViewer.body, everything, qPrintable(u"viewer's " + path));
            verifyHidden(asOperator.body, {Email}, qPrintable(u"operator's " + path));
            viewerSaw += asViewer.body;
            operatorSaw += asOperator.body;
            adminSaw += asAdmin.body;
        }
        // A masked field says so; the rest of the payload stays readable.
        verifyShown(viewerSaw, {"[masked]", "call_mask_1", "call back on [masked]"}, "viewer's answers");
        verifyShown(operatorSaw, {Phone, Transcript, Summary, EchoedTranscript, EchoedPhone, "[masked]"}, "operator's answers");
        verifyShown(adminSaw, everything, "admin's answers");
        const QJsonObject viewed = m_viewer->get(app + u"/msg/" + msg).json.value(QLatin1StringView("payload")).toObject();
        QCOMPARE(viewed.value(QLatin1StringView("from")).toString(), QStringLiteral("[masked]"));
        QCOMPARE(viewed.value(QLatin1StringView("transcript")).toString(), QStringLiteral("[masked]"));
        QCOMPARE(viewed.value(QLatin1StringView("call_id")).toString(), QStringLiteral("call_mask_1"));

        // The stream: the echoed answer travels in attempt.finished.
        verifyHidden(framesText(viewerStream), everything, "viewer's stream");
        verifyShown(framesText(viewerStream), {"[masked]"}, "viewer's stream");
        QCOMPARE(framesText(secondViewer), framesText(viewerStream));
        QVERIFY(framesText(adminStream) != framesText(viewerStream));
        verifyHidden(framesText(operatorStream), {Email}, "operator's stream");
        verifyShown(framesText(operatorStream), {EchoedTranscript, EchoedPhone}, "operator's stream");
        verifyShown(framesText(adminStream), {EchoedTranscript, EchoedPhone}, "admin's stream");
        QCOMPARE(viewerStream.malformed() + operatorStream.malformed() + adminStream.malformed(), 0);

        // A viewer resuming from the start (the console's catch-up) reads the same masked log.
        StreamClient replay;
        replay.open(m_engine->baseUrl(), ViewerToken, 0);
        QTRY_VERIFY_WITH_TIMEOUT(replay.caughtUp(), 10'000);
        QCOMPARE(attemptsFinished(replay), 2);
        verifyHidden(framesText(replay), everything, "viewer's replay");
    }

    void operatorTestSendsAreMaskedInTheAnswerOnly()
    {
        // send-example answers with the message: an operator sees it as the rules say, the
        // receiver gets it whole.
        const QJsonObject payload{{QStringLiteral("call_id"), QStringLiteral("call_mask_2")},
                                  {QStringLiteral("customer"), QJsonObject{{QStringLiteral("email"), QString::fromUtf8(Email)}}}};
        const auto sent = m_operator->post(u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint + u"/send-example",
                                           {{QStringLiteral("eventType"), QStringLiteral("call.ended")}, {QStringLiteral("payload"), payload}});
        QCOMPARE(sent.status, 202);
        verifyHidden(sent.body, {Email}, "operator's send-example answer");
        const auto received = [&] {
            for (const sb::tools::ReceivedDelivery &d : m_receiver.deliveries()) {
                if (d.body.contains("call_mask_2"))
                    return d.bodyJson().toObject();
            }
            return QJsonObject();
        };
        QTRY_COMPARE_WITH_TIMEOUT(received(), payload, 10'000);
    }
};

QTEST_GUILESS_MAIN(TestEngineMasking)
#include "tst_enginemasking.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Expunge on a real engine: a caller's transcript sent by mistake, or a receiver's answer that
// echoed a secret, is deleted everywhere the engine kept it (payload row, the idempotent
// replay's stored answer, the change log, the database file's free space) while the
// delivery's story stays; a message with no content is never sent empty.
#include "support/apiclient.h"
#include "support/engineprocess.h"
#include "support/streamclient.h"

#include "tools/receiver/receiver.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using sb::testing::ApiClient;
using sb::testing::EngineProcess;
using sb::tools::Receiver;
using sb::tools::ReceiverBehaviour;

namespace {
const QByteArray OperatorToken = "operator-token-0123456789";

QString idOf(const sb::testing::ApiReply &r) { return r.json.value(QLatin1StringView("id")).toString(); }
QJsonArray dataOf(const sb::testing::ApiReply &r) { return r.json.value(QLatin1StringView("data")).toArray(); }
} // namespace

class TestEngineExpunge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EngineProcess> m_engine;
    std::unique_ptr<ApiClient> m_admin, m_operator;
    Receiver m_receiver;
    QString m_app, m_endpoint;

    QString attempts(const QString &msg) const { return u"/api/v1/app/" + m_app + u"/attempt/msg/" + msg; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_receiver.listen());
        const QString config = m_dir.filePath(QStringLiteral("engine.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // One retry, late enough for the test to expunge before it.
        file.write("retry-schedule = \"0, 3s\"\nretry-jitter = 0\n[tokens]\nsupport = operator:" + OperatorToken + "\n");
        file.close();
        m_engine = std::make_unique<EngineProcess>(QStringList{QStringLiteral("--config"), config});
        QString error;
        QVERIFY2(m_engine->start(&error), qPrintable(error));
        m_admin = std::make_unique<ApiClient>(m_engine->baseUrl(), EngineProcess::Token);
        m_operator = std::make_unique<ApiClient>(m_engine->baseUrl(), OperatorToken);
        m_app = idOf(m_admin->post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Voice")}}));
        m_endpoint = idOf(m_admin->post(u"/api/v1/app/" + m_app + u"/endpoint", {{QStringLiteral("url"), m_receiver.url()}}));
        QVERIFY(!m_endpoint.isEmpty());
    }

    // A receiver's answer that echoed something: its body goes from the attempt and from the
    // stream's replay of it; consoles are told with a content.expunged change.
    void anAttemptsResponseBodyIsExpunged()
    {
        m_receiver.setBehaviour(ReceiverBehaviour());
        const QString msg = idOf(m_admin->post(u"/api/v1/app/" + m_app + u"/msg",
                                               {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                                {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), QStringLiteral("call_1")}}}}));
        QJsonArray list;
        QTRY_VERIFY_WITH_TIMEOUT(!(list = dataOf(m_admin->get(attempts(msg)))).isEmpty(), 10'000);
        const QJsonObject attempt = list.first().toObject();
        const QString attemptId = attempt.value(QLatin1StringView("id")).toString();
        QVERIFY(attempt.value(QLatin1StringView("response")).toString().contains(u"\"ok\""));
        const QString content = u"/api/v1/app/" + m_app + u"/msg/" + msg + u"/attempt/" + attemptId + u"/content";

        QCOMPARE(m_operator->remove(content).status, 403); // admins only
        QCOMPARE(m_admin->remove(content).status, 204);
        const QJsonObject after = dataOf(m_admin->get(attempts(msg))).first().toObject();
        QCOMPARE(after.value(QLatin1StringView("response")).toString(), QString());
        QCOMPARE(after.value(QLatin1StringView("responseStatusCode")).toInt(), 200); // the record stays
        QCOMPARE(m_admin->get(u"/api/v1/app/" + m_app + u"/msg/" + msg + u"/attempt/" + attemptId).json
                     .value(QLatin1StringView("response")).toString(), QString());

        sb::testing::StreamClient stream;
        stream.open(m_engine->baseUrl(), EngineProcess::Token, std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(stream.caughtUp(), 10'000);
        bool replayed = false, told = false;
        for (const sb::StreamFrame &f : stream.changes()) {
            const QJsonObject a = f.data.value(QLatin1StringView("attempt")).toObject();
            if (f.type == sb::StreamFrame::AttemptFinished && a.value(QLatin1StringView("id")).toString() == attemptId) {
                replayed = true;
                QCOMPARE(a.value(QLatin1StringView("response")).toString(), QString());
            }
            told |= f.type == sb::StreamFrame::ContentExpunged && f.data.value(QLatin1StringView("attemptId")).toString() == attemptId;
        }
        QVERIFY(replayed);
        QVERIFY(told);

        QCOMPARE(m_admin->remove(u"/api/v1/app/" + m_app + u"/msg/" + msg + u"/attempt/atmpt_nope/content").status, 404);
        QCOMPARE(m_admin->remove(u"/api/v1/app/" + m_app + u"/msg/" + msg + u"/attempt/atmpt_2Zz9Yy8Xx7Ww6Vv5Uu4Tt3/content").status, 404);
    }

    // "A caller's transcript was sent to the wrong customer": the payload goes, the pending
    // retry is not sent (an empty body would be signed as if it were the event), an
    // idempotent replay no longer shows it, and after the engine stops no file holds it.
    void bulkExpungeAndExpungeAllContents()
    {
        // Applications without endpoints: payloads only, nothing in flight.
        const QString app = idOf(m_admin->post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Purged")}}));
        const QString other = idOf(m_admin->post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Kept")}}));
        const auto post = [&](const QString &to, int n) {
            return idOf(m_admin->post(u"/api/v1/app/" + to + u"/msg",
                                      {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                       {QStringLiteral("eventId"), QString(u"evt-" + QString::number(n))},
                                       {QStringLiteral("payload"), QJsonObject{{QStringLiteral("n"), n}}}}));
        };
        QStringList ids;
        for (int n = 0; n < 130; ++n) // more than one page of the purge
            ids.append(post(app, n));
        const QString kept = post(other, 0);
        const auto payloadOf = [&](const QString &in, const QString &msg) {
            return m_admin->get(u"/api/v1/app/" + in + u"/msg/" + msg).json.value(QLatin1StringView("payload")).toObject();
        };
        const QJsonObject expired{{QStringLiteral("expired"), true}};

        const QString bulk = u"/api/v1/app/" + app + u"/msg/bulk-expunge";
        const QJsonObject some{{QStringLiteral("ids"), QJsonArray{ids.at(0), ids.at(1), QStringLiteral("evt-2"), QStringLiteral("msg_nope")}}};
        QCOMPARE(m_operator->post(bulk, some).status, 403);
        const auto answered = m_admin->post(bulk, some);
        QCOMPARE(answered.status, 200);
        const QJsonObject results = answered.json.value(QLatin1StringView("results")).toObject();
        QCOMPARE(results.value(ids.at(0)).toString(), QStringLiteral("expunged"));
        QCOMPARE(results.value(QLatin1StringView("evt-2")).toString(), QStringLiteral("expunged"));
        QCOMPARE(results.value(QLatin1StringView("msg_nope")).toString(), QStringLiteral("not-found"));
        QCOMPARE(payloadOf(app, ids.at(2)), expired);
        QCOMPARE(payloadOf(app, ids.at(3)).value(QLatin1StringView("n")).toInt(), 3);

        const auto started = m_admin->post(u"/api/v1/app/" + app + u"/msg/expunge-all-contents", {});
        QCOMPARE(started.status, 202);
        QCOMPARE(started.json.value(QLatin1StringView("task")).toString(), QStringLiteral("application.purge_content"));
        QVERIFY(started.json.contains(QLatin1StringView("updatedAt")));
        const QString task = u"/api/v1/background-task/" + idOf(started);
        QTRY_COMPARE_WITH_TIMEOUT(m_admin->get(task).json.value(QLatin1StringView("status")).toString(), QStringLiteral("finished"), 20'000);
        QCOMPARE(m_admin->get(task).json.value(QLatin1StringView("data")).toObject().value(QLatin1StringView("done")).toInt(), 127);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(payloadOf(app, id), expired);
        QCOMPARE(payloadOf(other, kept).value(QLatin1StringView("n")).toInt(), 0); // another customer's: untouched
    }

    void aMessagesPayloadIsExpungedEverywhere()
    {
        const QString marker = u"CALLER-SAID-" + QString::number(QRandomGenerator::global()->generate64(), 16);
        auto failing = ReceiverBehaviour::answering(500);
        m_receiver.setBehaviour(failing);
        m_receiver.clear();
        const QJsonObject event{{QStringLiteral("eventType"), QStringLiteral("transcript.ready")},
                                {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), QStringLiteral("call_2")},
                                                                        {QStringLiteral("transcript"), marker}}}};
        const auto created = m_admin->post(u"/api/v1/app/" + m_app + u"/msg", event, "idem-expunge-1");
        QCOMPARE(created.status, 202);
        const QString msg = idOf(created);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.stats().received, 1, 10'000); // failed; a retry is due in 3 s

        const QString content = u"/api/v1/app/" + m_app + u"/msg/" + msg + u"/content";
        QCOMPARE(m_operator->remove(content).status, 403);
        QCOMPARE(m_admin->remove(content).status, 204);
        m_receiver.setBehaviour(ReceiverBehaviour());

        const QJsonObject expired{{QStringLiteral("expired"), true}};
        QCOMPARE(m_admin->get(u"/api/v1/app/" + m_app + u"/msg/" + msg).json.value(QLatin1StringView("payload")).toObject(), expired);
        const auto replay = m_admin->post(u"/api/v1/app/" + m_app + u"/msg", event, "idem-expunge-1");
        QCOMPARE(replay.status, 202);
        QCOMPARE(idOf(replay), msg);
        QCOMPARE(replay.json.value(QLatin1StringView("payload")).toObject(), expired);
        QVERIFY(!replay.body.contains(marker.toUtf8()));

        // The retry comes due and is recorded as refused, and the delivery is dead: no retry
        // could send it.
        QJsonArray list;
        QTRY_COMPARE_WITH_TIMEOUT((list = dataOf(m_admin->get(attempts(msg)))).size(), 2, 15'000);
        const QJsonObject refused = list.last().toObject(); // oldest first
        QCOMPARE(refused.value(QLatin1StringView("errorClass")).toString(), QStringLiteral("policy"));
        QVERIFY2(refused.value(QLatin1StringView("response")).toString().contains(u"expunged"),
                 qPrintable(refused.value(QLatin1StringView("response")).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(dataOf(m_admin->get(u"/api/v1/app/" + m_app + u"/msg/" + msg + u"/endpoint")).first().toObject()
                                      .value(QLatin1StringView("status")).toInt(), 2, 10'000);
        QCOMPARE(m_receiver.stats().received, 1);
        const auto resend = m_operator->post(u"/api/v1/app/" + m_app + u"/msg/" + msg + u"/endpoint/" + m_endpoint + u"/resend", {});
        QCOMPARE(resend.status, 409);
        QCOMPARE(resend.json.value(QLatin1StringView("code")).toString(), QStringLiteral("content_expunged"));
        QCOMPARE(m_admin->remove(content).status, 204); // again: nothing left, still fine
        QCOMPARE(m_admin->remove(u"/api/v1/app/" + m_app + u"/msg/msg_nope/content").status, 404);

        if (m_engine->database().isPostgres())
            return; // PostgreSQL reclaims a deleted row's space at its next VACUUM (docs/engine.md)
        QCOMPARE(m_engine->terminate(), 0);
        QDirIterator files(m_engine->dataDir(), QDir::Files, QDirIterator::Subdirectories);
        int searched = 0;
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(marker.toUtf8()), qPrintable(f.fileName()));
            ++searched;
        }
        QVERIFY(searched > 0);
    }
};

QTEST_GUILESS_MAIN(TestEngineExpunge)
#include "tst_engineexpunge.moc"

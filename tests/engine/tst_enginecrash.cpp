// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: events flow while the engine is killed with SIGKILL three times. Every event
// that was answered 202 must reach the receiver; repeats are allowed only for deliveries that
// were in flight (sent, not yet committed) when a kill struck.
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "tools/receiver/receiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using sb::testing::ApiClient;
using sb::testing::EngineProcess;
using sb::tools::Receiver;

namespace {
constexpr int Events = 2000;
constexpr int Window = 6; // requests in flight from the producer

} // namespace

class TestEngineCrash : public QObject
{
    Q_OBJECT

private slots:
    void everyAcceptedEventSurvivesThreeKills()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        EngineProcess engine;
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        QNetworkAccessManager net;

        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Crash")}})
                                .json.value(QLatin1StringView("id")).toString();
        QVERIFY(!app.isEmpty());
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/endpoint",
                          {{QStringLiteral("url"), receiver.url()}, {QStringLiteral("maxConcurrency"), 16}}).status, 201);

        // Three kill points at random, spread over the run.
        auto *random = QRandomGenerator::global();
        const QList<int> killAt{random->bounded(250, 600), random->bounded(850, 1200), random->bounded(1450, 1800)};
        QList<qint64> receivedAtKill;
        QSet<QString> accepted;
        int sent = 0, finished = 0, refused = 0, nextKill = 0;

        std::function<void()> sendOne;
        sendOne = [&] {
            if (sent >= Events)
                return;
            const int n = sent++;
            QJsonObject body{{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                             {QStringLiteral("payload"), QJsonObject{{QStringLiteral("n"), n}}}};
            QNetworkReply *reply = net.post(ApiClient::request(engine.baseUrl(), EngineProcess::Token, u"/api/v1/app/" + app + u"/msg"),
                                            QJsonDocument(body).toJson(QJsonDocument::Compact));
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                reply->deleteLater();
                ++finished;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 202)
                    accepted.insert(QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1StringView("id")).toString());
                else
                    ++refused; // cut off by a kill: never acknowledged, so never promised
                if (nextKill < killAt.size() && accepted.size() >= killAt.at(nextKill)) {
                    ++nextKill;
                    receivedAtKill.append(receiver.stats().received);
                    engine.kill();
                    QString restartError;
                    QVERIFY2(engine.start(&restartError), qPrintable(restartError));
                }
                sendOne();
            });
        };
        for (int i = 0; i < Window; ++i)
            sendOne();
        QTRY_VERIFY_WITH_TIMEOUT(finished == Events, 120'000);
        QCOMPARE(nextKill, 3);

        // Everything promised arrives.
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            QSet<QString> seen;
            for (const auto &d : receiver.deliveries())
                seen.insert(d.webhookId);
            return seen.contains(accepted);
        }(), 60'000);

        const auto stats = receiver.stats();
        std::printf("crash test: %d sent, %lld accepted, %d cut off by kills, %lld delivered "
                    "(%lld unique, %lld repeats); receiver count at the kills: %lld, %lld, %lld\n",
                    Events, static_cast<long long>(accepted.size()), refused,
                    static_cast<long long>(stats.received), static_cast<long long>(stats.uniqueIds),
                    static_cast<long long>(stats.duplicates), static_cast<long long>(receivedAtKill.value(0)),
                    static_cast<long long>(receivedAtKill.value(1)), static_cast<long long>(receivedAtKill.value(2)));
        std::fflush(stdout);
        // A repeat is a delivery the receiver got whose attempt the engine had not committed
        // when it died: at most the endpoint's concurrency plus one writer batch per kill.
        QVERIFY(stats.duplicates <= 3 * (16 + 512));
        QVERIFY(stats.uniqueIds >= accepted.size());
        QCOMPARE(engine.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEngineCrash)
#include "tst_enginecrash.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchstreamserver.h"

#include "core/streamframe.h"
#include "core/timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace sb::bench {

BenchStreamServer::BenchStreamServer(QString instanceId, qint64 lastSeq)
    : m_instanceId(std::move(instanceId))
    , m_seq(lastSeq)
{
    m_thread.setObjectName(QStringLiteral("bench-stream"));
    moveToThread(&m_thread);
    m_thread.start();
}

BenchStreamServer::~BenchStreamServer()
{
    QMetaObject::invokeMethod(this, [this] {
        delete m_timer;
        delete m_client;
        delete m_server;
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint16 BenchStreamServer::start()
{
    quint16 port = 0;
    QMetaObject::invokeMethod(this, [this, &port] {
        m_server = new QWebSocketServer(QStringLiteral("bench"), QWebSocketServer::NonSecureMode);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return;
        port = m_server->serverPort();
        connect(m_server, &QWebSocketServer::newConnection, this, &BenchStreamServer::onConnection);
        m_timer = new QTimer;
        m_timer->setTimerType(Qt::PreciseTimer);
        m_timer->setInterval(10);
        connect(m_timer, &QTimer::timeout, this, &BenchStreamServer::tick);
        m_timer->start();
    }, Qt::BlockingQueuedConnection);
    return port;
}

void BenchStreamServer::onConnection()
{
    QWebSocket *socket = m_server->nextPendingConnection();
    delete m_client;
    m_client = socket;
    m_subscribed = false;
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
        if (QJsonDocument::fromJson(text.toUtf8()).object().value(QLatin1StringView("type")).toString() != u"subscribe")
            return;
        m_subscribed = true;
        socket->sendTextMessage(QString::fromUtf8(StreamFrame::encodeBatch(
            {{0, QString(StreamFrame::CaughtUp), QDateTime::currentDateTimeUtc(), {{QStringLiteral("lastSeq"), m_seq}}}})));
    });
    socket->sendTextMessage(QString::fromUtf8(StreamFrame::encodeBatch(
        {{0, QString(StreamFrame::Hello), QDateTime::currentDateTimeUtc(),
          {{QStringLiteral("instanceId"), m_instanceId}, {QStringLiteral("lastSeq"), m_seq}}}})));
}

void BenchStreamServer::tick()
{
    const int rate = m_rate.load();
    if (!m_client || !m_subscribed || rate <= 0)
        return;
    // Half the changes are new messages, half their first attempts.
    const int changes = std::max(2, rate / 100);
    QList<StreamFrame> frames;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString stamp = toIsoUtc(now);
    for (int i = 0; i < changes / 2; ++i) {
        const QString msg = QStringLiteral("msg_live%1").arg(++m_message, 8, 10, QLatin1Char('0'));
        const QString ep = QStringLiteral("ep_bench%1").arg(m_message % 40, 2, 10, QLatin1Char('0'));
        const QString app = QStringLiteral("app_bench%1").arg((m_message % 40) % 8);
        frames.append({++m_seq, QString(StreamFrame::MessageCreated), now,
                       {{QStringLiteral("id"), msg}, {QStringLiteral("appId"), app}, {QStringLiteral("eventType"), QStringLiteral("call.ended")},
                        {QStringLiteral("timestamp"), stamp}, {QStringLiteral("endpoints"), QJsonArray{ep}}}});
        const bool ok = m_message % 10 != 3;
        const QJsonObject attempt{{QStringLiteral("id"), QString(u"atmpt_live" + msg.mid(8))}, {QStringLiteral("msgId"), msg},
                                  {QStringLiteral("endpointId"), ep}, {QStringLiteral("responseStatusCode"), ok ? 200 : 503},
                                  {QStringLiteral("responseDurationMs"), 20 + m_message % 400}, {QStringLiteral("status"), ok ? 0 : 1},
                                  {QStringLiteral("errorClass"), ok ? QStringLiteral("none") : QStringLiteral("http")},
                                  {QStringLiteral("trigger"), QStringLiteral("scheduled")}, {QStringLiteral("timestamp"), stamp}};
        const QJsonObject delivery{{QStringLiteral("msgId"), msg}, {QStringLiteral("endpointId"), ep},
                                   {QStringLiteral("status"), ok ? 0 : 1}, {QStringLiteral("attemptCount"), 1}};
        const QJsonObject data{{QStringLiteral("attempt"), attempt}, {QStringLiteral("appId"), app}, {QStringLiteral("delivery"), delivery}};
        frames.append({++m_seq, QString(StreamFrame::AttemptFinished), now, data});
    }
    m_client->sendTextMessage(QString::fromUtf8(StreamFrame::encodeBatch(frames)));
    m_sent.fetch_add(frames.size());
}

} // namespace sb::bench

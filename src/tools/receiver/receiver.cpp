// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiver.h"

#include "httpconnection.h"

#include <QJsonDocument>
#include <QTimer>

namespace sb::tools {

Receiver::Receiver(QObject *parent)
    : QObject(parent)
    , m_store(m_behaviour.maxRecords)
    , m_control(*this)
{
    m_signatures.configure(m_behaviour);
    m_decider.reseed(m_behaviour.seed);
    // Benchmarks open many connections at once; the default backlog of 50 would refuse some.
    m_server.setListenBacklogSize(1024);
    connect(&m_server, &QTcpServer::newConnection, this, &Receiver::acceptConnections);
}

Receiver::~Receiver()
{
    // Delete connections while the members they report to still exist; ~QObject would do
    // it only after our members are gone.
    const QSet<HttpConnection *> connections = std::exchange(m_connections, {});
    for (HttpConnection *connection : connections) {
        connection->disconnect(this);
        delete connection;
    }
    m_pending.clear();
}

bool Receiver::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

QString Receiver::url() const
{
    const QHostAddress host = address();
    const QString name = host.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + host.toString() + u']'
                             : host.toString();
    return u"http://" + name + u':' + QString::number(port());
}

void Receiver::setBehaviour(const ReceiverBehaviour &behaviour)
{
    const bool reseeding = behaviour.seed != m_behaviour.seed;
    m_behaviour = behaviour;
    m_signatures.configure(m_behaviour);
    m_store.setMaxRecords(m_behaviour.maxRecords);
    if (reseeding)
        m_decider.reseed(m_behaviour.seed);
}

void Receiver::reseed(quint32 seed)
{
    m_behaviour.seed = seed;
    m_decider.reseed(seed);
}

QList<ReceivedDelivery> Receiver::deliveries(qint64 since, qsizetype limit) const
{
    return m_store.since(since, limit);
}

ReceiverStats Receiver::stats() const
{
    ReceiverStats s = m_store.stats();
    s.inFlight = m_inFlight;
    s.maxInFlight = m_maxInFlight;
    return s;
}

qsizetype Receiver::clear()
{
    m_maxInFlight = m_inFlight;
    return m_store.clear();
}

void Receiver::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, MaxBodyBytes, this);
        m_connections.insert(connection);
        connect(
            connection, &HttpConnection::requestReceived, this,
            [this, connection](const HttpRequest &request) { handleRequest(connection, request); });
        connect(connection, &HttpConnection::closed, this,
                [this, connection] { connectionClosed(connection); });
    }
}

void Receiver::handleRequest(HttpConnection *connection, const HttpRequest &request)
{
    if (request.path.startsWith(ControlPrefix) || request.path == ControlPrefix.chopped(1)) {
        connection->respond(m_control.handle(request));
        return;
    }
    if (request.method != "POST") {
        HttpResponse response = HttpResponse::error(
            405, QLatin1StringView("method_not_allowed"),
            QStringLiteral("deliveries are POST requests; the control API is under /_receiver/"));
        response.setHeader("Allow", "POST");
        connection->respond(response);
        return;
    }
    handleDelivery(connection, request);
}

void Receiver::handleDelivery(HttpConnection *connection, const HttpRequest &request)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ReceivedDelivery delivery = ReceivedDelivery::fromRequest(request, now);
    delivery.attempt = m_store.nextAttempt(delivery.webhookId);
    const SignatureCheck signature = m_signatures.check(request, now.toSecsSinceEpoch());
    delivery.signatureValid = signature.valid;
    delivery.signatureDetail = signature.detail;
    const ResponseDecision decision =
        m_decider.decide(m_behaviour, delivery.attempt, signature.valid);
    delivery.status = decision.drop ? 0 : decision.status;
    delivery.dropped = decision.drop;
    delivery.reason = decision.reason;

    ++m_inFlight;
    m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
    m_pending.insert(connection, Pending{std::move(delivery), nullptr});
    if (m_behaviour.latencyMs <= 0) {
        answer(connection);
        return;
    }
    auto *timer = new QTimer(connection);
    // Coarse timers may fire up to 5% late; measured latency should be what was asked for.
    timer->setTimerType(Qt::PreciseTimer);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, connection] { answer(connection); });
    m_pending[connection].timer = timer;
    timer->start(m_behaviour.latencyMs);
}

void Receiver::answer(HttpConnection *connection)
{
    const auto it = m_pending.find(connection);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    if (pending.timer)
        pending.timer->deleteLater();
    // drop() and respond() may report the connection closed re-entrantly; the delivery has
    // left m_pending already, so it cannot be finished twice.
    if (pending.delivery.dropped)
        connection->drop();
    else
        connection->respond(deliveryResponse(pending.delivery));
    finish(std::move(pending.delivery));
}

void Receiver::finish(ReceivedDelivery delivery)
{
    --m_inFlight;
    m_store.add(delivery);
    emit deliveryReceived(delivery);
}

void Receiver::connectionClosed(HttpConnection *connection)
{
    // A client that gave up during the latency still counts as a delivery we received.
    const auto it = m_pending.find(connection);
    if (it != m_pending.end()) {
        ReceivedDelivery delivery = std::move(it->delivery);
        m_pending.erase(it);
        delivery.clientClosed = true;
        finish(std::move(delivery));
    }
    m_connections.remove(connection);
    // Later, not now: we may be inside one of the connection's own signal emissions.
    connection->deleteLater();
}

HttpResponse Receiver::deliveryResponse(const ReceivedDelivery &delivery) const
{
    const bool ok = delivery.status >= 200 && delivery.status < 300;
    QJsonObject body{{QStringLiteral("ok"), ok},
                     {QStringLiteral("attempt"), delivery.attempt},
                     {QStringLiteral("reason"), delivery.reason}};
    if (delivery.signatureValid)
        body.insert(QStringLiteral("signatureValid"), *delivery.signatureValid);
    HttpResponse response = HttpResponse::json(delivery.status, QJsonDocument(body));
    if (!ok && !m_behaviour.retryAfter.isEmpty())
        response.setHeader("Retry-After", m_behaviour.retryAfter.toUtf8());
    return response;
}

} // namespace sb::tools

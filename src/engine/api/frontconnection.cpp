// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontconnection.h"

#include "frontworker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>

#include <mutex>

#include <sys/socket.h>

namespace sb::engine {

// What an answer from another thread finds: the connection while it lives, null after. The
// mutex makes "still alive? then post" one step against the destructor.
struct ConnectionLink
{
    std::mutex mutex;
    FrontConnection *connection = nullptr;
};

namespace {

// Answers that wait in the socket beyond this stop the next request being read: a client
// that sends requests without reading answers must not grow the engine's memory.
constexpr qint64 MaxUnsentBytes = 256 * 1024;
// The socket's own read buffer: past it the kernel's window pushes back on the sender.
constexpr qint64 ReadBufferBytes = 64 * 1024;

class LinkSink : public ResponseSink
{
public:
    explicit LinkSink(std::shared_ptr<ConnectionLink> link) : m_link(std::move(link)) {}
    void send(int status, const QByteArray &contentType, const QByteArray &body) override
    {
        const std::lock_guard lock(m_link->mutex);
        if (FrontConnection *c = m_link->connection) {
            QMetaObject::invokeMethod(c, [c, status, contentType, body] { c->respond(status, contentType, body); },
                                      Qt::QueuedConnection);
        }
    }

private:
    std::shared_ptr<ConnectionLink> m_link;
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 413: return "Content Too Large";
    case 422: return "Unprocessable Content";
    case 426: return "Upgrade Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Status";
    }
}

QString codeOf(int status)
{
    switch (status) {
    case 408: return QStringLiteral("request_timeout");
    case 413: return QStringLiteral("payload_too_large");
    case 431: return QStringLiteral("headers_too_large");
    case 501: return QStringLiteral("not_implemented");
    case 505: return QStringLiteral("http_version_not_supported");
    default: return QStringLiteral("bad_request");
    }
}

} // namespace

FrontConnection::FrontConnection(QTcpSocket *socket, FrontWorker *worker)
    : m_socket(socket)
    , m_worker(worker)
    , m_parser(worker->settings().maxBodyBytes, worker->settings().maxHeaderBytes)
    , m_link(std::make_shared<ConnectionLink>())
{
    m_link->connection = this;
    m_socket->setParent(this);
    m_socket->setReadBufferSize(ReadBufferBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &FrontConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &FrontConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &FrontConnection::close);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &FrontConnection::close);
    beginRequest(true);
}

FrontConnection::~FrontConnection()
{
    const std::lock_guard lock(m_link->mutex);
    m_link->connection = nullptr;
}

void FrontConnection::beginRequest(bool fresh)
{
    m_state = State::Headers;
    m_received = !m_buffer.isEmpty();
    // A new connection has the header deadline from its first moment (a stranger who sends
    // nothing is a slowloris too); a kept-alive one waits the idle time for its next request.
    const auto &s = m_worker->settings();
    m_deadline = m_worker->now() + (fresh || m_received ? s.headerTimeoutMs : s.idleTimeoutMs);
    // The socket keeps what this request sends until its headers are decided, so a WebSocket
    // upgrade can hand the untouched handshake to the stream server. A request that starts
    // in bytes already taken from the socket (pipelined) cannot be handed over; such an
    // upgrade is refused.
    m_transaction = m_buffer.isEmpty();
    if (m_transaction)
        m_socket->startTransaction();
}

void FrontConnection::endTransaction()
{
    if (m_transaction) {
        m_socket->commitTransaction();
        m_transaction = false;
    }
}

void FrontConnection::onReadyRead()
{
    if (m_state == State::Lingering) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    if (m_state != State::Headers && m_state != State::Body)
        return; // stays in the socket (bounded by its read buffer) until this answer is out
    const QByteArray data = m_socket->read(ReadBufferBytes);
    if (data.isEmpty())
        return;
    if (m_state == State::Headers && !m_received) {
        m_received = true;
        m_deadline = m_worker->now() + m_worker->settings().headerTimeoutMs;
    }
    m_buffer.append(data);
    process();
    // More may wait in the socket than one read took.
    if ((m_state == State::Headers || m_state == State::Body) && m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &FrontConnection::onReadyRead, Qt::QueuedConnection);
}

void FrontConnection::process()
{
    while (m_state == State::Headers || m_state == State::Body) {
        switch (m_parser.parse(m_buffer)) {
        case HttpRequestParser::Event::NeedMore:
            return;
        case HttpRequestParser::Event::Error: {
            const int status = m_parser.errorStatus();
            // An announced body over the limit fails in the parser with complete headers: who
            // asks, and for what, is answered first, so a stranger learns 401 and not the limit.
            if (status == 413 && m_parser.announcedBodyBytes() > 0) {
                m_decision = m_worker->router().decide(m_parser.request());
                if (m_decision.kind == ApiServer::Decision::Kind::Refuse) {
                    endTransaction();
                    refuseByDecision();
                    return;
                }
            }
            (status == 413 || status == 431 ? m_worker->stats().tooLarge : m_worker->stats().malformed)++;
            refuse(status, codeOf(status), m_parser.errorDetail());
            return;
        }
        case HttpRequestParser::Event::HeadersComplete:
            if (!decideHeaders())
                return;
            m_state = State::Body;
            m_deadline = m_worker->now() + m_worker->settings().bodyTimeoutMs;
            if (m_parser.expectsContinue())
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            break;
        case HttpRequestParser::Event::RequestComplete: {
            if (m_state == State::Headers && !decideHeaders())
                return;
            HttpRequest request = m_parser.takeRequest();
            m_keepAlive = request.keepAlive;
            m_head = request.method == "HEAD";
            m_state = State::Handling;
            m_deadline = 0;
            m_worker->stats().requests++;
            m_worker->dispatch(m_decision, std::move(request), std::make_shared<LinkSink>(m_link));
            return;
        }
        }
    }
}

bool FrontConnection::decideHeaders()
{
    m_decision = m_worker->router().decide(m_parser.request());
    switch (m_decision.kind) {
    case ApiServer::Decision::Kind::Route:
        endTransaction();
        return true;
    case ApiServer::Decision::Kind::Stream:
        if (m_transaction) {
            handOverStream();
        } else {
            endTransaction();
            refuse(400, QStringLiteral("bad_request"), QStringLiteral("send a WebSocket upgrade as the first request of its connection"));
        }
        return false;
    case ApiServer::Decision::Kind::Refuse:
        break;
    }
    endTransaction();
    refuseByDecision();
    return false;
}

void FrontConnection::refuseByDecision()
{
    m_worker->stats().refusedAtHeaders++;
    if (m_decision.status == 429)
        m_worker->stats().rateLimited++;
    refuse(m_decision.status, m_decision.code, m_decision.detail,
           m_decision.retryAfterSeconds > 0 ? "Retry-After: " + QByteArray::number(m_decision.retryAfterSeconds) + "\r\n"
                                            : QByteArray());
}

void FrontConnection::handOverStream()
{
    m_socket->rollbackTransaction();
    m_transaction = false;
    disconnect(m_socket, nullptr, this, nullptr);
    QTcpSocket *socket = std::exchange(m_socket, nullptr);
    socket->setParent(nullptr);
    m_worker->handOverStream(socket);
    m_state = State::Closed;
    m_worker->forget(this);
    deleteLater();
}

void FrontConnection::refuse(int status, const QString &code, const QString &detail, const QByteArray &extraHeaders)
{
    endTransaction();
    m_keepAlive = false;
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("detail"), detail}})
                                .toJson(QJsonDocument::Compact);
    m_state = State::Handling;
    respond(status, "application/json", body, extraHeaders);
}

void FrontConnection::respond(int status, const QByteArray &contentType, const QByteArray &body,
                              const QByteArray &extraHeaders)
{
    if (m_state != State::Handling || !m_socket)
        return;
    QByteArray out;
    out.reserve(160 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    if (status != 204)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += m_keepAlive ? QByteArrayView("Connection: keep-alive\r\n") : QByteArrayView("Connection: close\r\n");
    out += extraHeaders;
    out += "\r\n";
    if (!m_head)
        out += body;
    m_socket->write(out);
    if (!m_keepAlive) {
        // What the client still sends (a refused body) is read and dropped for a moment:
        // closing with unread data makes the kernel answer with a reset, which can destroy
        // this answer before the client reads it.
        m_state = State::Lingering;
        m_deadline = m_worker->now() + m_worker->settings().lingerMs;
        m_buffer.clear();
        m_socket->skip(m_socket->bytesAvailable());
        onBytesWritten();
        return;
    }
    m_state = State::Draining;
    m_deadline = m_worker->now() + m_worker->settings().bodyTimeoutMs;
    onBytesWritten();
}

void FrontConnection::onBytesWritten()
{
    if (!m_socket)
        return;
    if (m_state == State::Lingering && m_socket->bytesToWrite() == 0) {
        // TLS has no half-close; there the linger deadline ends it.
        if (!qobject_cast<QSslSocket *>(m_socket))
            ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
        return;
    }
    if (m_state == State::Draining && m_socket->bytesToWrite() <= MaxUnsentBytes) {
        beginRequest(false);
        if (!m_buffer.isEmpty())
            process();
        if (m_state == State::Headers || m_state == State::Body)
            onReadyRead();
    } else if (m_state == State::Draining) {
        m_deadline = m_worker->now() + m_worker->settings().bodyTimeoutMs; // it is reading: wait on
    }
}

void FrontConnection::expire()
{
    m_deadline = 0;
    switch (m_state) {
    case State::Headers:
        if (!m_received) {
            m_worker->stats().idleClosed++;
            return close();
        }
        m_worker->stats().headerTimeouts++;
        return refuse(408, codeOf(408), QStringLiteral("the request headers did not arrive in time"));
    case State::Body:
        m_worker->stats().bodyTimeouts++;
        return refuse(408, codeOf(408), QStringLiteral("the request body did not arrive in time"));
    case State::Draining:
    case State::Lingering:
        return close();
    case State::Handling:
    case State::Closed:
        return;
    }
}

void FrontConnection::close()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_deadline = 0;
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }
    m_worker->forget(this);
    deleteLater();
}

} // namespace sb::engine

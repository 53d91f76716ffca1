// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpconnection.h"

#include <QTcpSocket>

namespace sb::tools {

namespace {
// After refusing a request we read away what the client is still sending, so closing does
// not reset the connection and destroy the error response before the client has read it.
// We give up when the client pauses this long, or after LingerLimitMs in all, so a client
// that never stops cannot keep the connection forever.
constexpr int LingerIdleMs = 2000;
constexpr qint64 LingerLimitMs = 30'000;
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, qsizetype maxBodyBytes, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_parser(maxBodyBytes)
{
    m_socket->setParent(this);
    // Answers are small; Nagle's algorithm would hold them back and blur measured latency.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_lingerTimer.setSingleShot(true);
    m_lingerTimer.setInterval(LingerIdleMs);
    connect(&m_lingerTimer, &QTimer::timeout, this, [this] { m_socket->abort(); });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    // Data may have arrived before we connected to readyRead.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    // Our slots must not run while the socket (a child) is torn down after us.
    m_socket->disconnect(this);
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Draining) {
        discardDrainedBytes();
        return;
    }
    if (m_state != State::Open)
        return;
    m_buffer += m_socket->readAll();
    if (!m_busy)
        processBuffer();
}

void HttpConnection::processBuffer()
{
    if (m_processing)
        return;
    m_processing = true;
    while (!m_busy && m_state == State::Open && !m_buffer.isEmpty()) {
        const HttpRequestParser::Event event = m_parser.parse(m_buffer);
        if (event == HttpRequestParser::Event::NeedMore)
            break;
        if (event == HttpRequestParser::Event::HeadersComplete) {
            // curl waits up to a second for this before sending bodies over 1 MiB; without
            // it every large delivery would look a second slower than it is.
            if (m_parser.expectsContinue())
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            continue;
        }
        if (event == HttpRequestParser::Event::Error) {
            rejectRequest(m_parser.errorStatus(), m_parser.errorDetail());
            break;
        }
        HttpRequest request = m_parser.takeRequest();
        m_keepAlive = request.keepAlive;
        m_http10 = request.minorVersion == 0;
        m_busy = true;
        // The owner may answer at once (then the loop goes on with the next buffered request)
        // or later, from a timer.
        emit requestReceived(request);
    }
    m_processing = false;
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (!m_busy || m_state != State::Open)
        return;
    m_busy = false;
    const bool close = !m_keepAlive || response.closeConnection;
    m_socket->write(response.serialize(close, m_http10));
    if (close) {
        m_state = State::Closing;
        m_socket->disconnectFromHost(); // after the answer is written
        return;
    }
    processBuffer();
}

void HttpConnection::drop()
{
    m_busy = false;
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    // abort() discards anything unsent and closes now; the peer sees the connection closed
    // with no answer at all.
    m_socket->abort();
}

void HttpConnection::rejectRequest(int status, const QString &detail)
{
    HttpResponse response = HttpResponse::error(
        status, status == 413 ? QLatin1StringView("too_large") : QLatin1StringView("bad_request"),
        detail);
    m_socket->write(response.serialize(true, false));
    m_state = State::Draining;
    // Body bytes already buffered count against what the client announced.
    const qint64 announced = m_parser.announcedBodyBytes();
    m_drainRemaining = announced < 0 ? -1 : qMax<qint64>(0, announced - m_buffer.size());
    m_buffer.clear();
    if (m_drainRemaining == 0 || status != 413) {
        // Nothing more is expected (a malformed request has no trustworthy length anyway).
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        return;
    }
    m_lingerTimer.start();
    m_lingering.start();
    discardDrainedBytes();
}

void HttpConnection::discardDrainedBytes()
{
    const qint64 n = m_socket->skip(m_socket->bytesAvailable());
    if (n > 0)
        m_lingerTimer.start(); // the client is still sending: give it another idle period
    if (m_drainRemaining >= 0)
        m_drainRemaining = qMax<qint64>(0, m_drainRemaining - qMax<qint64>(0, n));
    // With an unknown length (chunked) we read until the client closes or pauses.
    if (m_drainRemaining == 0 || m_lingering.hasExpired(LingerLimitMs)) {
        m_lingerTimer.stop();
        m_state = State::Closing;
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::onDisconnected()
{
    m_state = State::Closed;
    m_lingerTimer.stop();
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    emit closed();
}

} // namespace sb::tools

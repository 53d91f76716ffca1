// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawhttpclient.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QTimer>

bool RawHttpClient::connectTo(quint16 port, int timeoutMs)
{
    m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    return waitUntil([this] { return isConnected(); }, timeoutMs);
}

bool RawHttpClient::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &loop, check);
    QObject::connect(&m_socket, &QTcpSocket::stateChanged, &loop, check);
    timeout.start(timeoutMs);
    loop.exec();
    return done();
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

void RawHttpClient::readAvailable()
{
    const QByteArray bytes = m_socket.readAll();
    m_received += bytes.size();
    m_buffer += bytes;
}

qsizetype RawHttpClient::completeResponseSize() const
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    qsizetype length = 0;
    for (const QByteArray &line : m_buffer.left(headEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    const qsizetype total = headEnd + 4 + length;
    return m_buffer.size() >= total ? total : -1;
}

QByteArray RawHttpClient::readResponse(int timeoutMs)
{
    // The outcome is judged below, from what arrived.
    [[maybe_unused]] const bool done = waitUntil(
        [this] {
            readAvailable();
            return completeResponseSize() >= 0 ||
                   m_socket.state() != QAbstractSocket::ConnectedState;
        },
        timeoutMs);
    readAvailable();
    const qsizetype size = completeResponseSize();
    if (size < 0)
        return {};
    const QByteArray response = m_buffer.left(size);
    m_buffer.remove(0, size);
    return response;
}

bool RawHttpClient::waitForClosed(int timeoutMs)
{
    return waitUntil(
        [this] {
            readAvailable();
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
}

int RawHttpClient::status(const QByteArray &response)
{
    // "HTTP/1.1 200 OK"
    return response.startsWith("HTTP/1.") ? response.mid(9, 3).toInt() : 0;
}

QByteArray RawHttpClient::body(const QByteArray &response)
{
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    return headEnd < 0 ? QByteArray() : response.mid(headEnd + 4);
}

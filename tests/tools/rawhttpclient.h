// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QTcpSocket>

#include <functional>

// A TCP client that writes exactly the bytes it is given, for what a polite HTTP client
// cannot send: malformed requests, oversized announcements, two requests on one connection.
// Waits spin the event loop, so an in-process receiver keeps running.
class RawHttpClient
{
public:
    bool connectTo(quint16 port, int timeoutMs = 5000);
    void send(const QByteArray &bytes);

    // The next complete response (head and Content-Length body), or empty on timeout.
    QByteArray readResponse(int timeoutMs = 5000);
    bool waitForClosed(int timeoutMs = 5000);
    void close() { m_socket.disconnectFromHost(); }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    qint64 bytesReceived() const { return m_received; }

    static int status(const QByteArray &response);
    static QByteArray body(const QByteArray &response);

private:
    // Runs an event loop until `done` holds, re-checking whenever the socket reports
    // something, so no time is lost to polling. False on timeout.
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);
    qsizetype completeResponseSize() const;
    void readAvailable();

    QTcpSocket m_socket;
    QByteArray m_buffer;
    qint64 m_received = 0;
};

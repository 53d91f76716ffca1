// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"
#include "core/http/httprequestparser.h"
#include "httpresponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace sb::tools {

// One client connection: parses requests off the socket and hands them out one at a time.
// The next request is not parsed until the current one is answered with respond() or ended
// with drop(), so an answer can be delayed (simulated latency) without reordering anything;
// pipelined requests simply wait in the buffer.
//
// Protocol errors (malformed request, body too large) are answered here, without bothering
// the owner, and the connection is closed afterwards.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of `socket`.
    HttpConnection(QTcpSocket *socket, qsizetype maxBodyBytes, QObject *parent = nullptr);
    ~HttpConnection() override;

    void respond(const HttpResponse &response);
    // Closes the socket without answering, as a crashing or overloaded server would.
    void drop();

    bool isOpen() const { return m_state == State::Open; }

signals:
    void requestReceived(const sb::HttpRequest &request);
    // The peer is gone (or we closed); emitted once. The owner deletes the connection.
    void closed();

private:
    enum class State { Open, Draining, Closing, Closed };

    void onReadyRead();
    void onDisconnected();
    void processBuffer();
    void rejectRequest(int status, const QString &detail);
    void discardDrainedBytes();

    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    QTimer m_lingerTimer;      // closes a draining connection whose client went quiet
    QElapsedTimer m_lingering; // since the refusal, to bound draining overall
    State m_state = State::Open;
    bool m_busy = false;       // a request was handed out and is not answered yet
    bool m_processing = false; // inside processBuffer(): guards against re-entry from respond()
    bool m_keepAlive = true;
    bool m_http10 = false;
    bool m_closedEmitted = false;
    qint64 m_drainRemaining = -1;
};

} // namespace sb::tools

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiserver.h"

#include "core/http/httprequestparser.h"

#include <QObject>

#include <memory>

class QTcpSocket;

namespace sb::engine {

class FrontWorker;
struct ConnectionLink;

// One client connection of the HTTP front, on one of its worker threads. Reads a request's
// headers under a deadline and a size limit, asks the router at the blank line, and either
// answers at once (refused: the body is never read; what the client still sends is read and
// dropped for a moment so the answer is not lost to a reset) or reads the body under its own
// deadline and hands the request to the engine's thread. One request at a time: the next is
// not read until the answer to this one is written, so a client cannot queue work or answers.
class FrontConnection : public QObject
{
    Q_OBJECT

public:
    FrontConnection(QTcpSocket *socket, FrontWorker *worker);
    ~FrontConnection() override;

    // ms on the worker's clock after which expire() is due; 0: none.
    qint64 deadline() const { return m_deadline; }
    void expire();
    // On this connection's thread: writes the answer to the request being handled.
    void respond(int status, const QByteArray &contentType, const QByteArray &body,
                 const QByteArray &extraHeaders = {});

private:
    enum class State { Headers, Body, Handling, Draining, Lingering, Closed };

    void beginRequest(bool fresh);
    void onReadyRead();
    void process();
    bool decideHeaders();
    void refuseByDecision(); // answers m_decision, a refusal, and closes
    void handOverStream();
    void refuse(int status, const QString &code, const QString &detail, const QByteArray &extraHeaders = {});
    void onBytesWritten();
    void close();
    void endTransaction();

    QTcpSocket *m_socket;
    FrontWorker *m_worker;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    ApiServer::Decision m_decision;
    std::shared_ptr<ConnectionLink> m_link;
    State m_state = State::Headers;
    qint64 m_deadline = 0;
    bool m_transaction = false; // the socket keeps this request's bytes (a WebSocket upgrade needs them)
    bool m_received = false;    // a byte of the current request arrived
    bool m_keepAlive = true;
    bool m_head = false;
};

} // namespace sb::engine

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controlapi.h"
#include "deliverystore.h"
#include "core/http/httprequest.h"
#include "receiveddelivery.h"
#include "receiverbehaviour.h"
#include "receiverstats.h"
#include "responsedecider.h"
#include "signaturechecker.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTcpServer>

class QTimer;

namespace sb::tools {

class HttpConnection;

// A webhook receiver for tests, demos and benchmarks: every POST outside /_receiver/ is a
// delivery, recorded and answered as the behaviour says (status, failures, latency, dropped
// connections, signature checks); /_receiver/ is a JSON control API (see ControlApi).
//
// Single-threaded: everything runs on the thread that owns the Receiver, latency included
// (a timer per delayed answer, never a sleep), so thousands of slow answers can be pending.
class Receiver : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxBodyBytes = 8 * 1024 * 1024;
    static constexpr QByteArrayView ControlPrefix{"/_receiver/"};

    explicit Receiver(QObject *parent = nullptr);
    ~Receiver() override;

    // Loopback by default: the receiver is a test tool and has no business on a network.
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                quint16 port = 0);
    bool isListening() const { return m_server.isListening(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    quint16 port() const { return m_server.serverPort(); }
    // "http://127.0.0.1:8072", "http://[::1]:8072"
    QString url() const;
    QString errorString() const { return m_server.errorString(); }

    void setBehaviour(const ReceiverBehaviour &behaviour);
    ReceiverBehaviour behaviour() const { return m_behaviour; }
    // Restarts the failPercent generator; setBehaviour() does this when the seed changes.
    void reseed(quint32 seed);

    QList<ReceivedDelivery> deliveries(qint64 since = 0, qsizetype limit = -1) const;
    ReceiverStats stats() const;
    // Forgets deliveries, counters and attempt numbers; returns how many records went.
    qsizetype clear();

signals:
    // Emitted once per delivery, after it was answered (or dropped, or its client left).
    void deliveryReceived(const sb::tools::ReceivedDelivery &delivery);

private:
    struct Pending
    {
        ReceivedDelivery delivery;
        QTimer *timer = nullptr; // child of the connection, so it dies with it
    };

    void acceptConnections();
    void handleRequest(HttpConnection *connection, const HttpRequest &request);
    void handleDelivery(HttpConnection *connection, const HttpRequest &request);
    void answer(HttpConnection *connection);
    void finish(ReceivedDelivery delivery);
    void connectionClosed(HttpConnection *connection);
    HttpResponse deliveryResponse(const ReceivedDelivery &delivery) const;

    QTcpServer m_server;
    QSet<HttpConnection *> m_connections;
    QHash<HttpConnection *, Pending> m_pending; // deliveries waiting out their latency
    ReceiverBehaviour m_behaviour;
    SignatureChecker m_signatures;
    ResponseDecider m_decider;
    DeliveryStore m_store;
    ControlApi m_control;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace sb::tools

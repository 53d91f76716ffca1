// SPDX-License-Identifier: GPL-3.0-or-later
#include "echoingreceiver.h"

#include <QTcpSocket>

namespace sb::testing {

EchoingReceiver::EchoingReceiver(QByteArray answer, QObject *parent)
    : QTcpServer(parent)
    , m_answer(std::move(answer))
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
        }
    });
}

QString EchoingReceiver::url() const { return QStringLiteral("http://127.0.0.1:%1/hooks").arg(serverPort()); }

void EchoingReceiver::onRead(QTcpSocket *socket)
{
    // The request is read to its end (headers, then Content-Length bytes) before answering,
    // so the engine never sees its body cut off.
    const QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype headersEnd = buffer.indexOf("\r\n\r\n");
    if (headersEnd < 0)
        return;
    qsizetype length = 0;
    for (const QByteArray &line : buffer.left(headersEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headersEnd + 4 + length)
        return;
    socket->setProperty("buffer", QByteArray());
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                  + QByteArray::number(m_answer.size()) + "\r\n\r\n" + m_answer);
    socket->disconnectFromHost();
    ++m_answered;
}

} // namespace sb::testing

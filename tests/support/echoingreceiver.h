// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QTcpServer>

namespace sb::testing {

// A receiver whose answers quote the caller, as some CRMs' do ({"transcript": …}): every
// request is answered 200 with `answer` as its JSON body, then the connection is closed. The
// tests of masking need a response body that holds what callers said.
class EchoingReceiver : public QTcpServer
{
    Q_OBJECT

public:
    explicit EchoingReceiver(QByteArray answer, QObject *parent = nullptr);

    QString url() const;
    int answered() const { return m_answered; }

private:
    void onRead(QTcpSocket *socket);

    QByteArray m_answer;
    int m_answered = 0;
};

} // namespace sb::testing

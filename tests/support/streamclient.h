// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/streamframe.h"

#include <QList>
#include <QObject>
#include <QWebSocket>

namespace sb::testing {

// A minimal event-stream client for tests: connects with the bearer token, subscribes after a
// seq (or from the start) and collects every frame it receives.
class StreamClient : public QObject
{
    Q_OBJECT

public:
    explicit StreamClient(QObject *parent = nullptr);
    ~StreamClient() override { disconnect(&m_socket, nullptr, this, nullptr); }

    void open(const QString &baseUrl, const QByteArray &token, std::optional<qint64> after);
    void close();

    QWebSocket &socket() { return m_socket; }
    const QList<StreamFrame> &changes() const { return m_changes; } // seq > 0 only
    const QList<StreamFrame> &control() const { return m_control; } // hello, caught-up, error
    qint64 lastSeq() const { return m_changes.isEmpty() ? m_startAfter : m_changes.constLast().seq; }
    bool caughtUp() const;
    int malformed() const { return m_malformed; }

signals:
    void framesReceived();

private:
    QWebSocket m_socket;
    QList<StreamFrame> m_changes;
    QList<StreamFrame> m_control;
    std::optional<qint64> m_after;
    qint64 m_startAfter = 0;
    int m_malformed = 0;
};

} // namespace sb::testing

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>

class QSocketNotifier;

namespace sb::engine {

// The front's listening socket, accepting on the engine's thread and handing each descriptor
// on. Its own instead of QTcpServer's: when the process runs out of descriptors, accept()
// fails while the connection stays queued, and QTcpServer (Qt 6.4) either retries at once,
// spinning the thread that schedules deliveries, or stops accepting for good. Here it pauses
// for a moment and tries again, as nginx does, so closing connections make room.
class FrontListener : public QObject
{
    Q_OBJECT

public:
    static constexpr int PauseMs = 100;

    explicit FrontListener(std::function<void(qintptr)> incoming, QObject *parent = nullptr);
    ~FrontListener() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }
    void close();
    // Times accept() failed for want of descriptors or memory.
    qint64 resourceErrors() const { return m_resourceErrors.load(); }

private:
    void acceptAll();

    std::function<void(qintptr)> m_incoming;
    int m_fd = -1;
    quint16 m_port = 0;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_resume;
    std::atomic<qint64> m_resourceErrors{0};
};

} // namespace sb::engine

// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontlistener.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sb::engine {

FrontListener::FrontListener(std::function<void(qintptr)> incoming, QObject *parent)
    : QObject(parent)
    , m_incoming(std::move(incoming))
{
    m_resume.setSingleShot(true);
    m_resume.setInterval(PauseMs);
    connect(&m_resume, &QTimer::timeout, this, [this] {
        if (m_notifier)
            m_notifier->setEnabled(true);
    });
}

FrontListener::~FrontListener() { close(); }

bool FrontListener::listen(const QHostAddress &address, quint16 port, QString *error)
{
    sockaddr_storage storage{};
    socklen_t length = 0;
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    if (v6) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
        length = sizeof *in6;
    } else {
        bool ok = false;
        const quint32 ip = address.toIPv4Address(&ok);
        if (!ok) {
            *error = tr("not an IP address to listen on");
            return false;
        }
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(ip);
        length = sizeof *in4;
    }
    m_fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int on = 1;
    if (m_fd < 0 || ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) != 0
        || ::bind(m_fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 || ::listen(m_fd, SOMAXCONN) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        close();
        return false;
    }
    sockaddr_storage bound{};
    socklen_t boundLength = sizeof bound;
    ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&bound), &boundLength);
    m_port = ntohs(v6 ? reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port : reinterpret_cast<sockaddr_in *>(&bound)->sin_port);
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &FrontListener::acceptAll);
    return true;
}

void FrontListener::close()
{
    m_resume.stop();
    delete m_notifier;
    m_notifier = nullptr;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

// No vptr check here under UBSan: out of descriptors, its own probe of the object's memory
// (a pipe) fails, and it reports the notifier's and timer's calls as on a bad object.
#if defined(__GNUC__)
__attribute__((no_sanitize("vptr")))
#endif
void FrontListener::acceptAll()
{
    while (m_fd >= 0) {
        const int fd = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd >= 0) {
            m_incoming(fd);
            continue;
        }
        if (errno == EINTR || errno == ECONNABORTED)
            continue; // that one gave up already; the next may not have
        if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
            if (m_resourceErrors.fetch_add(1) % 100 == 0)
                qWarning("could not accept a connection (%s): trying again every %d ms", std::strerror(errno), PauseMs);
            m_notifier->setEnabled(false);
            m_resume.start();
        }
        return; // EAGAIN: all taken
    }
}

} // namespace sb::engine

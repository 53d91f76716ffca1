// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace sb::engine {

// Decides whether the engine may connect to an address. Webhook URLs come from customers:
// without this, a URL could make the engine probe the operator's own network (SSRF). The
// check runs on the address actually connected, so DNS rebinding gains nothing.
class AddressPolicy
{
public:
    // "127.0.0.0/8", "10.1.2.3", "fd00::/8"; false if the text is not a network.
    bool allow(const QString &cidr);
    bool isAllowed(const QHostAddress &address) const;

    // Loopback, private, link-local, CGNAT, multicast, unspecified, documentation, reserved.
    static bool isNonPublic(const QHostAddress &address);

    const QList<QPair<QHostAddress, int>> &allowList() const { return m_allowed; }

private:
    QList<QPair<QHostAddress, int>> m_allowed;
};

} // namespace sb::engine

// SPDX-License-Identifier: GPL-3.0-or-later
#include "addresspolicy.h"

#include <array>

namespace sb::engine {
namespace {

const std::array<const char *, 17> NonPublicNetworks{
    "0.0.0.0/8",       "10.0.0.0/8",     "100.64.0.0/10",   "127.0.0.0/8",    "169.254.0.0/16",
    "172.16.0.0/12",   "192.0.0.0/24",   "192.0.2.0/24",    "192.168.0.0/16", "198.18.0.0/15",
    "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/3",     "::/127",         "fc00::/7",
    "fe80::/10",       "ff00::/8",
};

} // namespace

bool AddressPolicy::allow(const QString &cidr)
{
    QPair<QHostAddress, int> network = QHostAddress::parseSubnet(cidr);
    if (network.first.isNull()) {
        const QHostAddress single(cidr);
        if (single.isNull())
            return false;
        network = {single, single.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
    }
    m_allowed.append(network);
    return true;
}

bool AddressPolicy::isNonPublic(const QHostAddress &input)
{
    QHostAddress address = input;
    bool mapped = false;
    const quint32 v4 = input.toIPv4Address(&mapped); // also unwraps ::ffff:a.b.c.d
    if (mapped)
        address = QHostAddress(v4);
    if (address.isNull())
        return true;
    for (const char *network : NonPublicNetworks) {
        if (address.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(network))))
            return true;
    }
    return false;
}

bool AddressPolicy::isAllowed(const QHostAddress &input) const
{
    QHostAddress address = input;
    bool mapped = false;
    const quint32 v4 = input.toIPv4Address(&mapped);
    if (mapped)
        address = QHostAddress(v4);
    for (const auto &network : m_allowed) {
        if (address.isInSubnet(network))
            return true;
    }
    return !isNonPublic(address);
}

} // namespace sb::engine

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace sb {

// The "sha256=<lowercase hex HMAC-SHA256 of the body>" scheme GitHub made common, in a header
// the endpoint names. The key is the secret's bytes exactly as configured.
class HexSignature
{
public:
    static constexpr QLatin1StringView DefaultHeader{"X-Switchboard-Signature"};

    static QByteArray sign(QByteArrayView key, QByteArrayView body);
    static bool verify(QByteArrayView key, QByteArrayView header, QByteArrayView body);
};

} // namespace sb

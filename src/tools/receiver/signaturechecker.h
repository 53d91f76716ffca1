// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"
#include "receiverbehaviour.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace sb::tools {

struct SignatureCheck
{
    std::optional<bool> valid; // nullopt: no scheme configured, nothing to check
    QString detail;            // per scheme: "standard-webhooks: valid; sha256: ..."
};

// Verifies a request against the configured schemes: Standard Webhooks (any configured
// secret may match, as during a rotation) and "sha256=<hex>" in a named header. A Standard
// Webhooks secret is "whsec_…" (checks v1), or "whpk_…" or "whsk_…" (checks v1a with the
// public key; a receiver normally holds only the public one).
//
// With both schemes configured, a request is valid when at least one scheme verifies and no
// scheme whose header was sent fails: the engine signs each endpoint with one scheme, and a
// receiver shared by two endpoints should not call the other one's requests invalid.
class SignatureChecker
{
public:
    // Decodes the secrets once here rather than on every request. Undecodable secrets are
    // skipped (applyJson() refuses them, so only direct C++ callers can pass one).
    void configure(const ReceiverBehaviour &behaviour);
    bool isConfigured() const { return !m_keys.isEmpty() || !m_publicKeys.isEmpty() || !m_hexKey.isEmpty(); }
    // Whether `secret` is one of the three forms above.
    static bool isUsableSecret(QStringView secret);

    SignatureCheck check(const HttpRequest &request, qint64 nowSeconds) const;

private:
    QList<QByteArray> m_keys;       // HMAC keys (v1)
    QList<QByteArray> m_publicKeys; // ed25519 public keys (v1a)
    QByteArray m_hexKey;
    QByteArray m_hexHeader; // lower case, as the parser stores names
    int m_toleranceSeconds = 300;
};

} // namespace sb::tools

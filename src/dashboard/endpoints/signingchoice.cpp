// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingchoice.h"

#include "core/ed25519key.h"
#include "core/standardwebhooks.h"

#include <QComboBox>

namespace sb::dashboard {

void SigningChoice::fill(QComboBox *combo)
{
    combo->addItem(tr("Standard Webhooks (webhook-signature)"), QString(Hmac));
    combo->addItem(tr("Standard Webhooks, ed25519 (v1a; receivers verify with a public key)"), QString(Ed25519));
    combo->addItem(tr("sha256=<hex> in a header of its own"), QString(Hex));
}

QString SigningChoice::of(const QJsonObject &endpoint)
{
    const QString scheme = endpoint.value(QLatin1StringView("signingScheme")).toString(Hmac);
    if (scheme == Hmac && endpoint.contains(QLatin1StringView("publicKey")))
        return Ed25519;
    return scheme;
}

QString SigningChoice::schemeName(const QString &choice)
{
    return choice == Ed25519 ? QString(Hmac) : choice;
}

QString SigningChoice::secretToSend(const QString &choice, const QString &loadedChoice, bool isNew,
                                    const QString &previous)
{
    if (choice == Ed25519 && (isNew || loadedChoice != Ed25519))
        return Ed25519Key::isSecret(previous) ? previous : Ed25519Key::generateSecret();
    // Same scheme name, other kind: without a key the engine would keep the ed25519 one.
    if (choice == Hmac && !isNew && loadedChoice == Ed25519)
        return previous.startsWith(StandardWebhooks::SecretPrefix) ? previous : StandardWebhooks::generateSecret();
    return {};
}

} // namespace sb::dashboard

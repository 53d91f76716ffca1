// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

class QComboBox;

namespace sb::dashboard {

// The signing choices the endpoint form offers. The engine knows two schemes; within Standard
// Webhooks the kind of key decides the signature (whsec_ signs v1, whsk_ signs v1a), so the
// form picks the kind by sending a new key of that kind, generated here.
class SigningChoice
{
    Q_DECLARE_TR_FUNCTIONS(sb::dashboard::SigningChoice)

public:
    static constexpr QLatin1StringView Hmac{"standard-webhooks"};
    static constexpr QLatin1StringView Ed25519{"standard-webhooks-ed25519"};
    static constexpr QLatin1StringView Hex{"sha256-hex"};

    static void fill(QComboBox *combo);
    // The choice an endpoint, as the engine answers it, was made with.
    static QString of(const QJsonObject &endpoint);
    // The engine's signingScheme for a choice.
    static QString schemeName(const QString &choice);
    // The key Save has to send for `choice`: empty when the engine's own key will do (the same
    // kind as the loaded endpoint's, or an HMAC or hex key it generates), else a new key of
    // the chosen kind. `previous` is returned when it already fits, so the form's body stays
    // the same while the choice does.
    static QString secretToSend(const QString &choice, const QString &loadedChoice, bool isNew,
                                const QString &previous);
};

} // namespace sb::dashboard

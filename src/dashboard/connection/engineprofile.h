// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace sb::dashboard {

// One engine the console knows: where it is and how to trust it. The token is not here: it
// lives in the TokenVault (system keychain or a private file), never in the settings file.
struct EngineProfile
{
    QString id;            // stable, generated; names the token and the local history
    QString name;
    QUrl url;
    bool verifyTls = true; // false accepts self-signed certificates (a lab engine)

    bool operator==(const EngineProfile &) const = default;
};

} // namespace sb::dashboard

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/masking.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace sb::engine {

// Who may do what. admin: everything; operator: read, retry, recover, send test events, but
// not change endpoints, applications or secrets; viewer: read only, never secrets.
enum class Role { Viewer = 0, Operator = 1, Admin = 2 };

QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);

// Whose eyes an answer is for: admins see payloads as they are, the others as the masking
// rules say (docs/api.md, "Masking").
Masker::Audience maskAudience(Role role);

struct Caller
{
    QString name;
    Role role = Role::Viewer;
};

// Bearer tokens and their roles. Tokens are compared in constant time and never logged.
class AccessControl
{
public:
    // "role:token"; false if the role is unknown or the token shorter than 16 characters.
    bool addToken(const QString &name, const QString &roleAndToken, QString *error = nullptr);
    void addToken(const QString &name, Role role, const QByteArray &token);

    // The caller behind an "Authorization: Bearer …" header, if the token is known.
    std::optional<Caller> authenticate(const QByteArray &authorizationHeader) const;
    bool isEmpty() const { return m_tokens.isEmpty(); }

private:
    struct Token
    {
        Caller caller;
        QByteArray secret;
    };
    QList<Token> m_tokens;
};

} // namespace sb::engine

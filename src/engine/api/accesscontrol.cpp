// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesscontrol.h"

#include "core/hmac.h"

namespace sb::engine {

Masker::Audience maskAudience(Role role)
{
    switch (role) {
    case Role::Admin:
        return Masker::Audience::Admin;
    case Role::Operator:
        return Masker::Audience::Operator;
    case Role::Viewer:
        break;
    }
    return Masker::Audience::Viewer;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return {};
}

std::optional<Role> roleFromName(QStringView name)
{
    for (Role r : {Role::Admin, Role::Operator, Role::Viewer}) {
        if (name == roleName(r))
            return r;
    }
    return std::nullopt;
}

bool AccessControl::addToken(const QString &name, const QString &roleAndToken, QString *error)
{
    const qsizetype colon = roleAndToken.indexOf(u':');
    const auto role = roleFromName(QStringView(roleAndToken).left(colon));
    const QByteArray token = roleAndToken.mid(colon + 1).trimmed().toUtf8();
    if (colon < 0 || !role) {
        if (error)
            *error = u"token " + name + u": expected role:token with role admin, operator or viewer";
        return false;
    }
    if (token.size() < 16) {
        if (error)
            *error = u"token " + name + u": use at least 16 characters";
        return false;
    }
    addToken(name, *role, token);
    return true;
}

void AccessControl::addToken(const QString &name, Role role, const QByteArray &token)
{
    m_tokens.append({{name, role}, token});
}

std::optional<Caller> AccessControl::authenticate(const QByteArray &header) const
{
    if (!header.startsWith("Bearer "))
        return std::nullopt;
    const QByteArray offered = header.mid(7).trimmed();
    std::optional<Caller> found;
    // Every token is compared, so timing says nothing about which one nearly matched.
    for (const Token &t : m_tokens) {
        if (crypto::constantTimeEquals(offered, t.secret) && !found)
            found = t.caller;
    }
    return found;
}

} // namespace sb::engine

// SPDX-License-Identifier: GPL-3.0-or-later
// An endpoint's signing secret (admins only) and its custom headers.
#include "enginecontext.h"
#include "engine/store/entitywrites.h"

#include "core/ed25519key.h"
#include "core/hmac.h"
#include "core/jsonreader.h"
#include "core/standardwebhooks.h"

#include <QRegularExpression>

namespace sb::engine::api {
namespace {

constexpr qint64 DefaultGraceSeconds = 24 * 3600; // as Svix: the old secret signs for a day

void saveEndpoint(const EngineContext &ctx, const ApiCallPtr &call, Endpoint ep,
                  std::function<void(const Endpoint &)> answer)
{
    ep.updatedAt = QDateTime::currentDateTimeUtc();
    ctx.writer->submit(entitywrites::updateEndpoint(std::move(ep)), ctx.context,
                       [ctx, call, answer = std::move(answer)](const WriteResult &r) {
                           if (!r.ok)
                               return answerWriteFailure(call, r);
                           const auto stored = r.value.value<Endpoint>();
                           ctx.scheduler->endpointChanged(stored);
                           answer(stored);
                       });
}

QJsonObject headersJson(const Endpoint &ep, bool showSensitive)
{
    QJsonObject headers;
    QJsonArray sensitive;
    for (auto it = ep.headers.constBegin(); it != ep.headers.constEnd(); ++it) {
        const bool hide = Endpoint::isSensitiveHeader(it.key());
        if (hide)
            sensitive.append(it.key());
        if (!hide || showSensitive)
            headers.insert(it.key(), it.value());
    }
    return {{QStringLiteral("headers"), headers}, {QStringLiteral("sensitive"), sensitive}};
}

} // namespace

void registerEndpointSecretRoutes(ApiServer &server, const EngineContext &ctx)
{
    using M = ApiServer::Method;
    using A = ApiServer::Access;

    // Open to every reader because an ed25519 endpoint's public key is not a secret: receivers
    // need it to verify. The private key, and any symmetric secret, stay admins' only.
    server.readRoute(QStringLiteral("/api/v1/app/{app}/endpoint/{ep}/secret"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        const auto ep = app ? endpointOf(ctx, call, *app) : std::nullopt;
        if (!ep)
            return;
        const bool admin = call->caller().role == Role::Admin;
        const auto edKey = ep->signingScheme == SigningScheme::StandardWebhooks && Ed25519Key::isSecret(ep->secret)
            ? Ed25519Key::fromSecret(ep->secret) : std::nullopt;
        if (!edKey && !admin) {
            return call->error(403, QStringLiteral("forbidden"),
                               u"the " + roleName(call->caller().role)
                                   + u" role may not read a symmetric signing secret; it needs admin");
        }
        QJsonObject out;
        if (admin)
            out.insert(QStringLiteral("key"), ep->secret);
        if (edKey)
            out.insert(QStringLiteral("publicKey"), edKey->publicKeyText());
        call->json(200, out);
    }, A::Read);

    server.route(M::Post, QStringLiteral("/api/v1/app/{app}/endpoint/{ep}/secret/rotate"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        const auto ep = app ? endpointOf(ctx, call, *app) : std::nullopt;
        const auto json = ep ? (call->body().trimmed().isEmpty() ? std::optional(QJsonObject()) : call->jsonBody())
                             : std::nullopt;
        if (!json)
            return;
        JsonReader in(*json);
        QString key = in.optionalString(QLatin1StringView("key"), 256).value_or(QString());
        const qint64 grace = in.optionalInteger(QLatin1StringView("gracePeriodSeconds"), 0, 7 * 24 * 3600)
                                 .value_or(DefaultGraceSeconds);
        if (!in.ok())
            return call->validation(in.errors());
        if (key.isEmpty() && ep->signingScheme != SigningScheme::StandardWebhooks)
            key = QString::fromLatin1(crypto::randomBytes(24).toHex());
        else if (key.isEmpty())
            // The new key is of the current one's kind: an ed25519 endpoint stays one.
            key = Ed25519Key::isSecret(ep->secret) ? Ed25519Key::generateSecret() : StandardWebhooks::generateSecret();
        // The new secret passes the same checks as one given at creation.
        QJsonObject probe = ep->toJson(Endpoint::Secret::Include);
        probe.insert(QStringLiteral("secret"), key);
        probe.remove(QStringLiteral("previousSecrets"));
        Parsed<Endpoint> checked = Endpoint::fromJson(probe);
        if (!checked) {
            ValidationErrors errors = checked.errors;
            for (ValidationError &e : errors)
                e.field.replace(QStringLiteral("secret"), QStringLiteral("key"));
            return call->validation(errors);
        }
        Endpoint rotated = *ep;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        rotated.previousSecrets.removeIf([&now](const Endpoint::RetiringSecret &r) { return r.expiresAt <= now; });
        if (grace > 0)
            rotated.previousSecrets.append({ep->secret, now.addSecs(grace)});
        rotated.secret = key;
        saveEndpoint(ctx, call, std::move(rotated), [call](const Endpoint &) { call->noContent(); });
    }, A::Admin);

    server.readRoute(QStringLiteral("/api/v1/app/{app}/endpoint/{ep}/headers"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        const auto ep = app ? endpointOf(ctx, call, *app) : std::nullopt;
        if (ep)
            call->json(200, headersJson(*ep, call->caller().role == Role::Admin));
    });

    auto setHeaders = [ctx](const ApiCallPtr &call, bool patch) {
        const auto app = appOf(ctx, call);
        const auto ep = app ? endpointOf(ctx, call, *app) : std::nullopt;
        const auto json = ep ? call->jsonBody() : std::nullopt;
        if (!json)
            return;
        const QJsonValue given = json->value(QLatin1StringView("headers"));
        if (!given.isObject())
            return call->validation({{QStringLiteral("headers"), QStringLiteral("expected an object of header names to values"),
                                      QStringLiteral("type_error.dict")}});
        Endpoint updated = *ep;
        if (!patch)
            updated.headers.clear();
        ValidationErrors errors;
        const QJsonObject headers = given.toObject();
        for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
            QString why;
            if (patch && it->isNull()) {
                updated.headers.remove(it.key());
            } else if (!it->isString()) {
                errors.append({u"headers." + it.key(), QStringLiteral("expected a string"), QStringLiteral("type_error.str")});
            } else if (!isAllowedCustomHeader(it.key(), it->toString(), &why)) {
                errors.append({u"headers." + it.key(), why, QStringLiteral("value_error")});
            } else {
                updated.headers.insert(it.key(), it->toString());
            }
        }
        if (!errors.isEmpty())
            return call->validation(errors);
        saveEndpoint(ctx, call, std::move(updated), [call](const Endpoint &) { call->noContent(); });
    };
    server.route(M::Put, QStringLiteral("/api/v1/app/{app}/endpoint/{ep}/headers"), [setHeaders](const ApiCallPtr &call) { setHeaders(call, false); });
    server.route(M::Patch, QStringLiteral("/api/v1/app/{app}/endpoint/{ep}/headers"), [setHeaders](const ApiCallPtr &call) { setHeaders(call, true); });
}

} // namespace sb::engine::api

// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpoint.h"

#include "ed25519key.h"
#include "hexsignature.h"
#include "ids.h"
#include "jsonhelpers.h"
#include "jsonreader.h"
#include "standardwebhooks.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sb {

QString signingSchemeName(SigningScheme scheme)
{
    return scheme == SigningScheme::HexSha256 ? QStringLiteral("sha256-hex")
                                              : QStringLiteral("standard-webhooks");
}

std::optional<SigningScheme> signingSchemeFromName(QStringView name)
{
    if (name == u"standard-webhooks")
        return SigningScheme::StandardWebhooks;
    if (name == u"sha256-hex")
        return SigningScheme::HexSha256;
    return std::nullopt;
}

bool isAllowedCustomHeader(const QString &name, const QString &value, QString *why)
{
    static const QRegularExpression token(QStringLiteral(R"(^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$)"));
    static const QStringList reserved{
        QStringLiteral("host"), QStringLiteral("content-length"), QStringLiteral("content-type"),
        QStringLiteral("transfer-encoding"), QStringLiteral("connection"),
        QStringLiteral("user-agent"), QStringLiteral("webhook-id"),
        QStringLiteral("webhook-timestamp"), QStringLiteral("webhook-signature"),
    };
    auto reject = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (name.isEmpty() || name.size() > 256 || !token.match(name).hasMatch())
        return reject(QStringLiteral("not a valid HTTP header name"));
    if (reserved.contains(name.toLower()))
        return reject(QStringLiteral("set by the engine and cannot be overridden"));
    if (value.size() > 4096 || value.contains(u'\r') || value.contains(u'\n'))
        return reject(QStringLiteral("value must be one line of at most 4096 characters"));
    return true;
}

QString Endpoint::effectiveSignatureHeader() const
{
    return signatureHeader.isEmpty() ? QString(HexSignature::DefaultHeader) : signatureHeader;
}

QStringList Endpoint::signingSecrets(const QDateTime &now) const
{
    QStringList out{secret};
    for (const RetiringSecret &r : previousSecrets) {
        if (r.expiresAt > now)
            out.append(r.secret);
    }
    return out;
}

bool Endpoint::accepts(QStringView eventType, const QStringList &messageChannels) const
{
    if (disabled)
        return false;
    if (filterTypes && !filterTypes->contains(eventType))
        return false;
    if (channels) {
        // Svix semantics: an endpoint with channels gets only messages on one of them.
        bool shared = false;
        for (const QString &c : messageChannels)
            shared = shared || channels->contains(c);
        if (!shared)
            return false;
    }
    return true;
}

QJsonObject Endpoint::withCanonicalNames(QJsonObject json)
{
    for (const auto &[current, old] : {std::pair{QLatin1StringView("eventTypes"), QLatin1StringView("filterTypes")},
                                       std::pair{QLatin1StringView("throttleRate"), QLatin1StringView("rateLimit")}}) {
        if (json.contains(current)) {
            json.insert(old, json.value(current));
            json.remove(current);
        }
    }
    return json;
}

QJsonObject Endpoint::toJson(Secret secretVisibility) const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
        {QStringLiteral("description"), description},
        {QStringLiteral("filterTypes"), optionalListToJson(filterTypes)},
        {QStringLiteral("channels"), optionalListToJson(channels)},
        {QStringLiteral("disabled"), disabled},
        {QStringLiteral("rateLimit"), rateLimit ? QJsonValue(*rateLimit) : QJsonValue()},
        {QStringLiteral("version"), version},
        {QStringLiteral("metadata"), stringMapToJson(metadata)},
        {QStringLiteral("headers"), stringMapToJson(headers)},
        {QStringLiteral("signingScheme"), signingSchemeName(signingScheme)},
        {QStringLiteral("timeoutMs"), timeoutMs},
        {QStringLiteral("maxConcurrency"), maxConcurrency},
        {QStringLiteral("retrySchedule"),
         retrySchedule ? QJsonValue(retrySchedule->toJsonSeconds()) : QJsonValue()},
        {QStringLiteral("ordering"), ordering == Ordering::PerKey ? QStringLiteral("per-key") : QStringLiteral("none")},
        {QStringLiteral("orderingOnDeadLetter"), deadLetterBlocksKey ? QStringLiteral("block") : QStringLiteral("skip")},
        {QStringLiteral("createdAt"), optionalTimeToJson(createdAt)},
        {QStringLiteral("updatedAt"), optionalTimeToJson(updatedAt)},
    };
    o.insert(QStringLiteral("uid"), uid.isEmpty() ? QJsonValue() : QJsonValue(uid));
    o.insert(QStringLiteral("eventTypes"), o.value(QLatin1StringView("filterTypes")));
    o.insert(QStringLiteral("throttleRate"), o.value(QLatin1StringView("rateLimit")));
    if (!appId.isEmpty())
        o.insert(QStringLiteral("appId"), appId);
    if (signingScheme == SigningScheme::HexSha256)
        o.insert(QStringLiteral("signatureHeader"), effectiveSignatureHeader());
    // Not a secret: receivers verify v1a with it, so whoever reads the endpoint sees it (and
    // a form can tell an ed25519 endpoint from an HMAC one without asking for the secret).
    if (signingScheme == SigningScheme::StandardWebhooks && Ed25519Key::isSecret(secret)) {
        if (const auto key = Ed25519Key::fromSecret(secret))
            o.insert(QStringLiteral("publicKey"), key->publicKeyText());
    }
    if (secretVisibility == Secret::Include) {
        o.insert(QStringLiteral("secret"), secret);
        QJsonArray previous;
        for (const RetiringSecret &r : previousSecrets)
            previous.append(QJsonObject{{QStringLiteral("secret"), r.secret},
                                        {QStringLiteral("expiresAt"), optionalTimeToJson(r.expiresAt)}});
        if (!previous.isEmpty())
            o.insert(QStringLiteral("previousSecrets"), previous);
    }
    return o;
}

bool Endpoint::isSensitiveHeader(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("auth|token|secret|key|cookie|password"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

QJsonObject Endpoint::toJsonWithoutSensitiveHeaders() const
{
    QJsonObject json = toJson();
    QMap<QString, QString> shown;
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
        if (!isSensitiveHeader(it.key()))
            shown.insert(it.key(), it.value());
    json.insert(QStringLiteral("headers"), stringMapToJson(shown));
    return json;
}

Parsed<Endpoint> Endpoint::fromJson(const QJsonObject &json)
{
    JsonReader r(withCanonicalNames(json));
    Endpoint ep;
    ep.id = r.optionalString(QLatin1StringView("id")).value_or(QString());
    if (!ep.id.isEmpty() && !ids::isValid(ep.id, ids::Endpoint))
        r.addError(QStringLiteral("id"), QStringLiteral("not an endpoint id"), QStringLiteral("value_error"));
    ep.appId = r.optionalString(QLatin1StringView("appId")).value_or(QString());

    const QString url = r.requiredString(QLatin1StringView("url"), 2048);
    if (!url.isEmpty()) {
        ep.url = QUrl(url, QUrl::StrictMode);
        const QString scheme = ep.url.scheme();
        if (!ep.url.isValid() || ep.url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
            r.addError(QStringLiteral("url"), QStringLiteral("must be an absolute http or https URL"),
                       QStringLiteral("value_error.url"));
    }
    ep.uid = r.optionalString(QLatin1StringView("uid")).value_or(QString());
    if (!ep.uid.isEmpty())
        r.checkIdentifier(QLatin1StringView("uid"), ep.uid);
    ep.description = r.optionalString(QLatin1StringView("description"), 4096).value_or(QString());

    ep.filterTypes = r.optionalStringList(QLatin1StringView("filterTypes"));
    if (ep.filterTypes) {
        if (ep.filterTypes->isEmpty())
            r.addError(QStringLiteral("filterTypes"),
                       QStringLiteral("list at least one event type, or leave it out for all"),
                       QStringLiteral("value_error.list.min_items"));
        for (const QString &t : std::as_const(*ep.filterTypes))
            r.checkIdentifier(QLatin1StringView("filterTypes"), t);
    }
    ep.channels = r.optionalStringList(QLatin1StringView("channels"));
    if (ep.channels) {
        if (ep.channels->isEmpty() || ep.channels->size() > 10)
            r.addError(QStringLiteral("channels"), QStringLiteral("list 1 to 10 channels, or leave it out"),
                       QStringLiteral("value_error.list"));
        for (const QString &c : std::as_const(*ep.channels))
            r.checkIdentifier(QLatin1StringView("channels"), c);
    }
    ep.disabled = r.optionalBool(QLatin1StringView("disabled")).value_or(false);
    if (const auto limit = r.optionalInteger(QLatin1StringView("rateLimit"), 1, 1'000'000))
        ep.rateLimit = static_cast<int>(*limit);
    ep.version = static_cast<int>(r.optionalInteger(QLatin1StringView("version"), 1, 1'000'000).value_or(1));
    ep.metadata = r.optionalStringMap(QLatin1StringView("metadata")).value_or(QMap<QString, QString>());
    ep.headers = r.optionalStringMap(QLatin1StringView("headers")).value_or(QMap<QString, QString>());
    for (auto it = ep.headers.constBegin(); it != ep.headers.constEnd(); ++it) {
        QString why;
        if (!isAllowedCustomHeader(it.key(), it.value(), &why))
            r.addError(u"headers." + it.key(), why, QStringLiteral("value_error"));
    }

    if (const auto scheme = r.optionalString(QLatin1StringView("signingScheme"))) {
        if (const auto s = signingSchemeFromName(*scheme))
            ep.signingScheme = *s;
        else
            r.addError(QStringLiteral("signingScheme"),
                       QStringLiteral("must be \"standard-webhooks\" or \"sha256-hex\""),
                       QStringLiteral("value_error.enum"));
    }
    ep.signatureHeader = r.optionalString(QLatin1StringView("signatureHeader"), 256).value_or(QString());
    if (!ep.signatureHeader.isEmpty()) {
        QString why;
        if (!isAllowedCustomHeader(ep.signatureHeader, QString(), &why))
            r.addError(QStringLiteral("signatureHeader"), why, QStringLiteral("value_error"));
    }
    ep.secret = r.optionalString(QLatin1StringView("secret"), 256).value_or(QString());
    if (!ep.secret.isEmpty()) {
        if (ep.signingScheme == SigningScheme::StandardWebhooks && Ed25519Key::isSecret(ep.secret)) {
            // An ed25519 key: the endpoint signs with v1a instead of v1.
            QString why;
            if (!Ed25519Key::fromSecret(ep.secret, &why))
                r.addError(QStringLiteral("secret"), why, QStringLiteral("value_error"));
        } else if (ep.signingScheme == SigningScheme::StandardWebhooks) {
            const auto key = StandardWebhooks::decodeSecret(ep.secret);
            if (!key || key->size() < 16 || key->size() > 75)
                r.addError(QStringLiteral("secret"),
                           QStringLiteral("must be whsec_ followed by 16 to 75 base64-encoded bytes, "
                                          "or whsk_ followed by an ed25519 key"),
                           QStringLiteral("value_error"));
        } else if (ep.secret.size() < 8) {
            r.addError(QStringLiteral("secret"), QStringLiteral("must be at least 8 characters"),
                       QStringLiteral("value_error"));
        }
    }
    if (const auto previous = r.optionalArray(QLatin1StringView("previousSecrets"))) {
        for (const QJsonValue &v : *previous) {
            JsonReader item(v.toObject(), QStringLiteral("previousSecrets"));
            RetiringSecret retiring{item.requiredString(QLatin1StringView("secret")),
                                    item.optionalTimestamp(QLatin1StringView("expiresAt")).value_or(QDateTime())};
            for (const ValidationError &e : item.errors())
                r.addError(e.field, e.message, e.type);
            ep.previousSecrets.append(retiring);
        }
    }
    ep.timeoutMs = static_cast<int>(
        r.optionalInteger(QLatin1StringView("timeoutMs"), 100, 300'000).value_or(DefaultTimeoutMs));
    ep.maxConcurrency = static_cast<int>(
        r.optionalInteger(QLatin1StringView("maxConcurrency"), 1, 1000).value_or(DefaultMaxConcurrency));
    if (const auto schedule = r.optionalArray(QLatin1StringView("retrySchedule"))) {
        QString why;
        ep.retrySchedule = RetrySchedule::fromJsonSeconds(*schedule, &why);
        if (!ep.retrySchedule)
            r.addError(QStringLiteral("retrySchedule"), why, QStringLiteral("value_error"));
    }
    if (const auto ordering = r.optionalString(QLatin1StringView("ordering"))) {
        if (*ordering == u"per-key")
            ep.ordering = Ordering::PerKey;
        else if (*ordering != u"none")
            r.addError(QStringLiteral("ordering"), QStringLiteral("must be \"none\" or \"per-key\""),
                       QStringLiteral("value_error.enum"));
    }
    if (const auto onDeadLetter = r.optionalString(QLatin1StringView("orderingOnDeadLetter"))) {
        if (*onDeadLetter == u"block")
            ep.deadLetterBlocksKey = true;
        else if (*onDeadLetter != u"skip")
            r.addError(QStringLiteral("orderingOnDeadLetter"), QStringLiteral("must be \"skip\" or \"block\""),
                       QStringLiteral("value_error.enum"));
    }
    ep.createdAt = r.optionalTimestamp(QLatin1StringView("createdAt")).value_or(QDateTime());
    ep.updatedAt = r.optionalTimestamp(QLatin1StringView("updatedAt")).value_or(QDateTime());

    if (!r.ok()) {
        // Name each bad field as the client spelled it.
        ValidationErrors errors = r.errors();
        for (ValidationError &e : errors) {
            if (json.contains(QLatin1StringView("eventTypes")) && e.field.startsWith(u"filterTypes"))
                e.field.replace(0, 11, QStringLiteral("eventTypes"));
            if (json.contains(QLatin1StringView("throttleRate")) && e.field == u"rateLimit")
                e.field = QStringLiteral("throttleRate");
        }
        return Parsed<Endpoint>::failure(errors);
    }
    return Parsed<Endpoint>::success(std::move(ep));
}

} // namespace sb

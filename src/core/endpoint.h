// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "retryschedule.h"
#include "validation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sb {

enum class SigningScheme { StandardWebhooks, HexSha256 };

QString signingSchemeName(SigningScheme scheme);
std::optional<SigningScheme> signingSchemeFromName(QStringView name);

// Where a message is delivered. Field names follow the Svix EndpointIn/Out; the delivery
// settings Svix does not have (signing scheme, timeout, concurrency, retry schedule) sit
// beside them under names of their own.
struct Endpoint
{
    static constexpr int DefaultTimeoutMs = 15'000;
    static constexpr int DefaultMaxConcurrency = 100;

    QString id;  // ep_…
    QString appId;
    QString uid;
    QUrl url;
    QString description;
    std::optional<QStringList> filterTypes; // absent: every event type
    std::optional<QStringList> channels;    // absent: every message
    bool disabled = false;
    std::optional<int> rateLimit;           // messages per second
    int version = 1;
    QMap<QString, QString> metadata;
    QMap<QString, QString> headers;         // custom headers sent with every request
    QString secret;                         // "whsec_…" or, for the hex scheme, the raw key
    struct RetiringSecret
    {
        QString secret;
        QDateTime expiresAt;
        bool operator==(const RetiringSecret &) const = default;
    };
    QList<RetiringSecret> previousSecrets;  // still signing until they expire (rotation)
    SigningScheme signingScheme = SigningScheme::StandardWebhooks;
    QString signatureHeader;                // hex scheme only; empty means the default
    int timeoutMs = DefaultTimeoutMs;
    int maxConcurrency = DefaultMaxConcurrency;
    std::optional<RetrySchedule> retrySchedule; // absent: the engine's schedule
    // Per-key ordering: messages with the same correlation key go to this endpoint strictly
    // in the order they were accepted, each after the one before succeeded (or was given up
    // on); different keys still go in parallel. A dead letter either lets its key go on
    // (skip) or holds it until the dead letter is delivered by hand (block).
    enum class Ordering { None, PerKey };
    Ordering ordering = Ordering::None;
    bool deadLetterBlocksKey = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    enum class Secret { Omit, Include };
    QJsonObject toJson(Secret secretVisibility = Secret::Omit) const;
    // As shown to a caller who may not read credentials (not an admin): headers whose name
    // suggests a credential (Authorization, *token*, *key*, …) are left out, as /headers does.
    QJsonObject toJsonWithoutSensitiveHeaders() const;
    static bool isSensitiveHeader(const QString &name);
    static Parsed<Endpoint> fromJson(const QJsonObject &json);

    // Whether a message of this type on these channels goes to this endpoint.
    bool accepts(QStringView eventType, const QStringList &messageChannels) const;
    QString effectiveSignatureHeader() const;
    // The secrets that sign at `now`: the current one first, then those still in their grace.
    QStringList signingSecrets(const QDateTime &now) const;

    bool operator==(const Endpoint &) const = default;

    // The current Svix API calls filterTypes "eventTypes" and rateLimit "throttleRate"; older
    // SDKs send the old names. Both are read (the current name wins) and both are written.
    static QJsonObject withCanonicalNames(QJsonObject json);
};

// Checks a custom header name and value: a valid token, not one the engine sets itself.
bool isAllowedCustomHeader(const QString &name, const QString &value, QString *why = nullptr);

} // namespace sb

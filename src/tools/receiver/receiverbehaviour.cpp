// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiverbehaviour.h"
#include "signaturechecker.h"

#include "core/jsonreader.h"

#include <QJsonArray>

namespace sb::tools {

namespace {

// Field names as they appear in JSON, in the order toJson() writes them.
constexpr QLatin1StringView Status{"status"};
constexpr QLatin1StringView FailPercent{"failPercent"};
constexpr QLatin1StringView FailStatus{"failStatus"};
constexpr QLatin1StringView FailFirst{"failFirst"};
constexpr QLatin1StringView LatencyMs{"latencyMs"};
constexpr QLatin1StringView RetryAfter{"retryAfter"};
constexpr QLatin1StringView DropConnection{"dropConnection"};
constexpr QLatin1StringView RejectInvalidSignature{"rejectInvalidSignature"};
constexpr QLatin1StringView Secrets{"secrets"};
constexpr QLatin1StringView HexSecret{"hexSecret"};
constexpr QLatin1StringView HexHeader{"hexHeader"};
constexpr QLatin1StringView ToleranceSeconds{"toleranceSeconds"};
constexpr QLatin1StringView Seed{"seed"};
constexpr QLatin1StringView MaxRecords{"maxRecords"};

const QLatin1StringView KnownFields[] = {
    Status,    FailPercent, FailStatus,     FailFirst,
    LatencyMs, RetryAfter,  DropConnection, RejectInvalidSignature,
    Secrets,   HexSecret,   HexHeader,      ToleranceSeconds,
    Seed,      MaxRecords,
};

// Final statuses only: a 1xx "answer" would leave the client waiting for the real one.
constexpr qint64 MinStatus = 200;
constexpr qint64 MaxStatus = 599;

bool isHeaderName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            return false;
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

} // namespace

QJsonObject ReceiverBehaviour::toJson() const
{
    return QJsonObject{
        {Status, status},
        {FailPercent, failPercent},
        {FailStatus, failStatus},
        {FailFirst, failFirst},
        {LatencyMs, latencyMs},
        {RetryAfter, retryAfter},
        {DropConnection, dropConnection},
        {RejectInvalidSignature, rejectInvalidSignature},
        {Secrets, QJsonArray::fromStringList(secrets)},
        {HexSecret, hexSecret},
        {HexHeader, hexHeader},
        {ToleranceSeconds, toleranceSeconds},
        {Seed, static_cast<qint64>(seed)},
        {MaxRecords, static_cast<qint64>(maxRecords)},
    };
}

ValidationErrors ReceiverBehaviour::applyJson(const QJsonObject &json)
{
    JsonReader reader(json);
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        // A misspelt field silently ignored is a test that does not test what it says.
        if (std::find(std::begin(KnownFields), std::end(KnownFields), it.key()) ==
            std::end(KnownFields)) {
            reader.addError(it.key(), QStringLiteral("unknown field"),
                            QStringLiteral("value_error.extra"));
        }
    }

    ReceiverBehaviour next = *this;
    if (const auto v = reader.optionalInteger(Status, MinStatus, MaxStatus))
        next.status = static_cast<int>(*v);
    if (const auto v = reader.optionalNumber(FailPercent, 0, 100))
        next.failPercent = *v;
    if (const auto v = reader.optionalInteger(FailStatus, MinStatus, MaxStatus))
        next.failStatus = static_cast<int>(*v);
    if (const auto v = reader.optionalInteger(FailFirst, 0, 1'000'000))
        next.failFirst = static_cast<int>(*v);
    if (const auto v = reader.optionalInteger(LatencyMs, 0, 600'000))
        next.latencyMs = static_cast<int>(*v);
    if (const auto v = reader.optionalString(RetryAfter, 200))
        next.retryAfter = *v;
    if (const auto v = reader.optionalBool(DropConnection))
        next.dropConnection = *v;
    if (const auto v = reader.optionalBool(RejectInvalidSignature))
        next.rejectInvalidSignature = *v;
    if (const auto v = reader.optionalStringList(Secrets)) {
        for (qsizetype i = 0; i < v->size(); ++i) {
            if (!SignatureChecker::isUsableSecret(v->at(i))) {
                reader.addError(Secrets + u'[' + QString::number(i) + u']',
                                QStringLiteral("not a Standard Webhooks secret (whsec_<base64>) or "
                                               "ed25519 key (whpk_<base64> or whsk_<base64>)"),
                                QStringLiteral("value_error"));
            }
        }
        next.secrets = *v;
    }
    if (const auto v = reader.optionalString(HexSecret, 4096))
        next.hexSecret = *v;
    if (const auto v = reader.optionalString(HexHeader, 200)) {
        if (!isHeaderName(*v)) {
            reader.addError(HexHeader, QStringLiteral("not a header name"),
                            QStringLiteral("value_error"));
        }
        next.hexHeader = *v;
    }
    if (const auto v = reader.optionalInteger(ToleranceSeconds, 1, 10 * 365 * 86400))
        next.toleranceSeconds = static_cast<int>(*v);
    if (const auto v = reader.optionalInteger(Seed, 0, 0xffffffffLL))
        next.seed = static_cast<quint32>(*v);
    if (const auto v = reader.optionalInteger(MaxRecords, 0, 100'000'000))
        next.maxRecords = static_cast<qsizetype>(*v);

    if (!reader.ok())
        return reader.errors();
    *this = next;
    return {};
}

} // namespace sb::tools

// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiveddelivery.h"

#include "core/timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sb::tools {

ReceivedDelivery ReceivedDelivery::fromRequest(const HttpRequest &request,
                                               const QDateTime &receivedAt)
{
    ReceivedDelivery d;
    d.webhookId = QString::fromUtf8(request.header("webhook-id"));
    d.receivedAt = receivedAt;
    d.webhookTimestamp = QString::fromUtf8(request.header("webhook-timestamp"));
    d.method = request.method;
    d.path = request.path;
    d.query = request.query;
    d.headers = request.headers;
    d.bodySize = request.body.size();
    d.bodyTruncated = d.bodySize > MaxStoredBodyBytes;
    // left() of a shared QByteArray would still pin the whole 8 MiB buffer: copy the prefix.
    d.body =
        d.bodyTruncated ? QByteArray(request.body.constData(), MaxStoredBodyBytes) : request.body;
    return d;
}

QJsonObject ReceivedDelivery::headersJson() const
{
    QJsonObject out;
    for (const auto &[name, value] : headers) {
        const QString key = QString::fromLatin1(name);
        const QString text = QString::fromUtf8(value);
        const auto it = out.find(key);
        if (it == out.end())
            out.insert(key, text);
        else
            it.value() = QString(it.value().toString() + u", " + text); // as HTTP allows
    }
    return out;
}

QJsonValue ReceivedDelivery::bodyJson() const
{
    if (!bodyTruncated && !body.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError) {
            if (document.isObject())
                return document.object();
            if (document.isArray())
                return document.array();
        }
    }
    return QString::fromUtf8(body);
}

QJsonObject ReceivedDelivery::toJson() const
{
    return QJsonObject{
        {QStringLiteral("index"), index},
        {QStringLiteral("webhookId"), webhookId},
        {QStringLiteral("receivedAt"), toIsoUtc(receivedAt)},
        {QStringLiteral("attempt"), attempt},
        {QStringLiteral("webhookTimestamp"), webhookTimestamp},
        {QStringLiteral("signatureValid"),
         signatureValid ? QJsonValue(*signatureValid) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("signatureDetail"), signatureDetail},
        {QStringLiteral("status"), status > 0 ? QJsonValue(status) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("dropped"), dropped},
        {QStringLiteral("clientClosed"), clientClosed},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("method"), QString::fromLatin1(method)},
        {QStringLiteral("path"), QString::fromUtf8(path)},
        {QStringLiteral("query"), QString::fromUtf8(query)},
        {QStringLiteral("bodySize"), bodySize},
        {QStringLiteral("bodyTruncated"), bodyTruncated},
        {QStringLiteral("headers"), headersJson()},
        {QStringLiteral("body"), bodyJson()},
    };
}

QString ReceivedDelivery::summary() const
{
    const QString answer = dropped        ? QStringLiteral("dropped")
                           : clientClosed ? QStringLiteral("client closed")
                                          : QString::number(status);
    const QString signature = !signatureValid   ? QStringLiteral("unchecked")
                              : *signatureValid ? QStringLiteral("valid")
                                                : QString(u"INVALID (" + signatureDetail + u')');
    return toIsoUtc(receivedAt) + u" #" + QString::number(index) + u' ' +
           QString::fromLatin1(method) + u' ' + QString::fromUtf8(path) + u" id=" +
           (webhookId.isEmpty() ? QStringLiteral("-") : webhookId) + u" attempt=" +
           QString::number(attempt) + u" -> " + answer + u" (" + reason + u") signature " +
           signature + u' ' + QString::number(bodySize) + u" bytes";
}

} // namespace sb::tools

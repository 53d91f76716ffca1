// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace sb::engine::rowcodec {

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant listToColumn(const std::optional<QStringList> &list)
{
    if (!list)
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*list)).toJson(QJsonDocument::Compact));
}

std::optional<QStringList> listFromColumn(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QDateTime timeFromColumn(const QVariant &ms)
{
    if (ms.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::utc());
}

std::optional<Application> application(const QVariant &json)
{
    return Application::fromJson(QJsonDocument::fromJson(json.toString().toUtf8()).object()).value;
}

std::optional<Endpoint> endpoint(const QVariant &json)
{
    return Endpoint::fromJson(QJsonDocument::fromJson(json.toString().toUtf8()).object()).value;
}

Message message(const QSqlQuery &row)
{
    Message m;
    m.id = row.value(0).toString();
    m.appId = row.value(1).toString();
    m.eventType = row.value(2).toString();
    m.eventId = row.value(3).toString();
    m.channels = listFromColumn(row.value(4));
    m.tags = listFromColumn(row.value(5));
    m.timestamp = timeFromColumn(row.value(6));
    // The payload is LEFT JOINed: no row once it was expunged.
    if (row.value(7).isNull()) {
        m.contentExpunged = true;
        m.payload = QJsonObject{{QStringLiteral("expired"), true}};
    } else {
        m.payload = QJsonDocument::fromJson(row.value(7).toByteArray()).object();
    }
    m.deliverAt = timeFromColumn(row.value(8));
    m.correlationKey = row.value(9).toString();
    return m;
}

Delivery delivery(const QSqlQuery &row)
{
    Delivery d;
    d.msgId = row.value(0).toString();
    d.endpointId = row.value(1).toString();
    d.status = messageStatusFromInt(row.value(2).toLongLong()).value_or(MessageStatus::Pending);
    d.attemptCount = row.value(3).toInt();
    d.nextAttempt = timeFromColumn(row.value(4));
    d.updatedAt = timeFromColumn(row.value(5));
    return d;
}

Attempt attempt(const QSqlQuery &row)
{
    Attempt a;
    a.id = row.value(0).toString();
    a.msgId = row.value(1).toString();
    a.endpointId = row.value(2).toString();
    a.timestamp = timeFromColumn(row.value(3));
    a.status = messageStatusFromInt(row.value(4).toLongLong()).value_or(MessageStatus::Fail);
    a.trigger = static_cast<TriggerType>(row.value(5).toInt());
    a.url = QUrl(row.value(6).toString());
    a.responseStatusCode = row.value(7).toInt();
    a.response = row.value(8).toString();
    a.responseDurationMs = row.value(9).toLongLong();
    a.timing.connectMs = row.value(10).isNull() ? -1 : row.value(10).toDouble();
    a.timing.tlsMs = row.value(11).isNull() ? -1 : row.value(11).toDouble();
    a.timing.firstByteMs = row.value(12).isNull() ? -1 : row.value(12).toDouble();
    a.errorClass = errorClassFromName(row.value(13).toString()).value_or(ErrorClass::Internal);
    return a;
}

} // namespace sb::engine::rowcodec

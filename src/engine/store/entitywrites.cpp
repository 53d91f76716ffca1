// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitywrites.h"

#include "rowcodec.h"

#include "core/streamframe.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QVariant>


namespace sb::engine::entitywrites {
namespace {

QVariant nullIfEmpty(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }

void requireChanged(WriteTransaction &tx, const char *what)
{
    if (tx.rowsAffected() == 0)
        throw StoreError(StoreError::Kind::NotFound, QString::fromLatin1(what) + u" not found");
}

} // namespace

StoreWriter::Job createApplication(Application app)
{
    return [app = std::move(app)](WriteTransaction &tx) {
        tx.exec(QStringLiteral("INSERT INTO applications (id, uid, json, created_at) VALUES (?, ?, ?, ?)"),
                {app.id, nullIfEmpty(app.uid), rowcodec::toJsonText(app.toJson()),
                 app.createdAt.toMSecsSinceEpoch()});
        tx.appendChange(StreamFrame::ApplicationCreated, app.id, app.toJson());
        return QVariant::fromValue(app);
    };
}

StoreWriter::Job updateApplication(Application app)
{
    return [app = std::move(app)](WriteTransaction &tx) {
        tx.exec(QStringLiteral("UPDATE applications SET uid = ?, json = ? WHERE id = ?"),
                {nullIfEmpty(app.uid), rowcodec::toJsonText(app.toJson()), app.id});
        requireChanged(tx, "application");
        tx.appendChange(StreamFrame::ApplicationUpdated, app.id, app.toJson());
        return QVariant::fromValue(app);
    };
}

StoreWriter::Job deleteApplication(QString appId)
{
    return [appId = std::move(appId)](WriteTransaction &tx) {
        tx.exec(QStringLiteral("DELETE FROM applications WHERE id = ?"), {appId});
        requireChanged(tx, "application");
        // Pending work for a deleted application is cancelled; sent history goes with it.
        for (const char *table : {"endpoints", "deliveries", "attempts", "idempotency_keys"})
            tx.exec(u"DELETE FROM " + QString::fromLatin1(table) + u" WHERE app_id = ?", {appId});
        tx.exec(QStringLiteral("DELETE FROM message_payloads WHERE msg_id IN (SELECT id FROM messages WHERE app_id = ?)"),
                {appId});
        tx.exec(QStringLiteral("DELETE FROM messages WHERE app_id = ?"), {appId});
        tx.appendChange(StreamFrame::ApplicationDeleted, appId, {{QStringLiteral("id"), appId}});
        return QVariant(appId);
    };
}

StoreWriter::Job createEndpoint(Endpoint endpoint)
{
    return [ep = std::move(endpoint)](WriteTransaction &tx) {
        tx.exec(QStringLiteral("INSERT INTO endpoints (id, app_id, uid, json, created_at) VALUES (?, ?, ?, ?, ?)"),
                {ep.id, ep.appId, nullIfEmpty(ep.uid),
                 rowcodec::toJsonText(ep.toJson(Endpoint::Secret::Include)),
                 ep.createdAt.toMSecsSinceEpoch()});
        // The stream reaches every role: credentials in headers stay out of it.
        tx.appendChange(StreamFrame::EndpointCreated, ep.appId, ep.toJsonWithoutSensitiveHeaders());
        return QVariant::fromValue(ep);
    };
}

StoreWriter::Job updateEndpoint(Endpoint endpoint)
{
    return [ep = std::move(endpoint)](WriteTransaction &tx) {
        tx.exec(QStringLiteral("UPDATE endpoints SET uid = ?, json = ?, failing_since = "
                               "CASE WHEN ? = 1 THEN NULL ELSE failing_since END WHERE id = ? AND app_id = ?"),
                {nullIfEmpty(ep.uid), rowcodec::toJsonText(ep.toJson(Endpoint::Secret::Include)),
                 ep.disabled ? 0 : 1, ep.id, ep.appId});
        requireChanged(tx, "endpoint");
        tx.appendChange(StreamFrame::EndpointUpdated, ep.appId, ep.toJsonWithoutSensitiveHeaders());
        return QVariant::fromValue(ep);
    };
}

StoreWriter::Job deleteEndpoint(QString appId, QString endpointId)
{
    return [appId = std::move(appId), endpointId = std::move(endpointId)](WriteTransaction &tx) {
        tx.exec(QStringLiteral("DELETE FROM endpoints WHERE id = ? AND app_id = ?"), {endpointId, appId});
        requireChanged(tx, "endpoint");
        tx.exec(QStringLiteral("DELETE FROM deliveries WHERE endpoint_id = ? AND status = 1"), {endpointId});
        tx.appendChange(StreamFrame::EndpointDeleted, appId, {{QStringLiteral("id"), endpointId}});
        return QVariant(endpointId);
    };
}

Endpoint disableEndpoint(WriteTransaction &tx, const QString &endpointId, const QString &reason)
{
    QSqlQuery &q = tx.query(QStringLiteral("SELECT json FROM endpoints WHERE id = ?"), {endpointId});
    if (!q.next())
        throw StoreError(StoreError::Kind::NotFound, QStringLiteral("endpoint not found"));
    std::optional<Endpoint> ep = rowcodec::endpoint(q.value(0));
    q.finish();
    if (!ep)
        throw StoreError(StoreError::Kind::Failed, QStringLiteral("stored endpoint unreadable"));
    ep->disabled = true;
    ep->updatedAt = QDateTime::fromMSecsSinceEpoch(tx.now(), QTimeZone::utc());
    tx.exec(QStringLiteral("UPDATE endpoints SET json = ? WHERE id = ?"),
            {rowcodec::toJsonText(ep->toJson(Endpoint::Secret::Include)), endpointId});
    QJsonObject data = ep->toJsonWithoutSensitiveHeaders();
    data.insert(QStringLiteral("reason"), reason);
    tx.appendChange(StreamFrame::EndpointDisabled, ep->appId, data);
    return *ep;
}

} // namespace sb::engine::entitywrites

// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyreader.h"

#include "dashboard/history/deliveryfilter.h"
#include "dashboard/history/overviewquery.h"

#include <QJsonDocument>
#include <QDateTime>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>
#include <QSqlDatabase>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlQuery>
#include <QUuid>

namespace sb::dashboard {
namespace {

QSqlDatabase connection(const QString &name, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    }
    // The writer creates the file: until it has, there is nothing to read (and a read-only
    // open of a missing file would only fail noisily). A history from an older console is
    // not read until the writer has migrated it (every read names correlation_key); the
    // writer's "opened" refreshes every view after that.
    if (!db.isOpen() && QFileInfo::exists(path) && db.open()
        && (!db.tables().contains(QStringLiteral("deliveries"))
            || !db.record(QStringLiteral("deliveries")).contains(QStringLiteral("correlation_key"))))
        db.close(); // created but its schema not written (or migrated) yet: try again next time
    return db;
}

// The columns rowFrom() reads, in its order.
const QString RowColumns = QStringLiteral("SELECT msg_id, endpoint_id, app_id, event_type, created_at, status, http_code, "
                                          "latency_ms, attempts, next_attempt, error_class, correlation_key");

DeliveryRow rowFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toLongLong(), q.value(5).toInt(), q.value(6).isNull() ? -1 : q.value(6).toInt(),
            q.value(7).isNull() ? -1 : q.value(7).toLongLong(), q.value(8).toInt(),
            q.value(9).toLongLong(), q.value(10).toString(), q.value(11).toString()};
}

} // namespace

HistoryReader::HistoryReader(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_connection(u"history-reader-" + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_path(std::move(databasePath))
{
    qRegisterMetaType<QList<sb::dashboard::DeliveryRow>>();
    m_thread.setObjectName(QStringLiteral("history-reader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, [name = m_connection] {
        { QSqlDatabase db = QSqlDatabase::database(name, false); if (db.isOpen()) db.close(); }
        QSqlDatabase::removeDatabase(name);
    });
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

HistoryReader::~HistoryReader()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 HistoryReader::requestPage(const QString &where, const QVariantList &values, const DeliveryRow &key,
                                   bool newer, int limit)
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(m_worker, [this, id, where, values, key, newer, limit] {
        QSqlDatabase db = connection(m_connection, m_path);
        QString sql = RowColumns + QStringLiteral(" FROM deliveries WHERE (")
            + DeliveryFilter::resolveFullText(db, where, values) + u')';
        QVariantList bound = values;
        // Keyset paging on (created_at, msg_id, endpoint_id): no OFFSET scan, however deep.
        if (!key.msgId.isEmpty()) {
            sql += newer ? QStringLiteral(" AND (created_at, msg_id, endpoint_id) > (?, ?, ?)")
                         : QStringLiteral(" AND (created_at, msg_id, endpoint_id) < (?, ?, ?)");
            bound << key.createdAt << key.msgId << key.endpointId;
        }
        sql += newer ? QStringLiteral(" ORDER BY created_at ASC, msg_id ASC, endpoint_id ASC LIMIT ?")
                     : QStringLiteral(" ORDER BY created_at DESC, msg_id DESC, endpoint_id DESC LIMIT ?");
        bound << limit;
        QList<DeliveryRow> rows;
        {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (db.isOpen())
                q.prepare(sql);
            for (qsizetype i = 0; i < bound.size(); ++i)
                q.bindValue(static_cast<int>(i), bound.at(i));
            if (!db.isOpen()) {
                // not created yet: an empty page; the first commit triggers a refresh
            } else if (q.exec()) {
                while (q.next())
                    rows.append(rowFrom(q));
            } else {
                qWarning("history read failed: %s (%s)", qPrintable(q.lastError().text()), qPrintable(sql));
            }
        }
        if (newer)
            std::reverse(rows.begin(), rows.end()); // newest first, like every page
        QMetaObject::invokeMethod(this, [this, id, rows, newer] { emit pageReady(id, rows, newer); }, Qt::QueuedConnection);
    });
    return id;
}

quint64 HistoryReader::requestCall(const QString &appId, const QString &correlationKey)
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(m_worker, [this, id, appId, correlationKey] {
        QSqlDatabase db = connection(m_connection, m_path);
        QList<DeliveryRow> rows;
        if (db.isOpen()) {
            // The whole call, oldest first, from the (correlation_key, created_at) index. A call
            // is a few events to a few endpoints; the limit only guards against a key that is
            // not really a call id (a constant in every payload).
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(RowColumns + QStringLiteral(" FROM deliveries WHERE correlation_key = ? AND app_id = ? "
                                                  "ORDER BY created_at, msg_id, endpoint_id LIMIT %1").arg(CallRowLimit));
            q.addBindValue(correlationKey);
            q.addBindValue(appId);
            if (q.exec()) {
                while (q.next())
                    rows.append(rowFrom(q));
            } else {
                qWarning("history read failed: %s", qPrintable(q.lastError().text()));
            }
        }
        QMetaObject::invokeMethod(this, [this, id, rows] { emit callReady(id, rows); }, Qt::QueuedConnection);
    });
    return id;
}

quint64 HistoryReader::requestCount(const QString &where, const QVariantList &values)
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(m_worker, [this, id, where, values] {
        QSqlDatabase db = connection(m_connection, m_path);
        qint64 count = 0;
        if (db.isOpen()) {
            QSqlQuery q(db);
            q.prepare(u"SELECT COUNT(*) FROM deliveries WHERE (" + DeliveryFilter::resolveFullText(db, where, values) + u')');
            for (qsizetype i = 0; i < values.size(); ++i)
                q.bindValue(static_cast<int>(i), values.at(i));
            if (q.exec() && q.next())
                count = q.value(0).toLongLong();
        }
        QMetaObject::invokeMethod(this, [this, id, count] { emit countReady(id, count); }, Qt::QueuedConnection);
    });
    return id;
}

quint64 HistoryReader::requestDeadLetters(const QString &where, const QVariantList &values)
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(m_worker, [this, id, where, values] {
        QSqlDatabase db = connection(m_connection, m_path);
        QList<DeadLetterGroup> groups;
        if (db.isOpen()) {
            // Grouped first, named after: the filter's bare column names stay those of deliveries.
            QSqlQuery q(db);
            q.prepare(u"SELECT g.app_id, (SELECT json_extract(a.json, '$.name') FROM applications a WHERE a.id = g.app_id), "
                      u"g.endpoint_id, g.n FROM (SELECT app_id, endpoint_id, COUNT(*) AS n FROM deliveries WHERE ("
                      + DeliveryFilter::resolveFullText(db, where, values)
                      + u") AND status = 2 GROUP BY app_id, endpoint_id) g ORDER BY g.n DESC, g.app_id, g.endpoint_id");
            for (qsizetype i = 0; i < values.size(); ++i)
                q.bindValue(static_cast<int>(i), values.at(i));
            if (q.exec()) {
                while (q.next())
                    groups.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
            }
        }
        QMetaObject::invokeMethod(this, [this, id, groups] { emit deadLettersReady(id, groups); }, Qt::QueuedConnection);
    });
    return id;
}

quint64 HistoryReader::requestOverview(const OverviewRequest &request)
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(m_worker, [this, id, request] {
        QSqlDatabase db = connection(m_connection, m_path);
        OverviewData data;
        if (db.isOpen())
            data = computeOverview(db, request);
        else
            data.request = request;
        QMetaObject::invokeMethod(this, [this, id, data] { emit overviewReady(id, data); }, Qt::QueuedConnection);
    });
    return id;
}

quint64 HistoryReader::requestNames(bool onlyIfChanged)
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(m_worker, [this, onlyIfChanged] {
        QSqlDatabase db = connection(m_connection, m_path);
        QHash<QString, QString> names;
        if (db.isOpen()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT id, json FROM endpoints UNION ALL SELECT id, json FROM applications"))) {
                while (q.next()) {
                    const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
                    QString name;
                    for (const char *key : {"name", "description", "uid"}) {
                        name = o.value(QLatin1StringView(key)).toString();
                        if (!name.isEmpty())
                            break;
                    }
                    names.insert(q.value(0).toString(), name.isEmpty() ? q.value(0).toString() : name);
                }
            }
        }
        // m_lastNames is only touched on the reader's thread.
        if (onlyIfChanged && names == m_lastNames)
            return;
        m_lastNames = names;
        QMetaObject::invokeMethod(this, [this, names] { emit namesReady(names); }, Qt::QueuedConnection);
    });
    return id;
}

void HistoryReader::exportRows(const QString &where, const QVariantList &values, const QString &path, ExportFormat format)
{
    m_cancelExport = false;
    QMetaObject::invokeMethod(m_worker, [this, where, values, path, format] {
        const auto finish = [this](bool ok, qint64 rows, const QString &error) {
            QMetaObject::invokeMethod(this, [this, ok, rows, error] { emit exportFinished(ok, rows, error); }, Qt::QueuedConnection);
        };
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            finish(false, 0, file.errorString());
            return;
        }
        QSqlDatabase db = connection(m_connection, m_path);
        if (!db.isOpen()) {
            finish(false, 0, tr("The local history is not open yet."));
            return;
        }
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT msg_id, endpoint_id, app_id, event_type, created_at, status, http_code, latency_ms, attempts, "
                  u"next_attempt, error_class FROM deliveries WHERE (" + DeliveryFilter::resolveFullText(db, where, values)
                  + u") ORDER BY created_at DESC, msg_id DESC, endpoint_id DESC");
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(static_cast<int>(i), values.at(i));
        if (!q.exec()) {
            finish(false, 0, q.lastError().text());
            return;
        }
        const auto csvField = [](QString v) {
            if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n'))
                v = u'"' + v.replace(u'"', QStringLiteral("\"\"")) + u'"';
            return v;
        };
        const bool csv = format == ExportFormat::Csv;
        file.write(csv ? "time,msg_id,endpoint_id,app_id,event_type,status,http_code,latency_ms,attempts,next_attempt,error_class\n" : "[\n");
        qint64 rows = 0;
        while (q.next()) {
            if (m_cancelExport.load()) {
                file.cancelWriting();
                finish(false, rows, tr("cancelled"));
                return;
            }
            const QString time = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), QTimeZone::utc()).toString(Qt::ISODateWithMs);
            const QString next = q.value(9).isNull() ? QString()
                : QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), QTimeZone::utc()).toString(Qt::ISODateWithMs);
            if (csv) {
                QStringList fields{time};
                for (int c : {0, 1, 2, 3, 5, 6, 7, 8})
                    fields.append(csvField(q.value(c).toString()));
                fields << next << csvField(q.value(10).toString());
                file.write(fields.join(u',').toUtf8() + '\n');
            } else {
                const QJsonObject row{{QStringLiteral("time"), time}, {QStringLiteral("msgId"), q.value(0).toString()},
                                      {QStringLiteral("endpointId"), q.value(1).toString()}, {QStringLiteral("appId"), q.value(2).toString()},
                                      {QStringLiteral("eventType"), q.value(3).toString()}, {QStringLiteral("status"), q.value(5).toInt()},
                                      {QStringLiteral("httpCode"), q.value(6).isNull() ? QJsonValue() : QJsonValue(q.value(6).toInt())},
                                      {QStringLiteral("latencyMs"), q.value(7).isNull() ? QJsonValue() : QJsonValue(q.value(7).toLongLong())},
                                      {QStringLiteral("attempts"), q.value(8).toInt()},
                                      {QStringLiteral("nextAttempt"), next.isEmpty() ? QJsonValue() : QJsonValue(next)},
                                      {QStringLiteral("errorClass"), q.value(10).toString()}};
                file.write((rows ? ",\n" : "") + QJsonDocument(row).toJson(QJsonDocument::Compact));
            }
            if (++rows % 1000 == 0)
                QMetaObject::invokeMethod(this, [this, rows] { emit exportProgress(rows); }, Qt::QueuedConnection);
        }
        if (!csv)
            file.write("\n]\n");
        const bool ok = file.commit();
        finish(ok, rows, ok ? QString() : file.errorString());
    });
}

} // namespace sb::dashboard

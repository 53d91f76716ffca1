// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
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
    if (!db.isOpen())
        db.open();
    return db;
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
        QString sql = QStringLiteral("SELECT msg_id, endpoint_id, app_id, event_type, created_at, status, http_code, "
                                     "latency_ms, attempts, next_attempt, error_class FROM deliveries WHERE (")
            + where + u')';
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
            q.prepare(sql);
            for (qsizetype i = 0; i < bound.size(); ++i)
                q.bindValue(static_cast<int>(i), bound.at(i));
            if (q.exec()) {
                while (q.next()) {
                    rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                 q.value(4).toLongLong(), q.value(5).toInt(), q.value(6).isNull() ? -1 : q.value(6).toInt(),
                                 q.value(7).isNull() ? -1 : q.value(7).toLongLong(), q.value(8).toInt(),
                                 q.value(9).toLongLong(), q.value(10).toString()});
                }
            } else {
                qWarning("history read failed: %s", qPrintable(q.lastError().text()));
            }
        }
        if (newer)
            std::reverse(rows.begin(), rows.end()); // newest first, like every page
        QMetaObject::invokeMethod(this, [this, id, rows, newer] { emit pageReady(id, rows, newer); }, Qt::QueuedConnection);
    });
    return id;
}

quint64 HistoryReader::requestNames()
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(m_worker, [this] {
        QSqlDatabase db = connection(m_connection, m_path);
        QHash<QString, QString> names;
        {
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
        QMetaObject::invokeMethod(this, [this, names] { emit namesReady(names); }, Qt::QueuedConnection);
    });
    return id;
}

} // namespace sb::dashboard

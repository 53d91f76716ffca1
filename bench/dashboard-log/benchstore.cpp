// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchstore.h"

#include "dashboard/history/historystore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace sb::bench {
namespace {

const QStringList Events{QStringLiteral("call.started"), QStringLiteral("call.ringing"), QStringLiteral("call.answered"),
                         QStringLiteral("agent.function_called"), QStringLiteral("transcript.final"), QStringLiteral("call.ended"),
                         QStringLiteral("workflow.completed"), QStringLiteral("campaign.completed")};

bool batch(QSqlQuery &q, const QList<QVariantList> &columns, QString *error)
{
    for (qsizetype i = 0; i < columns.size(); ++i)
        q.bindValue(static_cast<int>(i), columns.at(i));
    if (q.execBatch())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

qint64 lastSeqOf(int deliveries) { return 2LL * deliveries; }

QString buildHistoryStore(const QString &path, int deliveries, const QString &instanceId)
{
    if (QFileInfo::exists(path))
        return {};
    {
        // The schema is the console's own: let its store create it.
        dashboard::HistoryStore store(path);
        QSignalSpy opened(&store, &dashboard::HistoryStore::opened);
        store.open();
        if (!opened.wait(30'000) || !opened.first().first().toBool())
            return QStringLiteral("cannot create %1").arg(path);
    }
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-build"));
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
        db.transaction();
        for (int e = 0; e < 40; ++e) {
            q.prepare(QStringLiteral("INSERT INTO endpoints (id, app_id, disabled, json) VALUES (?, ?, 0, ?)"));
            const QString id = QStringLiteral("ep_bench%1").arg(e, 2, 10, QLatin1Char('0'));
            const QString app = QStringLiteral("app_bench%1").arg(e % 8);
            q.addBindValue(id);
            q.addBindValue(app);
            q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("appId"), app},
                                                                       {QStringLiteral("description"), QStringLiteral("endpoint-%1").arg(e)}})
                                                 .toJson(QJsonDocument::Compact)));
            q.exec();
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 span = 30LL * 24 * 3600 * 1000;
        constexpr int Chunk = 50'000;
        for (int from = 0; from < deliveries && error.isEmpty(); from += Chunk) {
            QList<QVariantList> d(12), a(10);
            for (int i = from; i < std::min(deliveries, from + Chunk); ++i) {
                const QString msg = QStringLiteral("msg_bench%1").arg(i, 8, 10, QLatin1Char('0'));
                const QString ep = QStringLiteral("ep_bench%1").arg(i % 40, 2, 10, QLatin1Char('0'));
                const qint64 created = now - span + span * i / deliveries;
                // One in ten fails for good (5xx), one in twenty is still retrying (timeout).
                const int status = i % 10 == 3 ? 2 : i % 20 == 7 ? 1 : 0;
                const int code = status == 0 ? 200 : status == 2 ? 503 : 0;
                const QString errorClass = status == 0 ? QStringLiteral("none") : status == 2 ? QStringLiteral("http") : QStringLiteral("timeout");
                const int latency = 20 + (i * 7919) % 900;
                const QVariantList row{msg, ep, QStringLiteral("app_bench%1").arg((i % 40) % 8), Events.at(i % Events.size()),
                                       created, status, code, latency, 1, status == 1 ? QVariant(created + 60'000) : QVariant(),
                                       errorClass, created};
                for (int c = 0; c < 12; ++c)
                    d[c].append(row.at(c));
                const QString attempt = QStringLiteral("atmpt_bench%1").arg(i, 8, 10, QLatin1Char('0'));
                const QVariantList arow{attempt, msg, ep, created + latency, status == 0 ? 0 : 2, code, latency, errorClass,
                                        QStringLiteral("scheduled"),
                                        QStringLiteral("{\"id\":\"%1\",\"msgId\":\"%2\",\"endpointId\":\"%3\",\"responseStatusCode\":%4,"
                                                       "\"responseDurationMs\":%5,\"response\":\"%6\"}")
                                            .arg(attempt, msg, ep).arg(code).arg(latency)
                                            // One answer in 5,000 says something unusual: a rare word to search for.
                                            .arg(i % 5000 == 17 ? QStringLiteral("carrier gateway rejected the callback")
                                                                : QStringLiteral("{\\\"ok\\\":true}"))};
                for (int c = 0; c < 10; ++c)
                    a[c].append(arow.at(c));
            }
            q.prepare(QStringLiteral("INSERT INTO deliveries (msg_id, endpoint_id, app_id, event_type, created_at, status, http_code, "
                                     "latency_ms, attempts, next_attempt, error_class, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
            if (!batch(q, d, &error))
                break;
            q.prepare(QStringLiteral("INSERT INTO attempts (id, msg_id, endpoint_id, at, status, http_code, duration_ms, error_class, "
                                     "trigger, json) VALUES (?,?,?,?,?,?,?,?,?,?)"));
            batch(q, a, &error);
        }
        // The console's full-text index of responses, as its writer keeps it.
        if (error.isEmpty() && !q.exec(QStringLiteral("INSERT INTO attempt_text (rowid, msg_id, text) SELECT a.rowid, a.msg_id, "
                                                      "d.event_type || ' ' || json_extract(a.json, '$.response') FROM attempts a "
                                                      "JOIN deliveries d ON d.msg_id = a.msg_id AND d.endpoint_id = a.endpoint_id")))
            error = q.lastError().text();
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('engine_instance', ?), ('last_seq', ?)"));
        q.addBindValue(instanceId);
        q.addBindValue(QString::number(lastSeqOf(deliveries)));
        if (error.isEmpty() && !q.exec())
            error = q.lastError().text();
        if (error.isEmpty())
            db.commit();
        else
            db.rollback();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-build"));
    return error;
}

} // namespace sb::bench

// SPDX-License-Identifier: GPL-3.0-or-later
#include "writetransaction.h"

#include <map>
#include <tuple>

#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

#include <sqlite3.h>

namespace sb::engine {
namespace {

constexpr qint64 ChangeLogLockKey = 0x5357424400000002; // "SWBD", 2

StoreError::Kind kindOf(const QString &nativeCode)
{
    // SQLite constraint codes (19 and its extended forms), PostgreSQL unique_violation.
    if (nativeCode == u"19" || nativeCode == u"2067" || nativeCode == u"1555" || nativeCode == u"23505")
        return StoreError::Kind::Conflict;
    // PostgreSQL deadlock_detected, serialization_failure.
    if (nativeCode == u"40P01" || nativeCode == u"40001")
        return StoreError::Kind::Transient;
    return StoreError::Kind::Failed;
}

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
}

WriteTransaction::~WriteTransaction()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
}

void WriteTransaction::execNative(const QString &sql, const QVariantList &values)
{
    sqlite3_stmt *&statement = m_statements[sql];
    if (!statement) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(m_sqlite, text.constData(), static_cast<int>(text.size()),
                               SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
            const QString error = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
            m_statements.remove(sql);
            throw StoreError(StoreError::Kind::Failed, u"prepare: " + error);
        }
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int at = static_cast<int>(i) + 1;
        switch (v.typeId()) {
        case QMetaType::UnknownType:
            sqlite3_bind_null(statement, at);
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            sqlite3_bind_int64(statement, at, v.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(statement, at, v.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray &bytes = *static_cast<const QByteArray *>(v.constData());
            // Static: `values` outlives the step below.
            sqlite3_bind_blob64(statement, at, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::QString: {
            const QString &s = *static_cast<const QString *>(v.constData());
            sqlite3_bind_text16(statement, at, s.utf16(), static_cast<int>(s.size() * 2), SQLITE_STATIC);
            break;
        }
        default: {
            const QByteArray text = v.toString().toUtf8();
            sqlite3_bind_text64(statement, at, text.constData(), static_cast<sqlite3_uint64>(text.size()),
                                SQLITE_TRANSIENT, SQLITE_UTF8);
            break;
        }
        }
    }
    const int rc = sqlite3_step(statement);
    const int code = sqlite3_extended_errcode(m_sqlite);
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        throw StoreError((code & 0xff) == SQLITE_CONSTRAINT ? StoreError::Kind::Conflict : StoreError::Kind::Failed,
                         QString::fromUtf8(sqlite3_errstr(code)));
    }
    m_rowsAffected = sqlite3_changes(m_sqlite);
}

void WriteTransaction::exec(const QString &sql, const QVariantList &values)
{
    if (m_sqlite) {
        execNative(sql, values);
        return;
    }
    QSqlQuery &q = query(sql, values); // sends what is queued first
    m_rowsAffected = q.numRowsAffected();
    q.finish();
}

void WriteTransaction::control(const QString &sql)
{
    if (m_sqlite) {
        execNative(sql, {});
        return;
    }
    flushPipeline();
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        throw StoreError(StoreError::Kind::Failed, q.lastError().text());
}

QSqlQuery &WriteTransaction::query(const QString &sql, const QVariantList &values)
{
    flushPipeline();
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery q(m_db);
        if (!q.prepare(sql))
            throw StoreError(StoreError::Kind::Failed, u"prepare: " + q.lastError().text());
        it = m_prepared.insert(sql, q);
    }
    QSqlQuery &q = it.value();
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(static_cast<int>(i), values.at(i));
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        throw StoreError(kindOf(error.nativeErrorCode()), error.text());
    }
    m_rowsAffected = q.numRowsAffected();
    return q;
}

qint64 WriteTransaction::appendChange(QLatin1StringView type, const QString &appId,
                                      const QJsonObject &data)
{
    return appendChange(type, appId, QJsonDocument(data).toJson(QJsonDocument::Compact));
}

qint64 WriteTransaction::appendChange(QLatin1StringView type, const QString &appId,
                                      const QByteArray &dataJson)
{
    if (!m_sqlite) {
        m_pendingChanges.append({QString(type), appId, QString::fromUtf8(dataJson)});
        return 0; // numbered by flushChanges()
    }
    execNative(QStringLiteral("INSERT INTO changes (at, type, app_id, data) VALUES (?, ?, ?, ?)"),
               {m_now, QString(type), appId.isEmpty() ? QVariant() : QVariant(appId), QString::fromUtf8(dataJson)});
    m_lastSeq = sqlite3_last_insert_rowid(m_sqlite);
    return m_lastSeq;
}

void WriteTransaction::dropChangesFrom(qsizetype count)
{
    if (count < m_pendingChanges.size())
        m_pendingChanges.resize(count);
}

namespace {

// A PostgreSQL array literal of texts; an empty string stands for NULL.
QString textArray(const QList<QString> &items)
{
    QString out = QStringLiteral("{");
    for (const QString &item : items) {
        if (out.size() > 1)
            out += u',';
        if (item.isEmpty()) {
            out += QLatin1StringView("NULL");
            continue;
        }
        out += u'"';
        for (QChar c : item) {
            if (c == u'"' || c == u'\\')
                out += u'\\';
            out += c;
        }
        out += u'"';
    }
    return out + u'}';
}

} // namespace

void WriteTransaction::flushChanges()
{
    if (m_pendingChanges.isEmpty())
        return;
    // The lock every node shares, held from here to the commit (setSerializeChanges): only
    // this insert and the commit wait for other nodes, not the batch's own statements.
    lockChangeLog();
    QList<QString> types, apps, data;
    for (const PendingChange &c : std::as_const(m_pendingChanges)) {
        types.append(c.type);
        apps.append(c.appId);
        data.append(c.data);
    }
    // One statement of fixed text for any number of rows: arrays, not one VALUES row each.
    QSqlQuery &q = query(QStringLiteral("INSERT INTO changes (at, type, app_id, data) "
                                        "SELECT ?, t, a, d FROM unnest(CAST(? AS text[]), CAST(? AS text[]), "
                                        "CAST(? AS text[])) AS u(t, a, d) RETURNING seq"),
                         {m_now, textArray(types), textArray(apps), textArray(data)});
    while (q.next())
        m_lastSeq = std::max(m_lastSeq, q.value(0).toLongLong());
    q.finish();
    m_pendingChanges.clear();
}

void WriteTransaction::flushRollups()
{
    if (m_rollups.empty())
        return;
    struct Sum
    {
        QString appId;
        qint64 count = 0;
    };
    std::map<std::tuple<QString, qint64, QString, int>, Sum> sums; // ordered: the lock order
    for (RollupCount &c : m_rollups) {
        Sum &sum = sums[{std::move(c.endpointId), c.minuteMs, std::move(c.errorClass), c.latencyBucket}];
        sum.appId = std::move(c.appId);
        ++sum.count;
    }
    m_rollups.clear();
    for (const auto &[key, sum] : sums) {
        exec(QStringLiteral("INSERT INTO attempt_rollups (endpoint_id, minute_ms, error_class, latency_bucket, app_id, count) "
                            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (endpoint_id, minute_ms, error_class, latency_bucket) "
                            "DO UPDATE SET count = attempt_rollups.count + excluded.count"),
             {std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key), sum.appId, sum.count});
    }
}

void WriteTransaction::lockChangeLog()
{
    if (m_serializeChanges && !m_changeLockHeld) {
        control(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(ChangeLogLockKey));
        m_changeLockHeld = true;
    }
}

qint64 WriteTransaction::execWithChange(const QList<Statement> &statements, QLatin1StringView type,
                                        const QString &appId, const QByteArray &dataJson)
{
    for (const Statement &s : statements) {
        if (m_pipelining)
            m_pipeline.append(inlineValues(s.sql, s.values));
        else
            exec(s.sql, s.values);
    }
    return appendChange(type, appId, dataJson);
}

QString WriteTransaction::inlineValues(const QString &sql, const QVariantList &values) const
{
    // The driver's own quoting: the literals QPSQL itself sends for a prepared statement.
    QString out;
    out.reserve(sql.size() + 64 * values.size());
    qsizetype next = 0;
    for (QChar c : sql) {
        if (c != u'?') {
            out += c;
            continue;
        }
        const QVariant &v = values.at(next++);
        QSqlField field(QString(), v.metaType());
        field.setValue(v);
        out += m_db.driver()->formatValue(field);
    }
    return out;
}

void WriteTransaction::flushPipeline()
{
    if (m_pipeline.isEmpty())
        return;
    // One round trip for every statement queued since the last one that had to wait.
    const QString text = m_pipeline.join(u";\n");
    m_pipeline.clear();
    QSqlQuery q(m_db);
    if (!q.exec(text)) {
        const QSqlError error = q.lastError();
        throw StoreError(kindOf(error.nativeErrorCode()),
                         error.text());
    }
    // QPSQL reads only the first result of a multi-statement string: a later statement that
    // failed shows only as an aborted transaction. Ask once more to find out.
    if (!q.exec(QStringLiteral("SELECT 1")))
        throw StoreError(StoreError::Kind::Failed, u"a queued statement failed: " + q.lastError().text());
}

} // namespace sb::engine

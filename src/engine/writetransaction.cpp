// SPDX-License-Identifier: GPL-3.0-or-later
#include "writetransaction.h"

#include <QJsonDocument>
#include <QSqlError>

namespace sb::engine {

QSqlQuery &WriteTransaction::exec(const QString &sql, const QVariantList &values)
{
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
        // SQLite reports constraint violations as 19 (SQLITE_CONSTRAINT), PostgreSQL as 23505.
        const bool conflict = error.nativeErrorCode() == u"19" || error.nativeErrorCode() == u"2067"
            || error.nativeErrorCode() == u"1555" || error.nativeErrorCode() == u"23505";
        throw StoreError(conflict ? StoreError::Kind::Conflict : StoreError::Kind::Failed,
                         error.text());
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
    QSqlQuery &q = exec(QStringLiteral("INSERT INTO changes (at, type, app_id, data) VALUES (?, ?, ?, ?)"),
                        {m_now, QString(type), appId.isEmpty() ? QVariant() : QVariant(appId),
                         QString::fromUtf8(dataJson)});
    m_lastSeq = q.lastInsertId().toLongLong();
    return m_lastSeq;
}

} // namespace sb::engine

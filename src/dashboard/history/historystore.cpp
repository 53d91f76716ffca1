// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"

#include "dashboard/history/historywriter.h"

#include <QDateTime>

namespace sb::dashboard {

HistoryStore::HistoryStore(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_writer(new HistoryWriter(m_path))
{
    m_thread.setObjectName(QStringLiteral("history-store"));
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &HistoryWriter::opened, this,
            [this](bool ok, const QString &error, qint64 lastSeq, const QString &instanceId) {
        m_lastSeq = lastSeq;
        m_instanceId = instanceId;
        m_open = ok;
        pruneNow();
        emit opened(ok, error);
    });
    connect(m_writer, &HistoryWriter::committed, this, [this](qint64 lastSeq, int applied) {
        m_lastSeq = lastSeq;
        emit committed(lastSeq, applied);
    });
    connect(m_writer, &HistoryWriter::pruned, this, &HistoryStore::pruned);
    connect(m_writer, &HistoryWriter::rollupsImported, this, &HistoryStore::rollupsImported);
    connect(m_writer, &HistoryWriter::alertsLoaded, this, [this](const QByteArray &json) {
        m_savedAlerts = json;
        emit alertsLoaded(json);
    });
    connect(m_writer, &HistoryWriter::backfillProgress, this, [this](qint64 seq, qint64 until) {
        m_backfillSeq = seq;
        m_backfillUntil = until;
        emit backfillProgress(seq, until);
    });
    m_pruneTimer.setInterval(std::chrono::hours(1));
    connect(&m_pruneTimer, &QTimer::timeout, this, &HistoryStore::pruneNow);
    m_thread.start();
}

void HistoryStore::acceptGap(qint64 oldestSeq)
{
    if (oldestSeq - 1 <= m_lastSeq.load())
        return;
    // The next subscription resumes just before the oldest change the engine still has; the
    // writer stores frames above its own last seq, so nothing else has to change there.
    m_lastSeq = oldestSeq - 1;
}

void HistoryStore::setRetentionDays(int days)
{
    m_retentionDays = std::max(0, days);
    if (m_retentionDays > 0)
        m_pruneTimer.start();
    else
        m_pruneTimer.stop();
    pruneNow();
}

void HistoryStore::pruneNow()
{
    if (!m_open || m_retentionDays <= 0)
        return;
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - qint64(m_retentionDays) * 24 * 3600 * 1000;
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, cutoff] { writer->prune(cutoff); }, Qt::QueuedConnection);
}

HistoryStore::~HistoryStore()
{
    // Quit after what is queued, which the writer now skips, except the alerts' last save.
    m_writer->close();
    QMetaObject::invokeMethod(m_writer, [thread = &m_thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

void HistoryStore::saveAlerts(const QByteArray &json)
{
    m_savedAlerts = json;
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, json] { writer->saveAlerts(json); }, Qt::QueuedConnection);
}

void HistoryStore::recordSilence(qint64 fromMs, qint64 toMs)
{
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, fromMs, toMs] { writer->recordSilence(fromMs, toMs); },
                              Qt::QueuedConnection);
}

void HistoryStore::open()
{
    QMetaObject::invokeMethod(m_writer, &HistoryWriter::open, Qt::QueuedConnection);
}

qint64 HistoryStore::resumePointFor(const QString &instanceId)
{
    if (instanceId == m_instanceId)
        return m_lastSeq.load();
    // Queued before any frame of the new instance, so it runs first on the worker.
    m_instanceId = instanceId;
    m_lastSeq = 0;
    m_savedAlerts.clear(); // another engine's
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, instanceId] { writer->adopt(instanceId); },
                              Qt::QueuedConnection);
    return 0;
}

void HistoryStore::beginWindow(qint64 seq, qint64 rollupsFromMs)
{
    m_lastSeq = seq;
    m_backfillSeq = 0;
    m_backfillUntil = seq;
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, seq, rollupsFromMs] { writer->beginWindow(seq, rollupsFromMs); },
                              Qt::QueuedConnection);
}

void HistoryStore::importDirectory(const QList<QJsonObject> &applications, const QList<QJsonObject> &endpoints, qint64 asOfSeq)
{
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, applications, endpoints, asOfSeq] {
        writer->importDirectory(applications, endpoints, asOfSeq);
    }, Qt::QueuedConnection);
}

void HistoryStore::importRollups(const QJsonArray &minutes)
{
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, minutes] { writer->importRollups(minutes); }, Qt::QueuedConnection);
}

void HistoryStore::appendBackfill(const QList<StreamFrame> &frames)
{
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, frames] { writer->applyBackfill(frames); }, Qt::QueuedConnection);
}

void HistoryStore::append(const QList<StreamFrame> &frames)
{
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, frames] { writer->apply(frames); },
                              Qt::QueuedConnection);
}

} // namespace sb::dashboard

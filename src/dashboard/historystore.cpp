// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"

#include "historywriter.h"

namespace sb::dashboard {

HistoryStore::HistoryStore(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_writer(new HistoryWriter(m_path))
{
    m_thread.setObjectName(QStringLiteral("history-store"));
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &HistoryWriter::opened, this, [this](bool ok, const QString &error, qint64 lastSeq) {
        m_lastSeq = lastSeq;
        emit opened(ok, error);
    });
    connect(m_writer, &HistoryWriter::committed, this, [this](qint64 lastSeq, int applied) {
        m_lastSeq = lastSeq;
        emit committed(lastSeq, applied);
    });
    m_thread.start();
}

HistoryStore::~HistoryStore()
{
    m_thread.quit();
    m_thread.wait();
}

void HistoryStore::open()
{
    QMetaObject::invokeMethod(m_writer, &HistoryWriter::open, Qt::QueuedConnection);
}

void HistoryStore::append(const QList<StreamFrame> &frames)
{
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, frames] { writer->apply(frames); },
                              Qt::QueuedConnection);
}

} // namespace sb::dashboard

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/history/overviewdata.h"
#include "dashboard/history/deliveryrow.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <QVariantList>

#include <atomic>

namespace sb::dashboard {

// Reads the local history on a thread of its own (its own SQLite connection), so scrolling
// and filtering never wait on disk in the GUI thread. Every request carries an id; the answer
// comes back by signal with it.
class HistoryReader : public QObject
{
    Q_OBJECT

public:
    struct Page
    {
        quint64 request = 0;
        QList<DeliveryRow> rows;
        bool older = true; // rows older than the key (scrolling) or newer (live updates)
    };

    // Dead letters of one endpoint that a filter matches, with the app's name as the local
    // history knows it: what a bulk retry names to the engine (ids, which it accepts).
    struct DeadLetterGroup
    {
        QString appId;
        QString appName; // empty when the history has no name for the app
        QString endpointId;
        qint64 count = 0;
    };

    explicit HistoryReader(QString databasePath, QObject *parent = nullptr);
    ~HistoryReader() override;

    // Up to `limit` rows matching `where`, older than `key` (or from the newest when `key`
    // is empty), or newer than `key` when `newer` is set.
    quint64 requestPage(const QString &where, const QVariantList &values, const DeliveryRow &key,
                        bool newer, int limit);
    // Names for ids: endpoint descriptions or uids, application names.
    // With `onlyIfChanged`, namesReady() comes only when they differ from the last answer:
    // the log asks at every live refresh, and every listener redraws or refills on it.
    quint64 requestNames(bool onlyIfChanged = false);
    // The Overview's figures for a range, from the roll-ups (overviewReady()).
    quint64 requestOverview(const sb::dashboard::OverviewRequest &request);
    // Every delivery of one call (correlation key) of one application, oldest first
    // (callReady()); at most CallRowLimit of them. Call ids are the tenant's: two customers
    // may both have a call "c_1", and a call's story is one customer's.
    static constexpr int CallRowLimit = 5000;
    quint64 requestCall(const QString &appId, const QString &correlationKey);
    // How many rows match `where`.
    quint64 requestCount(const QString &where, const QVariantList &values);
    // The dead letters among the rows matching `where`, per app and endpoint, most first.
    quint64 requestDeadLetters(const QString &where, const QVariantList &values);

    enum class ExportFormat { Csv, Json };
    // Writes every row matching `where` to `path`, newest first, on the reader's thread;
    // exportProgress() every 1000 rows, exportFinished() at the end.
    void exportRows(const QString &where, const QVariantList &values, const QString &path, ExportFormat format);
    void cancelExport() { m_cancelExport.store(true); }

signals:
    void pageReady(quint64 request, const QList<sb::dashboard::DeliveryRow> &rows, bool newer);
    void namesReady(const QHash<QString, QString> &names);
    void countReady(quint64 request, qint64 count);
    void callReady(quint64 request, const QList<sb::dashboard::DeliveryRow> &rows);
    void deadLettersReady(quint64 request, const QList<sb::dashboard::HistoryReader::DeadLetterGroup> &groups);
    void overviewReady(quint64 request, const sb::dashboard::OverviewData &data);
    void exportProgress(qint64 rows);
    void exportFinished(bool ok, qint64 rows, const QString &error);

private:
    QThread m_thread;
    QObject *m_worker = nullptr;
    QString m_connection;
    QString m_path;
    quint64 m_next = 1;
    std::atomic<bool> m_cancelExport{false};
    QHash<QString, QString> m_lastNames; // reader thread only
};

} // namespace sb::dashboard

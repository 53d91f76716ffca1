// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/history/deliveryfilter.h"
#include "dashboard/history/deliveryrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

namespace sb::dashboard {

class HeldInLog;
class HistoryReader;

// The delivery log: newest first (or oldest first), paged from the local store by key as the view scrolls
// (fetchMore), never all in memory. Live changes arrive as one refresh per tick: new rows are
// inserted at the top in one beginInsertRows, changed rows announce one dataChanged over the
// range they span, so selection and scroll position survive.
class DeliveryLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, App, Endpoint, Event, Status, HttpCode, Latency, Attempts, NextRetry, ColumnCount };
    enum Role { RowRole = Qt::UserRole + 1, StatusTextRole };
    static constexpr int PageSize = 200;
    static constexpr int RefreshMs = 250;
    static constexpr int NewerLimit = 5000; // new rows taken in one refresh

    explicit DeliveryLogModel(HistoryReader *reader, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Applies a parsed filter: the log starts again from the newest matching row.
    void setFilter(const DeliveryFilter::Result &filter);
    const DeliveryFilter::Result &filter() const { return m_filter; }
    // Newest first (the default) or oldest first: "jump to the end" of a long history without
    // paging through it all. Oldest first, live rows join at the bottom once it is reached.
    void setOldestFirst(bool oldestFirst);
    bool oldestFirst() const { return m_oldestFirst; }
    // The store committed new changes: refresh soon (at most once per RefreshMs).
    void storeChanged();
    // Older rows were written below the oldest loaded (a first sync copying the past): a log
    // that had reached its end shows them.
    void olderRowsArrived();

    // Paused, the rows shown stay where they are: new deliveries are still stored, and
    // counted (newWhilePaused()), but join the log only on resume. Loaded rows still show
    // their current state in place (an update never moves a row).
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Rows matching the filter that arrived since the log was paused (0 when live).
    qint64 newWhilePaused() const { return m_newWhilePaused; }
    // Loaded, and nothing matches the filter: the view says so instead of an empty table.
    bool showsEmptyResult() const { return m_rows.isEmpty() && m_exhausted && m_olderRequest == 0; }

    const DeliveryRow &rowAt(int row) const { return m_rows.at(row); }
    static QString statusText(const DeliveryRow &row);
    // Rows an ordered endpoint holds behind an earlier event of their call read "Held — waits
    // for …" instead of "Pending"; `held` is told of every page shown.
    void setHeld(HeldInLog *held);

signals:
    void pageLoaded();
    void pausedChanged(bool paused);
    void newWhilePausedChanged(qint64 count);

private:
    void onPage(quint64 request, const QList<DeliveryRow> &rows, bool newer);
    QString stateText(const DeliveryRow &row) const;
    void refresh();
    void requestLoadedState();
    void dropMovedRows(const QList<DeliveryRow> &older);
    void countNewWhilePaused();
    void setNewWhilePaused(qint64 count);

    HistoryReader *m_reader;
    DeliveryFilter::Result m_filter;
    QList<DeliveryRow> m_rows;
    QHash<QString, QString> m_names;
    quint64 m_olderRequest = 0;
    quint64 m_newerRequest = 0;
    quint64 m_refreshRequest = 0;
    bool m_exhausted = false;
    bool m_olderArrived = false; // older rows were written while a page was being read
    bool m_olderMayRepeat = false; // the next older page may hold rows shown above
    bool m_oldestFirst = false;
    bool m_paused = false;
    quint64 m_countRequest = 0;
    qint64 m_newWhilePaused = 0;
    QTimer m_refresh;
    HeldInLog *m_held = nullptr;
};

} // namespace sb::dashboard

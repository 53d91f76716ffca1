// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverylogmodel.h"

#include "callstorymodel.h"
#include "heldinlog.h"

#include "dashboard/history/historyreader.h"
#include "dashboard/widgets/themecolors.h"

#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace sb::dashboard {

DeliveryLogModel::DeliveryLogModel(HistoryReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(RefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &DeliveryLogModel::refresh);
    connect(m_reader, &HistoryReader::pageReady, this, &DeliveryLogModel::onPage);
    connect(m_reader, &HistoryReader::countReady, this, [this](quint64 request, qint64 count) {
        if (request != m_countRequest)
            return; // another reader's question, or one asked before a resume or a new filter
        m_countRequest = 0;
        if (m_paused)
            setNewWhilePaused(count);
    });
    connect(m_reader, &HistoryReader::namesReady, this, [this](const QHash<QString, QString> &names) {
        m_names = names;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, App), index(static_cast<int>(m_rows.size()) - 1, Endpoint));
    });
    m_reader->requestNames();
    setFilter(DeliveryFilter::parse(QString()));
}

int DeliveryLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeliveryLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeliveryLogModel::statusText(const DeliveryRow &r)
{
    switch (r.status) {
    case 0:
        return tr("Succeeded");
    case 2:
        return tr("Dead letter");
    case 3:
        return tr("Sending");
    default:
        return r.attempts > 0 ? tr("Retrying") : tr("Pending");
    }
}

void DeliveryLogModel::setHeld(HeldInLog *held)
{
    m_held = held;
    connect(this, &DeliveryLogModel::pageLoaded, held, [this] { m_held->lookAt(m_rows); });
    // Row by row: a range would take in the selected row and reload its detail for nothing.
    connect(held, &HeldInLog::changed, this, [this](const QSet<QString> &changed) {
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            if (changed.contains(HeldInLog::rowKey(m_rows.at(r).msgId, m_rows.at(r).endpointId)))
                emit dataChanged(index(static_cast<int>(r), Status), index(static_cast<int>(r), Status));
        }
    });
}

QString DeliveryLogModel::stateText(const DeliveryRow &r) const
{
    if (m_held) {
        if (const auto waitsFor = m_held->waitsFor(r))
            return CallStoryModel::heldText(*waitsFor);
    }
    return statusText(r);
}

QVariant DeliveryLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DeliveryRow &r = m_rows.at(index.row());
    if (role == RowRole)
        return QVariant::fromValue(r);
    if (role == StatusTextRole)
        return stateText(r);
    if (role == Qt::ToolTipRole && index.column() == Time)
        return QDateTime::fromMSecsSinceEpoch(r.createdAt).toString(Qt::ISODateWithMs);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(r.createdAt).toString(QStringLiteral("MM-dd HH:mm:ss.zzz"));
        case App:
            return m_names.value(r.appId, r.appId);
        case Endpoint:
            return m_names.value(r.endpointId, r.endpointId);
        case Event:
            return r.eventType;
        case Status:
            return stateText(r);
        case HttpCode:
            // No HTTP answer: say why instead (timeout, connect, policy…).
            return r.httpCode < 0 ? QVariant() : r.httpCode == 0 ? QVariant(u"— " + r.errorClass) : QVariant(r.httpCode);
        case Latency:
            return r.latencyMs < 0 ? QVariant() : QVariant(tr("%1 ms").arg(r.latencyMs));
        case Attempts:
            return r.attempts;
        case NextRetry:
            return r.status == 1 && r.nextAttempt > 0
                ? QVariant(QDateTime::fromMSecsSinceEpoch(r.nextAttempt).toString(QStringLiteral("HH:mm:ss")))
                : QVariant();
        default:
            return {};
        }
    }
    if (index.column() != Status)
        return {};
    // Status by colour, icon and text: colour alone is not enough.
    if (role == Qt::ForegroundRole) {
        // Readable on the light and the dark palette alike.
        const ThemeColors colors = ThemeColors::of(QApplication::palette());
        switch (r.status) {
        case 0:
            return colors.good;
        case 2:
            return colors.bad;
        default:
            return r.attempts > 0 ? QVariant(colors.warning) : QVariant();
        }
    }
    if (role == Qt::DecorationRole) {
        static const QIcon succeeded(QStringLiteral(":/status/status-succeeded.svg"));
        static const QIcon dead(QStringLiteral(":/status/status-dead.svg"));
        static const QIcon retrying(QStringLiteral(":/status/status-retrying.svg"));
        static const QIcon pending(QStringLiteral(":/status/status-pending.svg"));
        switch (r.status) {
        case 0:
            return succeeded;
        case 2:
            return dead;
        default:
            return r.attempts > 0 ? retrying : pending;
        }
    }
    return {};
}

QVariant DeliveryLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case App: return tr("App");
    case Endpoint: return tr("Endpoint");
    case Event: return tr("Event type");
    case Status: return tr("Status");
    case HttpCode: return tr("HTTP");
    case Latency: return tr("Latency");
    case Attempts: return tr("Attempts");
    case NextRetry: return tr("Next retry");
    default: return {};
    }
}

bool DeliveryLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && m_olderRequest == 0;
}

void DeliveryLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Oldest first pages "newer than the last row"; the reader answers those newest first.
    m_olderRequest = m_reader->requestPage(m_filter.where, m_filter.values,
                                           m_rows.isEmpty() ? DeliveryRow{} : m_rows.constLast(), m_oldestFirst, PageSize);
}

void DeliveryLogModel::setOldestFirst(bool oldestFirst)
{
    if (oldestFirst == m_oldestFirst)
        return;
    m_oldestFirst = oldestFirst;
    setFilter(m_filter);
}

void DeliveryLogModel::setFilter(const DeliveryFilter::Result &filter)
{
    if (!filter.ok)
        return; // the filter bar refuses invalid filters; nothing changes
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_exhausted = false;
    m_olderRequest = 0;
    m_newerRequest = 0;
    m_refreshRequest = 0;
    m_countRequest = 0;
    endResetModel();
    // A new filter or order is a new start: what is now loaded is what the pause holds.
    setNewWhilePaused(0);
    fetchMore({});
}

void DeliveryLogModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_countRequest = 0;
    setNewWhilePaused(0);
    emit pausedChanged(paused);
    // Resumed: what arrived meanwhile joins the log now, not at the next change.
    if (!paused)
        refresh();
}

void DeliveryLogModel::setNewWhilePaused(qint64 count)
{
    if (count == m_newWhilePaused)
        return;
    m_newWhilePaused = count;
    emit newWhilePausedChanged(count);
}

void DeliveryLogModel::countNewWhilePaused()
{
    if (m_countRequest != 0)
        return;
    // New rows are those past the newest one loaded (oldest first, only once its end is
    // reached: before that, later rows are history still to page through, not news).
    QString where = u'(' + m_filter.where + u')';
    QVariantList values = m_filter.values;
    if (m_oldestFirst && !m_exhausted)
        return;
    const DeliveryRow *newest = m_rows.isEmpty() ? nullptr : m_oldestFirst ? &m_rows.constLast() : &m_rows.constFirst();
    if (newest) {
        where += QStringLiteral(" AND (created_at, msg_id, endpoint_id) > (?, ?, ?)");
        values << newest->createdAt << newest->msgId << newest->endpointId;
    }
    m_countRequest = m_reader->requestCount(where, values);
}

void DeliveryLogModel::storeChanged()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

void DeliveryLogModel::olderRowsArrived()
{
    if (m_oldestFirst)
        return; // they belong above: a reload (or jumping there) shows them
    if (m_olderRequest != 0) {
        m_olderArrived = true; // that page may have been read before them
        return;
    }
    if (!m_exhausted)
        return; // scrolling down reaches them
    m_exhausted = false;
    m_olderMayRepeat = true;
    fetchMore({});
}

void DeliveryLogModel::dropMovedRows(const QList<DeliveryRow> &older)
{
    // A delivery first seen by a later change (a retry inside the window) got its creation
    // time from its message when the copy reached it: it is shown again where it belongs.
    QSet<std::pair<QString, QString>> keys;
    for (const DeliveryRow &r : older)
        keys.insert({r.msgId, r.endpointId});
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (!keys.contains({m_rows.at(i).msgId, m_rows.at(i).endpointId}))
            continue;
        beginRemoveRows({}, static_cast<int>(i), static_cast<int>(i));
        m_rows.removeAt(i);
        endRemoveRows();
    }
}

void DeliveryLogModel::refresh()
{
    if (m_paused) {
        countNewWhilePaused();
        // Rows in view keep showing their current state, in place.
        if (m_refreshRequest == 0 && !m_rows.isEmpty())
            requestLoadedState();
        m_reader->requestNames(true);
        return;
    }
    if (m_oldestFirst) {
        // New rows belong at the bottom: reaching it again loads them. Loaded rows are
        // re-read from the oldest one up, to show their changes.
        if (m_exhausted && m_olderRequest == 0) {
            m_exhausted = false;
            fetchMore({});
        }
        if (m_refreshRequest == 0 && !m_rows.isEmpty())
            requestLoadedState();
        m_reader->requestNames(true);
        return;
    }
    // New rows above the newest we hold, and the current state of what is loaded.
    if (m_newerRequest == 0 && !m_rows.isEmpty())
        m_newerRequest = m_reader->requestPage(m_filter.where, m_filter.values, m_rows.constFirst(), true, NewerLimit);
    if (m_refreshRequest == 0 && !m_rows.isEmpty())
        requestLoadedState();
    if (m_rows.isEmpty() && m_olderRequest == 0) {
        m_exhausted = false;
        fetchMore({});
    }
    m_reader->requestNames(true);
}

void DeliveryLogModel::requestLoadedState()
{
    // Re-read the loaded rows from the first one shown on: their changes, matched by key.
    DeliveryRow first = m_rows.constFirst();
    if (m_oldestFirst)
        first.endpointId = QStringLiteral(""); // include the oldest row itself (a null QString would bind as NULL)
    else
        first.endpointId += QChar(0xffff); // include the newest row itself
    const qsizetype count = std::min<qsizetype>(m_rows.size(), 2000);
    // Loaded rows that stopped matching the filter are read again too: a dead letter retried
    // and delivered under status:dead shows that it was delivered, not what it was.
    QString where = m_filter.where;
    QVariantList values = m_filter.values;
    if (where != u"1") {
        QStringList keys;
        keys.reserve(count);
        for (qsizetype i = 0; i < count; ++i) {
            keys.append(QStringLiteral("(?, ?)"));
            values << m_rows.at(i).msgId << m_rows.at(i).endpointId;
        }
        where = u"(" + where + u") OR (msg_id, endpoint_id) IN (VALUES " + keys.join(u", ") + u")";
    }
    m_refreshRequest = m_reader->requestPage(where, values, first, m_oldestFirst, static_cast<int>(count));
}

void DeliveryLogModel::onPage(quint64 request, const QList<DeliveryRow> &newestFirst, bool newer)
{
    QList<DeliveryRow> rows = newestFirst;
    if (m_oldestFirst && (request == m_olderRequest || request == m_refreshRequest))
        std::reverse(rows.begin(), rows.end());
    // Whether `a` comes before `b` in the order shown.
    const auto shownBefore = [this](const DeliveryRow &a, const DeliveryRow &b) {
        return m_oldestFirst ? b.isNewerThan(a) : a.isNewerThan(b);
    };
    if (request == m_olderRequest) {
        // The request stays open until the rows are in: views ask for more from inside
        // beginInsertRows, and must not page from a key that is about to change.
        if (rows.size() < PageSize)
            m_exhausted = true;
        if (std::exchange(m_olderMayRepeat, false))
            dropMovedRows(rows);
        if (!rows.isEmpty()) {
            const int first = static_cast<int>(m_rows.size());
            beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
            m_rows.append(rows);
            endInsertRows();
        }
        m_olderRequest = 0;
        emit pageLoaded();
        if (std::exchange(m_olderArrived, false))
            olderRowsArrived();
    } else if (request == m_newerRequest && newer) {
        m_newerRequest = 0;
        if (m_paused)
            return; // asked before the pause: these are counted as new instead
        if (!rows.isEmpty()) {
            beginInsertRows({}, 0, static_cast<int>(rows.size()) - 1);
            for (qsizetype i = rows.size() - 1; i >= 0; --i)
                m_rows.prepend(rows.at(i));
            endInsertRows();
        }
        // More arrived than one answer holds (a long pause, a burst): fetch the rest soon.
        if (rows.size() >= NewerLimit)
            storeChanged();
        emit pageLoaded();
    } else if (request == m_refreshRequest) {
        m_refreshRequest = 0;
        // Rows are matched by key from where each is now; one dataChanged spans all changes.
        int firstChanged = -1, lastChanged = -1;
        qsizetype at = 0;
        for (const DeliveryRow &fresh : rows) {
            while (at < m_rows.size() && !m_rows.at(at).sameKey(fresh) && shownBefore(m_rows.at(at), fresh))
                ++at;
            if (at < m_rows.size() && m_rows.at(at).sameKey(fresh) && !(m_rows.at(at) == fresh)) {
                m_rows[at] = fresh;
                firstChanged = firstChanged < 0 ? static_cast<int>(at) : firstChanged;
                lastChanged = static_cast<int>(at);
            }
        }
        if (firstChanged >= 0)
            emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
        emit pageLoaded();
    }
}

} // namespace sb::dashboard

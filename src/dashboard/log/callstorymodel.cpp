// SPDX-License-Identifier: GPL-3.0-or-later
#include "callstorymodel.h"

#include "dashboard/widgets/themecolors.h"

#include <QApplication>
#include <QDateTime>
#include <QIcon>
#include <QSet>

namespace sb::dashboard {

CallStoryModel::CallStoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int CallStoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CallStoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

CallStoryModel::Outcome CallStoryModel::outcomeOf(const DeliveryRow &row)
{
    switch (row.status) {
    case 0:
        return Outcome::Delivered;
    case 2:
        return Outcome::DeadLetter;
    case 3:
        return Outcome::Sending;
    default:
        return row.attempts > 0 ? Outcome::Retrying : Outcome::Pending;
    }
}

QString CallStoryModel::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Delivered:
        return tr("Delivered");
    case Outcome::DeadLetter:
        return tr("Dead letter — not delivered");
    case Outcome::Retrying:
        return tr("Retrying — not delivered yet");
    case Outcome::Sending:
        return tr("Sending");
    case Outcome::Held:
        return tr("Held — waits for an earlier event");
    case Outcome::Pending:
        break;
    }
    return tr("Pending — not sent yet");
}

CallStoryModel::Outcome CallStoryModel::outcomeAt(int row) const
{
    return waitsFor(row) >= 0 ? Outcome::Held : outcomeOf(m_rows.at(row));
}

CallStoryModel::Ordering CallStoryModel::orderingOf(const QJsonObject &endpoint)
{
    if (endpoint.value(QLatin1StringView("ordering")).toString() != u"per-key")
        return Ordering::None;
    return endpoint.value(QLatin1StringView("orderingOnDeadLetter")).toString() == u"block" ? Ordering::PerKeyBlock
                                                                                           : Ordering::PerKeySkip;
}

QString CallStoryModel::stateText(int row) const
{
    const int blocker = waitsFor(row);
    if (blocker < 0)
        return outcomeText(outcomeOf(m_rows.at(row)));
    return heldText(m_rows.at(blocker).eventType);
}

QString CallStoryModel::heldText(const QString &eventType)
{
    return tr("Held — waits for %1").arg(eventType);
}

QList<int> CallStoryModel::waitsForAll(const QList<DeliveryRow> &call, const QHash<QString, Ordering> &byEndpoint)
{
    QList<int> waits(call.size(), -1);
    QHash<QString, int> heads; // ordered endpoint → the delivery its lane waits for
    for (qsizetype i = 0; i < call.size(); ++i) {
        const DeliveryRow &r = call.at(i);
        const Ordering ordering = byEndpoint.value(r.endpointId, Ordering::None);
        if (ordering == Ordering::None)
            continue;
        const Outcome o = outcomeOf(r);
        if (o == Outcome::Delivered || (o == Outcome::DeadLetter && ordering == Ordering::PerKeySkip))
            continue;
        const auto head = heads.constFind(r.endpointId);
        if (head == heads.constEnd())
            heads.insert(r.endpointId, static_cast<int>(i));
        else if (o == Outcome::Pending)
            waits[i] = *head; // never tried: it waits its turn
    }
    return waits;
}

QString CallStoryModel::lastResult(const DeliveryRow &row)
{
    if (row.httpCode < 0)
        return {};
    const bool classWorthSaying = !row.errorClass.isEmpty() && row.errorClass != u"none" && row.errorClass != u"http";
    if (row.httpCode == 0)
        return row.errorClass;
    return classWorthSaying ? tr("HTTP %1 (%2)").arg(row.httpCode).arg(row.errorClass) : tr("HTTP %1").arg(row.httpCode);
}

QVariant CallStoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DeliveryRow &r = m_rows.at(index.row());
    const Outcome outcome = outcomeAt(index.row());
    if (role == RowRole)
        return QVariant::fromValue(r);
    if (role == OutcomeRole)
        return QVariant::fromValue(outcome);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(r.createdAt).toString(QStringLiteral("HH:mm:ss.zzz"));
        case Event:
            return r.eventType;
        case Endpoint:
            return endpointName(r.endpointId);
        case State:
            return stateText(index.row());
        case Attempts:
            return r.attempts;
        case LastResult:
            return lastResult(r);
        case NextRetry:
            return r.status == 1 && r.nextAttempt > 0
                ? QVariant(QDateTime::fromMSecsSinceEpoch(r.nextAttempt).toString(QStringLiteral("HH:mm:ss")))
                : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Time)
            return QDateTime::fromMSecsSinceEpoch(r.createdAt).toString(Qt::ISODateWithMs);
        if (index.column() == Event)
            return r.msgId;
        if (index.column() == Endpoint)
            return r.endpointId;
        if (index.column() == State && outcome == Outcome::Held)
            return tr("%1 delivers each call's events in order: this one is sent once %2 is through.")
                .arg(endpointName(r.endpointId), label(m_rows.at(waitsFor(index.row()))));
        return {};
    }
    const ThemeColors colors = ThemeColors::of(QApplication::palette());
    // A dead letter is the gap a customer calls about: its whole row stands out, not only
    // its state. Colour is never alone: the State column says it in words.
    if (role == Qt::BackgroundRole && outcome == Outcome::DeadLetter)
        return colors.errorBackground;
    if (index.column() != State)
        return {};
    if (role == Qt::ForegroundRole) {
        switch (outcome) {
        case Outcome::Delivered:
            return colors.good;
        case Outcome::DeadLetter:
            return colors.bad;
        case Outcome::Retrying:
        case Outcome::Pending:
        case Outcome::Sending:
        case Outcome::Held:
            return colors.warning;
        }
    }
    if (role == Qt::DecorationRole) {
        static const QIcon succeeded(QStringLiteral(":/status/status-succeeded.svg"));
        static const QIcon dead(QStringLiteral(":/status/status-dead.svg"));
        static const QIcon retrying(QStringLiteral(":/status/status-retrying.svg"));
        static const QIcon pending(QStringLiteral(":/status/status-pending.svg"));
        switch (outcome) {
        case Outcome::Delivered:
            return succeeded;
        case Outcome::DeadLetter:
            return dead;
        case Outcome::Retrying:
            return retrying;
        case Outcome::Pending:
        case Outcome::Sending:
        case Outcome::Held:
            return pending;
        }
    }
    return {};
}

QVariant CallStoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Event: return tr("Event");
    case Endpoint: return tr("Endpoint");
    case State: return tr("State");
    case Attempts: return tr("Attempts");
    case LastResult: return tr("Last result");
    case NextRetry: return tr("Next retry");
    default: return {};
    }
}

void CallStoryModel::setRows(const QList<DeliveryRow> &rows)
{
    bool sameKeys = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows.at(i).sameKey(m_rows.at(i));
    if (!sameKeys) {
        beginResetModel();
        m_rows = rows;
        m_waitsFor = waitsForAll(m_rows, m_ordering);
        endResetModel();
        return;
    }
    if (rows == m_rows)
        return;
    m_rows = rows;
    m_waitsFor = waitsForAll(m_rows, m_ordering);
    emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

void CallStoryModel::setNames(const QHash<QString, QString> &names)
{
    m_names = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Endpoint), index(static_cast<int>(m_rows.size()) - 1, Endpoint));
}

void CallStoryModel::setOrdering(const QHash<QString, Ordering> &byEndpoint)
{
    if (byEndpoint == m_ordering)
        return;
    m_ordering = byEndpoint;
    m_waitsFor = waitsForAll(m_rows, m_ordering);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

int CallStoryModel::rowOf(const QString &msgId, const QString &endpointId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).msgId == msgId && m_rows.at(i).endpointId == endpointId)
            return static_cast<int>(i);
    }
    return -1;
}

CallStoryModel::Summary CallStoryModel::summary() const
{
    Summary s;
    QSet<QString> messages, endpoints;
    for (const DeliveryRow &r : m_rows) {
        messages.insert(r.msgId);
        endpoints.insert(r.endpointId);
        switch (outcomeOf(r)) {
        case Outcome::Delivered:
            ++s.delivered;
            break;
        case Outcome::DeadLetter:
            ++s.dead;
            break;
        default:
            ++s.waiting;
        }
        s.first = s.first == 0 ? r.createdAt : std::min(s.first, r.createdAt);
        s.last = std::max(s.last, r.createdAt);
    }
    s.events = static_cast<int>(messages.size());
    s.endpoints = static_cast<int>(endpoints.size());
    return s;
}

QList<DeliveryRow> CallStoryModel::failedRows() const
{
    QList<DeliveryRow> out;
    for (const DeliveryRow &r : m_rows) {
        const Outcome o = outcomeOf(r);
        if (o == Outcome::DeadLetter || (o == Outcome::Retrying && r.errorClass != u"none"))
            out.append(r);
    }
    return out;
}

QString CallStoryModel::label(const DeliveryRow &row) const
{
    return tr("%1 → %2").arg(row.eventType, endpointName(row.endpointId));
}

QStringList CallStoryModel::gaps() const
{
    // Events held behind an earlier one are told once, under the event that holds them: a
    // call of twenty events behind one dead letter is one problem, not twenty lines.
    QHash<int, int> heldBehind;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (const int blocker = waitsFor(i); blocker >= 0)
            ++heldBehind[blocker];
    }
    QStringList out;
    for (int i = 0; i < m_rows.size(); ++i) {
        const DeliveryRow &r = m_rows.at(i);
        const Outcome o = outcomeAt(i);
        if (o == Outcome::Delivered || o == Outcome::Held)
            continue;
        const QString what = label(r);
        const QString result = lastResult(r);
        QString line;
        if (o == Outcome::DeadLetter)
            line = tr("%1: dead letter after %n attempt(s)", nullptr, r.attempts).arg(what);
        else if (o == Outcome::Retrying)
            line = tr("%1: retrying, %n attempt(s) so far", nullptr, r.attempts).arg(what);
        else
            line = tr("%1: not sent yet").arg(what);
        if (!result.isEmpty())
            line += tr(" (last: %1)").arg(result);
        out.append(line);
        if (const int held = heldBehind.value(i); held > 0) {
            out.append(o == Outcome::DeadLetter
                           ? tr("    it holds %n later event(s) of the call to %1, which delivers each call in order: "
                                "send it again to let the call go on", nullptr, held).arg(endpointName(r.endpointId))
                           : tr("    %n later event(s) of the call to %1 wait for it: %1 delivers each call in order", nullptr, held)
                                 .arg(endpointName(r.endpointId)));
        }
    }
    return out;
}

} // namespace sb::dashboard

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/history/deliveryrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>

namespace sb::dashboard {

// One call's story for the Call view: every delivery of every event of the call, oldest
// first (as the history reader answers), one row per message and endpoint. What went wrong
// is shown by colour and by text alike: a dead letter or a delivery still waiting is a gap
// in what the customer received, and gaps() spells each one out.
class CallStoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Event, Endpoint, State, Attempts, LastResult, NextRetry, ColumnCount };
    enum Role { RowRole = Qt::UserRole + 1, OutcomeRole };
    // Where a delivery stands, from the customer's side. Held: not sent yet because its
    // endpoint delivers each call in order and an earlier event of the call is not through.
    enum class Outcome { Delivered, DeadLetter, Retrying, Pending, Sending, Held };
    Q_ENUM(Outcome)
    // An endpoint's "ordering" and "orderingOnDeadLetter", as the engine stores them.
    enum class Ordering { None, PerKeySkip, PerKeyBlock };

    struct Summary
    {
        int events = 0;    // messages of the call
        int endpoints = 0; // endpoints they went to
        int delivered = 0;
        int dead = 0;
        int waiting = 0;   // pending, sending or retrying
        qint64 first = 0;  // when the first and last events were created (ms since the epoch)
        qint64 last = 0;
    };

    explicit CallStoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The call as the history holds it now. The same deliveries in the same order change in
    // place (one dataChanged), so the selection stays; anything else resets the model.
    void setRows(const QList<DeliveryRow> &rows);
    // Endpoint names by id, as the history reader gives them.
    void setNames(const QHash<QString, QString> &names);
    // How each endpoint orders a call's events (from the engine; unknown ones: None).
    void setOrdering(const QHash<QString, Ordering> &byEndpoint);
    static Ordering orderingOf(const QJsonObject &endpoint);

    const DeliveryRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &msgId, const QString &endpointId) const;
    Summary summary() const;
    // What "retry everything that failed for this call" sends again: dead letters, and
    // deliveries whose last attempt failed and that wait for their next one.
    QList<DeliveryRow> failedRows() const;
    // One readable line per gap (dead letter or still waiting), in the call's order, e.g.
    // "call.ended → CRM sync: dead letter after 3 attempts (HTTP 503)".
    QStringList gaps() const;

    // A row's state taken alone, without what the endpoint's ordering makes of it.
    static Outcome outcomeOf(const DeliveryRow &row);
    // A row's state in its call: Held when its ordered endpoint still waits for an earlier event.
    Outcome outcomeAt(int row) const;
    // The row `row` waits for (an earlier event of the call to the same ordered endpoint), or -1.
    int waitsFor(int row) const { return m_waitsFor.value(row, -1); }
    // The same for every row of a call (oldest first): walks each ordered endpoint's deliveries
    // in the call's order, as the engine's lane does: the first one not through heads it (a
    // dead letter too, unless the endpoint skips them), and every later one not sent yet
    // waits for it.
    static QList<int> waitsForAll(const QList<DeliveryRow> &call, const QHash<QString, Ordering> &ordering);
    static QString outcomeText(Outcome outcome);
    // "Held — waits for call.started": the state of an event held behind `eventType`.
    static QString heldText(const QString &eventType);
    QString endpointName(const QString &endpointId) const { return m_names.value(endpointId, endpointId); }
    // "call.ended → CRM sync": a delivery as the operator names it.
    QString label(const DeliveryRow &row) const;
    // The last attempt's result: HTTP code, or the error class when there was no answer.
    static QString lastResult(const DeliveryRow &row);

private:
    QString stateText(int row) const;

    QList<DeliveryRow> m_rows;
    QHash<QString, QString> m_names;
    QHash<QString, Ordering> m_ordering;
    QList<int> m_waitsFor;
};

} // namespace sb::dashboard

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/history/deliveryrow.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace sb::dashboard {

class EngineSession;

// "Retry everything that failed for this call": asks once, naming every delivery it will
// send again (Enter sends, Escape backs out), then resends each one through DeliveryResend,
// the path R in the log takes. What the engine refuses (a disabled endpoint, an expunged
// message) is listed in a message box that stays until read; the results of what was sent
// arrive on the stream like any other attempt.
class CallRetryFlow : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        DeliveryRow row;
        QString label; // "call.ended → CRM sync"
    };

    CallRetryFlow(EngineSession *session, QWidget *dialogParent);

    void start(const QString &callId, const QList<Item> &items);
    bool isRunning() const { return m_waiting > 0; }

signals:
    void statusMessage(const QString &text);
    // Every resend was answered: `sent` taken by the engine, `refused` not.
    void finished(int sent, int refused);

private:
    void send();
    void answered(const Item &item, bool sent, const QString &why);

    EngineSession *m_session;
    QWidget *m_dialogParent;
    QString m_callId;
    QList<Item> m_items;
    int m_waiting = 0;
    int m_sent = 0;
    QStringList m_refusals;
};

} // namespace sb::dashboard

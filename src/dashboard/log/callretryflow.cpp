// SPDX-License-Identifier: GPL-3.0-or-later
#include "callretryflow.h"

#include "dashboard/log/sendagainbox.h"

#include "dashboard/connection/enginesession.h"
#include "dashboard/log/deliveryresend.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace sb::dashboard {

CallRetryFlow::CallRetryFlow(EngineSession *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
}

void CallRetryFlow::start(const QString &callId, const QList<Item> &items)
{
    if (isRunning())
        return emit statusMessage(tr("The last retry of this call is still being sent."));
    if (items.isEmpty())
        return emit statusMessage(tr("Nothing failed for this call: there is nothing to retry."));
    m_callId = callId;
    m_items = items;
    QStringList lines;
    for (const Item &i : items)
        lines.append(u"• " + i.label);
    askToSendAgain(m_dialogParent, tr("Retry this call"),
                   tr("Send %n failed delivery(s) of call %1 again?", nullptr, static_cast<int>(items.size())).arg(callId),
                   lines.join(u'\n'), this, [this] { send(); });
}

void CallRetryFlow::send()
{
    m_waiting = static_cast<int>(m_items.size());
    m_sent = 0;
    m_refusals.clear();
    emit statusMessage(tr("Sending %n delivery(s) of call %1 again…", nullptr, m_waiting).arg(m_callId));
    // One resend per delivery, all asked at once: each is small, and the engine queues them
    // behind the endpoint's own concurrency limit.
    for (const Item &item : std::as_const(m_items)) {
        // The Call view may be closed before the engine answers: then nobody is told.
        DeliveryResend::send(m_session->client(), item.row, [self = QPointer(this), item](const DeliveryResend::Outcome &o) {
            if (!self)
                return;
            QString why = o.error;
            if (!o.code.isEmpty())
                why = tr("%1 (%2 %3)").arg(o.error).arg(o.status).arg(o.code);
            self->answered(item, o.sent, why);
        });
    }
}

void CallRetryFlow::answered(const Item &item, bool sent, const QString &why)
{
    if (sent)
        ++m_sent;
    else
        m_refusals.append(tr("%1: %2").arg(item.label, why));
    if (--m_waiting > 0)
        return;
    const int refused = static_cast<int>(m_refusals.size());
    emit statusMessage(refused == 0
                           ? tr("Sent %n delivery(s) again; the rows change as the results arrive.", nullptr, m_sent)
                           : tr("Sent %1 of %2 again; the engine refused %3.").arg(m_sent).arg(m_sent + refused).arg(refused));
    if (refused > 0) {
        // A refusal needs reading and acting on (enable the endpoint, …): a box that stays.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Retry this call"),
                                    tr("The engine refused to send %n delivery(s) of call %1 again:", nullptr, refused).arg(m_callId),
                                    QMessageBox::Ok, m_dialogParent);
        box->setInformativeText(m_refusals.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit finished(m_sent, refused);
}

} // namespace sb::dashboard

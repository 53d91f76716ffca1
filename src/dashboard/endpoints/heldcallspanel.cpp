// SPDX-License-Identifier: GPL-3.0-or-later
#include "heldcallspanel.h"

#include "dashboard/connection/enginesession.h"
#include "dashboard/log/deliveryresend.h"

#include "core/timeformat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sb::dashboard {

namespace {
enum Column { CallColumn, SinceColumn, MessageColumn };
}

HeldCallsPanel::HeldCallsPanel(EngineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_sendAgain(new QPushButton(this))
    , m_showInLog(new QPushButton(this))
    , m_refreshSoon(new QTimer(this))
{
    m_summary->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Held call"), tr("Held since"), tr("Dead letter holding it")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Held calls"));
    // A few rows at most: the endpoint's form above keeps the room; the list scrolls.
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 9);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_list->installEventFilter(this);
    m_sendAgain->setText(tr("Send the dead letter again"));
    m_showInLog->setText(tr("Show in log"));
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(400);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sendAgain);
    buttons->addWidget(m_showInLog);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_sendAgain, &QPushButton::clicked, this, &HeldCallsPanel::sendSelectedAgain);
    connect(m_showInLog, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_list->currentItem())
            emit showInLogRequested(item->text(MessageColumn));
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HeldCallsPanel::updateButtons);
    connect(m_refreshSoon, &QTimer::timeout, this, &HeldCallsPanel::refresh);
    // A call is held or let go when one of this endpoint's attempts ends.
    connect(session->stream(), &StreamConnection::framesReceived, this, [this](const QList<StreamFrame> &frames) {
        if (!m_holds)
            return;
        for (const StreamFrame &f : frames) {
            if (f.type == StreamFrame::AttemptFinished
                && f.data.value(QLatin1StringView("attempt")).toObject().value(QLatin1StringView("endpointId")).toString()
                       == m_endpointId) {
                m_refreshSoon->start();
                return;
            }
        }
    });
    setVisible(false);
    updateButtons();
}

void HeldCallsPanel::setEndpoint(const QString &appId, const QJsonObject &endpoint)
{
    m_appId = appId;
    m_endpointId = endpoint.value(QLatin1StringView("id")).toString();
    const bool ordered = endpoint.value(QLatin1StringView("ordering")).toString() == u"per-key";
    m_holds = ordered && endpoint.value(QLatin1StringView("orderingOnDeadLetter")).toString() == u"block";
    m_list->clear();
    showList(false);
    m_summary->setText(m_holds ? tr("Each call's events go in order. A dead letter holds its call until it is sent again.")
                               : tr("Each call's events go in order. A dead letter is skipped: its call goes on."));
    setVisible(ordered && !m_endpointId.isEmpty());
    updateButtons();
    if (m_holds)
        refresh();
}

void HeldCallsPanel::setRole(const QString &role)
{
    m_role = role;
    updateButtons();
}

void HeldCallsPanel::refresh()
{
    if (!m_holds)
        return;
    const QString endpointId = m_endpointId;
    QPointer<HeldCallsPanel> self(this);
    m_session->client()->get(u"/api/v1/app/" + m_appId + u"/endpoint/" + endpointId + u"/ordering/blocked",
                             [self, endpointId](const EngineClient::Reply &r) {
        if (!self || self->m_endpointId != endpointId)
            return;
        if (r.status != 200) {
            self->m_summary->setText(tr("Could not read the held calls: %1").arg(r.error));
            return;
        }
        const QString selected = self->m_list->currentItem() ? self->m_list->currentItem()->text(CallColumn) : QString();
        self->m_list->clear();
        for (const QJsonValue &v : r.json.value(QLatin1StringView("data")).toArray()) {
            const QJsonObject held = v.toObject();
            const auto since = parseIsoUtc(held.value(QLatin1StringView("since")).toString());
            auto *item = new QTreeWidgetItem(self->m_list, {held.value(QLatin1StringView("key")).toString(),
                                                            since ? since->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString(),
                                                            held.value(QLatin1StringView("msgId")).toString()});
            if (item->text(CallColumn) == selected)
                self->m_list->setCurrentItem(item);
        }
        const int held = self->m_list->topLevelItemCount();
        self->m_summary->setText(held == 0 ? tr("Each call's events go in order. No call is held by a dead letter.")
                                           : tr("Calls held by a dead letter: %1. Send a call's dead letter again to let "
                                                "the call go on, in order.").arg(held));
        if (!self->m_list->currentItem() && held > 0)
            self->m_list->setCurrentItem(self->m_list->topLevelItem(0));
        self->showList(held > 0);
        self->updateButtons();
        emit self->refreshed();
    });
}

void HeldCallsPanel::sendSelectedAgain()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !m_sendAgain->isEnabled())
        return;
    DeliveryRow row;
    row.appId = m_appId;
    row.endpointId = m_endpointId;
    row.msgId = item->text(MessageColumn);
    const QString call = item->text(CallColumn);
    QPointer<HeldCallsPanel> self(this);
    DeliveryResend::send(m_session->client(), row, [self, call](const DeliveryResend::Outcome &o) {
        if (!self)
            return;
        emit self->statusMessage(o.sent ? tr("Sending the dead letter of %1 again; the call goes on once it is delivered.").arg(call)
                                        : tr("Could not send the dead letter of %1 again: %2").arg(call, o.error));
    });
}

bool HeldCallsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            sendSelectedAgain();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HeldCallsPanel::showList(bool show)
{
    // Nothing held: one line says so, and the form keeps the room.
    m_list->setVisible(show);
    m_sendAgain->setVisible(show);
    m_showInLog->setVisible(show);
}

void HeldCallsPanel::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    const bool mayRetry = m_role == u"admin" || m_role == u"operator";
    m_sendAgain->setEnabled(selected && mayRetry);
    m_sendAgain->setToolTip(mayRetry ? tr("Deliver the selected call's dead letter again now (Enter)")
                                     : tr("Sending again needs the operator or admin role; this token is %1.")
                                           .arg(m_role.isEmpty() ? tr("not yet known") : m_role));
    m_showInLog->setEnabled(selected);
}

} // namespace sb::dashboard

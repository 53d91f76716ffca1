// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkretryflow.h"

#include "deliveryfilter.h"
#include "enginesession.h"

#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>

namespace sb::dashboard {

BulkRetryFlow::BulkRetryFlow(EngineSession *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
    connect(session->reader(), &HistoryReader::countReady, this, [this](quint64 request, qint64 count) {
        if (request != m_countRequest)
            return;
        m_countRequest = 0;
        if (count == 0)
            emit statusMessage(tr("No dead deliveries match the filter."));
        else
            confirm(count);
    });
}

void BulkRetryFlow::start(const QString &filterText)
{
    const auto engineFilter = DeliveryFilter::engineRetryFilter(filterText);
    if (!engineFilter.ok) {
        emit statusMessage(tr("Bulk retry: %1").arg(engineFilter.error));
        return;
    }
    m_engineFilter = engineFilter.body;
    m_filterText = filterText;
    const auto local = DeliveryFilter::parse(filterText);
    m_countRequest = m_session->reader()->requestCount(local.where + u" AND status = 2", local.values);
}

void BulkRetryFlow::confirm(qint64 count)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Retry all matching"),
                                tr("Send %n dead delivery(s) matching \"%1\" again?", nullptr, static_cast<int>(count))
                                    .arg(m_filterText.isEmpty() ? tr("everything") : m_filterText),
                                QMessageBox::Yes | QMessageBox::Cancel, m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, count](int result) {
        if (box->clickedButton() == box->button(QMessageBox::Yes) || result == QMessageBox::Yes)
            startTask(count);
    });
    box->open();
}

void BulkRetryFlow::startTask(qint64 expected)
{
    m_session->client()->post(QStringLiteral("/api/v1/retry"), m_engineFilter, [this, expected](const EngineClient::Reply &r) {
        if (r.status != 202) {
            emit statusMessage(tr("Bulk retry refused: %1").arg(r.error));
            return;
        }
        auto *progress = new QProgressDialog(tr("Retrying dead deliveries…"), tr("Cancel"), 0, static_cast<int>(expected), m_dialogParent);
        progress->setAttribute(Qt::WA_DeleteOnClose);
        progress->setMinimumDuration(0);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        const QString taskId = r.json.value(QLatin1StringView("id")).toString();
        connect(progress, &QProgressDialog::canceled, this, [this, taskId] {
            m_session->client()->post(u"/api/v1/background-task/" + taskId + u"/cancel", {}, [this](const EngineClient::Reply &c) {
                emit statusMessage(c.status == 200 ? tr("Bulk retry cancelled.") : tr("Cancelling failed: %1").arg(c.error));
            });
        });
        progress->show();
        followTask(taskId, progress);
    });
}

void BulkRetryFlow::followTask(const QString &taskId, QProgressDialog *progress)
{
    QPointer<QProgressDialog> guard(progress);
    m_session->client()->get(u"/api/v1/background-task/" + taskId, [this, taskId, guard](const EngineClient::Reply &r) {
        if (!guard)
            return;
        const QJsonObject data = r.json.value(QLatin1StringView("data")).toObject();
        guard->setMaximum(static_cast<int>(std::max<qint64>(1, data.value(QLatin1StringView("total")).toInteger())));
        guard->setValue(static_cast<int>(data.value(QLatin1StringView("done")).toInteger()));
        const QString status = r.json.value(QLatin1StringView("status")).toString();
        if (r.status != 200 || status != u"running") {
            emit statusMessage(tr("Bulk retry %1: %2 of %3 sent again.").arg(status.isEmpty() ? tr("lost") : status)
                                   .arg(data.value(QLatin1StringView("done")).toInteger()).arg(data.value(QLatin1StringView("total")).toInteger()));
            // Closing a progress dialog emits canceled(): stop listening first.
            disconnect(guard.data(), &QProgressDialog::canceled, this, nullptr);
            guard->close();
            return;
        }
        QTimer::singleShot(500, this, [this, taskId, guard] {
            if (guard)
                followTask(taskId, guard);
        });
    });
}

} // namespace sb::dashboard

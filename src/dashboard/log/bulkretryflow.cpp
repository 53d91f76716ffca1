// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkretryflow.h"

#include "dashboard/log/sendagainbox.h"

#include "dashboard/connection/enginesession.h"
#include "dashboard/history/deliveryfilter.h"
#include "dashboard/log/bulkretryprogress.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

#include <algorithm>
#include <memory>

namespace sb::dashboard {

BulkRetryFlow::BulkRetryFlow(EngineSession *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
    connect(session->reader(), &HistoryReader::deadLettersReady, this,
            [this](quint64 request, const QList<HistoryReader::DeadLetterGroup> &groups) {
                if (request != m_request)
                    return;
                m_request = 0;
                plan(groups);
            });
}

void BulkRetryFlow::start(const QString &filterText)
{
    const auto engineFilter = DeliveryFilter::engineRetryFilter(filterText);
    if (!engineFilter.ok) {
        warn(tr("Bulk retry not started"), tr("Bulk retry: %1").arg(engineFilter.error));
        return;
    }
    m_engineFilter = engineFilter.body;
    m_filterText = filterText;
    const auto local = DeliveryFilter::parse(filterText);
    m_request = m_session->reader()->requestDeadLetters(local.where, local.values);
}

void BulkRetryFlow::plan(const QList<HistoryReader::DeadLetterGroup> &groups)
{
    m_targets.clear();
    const bool byEndpoint = m_engineFilter.contains(QLatin1StringView("endpoint"));
    const bool byApp = m_engineFilter.contains(QLatin1StringView("app"));
    qint64 total = 0;
    for (const HistoryReader::DeadLetterGroup &g : groups) {
        total += g.count;
        if (!byApp)
            continue;
        // The engine resolves app and endpoint by id or uid only, while the filter matched
        // names and parts of names here: send the ids the local history found.
        const QString label = g.appName.isEmpty() ? g.appId : g.appName;
        if (!byEndpoint) {
            // One task per application: its endpoints' groups add up.
            auto same = std::find_if(m_targets.begin(), m_targets.end(), [&](const Target &t) {
                return t.body.value(QLatin1StringView("app")).toString() == g.appId;
            });
            if (same != m_targets.end()) {
                same->count += g.count;
                continue;
            }
        }
        Target t{m_engineFilter, label, g.count};
        t.body.insert(QStringLiteral("app"), g.appId);
        if (byEndpoint)
            t.body.insert(QStringLiteral("endpoint"), g.endpointId);
        m_targets.append(t);
    }
    if (total == 0) {
        warn(tr("Nothing to retry"), tr("No dead deliveries match “%1” in this console's history.")
                                         .arg(m_filterText.isEmpty() ? tr("everything") : m_filterText));
        return;
    }
    if (!byApp)
        m_targets.append({m_engineFilter, tr("every application"), total});
    confirm();
}

void BulkRetryFlow::confirm()
{
    qint64 count = 0;
    QStringList labels;
    for (const Target &t : std::as_const(m_targets)) {
        count += t.count;
        if (!labels.contains(t.label))
            labels.append(t.label);
    }
    const QString question = tr("Send %n dead delivery(s) of %1 again?", nullptr, static_cast<int>(count)).arg(labels.join(u", "));
    askToSendAgain(m_dialogParent, tr("Retry all matching"), question,
                   tr("They match “%1” in this console's history. The engine sends each one again now; "
                      "the log shows every result as it arrives.")
                       .arg(m_filterText.isEmpty() ? tr("everything") : m_filterText),
                   this, [this] { startTasks(); });
}

void BulkRetryFlow::startTasks()
{
    // Every task is asked for at once; the progress starts when all have answered.
    struct Round
    {
        qsizetype waiting = 0;
        QList<BulkRetryProgress::Task> started;
        QStringList refused;
    };
    auto round = std::make_shared<Round>();
    round->waiting = m_targets.size();
    const QString what = m_filterText.isEmpty() ? tr("everything") : m_filterText;
    // The view (and this flow with it) may be gone when the answers come: another engine opened.
    QPointer<BulkRetryFlow> self(this);
    for (const Target &t : std::as_const(m_targets)) {
        m_session->client()->post(QStringLiteral("/api/v1/retry"), t.body, [self, round, t, what](const EngineClient::Reply &r) {
            if (!self)
                return;
            if (r.status == 202)
                round->started.append({r.json.value(QLatin1StringView("id")).toString(), t.label});
            else
                round->refused.append(t.label + u": " + r.error);
            if (--round->waiting > 0)
                return;
            if (!round->refused.isEmpty())
                self->warn(tr("Bulk retry refused"), tr("The engine refused the bulk retry:\n%1").arg(round->refused.join(u'\n')));
            if (round->started.isEmpty())
                return;
            auto *progress = new BulkRetryProgress(self->m_session, what, round->started, self->m_dialogParent);
            connect(progress, &BulkRetryProgress::statusMessage, self.data(), &BulkRetryFlow::statusMessage);
            progress->start();
        });
    }
}

void BulkRetryFlow::warn(const QString &title, const QString &text)
{
    // A box, not a status-bar line: the next alert would replace the line before it is read.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace sb::dashboard

// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkretryprogress.h"

#include "dashboard/connection/enginesession.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <memory>

namespace sb::dashboard {
namespace {
constexpr int PollMs = 500;
}

BulkRetryProgress::BulkRetryProgress(EngineSession *session, QString what, QList<Task> tasks, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_what(std::move(what))
    , m_dialog(new QProgressDialog(dialogParent))
{
    for (const Task &t : tasks) {
        State s;
        s.task = t;
        m_tasks.append(s);
    }
    m_dialog->setWindowTitle(tr("Retry all matching"));
    m_dialog->setCancelButtonText(tr("Cancel"));
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setRange(0, 0); // busy until the engine says how many
    m_dialog->setMinimumWidth(m_dialog->fontMetrics().averageCharWidth() * 70);
    connect(m_dialog, &QProgressDialog::canceled, this, &BulkRetryProgress::cancel);
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, &BulkRetryProgress::show);
}

BulkRetryProgress::~BulkRetryProgress()
{
    if (m_dialog) {
        disconnect(m_dialog, nullptr, this, nullptr);
        m_dialog->deleteLater();
    }
}

QProgressDialog *BulkRetryProgress::dialog() const
{
    return m_dialog.data();
}

void BulkRetryProgress::start()
{
    m_sinceProgress.start();
    m_sinceAnswer.start();
    show();
    m_dialog->show();
    m_refresh.start();
    poll();
}

QString BulkRetryProgress::statusText(const QString &status) const
{
    if (status == u"running")
        return tr("running");
    if (status == u"finished")
        return tr("finished");
    if (status == u"cancelled")
        return tr("cancelled");
    if (status == u"failed")
        return tr("failed");
    if (status == u"lost")
        return tr("lost (the engine no longer knows the task; did it restart?)");
    return status;
}

void BulkRetryProgress::poll()
{
    // One round asks for every task still running; the next round starts when all answered.
    auto waiting = std::make_shared<int>(0);
    auto unreachable = std::make_shared<QString>();
    for (qsizetype i = 0; i < m_tasks.size(); ++i) {
        if (m_tasks.at(i).status != u"running")
            continue;
        ++*waiting;
        QPointer<BulkRetryProgress> self(this);
        m_session->client()->get(u"/api/v1/background-task/" + m_tasks.at(i).task.id, [self, i, waiting, unreachable](const EngineClient::Reply &r) {
            if (!self)
                return;
            State &s = self->m_tasks[i];
            if (r.status == 200) {
                const QJsonObject data = r.json.value(QLatin1StringView("data")).toObject();
                s.status = r.json.value(QLatin1StringView("status")).toString();
                s.total = data.value(QLatin1StringView("total")).toInteger();
                s.done = data.value(QLatin1StringView("done")).toInteger();
                s.queued = data.value(QLatin1StringView("waitingFor")).toString() == u"deliveryQueue"
                    ? data.value(QLatin1StringView("queued")).toInteger() : 0;
                const QJsonObject skipped = data.value(QLatin1StringView("skipped")).toObject();
                s.skipped = skipped.value(QLatin1StringView("deliveries")).toInteger();
                s.skippedNames.clear();
                for (const QJsonValue &name : skipped.value(QLatin1StringView("names")).toArray())
                    s.skippedNames.append(name.toString());
            } else if (r.status == 404) {
                s.status = QStringLiteral("lost");
            } else {
                *unreachable = r.error; // asked again next round
            }
            if (--*waiting > 0)
                return;
            self->m_unreachable = *unreachable;
            self->m_sinceAnswer.restart();
            self->show();
            const bool running = std::any_of(self->m_tasks.cbegin(), self->m_tasks.cend(),
                                             [](const State &t) { return t.status == u"running"; });
            if (running)
                QTimer::singleShot(PollMs, self.data(), &BulkRetryProgress::poll);
            else
                self->finish();
        });
    }
}

void BulkRetryProgress::show()
{
    if (!m_dialog)
        return;
    qint64 total = 0, done = 0, queued = 0;
    QStringList statuses;
    for (const State &s : std::as_const(m_tasks)) {
        total += s.total;
        done += s.done;
        if (s.status == u"running")
            queued = std::max(queued, s.queued);
        if (!statuses.contains(statusText(s.status)))
            statuses.append(statusText(s.status));
    }
    if (done != m_lastDone) {
        m_lastDone = done;
        m_sinceProgress.restart();
    }
    QStringList labels;
    for (const State &s : std::as_const(m_tasks))
        labels.append(s.task.label);
    QString text = tr("Retrying the dead deliveries of %1 (%2).").arg(labels.join(u", "), m_what) + u'\n';
    if (m_sinceAnswer.elapsed() >= m_stallAfterMs)
        text += tr("Waiting for the engine (%1 of %2 sent): no answer for %3 s.").arg(done).arg(total).arg(m_sinceAnswer.elapsed() / 1000);
    else if (!m_unreachable.isEmpty())
        text += tr("The engine does not answer (%1); asking again.").arg(m_unreachable);
    else if (queued > 0)
        text += tr("Waiting for the engine (%1 of %2 sent): its delivery queue is busy with %3 deliveries, retries to "
                   "endpoints that are still down included; the bulk retry goes on when there is room.")
                    .arg(done).arg(total).arg(queued);
    else if (m_sinceProgress.elapsed() >= m_stallAfterMs && done < total)
        text += tr("Waiting for the engine (%1 of %2 sent).").arg(done).arg(total);
    else
        text += tr("Engine task %1: %2 of %3 sent again.").arg(statuses.join(u", ")).arg(done).arg(total);
    m_dialog->setLabelText(text);
    if (total > 0) {
        m_dialog->setRange(0, static_cast<int>(std::min<qint64>(total, INT_MAX)));
        m_dialog->setValue(static_cast<int>(std::min(done, total)));
    }
}

void BulkRetryProgress::finish()
{
    m_refresh.stop();
    qint64 total = 0, done = 0;
    QStringList problems, leftAlone;
    for (const State &s : std::as_const(m_tasks)) {
        total += s.total;
        done += s.done;
        if (s.status != u"finished" && !(m_cancelled && s.status == u"cancelled"))
            problems.append(tr("%1: %2, %3 of %4 sent again").arg(s.task.label, statusText(s.status)).arg(s.done).arg(s.total));
        // The engine sends nothing to a disabled endpoint: say which, or the operator waits
        // for deliveries that never come.
        if (s.skipped > 0)
            leftAlone.append(tr("%1: %n dead delivery(s) not sent, because their endpoint is disabled (%2). "
                               "Enable it on the Endpoints tab, then retry.", nullptr, static_cast<int>(s.skipped))
                                .arg(s.task.label, s.skippedNames.join(u", ")));
    }
    if (m_dialog) {
        // Closing a progress dialog emits canceled(): stop listening first.
        disconnect(m_dialog, nullptr, this, nullptr);
        m_dialog->close();
    }
    if (!problems.isEmpty()) {
        // Kept on screen until read: a failed bulk retry must not vanish with the next status line.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Bulk retry did not finish"),
                                    tr("The bulk retry of %1 ended early:\n%2").arg(m_what, (problems + leftAlone).join(u'\n')),
                                    QMessageBox::Ok, qobject_cast<QWidget *>(parent()));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else if (!leftAlone.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Bulk retry left deliveries alone"),
                                    (total == 0   ? tr("The bulk retry of %1 sent nothing. Not sent:\n%2").arg(m_what, leftAlone.join(u'\n'))
                                     // The deliveries left alone are outside the task's count:
                                     // "911 of 911 … not sent: 4" read as a contradiction.
                                     : done == total ? tr("The bulk retry of %1 sent %n dead delivery(s) again. Not sent:\n%2", nullptr,
                                                          static_cast<int>(done))
                                                           .arg(m_what, leftAlone.join(u'\n'))
                                                     : tr("The bulk retry of %1 sent %2 of %3 again. Not sent:\n%4")
                                                           .arg(m_what).arg(done).arg(total).arg(leftAlone.join(u'\n'))),
                                    QMessageBox::Ok, qobject_cast<QWidget *>(parent()));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else if (m_cancelled) {
        emit statusMessage(tr("Bulk retry cancelled: %1 of %2 sent again.").arg(done).arg(total));
    } else {
        emit statusMessage(tr("Bulk retry finished: %1 of %2 sent again; the log shows each result as it arrives.")
                               .arg(done).arg(total));
    }
    deleteLater();
}

void BulkRetryProgress::cancel()
{
    m_cancelled = true;
    for (const State &s : std::as_const(m_tasks)) {
        if (s.status != u"running")
            continue;
        QPointer<BulkRetryProgress> self(this);
        m_session->client()->post(u"/api/v1/background-task/" + s.task.id + u"/cancel", {}, [self](const EngineClient::Reply &c) {
            if (self && c.status != 200)
                emit self->statusMessage(tr("Cancelling failed: %1").arg(c.error));
        });
    }
    // The next poll sees the tasks cancelled and finishes.
}

} // namespace sb::dashboard

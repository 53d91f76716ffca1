// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveriesview.h"

#include "deliveryfilter.h"
#include "deliverylogmodel.h"
#include "enginesession.h"
#include "historyreader.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QDateTime>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <iterator>

namespace sb::dashboard {
namespace {

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

// A timing phase in ms, or a dash where it did not happen (no TLS on http, no connection).
QString phase(const QJsonObject &timing, const char *name)
{
    const double ms = timing.value(QLatin1StringView(name)).toDouble(-1);
    return ms < 0 ? QStringLiteral("—") : QString::number(ms, 'f', 1);
}

QString prettyJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace

DeliveriesView::DeliveriesView(EngineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new DeliveryLogModel(session->reader(), this))
    , m_filter(new QLineEdit(this))
    , m_filterError(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_retry(new QAction(tr("&Retry"), this))
    , m_copyId(new QAction(tr("Copy &id"), this))
    , m_copyCurl(new QAction(tr("Copy as c&URL"), this))
    , m_export(new QAction(tr("&Export…"), this))
    , m_retryAll(new QAction(tr("Retry &all matching…"), this))
{
    m_filter->setPlaceholderText(tr("Filter: status:failed code:5xx event:call.* endpoint:crm after:-1h, or any text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Delivery filter"));
    auto *completer = new QCompleter(new QStringListModel(this), this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_filter->setCompleter(completer);
    m_filterError->setVisible(false);
    m_filterError->setWordWrap(true);
    connect(m_filter, &QLineEdit::textEdited, this, &DeliveriesView::filterEdited);
    connect(m_filter, &QLineEdit::returnPressed, this, &DeliveriesView::applyFilter);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = m_table->fontMetrics();
    const int widths[] = {fm.horizontalAdvance(QStringLiteral("00-00 00:00:00.000")) + 16, fm.averageCharWidth() * 16,
                          fm.averageCharWidth() * 22, fm.averageCharWidth() * 24, fm.averageCharWidth() * 14 + 24,
                          fm.averageCharWidth() * 13, fm.averageCharWidth() * 10, fm.averageCharWidth() * 11};
    for (int c = 0; c < static_cast<int>(std::size(widths)); ++c)
        m_table->horizontalHeader()->resizeSection(c, widths[c]);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setAccessibleName(tr("Delivery log"));
    m_table->addAction(m_retry);
    m_table->addAction(m_copyId);
    m_table->addAction(m_copyCurl);
    m_table->addAction(m_export);
    m_table->addAction(m_retryAll);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeliveriesView::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeliveriesView::showDetail);
    // The selected delivery changed under the user (a retry happened): show it as it is now.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_table->currentIndex().row();
        if (row >= from.row() && row <= to.row())
            showDetail();
    });

    m_retry->setShortcut(QKeySequence(Qt::Key_R));
    m_retry->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_retry->setToolTip(tr("Send the selected delivery again now (R)"));
    connect(m_retry, &QAction::triggered, this, &DeliveriesView::retrySelected);
    m_copyId->setShortcut(QKeySequence::Copy);
    m_copyId->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyId, &QAction::triggered, this, &DeliveriesView::copyId);
    m_copyCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurl->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyCurl, &QAction::triggered, this, &DeliveriesView::copyAsCurl);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setToolTip(tr("Save the rows of the current filter as CSV or JSON (Ctrl+E)"));
    connect(m_export, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export deliveries"), QStringLiteral("deliveries.csv"),
                                                          tr("CSV (*.csv);;JSON (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    m_retryAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_retryAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_retryAll, &QAction::triggered, this, &DeliveriesView::retryAllMatching);
    connect(m_session->reader(), &HistoryReader::countReady, this, [this](quint64 request, qint64 count) {
        if (request != m_countRequest)
            return;
        m_countRequest = 0;
        if (count == 0) {
            emit statusMessage(tr("No dead deliveries match the filter."));
            return;
        }
        auto *confirm = new QMessageBox(QMessageBox::Question, tr("Retry all matching"),
                                        tr("Send %n dead delivery(s) matching \"%1\" again?", nullptr, static_cast<int>(count))
                                            .arg(m_filter->text().isEmpty() ? tr("everything") : m_filter->text()),
                                        QMessageBox::Yes | QMessageBox::Cancel, this);
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        confirm->setDefaultButton(QMessageBox::Cancel);
        connect(confirm, &QMessageBox::finished, this, [this, confirm, count](int result) {
            if (confirm->clickedButton() == confirm->button(QMessageBox::Yes) || result == QMessageBox::Yes)
                startBulkRetry(m_pendingBulk, count);
        });
        confirm->open();
    });
    addAction(m_copyCurl);
    addAction(m_export);
    addAction(m_retryAll);
    connect(m_session->reader(), &HistoryReader::exportProgress, this,
            [this](qint64 rows) { emit statusMessage(tr("Exporting… %1 rows").arg(rows)); });
    connect(m_session->reader(), &HistoryReader::exportFinished, this, [this](bool ok, qint64 rows, const QString &error) {
        emit statusMessage(ok ? tr("Exported %1 rows.").arg(rows) : tr("Export stopped: %1").arg(error));
    });
    auto *focusFilter = new QAction(tr("Filter"), this);
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QAction::triggered, this, [this] { m_filter->setFocus(); m_filter->selectAll(); });
    addAction(focusFilter);
    addAction(m_retry);
    addAction(m_copyId);
    connect(m_table, &QTableView::activated, this, [this] { m_detail->setFocus(); });

    m_detail->setOpenLinks(false);
    m_detail->setAccessibleName(tr("Delivery detail"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_filterError);
    layout->addWidget(split);

    connect(session, &EngineSession::historyChanged, m_model, &DeliveryLogModel::storeChanged);
    // Rows past the retention period are gone from the store: reload rather than show ghosts.
    connect(session->store(), &HistoryStore::pruned, this, [this](qint64 removed) {
        if (removed > 0)
            m_model->setFilter(m_model->filter());
    });
    showDetail();
    connect(session, &EngineSession::roleKnown, this, &DeliveriesView::setRole);
    setRole(session->role());
}

void DeliveriesView::setRole(const QString &role)
{
    const bool mayRetry = role == u"admin" || role == u"operator";
    m_retry->setEnabled(mayRetry);
    m_retryAll->setEnabled(mayRetry);
    m_retry->setToolTip(mayRetry ? tr("Send the selected delivery again now (R)")
                                 : tr("Retrying needs the operator or admin role; this token is %1.")
                                       .arg(role.isEmpty() ? tr("not yet known") : role));
}

void DeliveriesView::filterEdited(const QString &text)
{
    const auto parsed = DeliveryFilter::parse(text);
    // Valid or not while typing; an invalid filter is never applied.
    m_filter->setStyleSheet(parsed.ok ? QString() : QStringLiteral("QLineEdit { background: #fde2e1; }"));
    m_filterError->setVisible(!parsed.ok);
    m_filterError->setText(parsed.ok ? QString() : tr("Not applied: %1").arg(parsed.error));
    auto *list = qobject_cast<QStringListModel *>(m_filter->completer()->model());
    list->setStringList(DeliveryFilter::completions(text, m_filter->cursorPosition()));
}

void DeliveriesView::applyFilter()
{
    const auto parsed = DeliveryFilter::parse(m_filter->text());
    if (!parsed.ok) {
        emit statusMessage(tr("The filter is not valid: %1").arg(parsed.error));
        return;
    }
    m_model->setFilter(parsed);
}

void DeliveriesView::showDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->setHtml(tr("<p style='color:gray'>Select a delivery (arrow keys, Enter) to see its message, payload and "
                             "every attempt. <b>R</b> retries it, <b>Ctrl+C</b> copies its id, <b>Ctrl+F</b> filters.</p>"));
        return;
    }
    const DeliveryRow row = m_model->rowAt(current.row());
    QString html = u"<h3>" + escaped(row.eventType) + u"</h3><p>" + tr("Message <code>%1</code> to endpoint <code>%2</code>: %3")
                       .arg(escaped(row.msgId), escaped(row.endpointId), escaped(DeliveryLogModel::statusText(row)))
        + u"</p>";
    if (row.status == 1 && row.nextAttempt > 0)
        html += u"<p>" + tr("Next attempt at %1.").arg(QDateTime::fromMSecsSinceEpoch(row.nextAttempt).toString(Qt::ISODate)) + u"</p>";
    m_detail->setHtml(html + tr("<p>Loading attempts…</p>"));
    const QString base = u"/api/v1/app/" + row.appId;
    m_session->client()->get(base + u"/attempt/msg/" + row.msgId, [this, html, row, base](const EngineClient::Reply &r) {
        if (m_table->currentIndex().isValid() && !m_model->rowAt(m_table->currentIndex().row()).sameKey(row))
            return; // the selection moved on
        QString timeline = u"<h4>" + tr("Attempts") + u"</h4><table cellpadding=3>";
        for (const QJsonValue &v : r.json.value(QLatin1StringView("data")).toArray()) {
            const QJsonObject a = v.toObject();
            if (a.value(QLatin1StringView("endpointId")).toString() != row.endpointId)
                continue;
            const QJsonObject t = a.value(QLatin1StringView("timing")).toObject();
            timeline += u"<tr><td>" + escaped(a.value(QLatin1StringView("timestamp")).toString()) + u"</td><td>"
                + escaped(a.value(QLatin1StringView("trigger")).toString()) + u"</td><td><b>"
                + QString::number(a.value(QLatin1StringView("responseStatusCode")).toInt()) + u"</b></td><td>"
                + escaped(a.value(QLatin1StringView("errorClass")).toString()) + u"</td><td>"
                + tr("%1 ms (connect %2, TLS %3, first byte %4)").arg(a.value(QLatin1StringView("responseDurationMs")).toInteger())
                      .arg(phase(t, "connectMs"), phase(t, "tlsMs"), phase(t, "firstByteMs"))
                + u"</td><td><code>" + escaped(a.value(QLatin1StringView("response")).toString().left(200)) + u"</code></td></tr>";
        }
        timeline += u"</table>";
        if (r.status != 200)
            timeline = u"<p>" + tr("Attempts unavailable: %1 (the engine is offline; the log shows stored history).").arg(escaped(r.error)) + u"</p>";
        m_detail->setHtml(html + timeline + tr("<p>Loading payload…</p>"));
        m_session->client()->get(base + u"/msg/" + row.msgId, [this, html, timeline, row](const EngineClient::Reply &m) {
            if (m_table->currentIndex().isValid() && !m_model->rowAt(m_table->currentIndex().row()).sameKey(row))
                return;
            const QString payload = m.status == 200
                ? u"<h4>" + tr("Payload") + u"</h4><pre>" + escaped(prettyJson(m.json.value(QLatin1StringView("payload")).toObject())) + u"</pre>"
                : QString();
            m_detail->setHtml(html + timeline + payload);
        });
    });
}

void DeliveriesView::retrySelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_retry->isEnabled())
        return;
    const DeliveryRow row = m_model->rowAt(current.row());
    emit statusMessage(tr("Retrying %1…").arg(row.msgId));
    m_session->client()->post(u"/api/v1/app/" + row.appId + u"/msg/" + row.msgId + u"/endpoint/" + row.endpointId + u"/resend", {},
                              [this, row](const EngineClient::Reply &r) {
                                  emit statusMessage(r.status == 202 ? tr("Retry of %1 sent; the row updates when the result arrives.").arg(row.msgId)
                                                                     : tr("Retry failed: %1").arg(r.error));
                              });
}

void DeliveriesView::exportTo(const QString &path)
{
    const auto format = path.endsWith(u".json", Qt::CaseInsensitive) ? HistoryReader::ExportFormat::Json
                                                                     : HistoryReader::ExportFormat::Csv;
    emit statusMessage(tr("Exporting to %1…").arg(path));
    m_session->reader()->exportRows(m_model->filter().where, m_model->filter().values, path, format);
}

void DeliveriesView::copyAsCurl()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const DeliveryRow row = m_model->rowAt(current.row());
    const QString base = u"/api/v1/app/" + row.appId;
    const auto quote = [](QString s) {
        QString out(u'\'');
        out.append(s.replace(u'\'', QStringLiteral("'\\''"))).append(u'\'');
        return out;
    };
    m_session->client()->get(base + u"/attempt/msg/" + row.msgId, [this, row, base, quote](const EngineClient::Reply &list) {
        QString attemptId;
        for (const QJsonValue &v : list.json.value(QLatin1StringView("data")).toArray()) {
            if (v.toObject().value(QLatin1StringView("endpointId")).toString() == row.endpointId)
                attemptId = v.toObject().value(QLatin1StringView("id")).toString();
        }
        if (attemptId.isEmpty())
            return emit statusMessage(tr("No attempt to copy yet."));
        m_session->client()->get(base + u"/msg/" + row.msgId + u"/attempt/" + attemptId, [this, row, base, quote](const EngineClient::Reply &a) {
            m_session->client()->get(base + u"/msg/" + row.msgId, [this, a, quote](const EngineClient::Reply &m) {
                if (a.status != 200 || m.status != 200)
                    return emit statusMessage(tr("Copy as cURL failed: %1").arg(a.error.isEmpty() ? m.error : a.error));
                // Plain appends: long QStringBuilder chains here trip GCC 12's -Wmaybe-uninitialized.
                QStringList parts{QStringLiteral("curl -X POST"), quote(a.json.value(QLatin1StringView("url")).toString())};
                for (const QJsonValue &h : a.json.value(QLatin1StringView("requestHeaders")).toArray()) {
                    QString header = h.toArray().at(0).toString();
                    header.append(QStringLiteral(": ")).append(h.toArray().at(1).toString());
                    parts.append(QStringLiteral("\\\n  -H ").append(quote(header)));
                }
                const QByteArray payload = QJsonDocument(m.json.value(QLatin1StringView("payload")).toObject()).toJson(QJsonDocument::Compact);
                parts.append(QStringLiteral("\\\n  --data-raw ").append(quote(QString::fromUtf8(payload))));
                const QString curl = parts.join(u' ');
                QApplication::clipboard()->setText(curl);
                emit statusMessage(tr("Copied a cURL command for the latest attempt (its signature expires with its timestamp)."));
            });
        });
    });
}

void DeliveriesView::retryAllMatching()
{
    if (!m_retryAll->isEnabled())
        return;
    const auto engineFilter = DeliveryFilter::engineRetryFilter(m_filter->text());
    if (!engineFilter.ok) {
        emit statusMessage(tr("Bulk retry: %1").arg(engineFilter.error));
        return;
    }
    m_pendingBulk = engineFilter.body;
    const auto local = DeliveryFilter::parse(m_filter->text());
    m_countRequest = m_session->reader()->requestCount(local.where + u" AND status = 2", local.values);
}

void DeliveriesView::startBulkRetry(const QJsonObject &filter, qint64 expected)
{
    m_session->client()->post(QStringLiteral("/api/v1/retry"), filter, [this, expected](const EngineClient::Reply &r) {
        if (r.status != 202) {
            emit statusMessage(tr("Bulk retry refused: %1").arg(r.error));
            return;
        }
        auto *progress = new QProgressDialog(tr("Retrying dead deliveries…"), tr("Cancel"), 0, static_cast<int>(expected), this);
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

void DeliveriesView::followTask(const QString &taskId, QProgressDialog *progress)
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

void DeliveriesView::copyId()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(m_model->rowAt(current.row()).msgId);
}

} // namespace sb::dashboard

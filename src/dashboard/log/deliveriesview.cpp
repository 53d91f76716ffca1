// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveriesview.h"

#include "dashboard/connection/enginesession.h"
#include "dashboard/connection/historysync.h"
#include "dashboard/endpoints/testeventdialog.h"
#include "dashboard/history/deliveryfilter.h"
#include "dashboard/history/historyreader.h"
#include "dashboard/log/bulkretryflow.h"
#include "dashboard/log/callstorymodel.h"
#include "dashboard/log/callview.h"
#include "dashboard/log/deliverydetailpane.h"
#include "dashboard/log/deliverylogmodel.h"
#include "dashboard/log/deliveryresend.h"
#include "dashboard/log/endpointorderings.h"
#include "dashboard/log/heldinlog.h"
#include "dashboard/log/logemptystate.h"
#include "dashboard/log/logfollower.h"
#include "dashboard/log/logpausebar.h"
#include "dashboard/widgets/downintolist.h"
#include "dashboard/widgets/themecolors.h"

#include "core/eventcatalogue.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QFileDialog>
#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

#include <iterator>

namespace sb::dashboard {

DeliveriesView::DeliveriesView(EngineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new DeliveryLogModel(session->reader(), this))
    , m_orderings(new EndpointOrderings(session, this))
    , m_held(new HeldInLog(session, m_orderings, this))
    , m_filter(new QLineEdit(this))
    , m_filterError(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new DeliveryDetailPane(session, this))
    , m_retry(new QAction(tr("&Retry"), this))
    , m_followCall(new QAction(tr("Follow this &call"), this))
    , m_copyId(new QAction(tr("Copy &id"), this))
    , m_copyCurl(new QAction(tr("Copy as c&URL"), this))
    , m_export(new QAction(tr("&Export…"), this))
    , m_retryAll(new QAction(tr("Retry &all matching…"), this))
    , m_sendTest(new QAction(tr("Send &test event…"), this))
{
    m_filter->setPlaceholderText(tr("Filter: status:failed code:5xx event:call.* endpoint:crm after:-1h, or any text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Delivery filter"));
    // Completion works on the term under the cursor, not the whole line: the popup lists
    // terms, and choosing one replaces only that term.
    m_completer = new QCompleter(new QStringListModel(this), this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_filter);
    connect(m_completer, QOverload<const QString &>::of(&QCompleter::activated), this, [this](const QString &completion) {
        const auto [text, cursor] = DeliveryFilter::applyCompletion(m_filter->text(), m_filter->cursorPosition(), completion);
        m_filter->setText(text);
        m_filter->setCursorPosition(cursor);
        filterEdited(text);
    });
    for (const EventType &e : EventCatalogue::builtIn().events())
        m_known.events.append(e.name);
    connect(session->reader(), &HistoryReader::namesReady, this, [this](const QHash<QString, QString> &names) {
        m_known.endpoints.clear();
        m_known.apps.clear();
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            (it.key().startsWith(u"app_") ? m_known.apps : m_known.endpoints).append(it.value());
        m_known.endpoints.sort(Qt::CaseInsensitive);
        m_known.apps.sort(Qt::CaseInsensitive);
    });
    m_filterError->setVisible(false);
    m_filterError->setWordWrap(true);
    connect(m_filter, &QLineEdit::textEdited, this, &DeliveriesView::filterEdited);
    connect(m_filter, &QLineEdit::returnPressed, this, &DeliveriesView::applyFilter);
    // Enter, Down, R: the first row the filter found, as in the endpoint search (a row chosen
    // before may have drifted down the live log since).
    new DownIntoList(m_filter, [this] {
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
        m_table->setFocus(Qt::ShortcutFocusReason);
    });

    m_model->setHeld(m_held);
    m_table->setModel(m_model);
    m_emptyState = new LogEmptyState(m_model, m_table);
    new LogFollower(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = m_table->fontMetrics();
    const int widths[] = {fm.horizontalAdvance(QStringLiteral("00-00 00:00:00.000")) + 16, fm.horizontalAdvance(QStringLiteral("Northwind Insurance")) + 12,
                          fm.horizontalAdvance(QStringLiteral("healthy: Campaign reporting")) + 12,
                          fm.horizontalAdvance(QStringLiteral("workflow.node_executed")) + 20,
                          // A held row says what it waits for: room for a usual event type (the
                          // tooltip and the detail have any longer one whole).
                          fm.horizontalAdvance(CallStoryModel::heldText(QStringLiteral("workflow.started"))) + 40,
                          fm.averageCharWidth() * 13, fm.averageCharWidth() * 10, fm.averageCharWidth() * 11};
    for (int c = 0; c < static_cast<int>(std::size(widths)); ++c)
        m_table->horizontalHeader()->resizeSection(c, widths[c]);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(DeliveryLogModel::Time, Qt::DescendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        // Only time orders the log (the store pages by it); other columns do not sort.
        setOldestFirst(column == DeliveryLogModel::Time ? order == Qt::AscendingOrder : m_model->oldestFirst());
    });
    auto *oldest = new QAction(tr("Go to &oldest"), this);
    oldest->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_End));
    oldest->setToolTip(tr("Show the oldest deliveries first and select the oldest (Ctrl+End)"));
    connect(oldest, &QAction::triggered, this, [this] { setOldestFirst(true); });
    auto *newest = new QAction(tr("Go to &newest"), this);
    newest->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
    newest->setToolTip(tr("Show the newest deliveries first, live, and select the newest (Ctrl+Home)"));
    connect(newest, &QAction::triggered, this, [this] { setOldestFirst(false); });
    for (QAction *a : {oldest, newest}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setAccessibleName(tr("Delivery log"));
    m_table->addAction(m_retry);
    m_table->addAction(m_followCall);
    m_table->addAction(m_copyId);
    m_table->addAction(m_copyCurl);
    m_table->addAction(m_export);
    m_table->addAction(m_retryAll);
    m_table->addAction(m_sendTest);
    m_pauseBar = new LogPauseBar(m_model, m_table, this); // its Pause ends the context menu
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
    m_followCall->setShortcut(QKeySequence(Qt::Key_F));
    m_followCall->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_followCall->setToolTip(tr("Show every event of the selected delivery's call, to every endpoint (F)"));
    connect(m_followCall, &QAction::triggered, this, &DeliveriesView::followCall);
    addAction(m_followCall);
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
    m_bulkRetry = new BulkRetryFlow(session, this);
    connect(m_bulkRetry, &BulkRetryFlow::statusMessage, this, &DeliveriesView::statusMessage);
    addAction(m_copyCurl);
    addAction(m_export);
    addAction(m_retryAll);
    m_sendTest->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_sendTest->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_sendTest, &QAction::triggered, this, &DeliveriesView::sendTestEvent);
    addAction(m_sendTest);
    connect(m_session->reader(), &HistoryReader::exportProgress, this,
            [this](qint64 rows) { emit statusMessage(tr("Exporting… %1 rows").arg(rows)); });
    connect(m_session->reader(), &HistoryReader::exportFinished, this, [this](bool ok, qint64 rows, const QString &error) {
        emit statusMessage(ok ? tr("Exported %1 rows.").arg(rows) : tr("Export stopped: %1").arg(error));
    });
    // Esc, as the empty log says: back to every delivery.
    auto *clearFilter = new QAction(tr("Clear filter"), this);
    clearFilter->setShortcut(QKeySequence(Qt::Key_Escape));
    clearFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(clearFilter, &QAction::triggered, this, [this] {
        if (!m_filter->text().isEmpty() || m_model->filter().where != DeliveryFilter::parse(QString()).where)
            replaceFilter(QString());
    });
    addAction(clearFilter);
    addAction(m_retry);
    addAction(m_copyId);
    connect(m_table, &QTableView::activated, this, [this] { m_detail->setFocus(); });

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_pauseBar);
    layout->addLayout(bar);
    layout->addWidget(m_filterError);
    layout->addWidget(split);

    connect(session, &EngineSession::historyChanged, m_model, &DeliveryLogModel::storeChanged);
    connect(session->sync(), &HistorySync::backfillProgress, m_model, &DeliveryLogModel::olderRowsArrived);
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
    m_sendTest->setEnabled(mayRetry); // the same roles may send test events
    m_sendTest->setToolTip(mayRetry ? tr("Send a test event to the selected row's endpoint (Ctrl+T)")
                                    : tr("Sending test events needs the operator or admin role; this token is %1.")
                                          .arg(role.isEmpty() ? tr("not yet known") : role));
    m_retry->setToolTip(mayRetry ? tr("Send the selected delivery again now (R)")
                                 : tr("Retrying needs the operator or admin role; this token is %1.")
                                       .arg(role.isEmpty() ? tr("not yet known") : role));
}

void DeliveriesView::setOldestFirst(bool oldestFirst)
{
    QHeaderView *header = m_table->horizontalHeader();
    {
        const QSignalBlocker quiet(header);
        header->setSortIndicator(DeliveryLogModel::Time, oldestFirst ? Qt::AscendingOrder : Qt::DescendingOrder);
    }
    header->viewport()->update();
    selectFirstWhenLoaded();
    if (oldestFirst == m_model->oldestFirst())
        m_model->setFilter(m_model->filter()); // reload: the user asked to go to the start
    else
        m_model->setOldestFirst(oldestFirst);
    emit statusMessage(oldestFirst ? tr("Oldest deliveries first; Ctrl+Home returns to the newest.")
                                   : tr("Newest deliveries first."));
}

TestEventDialog *DeliveriesView::sendTestEvent()
{
    if (!m_sendTest->isEnabled())
        return nullptr;
    auto *dialog = new TestEventDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        const DeliveryRow row = m_model->rowAt(current.row());
        dialog->preselect(row.endpointId, row.eventType);
    }
    connect(dialog, &TestEventDialog::showInLogRequested, this, &DeliveriesView::showFilter);
    dialog->show();
    return dialog;
}

void DeliveriesView::showFilter(const QString &filter)
{
    // Whoever sent the operator here (a held call, a test event, an alert, the Overview)
    // meant a delivery: it is selected, its detail shown and the keys (R, F) act on it.
    if (DeliveryFilter::parse(filter.trimmed()).ok)
        selectFirstWhenLoaded();
    replaceFilter(filter);
    m_table->setFocus(Qt::OtherFocusReason);
}

void DeliveriesView::replaceFilter(const QString &filter)
{
    m_filter->setText(filter.trimmed());
    filterEdited(m_filter->text());
    m_completer->popup()->hide();
    applyFilter();
}

void DeliveriesView::selectFirstWhenLoaded()
{
    connect(m_model, &DeliveryLogModel::pageLoaded, this, [this] {
        if (m_model->rowCount() > 0) {
            m_table->setCurrentIndex(m_model->index(0, 0));
            m_table->scrollToTop();
        }
    }, Qt::SingleShotConnection);
}

QList<QAction *> DeliveriesView::menuActions() const
{
    return {m_retry, m_retryAll, nullptr, m_followCall, m_copyId, m_copyCurl, nullptr, m_export, m_sendTest, nullptr,
            m_pauseBar->pauseAction()};
}

void DeliveriesView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void DeliveriesView::filterEdited(const QString &text)
{
    const auto parsed = DeliveryFilter::parse(text);
    // Valid or not while typing; an invalid filter is never applied.
    m_filter->setStyleSheet(parsed.ok ? QString()
                                      : QStringLiteral("QLineEdit { background: %1; }").arg(ThemeColors::of(palette()).errorBackground.name()));
    m_filterError->setVisible(!parsed.ok);
    m_filterError->setText(parsed.ok ? QString() : tr("Not applied: %1").arg(parsed.error));
    // Only once a term is begun: after a space the operator may be done, and Enter must apply
    // the filter, not take the popup's first suggestion.
    const int cursor = m_filter->cursorPosition();
    const bool termBegun = cursor > 0 && !text.at(cursor - 1).isSpace();
    const QStringList candidates = termBegun ? DeliveryFilter::completions(text, cursor, m_known) : QStringList();
    qobject_cast<QStringListModel *>(m_completer->model())->setStringList(candidates);
    if (candidates.isEmpty() || (candidates.size() == 1 && text.endsWith(candidates.constFirst())))
        m_completer->popup()->hide();
    else
        m_completer->complete();
}

void DeliveriesView::applyFilter()
{
    const auto parsed = DeliveryFilter::parse(m_filter->text());
    if (!parsed.ok) {
        emit statusMessage(tr("The filter is not valid: %1").arg(parsed.error));
        return;
    }
    m_model->setFilter(parsed);
    m_emptyState->setFilterText(m_filter->text());
}

void DeliveriesView::showDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_detail->showDelivery(m_model->rowAt(current.row()),
                               m_model->index(current.row(), DeliveryLogModel::Status).data(DeliveryLogModel::StatusTextRole).toString());
    else
        m_detail->showNothing();
}

void DeliveriesView::retrySelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_retry->isEnabled())
        return;
    const DeliveryRow row = m_model->rowAt(current.row());
    emit statusMessage(tr("Retrying %1…").arg(row.msgId));
    DeliveryResend::send(m_session->client(), row, [this, row](const DeliveryResend::Outcome &o) {
        emit statusMessage(o.sent ? tr("Retry of %1 sent; the row updates when the result arrives.").arg(row.msgId)
                                  : tr("Retry failed: %1").arg(o.error));
    });
}

CallView *DeliveriesView::followCall()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    const DeliveryRow row = m_model->rowAt(current.row());
    if (row.correlationKey.isEmpty()) {
        emit statusMessage(tr("This delivery's message carries no call id."));
        return nullptr;
    }
    CallView *view = CallView::follow(m_session, m_orderings, row, this);
    connect(view, &CallView::showInLogRequested, this, &DeliveriesView::showFilter, Qt::UniqueConnection);
    return view;
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
                // A payload the engine masked for this role is not the one that was signed and sent.
                if (payload.contains("[masked]"))
                    return emit statusMessage(tr("Copied a cURL command for the latest attempt, with the payload as masked for your role: "
                                                 "it does not repeat what the endpoint received."));
                emit statusMessage(tr("Copied a cURL command for the latest attempt (its signature expires with its timestamp)."));
            });
        });
    });
}

void DeliveriesView::retryAllMatching()
{
    if (m_retryAll->isEnabled())
        m_bulkRetry->start(m_filter->text());
}

void DeliveriesView::copyId()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(m_model->rowAt(current.row()).msgId);
}

} // namespace sb::dashboard

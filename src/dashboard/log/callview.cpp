// SPDX-License-Identifier: GPL-3.0-or-later
#include "callview.h"

#include "dashboard/connection/enginesession.h"
#include "dashboard/history/historyreader.h"
#include "dashboard/log/callretryflow.h"
#include "dashboard/widgets/themecolors.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sb::dashboard {

CallView::CallView(EngineSession *session, EndpointOrderings *orderings, QString appId, QString callId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_orderings(orderings)
    , m_appId(std::move(appId))
    , m_callId(std::move(callId))
    , m_model(new CallStoryModel(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_gaps(new QLabel(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_retryFailed(new QAction(tr("&Retry everything that failed for this call"), this))
    , m_retryButton(new QPushButton(this))
    , m_retryFlow(new CallRetryFlow(session, this))
{
    setWindowTitle(tr("Call %1").arg(m_callId));
    setAttribute(Qt::WA_DeleteOnClose);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse); // the call id, to paste into a ticket
    for (QLabel *l : {m_summary, m_gaps, m_status}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Deliveries of the call"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = m_table->fontMetrics();
    const int widths[] = {fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + 16,
                          fm.horizontalAdvance(QStringLiteral("workflow.node_executed")) + 16,
                          fm.horizontalAdvance(QStringLiteral("healthy: Campaign reporting")) + 12,
                          // The longest state: an event held behind the longest event type.
                          std::max(fm.horizontalAdvance(CallStoryModel::outcomeText(CallStoryModel::Outcome::Retrying)),
                                   fm.horizontalAdvance(CallStoryModel::heldText(QStringLiteral("workflow.node_executed"))))
                              + 40,
                          fm.horizontalAdvance(m_model->headerData(CallStoryModel::Attempts, Qt::Horizontal).toString()) + 24,
                          fm.horizontalAdvance(QStringLiteral("HTTP 503 (timeout)")) + 16};
    int tableWidth = fm.averageCharWidth() * 12; // the last column, Next retry
    for (int c = 0; c < static_cast<int>(std::size(widths)); ++c) {
        m_table->horizontalHeader()->resizeSection(c, widths[c]);
        tableWidth += widths[c];
    }

    // Enter in the table must never retry: no button of this dialog is a default one.
    m_retryButton->setText(m_retryFailed->text());
    connect(m_retryButton, &QPushButton::clicked, m_retryFailed, &QAction::trigger);
    m_retryFailed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_retryFailed, &QAction::triggered, this, &CallView::retryFailed);
    addAction(m_retryFailed);
    auto *reload = new QAction(tr("Re&fresh"), this);
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, [this] {
        askOrdering(0); // an endpoint's ordering may have been changed meanwhile
        refresh();
    });
    connect(m_orderings, &EndpointOrderings::answered, this, [this] {
        m_model->setOrdering(m_orderings->known());
        updateTexts();
    });
    addAction(reload);
    auto *refreshButton = new QPushButton(reload->text(), this);
    refreshButton->setToolTip(tr("Read the call from the local history again (F5); it also updates by itself"));
    connect(refreshButton, &QPushButton::clicked, reload, &QAction::trigger);
    auto *inLog = new QPushButton(tr("Show in &log"), this);
    inLog->setToolTip(tr("Filter the delivery log to this call"));
    connect(inLog, &QPushButton::clicked, this, [this] { emit showInLogRequested(u"call:" + m_callId); });
    auto *closeButton = new QPushButton(tr("Close"), this);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::close);
    for (QPushButton *b : {m_retryButton, refreshButton, inLog, closeButton})
        b->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_gaps);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retryButton);
    buttons->addStretch(1);
    buttons->addWidget(inLog);
    buttons->addWidget(refreshButton);
    buttons->addWidget(closeButton);
    layout->addLayout(buttons);
    // Every column in view at once: a call's story is read across, not scrolled sideways.
    resize(tableWidth + 60, fm.height() * 34);

    connect(m_retryFlow, &CallRetryFlow::statusMessage, m_status, &QLabel::setText);
    connect(m_retryFlow, &CallRetryFlow::finished, this, &CallView::refresh);
    HistoryReader *reader = session->reader();
    connect(reader, &HistoryReader::callReady, this, &CallView::showStory);
    connect(reader, &HistoryReader::namesReady, this, [this](const QHash<QString, QString> &names) {
        m_appName = names.value(m_appId);
        m_model->setNames(names);
        updateTexts();
    });
    // New frames for any call land in the history many times a second: read this call again
    // at most every 250 ms, as the log does.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(250);
    connect(&m_refresh, &QTimer::timeout, this, &CallView::refresh);
    connect(session, &EngineSession::historyChanged, &m_refresh, [this] {
        if (!m_refresh.isActive())
            m_refresh.start();
    });
    connect(session, &EngineSession::roleKnown, this, &CallView::updateRetry);
    reader->requestNames();
    updateTexts();
    updateRetry();
    refresh();
    m_table->setFocus();
}

CallView *CallView::follow(EngineSession *session, EndpointOrderings *orderings, const DeliveryRow &row, QWidget *parent)
{
    // One window per call: F again on the same call brings its window back.
    for (CallView *open : parent->findChildren<CallView *>()) {
        if (open->appId() == row.appId && open->callId() == row.correlationKey) {
            open->select(row.msgId, row.endpointId);
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *view = new CallView(session, orderings, row.appId, row.correlationKey, parent);
    view->select(row.msgId, row.endpointId);
    view->show();
    return view;
}

void CallView::refresh()
{
    m_request = m_session->reader()->requestCall(m_appId, m_callId);
}

void CallView::select(const QString &msgId, const QString &endpointId)
{
    m_wantedMsg = msgId;
    m_wantedEndpoint = endpointId;
    if (const int row = m_model->rowOf(msgId, endpointId); row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_table->currentIndex());
    }
}

void CallView::showStory(quint64 request, const QList<DeliveryRow> &rows)
{
    if (request != m_request)
        return; // another view's question, or one superseded by a newer read
    // The selection follows its delivery across a reset (a new event of the call arrived).
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        m_wantedMsg = m_model->rowAt(current.row()).msgId;
        m_wantedEndpoint = m_model->rowAt(current.row()).endpointId;
    }
    m_model->setRows(rows);
    askOrdering();
    const int row = m_model->rowOf(m_wantedMsg, m_wantedEndpoint);
    if (row >= 0 && m_table->currentIndex().row() != row) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_table->currentIndex()); // the delivery F was pressed on, in view
    } else if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, 0));
    }
    m_loadedOnce = true;
    updateTexts();
    updateRetry();
    emit loaded();
}

void CallView::askOrdering(qint64 maxAgeMs)
{
    QSet<QString> asked;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const QString &endpointId = m_model->rowAt(i).endpointId;
        if (!asked.contains(endpointId)) {
            asked.insert(endpointId);
            m_orderings->ordering(m_appId, endpointId, maxAgeMs);
        }
    }
    m_model->setOrdering(m_orderings->known());
}

void CallView::updateTexts()
{
    m_title->setText(m_appName.isEmpty() ? tr("Call %1").arg(m_callId) : tr("Call %1 of %2").arg(m_callId, m_appName));
    const ThemeColors colors = ThemeColors::of(palette());
    QPalette gapsPalette = m_gaps->palette();
    if (!m_loadedOnce) {
        m_summary->setText(tr("Reading the call from the local history…"));
        m_gaps->clear();
        return;
    }
    const CallStoryModel::Summary s = m_model->summary();
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("This console's history holds no delivery of this call (it may be older than the history kept)."));
        m_gaps->clear();
        return;
    }
    const QString from = QDateTime::fromMSecsSinceEpoch(s.first).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString to = QDateTime::fromMSecsSinceEpoch(s.last).toString(QStringLiteral("HH:mm:ss"));
    m_summary->setText(tr("%n event(s)", nullptr, s.events) + u' ' + tr("to %n endpoint(s)", nullptr, s.endpoints) + u", "
                       + tr("from %1 to %2").arg(from, to) + u": "
                       // Deliveries, not events: one event goes to every endpoint that takes it.
                       + tr("of its %n delivery(s), ", nullptr, s.delivered + s.dead + s.waiting)
                       + tr("%1 delivered, %n dead letter(s), %2 not delivered yet.", nullptr, s.dead).arg(s.delivered).arg(s.waiting));
    const QStringList gaps = m_model->gaps();
    gapsPalette.setColor(QPalette::WindowText, gaps.isEmpty() ? colors.good : s.dead > 0 ? colors.bad : colors.warning);
    m_gaps->setPalette(gapsPalette);
    // A long call (a simulator's, a campaign's) can have dozens of gaps: the first few say
    // what is wrong, the table holds them all and must keep the room to show them.
    constexpr qsizetype Shown = 6;
    QString text = tr("Not delivered:") + u'\n' + gaps.mid(0, Shown).join(u'\n');
    if (gaps.size() > Shown)
        text += u'\n' + tr("… and %n more, all in the table below.", nullptr, static_cast<int>(gaps.size() - Shown));
    m_gaps->setText(gaps.isEmpty() ? tr("Every event of this call reached every endpoint.") : text);
}

void CallView::updateRetry()
{
    const QString role = m_session->role();
    const bool mayRetry = role == u"admin" || role == u"operator";
    const qsizetype failed = m_model->failedRows().size();
    m_retryFailed->setEnabled(mayRetry && failed > 0);
    m_retryButton->setEnabled(m_retryFailed->isEnabled());
    m_retryButton->setToolTip(!mayRetry ? tr("Retrying needs the operator or admin role; this token is %1.")
                                              .arg(role.isEmpty() ? tr("not yet known") : role)
                                  : failed == 0 ? tr("Nothing failed for this call.")
                                                : tr("Send the %n failed delivery(s) of this call again (Ctrl+R)", nullptr,
                                                     static_cast<int>(failed)));
}

void CallView::retryFailed()
{
    if (!m_retryFailed->isEnabled())
        return;
    QList<CallRetryFlow::Item> items;
    for (const DeliveryRow &row : m_model->failedRows())
        items.append({row, m_model->label(row)});
    m_retryFlow->start(m_callId, items);
}

} // namespace sb::dashboard

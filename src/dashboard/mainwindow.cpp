// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "deliveriesview.h"
#include "enginesession.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace sb::dashboard {

MainWindow::MainWindow(EngineSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_areas(new QTabWidget(this))
{
    setWindowTitle(session ? tr("Switchboard — %1").arg(session->engine().toDisplayString()) : tr("Switchboard"));
    const auto placeholder = [this](const QString &text) {
        auto *label = new QLabel(text, m_areas);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        return label;
    };
    m_areas->addTab(placeholder(tr("Delivery health charts arrive with the next release; the Deliveries tab has the live log.")),
                    tr("&Overview"));
    if (session) {
        m_deliveries = new DeliveriesView(session, m_areas);
        m_areas->addTab(m_deliveries, tr("&Deliveries"));
        m_areas->setCurrentWidget(m_deliveries);
        connect(m_deliveries, &DeliveriesView::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    } else {
        m_areas->addTab(placeholder(tr("Start with --engine URL and SWITCHBOARD_TOKEN set to see the delivery log.")), tr("&Deliveries"));
    }
    m_areas->addTab(placeholder(tr("Endpoint editing arrives with the next release.")), tr("&Endpoints"));
    setCentralWidget(m_areas);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *filterHelp = help->addAction(tr("&Filter language"));
    filterHelp->setShortcut(QKeySequence::HelpContents);
    connect(filterHelp, &QAction::triggered, this, &MainWindow::showFilterHelp);
    QAction *about = help->addAction(tr("&About Switchboard"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Switchboard"),
                           tr("<p><b>Switchboard %1</b></p><p>Webhook delivery for voice-AI and telephony platforms.</p>"
                              "<p>GPL-3.0-or-later.</p>").arg(QCoreApplication::applicationVersion()));
    });

    m_engine = new QLabel(this);
    m_state = new QLabel(this);
    m_seq = new QLabel(this);
    m_role = new QLabel(this);
    for (QLabel *l : {m_engine, m_state, m_seq, m_role})
        statusBar()->addPermanentWidget(l);
    if (session) {
        connect(session->stream(), &StreamConnection::stateChanged, this, &MainWindow::updateStatus);
        connect(session, &EngineSession::historyChanged, this, &MainWindow::updateStatus);
        connect(session, &EngineSession::roleKnown, this, &MainWindow::updateStatus);
    }
    updateStatus();
    resize(1280, 800);
}

QString MainWindow::filterHelpText()
{
    return tr("<h3>Filtering the delivery log</h3>"
              "<p>Type terms separated by spaces; every term must match. Press Enter to apply. "
              "A filter with a mistake turns red, says why, and is not applied.</p>"
              "<table cellpadding=3>"
              "<tr><td><code>status:failed</code></td><td>the last attempt failed (retrying or dead)</td></tr>"
              "<tr><td><code>status:dead</code></td><td>every retry used up: dead letters</td></tr>"
              "<tr><td><code>status:retrying</code>, <code>status:pending</code>, <code>status:succeeded</code></td><td>by state</td></tr>"
              "<tr><td><code>code:5xx</code>, <code>code:404</code>, <code>code:&gt;=500</code>, <code>code:none</code></td><td>HTTP status of the last attempt</td></tr>"
              "<tr><td><code>error:timeout</code></td><td>error class: timeout, dns, connect, tls, http, redirect, body-too-large, policy</td></tr>"
              "<tr><td><code>event:call.*</code></td><td>event type, <code>*</code> matches anything</td></tr>"
              "<tr><td><code>endpoint:crm</code>, <code>app:acme</code></td><td>by id, uid, name or description</td></tr>"
              "<tr><td><code>after:-1h</code>, <code>before:2026-11-20T10:00</code></td><td>relative (s, m, h) or absolute, local time</td></tr>"
              "<tr><td><code>-status:succeeded</code></td><td>a leading minus negates a term</td></tr>"
              "<tr><td><code>call_42</code> or <code>\"quoted text\"</code></td><td>free text over ids, event types and responses</td></tr>"
              "</table>"
              "<p>Keys: Ctrl+F filter, Enter detail, R retry, Ctrl+Shift+R retry all matching dead letters, "
              "Ctrl+C copy id, Ctrl+Shift+C copy as cURL, Ctrl+E export.</p>");
}

void MainWindow::showFilterHelp()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Filter language"), filterHelpText(), QMessageBox::Close, this);
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString MainWindow::connectionText() const
{
    if (!m_session)
        return tr("Not connected");
    switch (m_session->stream()->state()) {
    case StreamConnection::State::Live:
        return tr("Live");
    case StreamConnection::State::CatchingUp:
        return tr("Catching up…");
    case StreamConnection::State::Connecting:
        return tr("Connecting…");
    case StreamConnection::State::WaitingToReconnect:
        return tr("Offline — showing stored history; reconnecting in about %1 s").arg(m_session->stream()->reconnectDelayMs() / 1000 + 1);
    case StreamConnection::State::Disconnected:
        return tr("Offline — showing stored history");
    }
    return {};
}

void MainWindow::updateStatus()
{
    m_state->setText(connectionText());
    if (!m_session)
        return;
    m_engine->setText(m_session->engine().toDisplayString());
    const qint64 stored = m_session->store()->lastSeq();
    const qint64 lag = std::max<qint64>(0, m_session->stream()->engineLastSeq() - stored);
    m_seq->setText(tr("seq %1 · lag %2").arg(stored).arg(lag));
    m_role->setText(m_session->role().isEmpty() ? tr("role unknown") : tr("role: %1").arg(m_session->role()));
}

} // namespace sb::dashboard

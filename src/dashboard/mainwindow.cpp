// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "deliveriesview.h"
#include "enginesession.h"

#include <QLabel>
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "dashboard/alerts/alertcentre.h"
#include "dashboard/alerts/alertmonitor.h"
#include "dashboard/alerts/trayalerts.h"
#include "dashboard/connection/enginesession.h"
#include "dashboard/connection/profilestore.h"
#include "dashboard/connection/tokenvault.h"
#include "dashboard/endpoints/endpointsview.h"
#include "dashboard/log/deliveriesview.h"
#include "dashboard/overview/overviewview.h"
#include "dashboard/settings/profilesdialog.h"
#include "dashboard/settings/settingsdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QLabel>
#include <QMenu>
#include <QScreen>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>

namespace sb::dashboard {

MainWindow::MainWindow(EngineSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_areas(new QTabWidget(this))
{
    setWindowTitle(tr("Switchboard"));
    const auto placeholder = [this](const QString &text) {
        auto *label = new QLabel(text, m_areas);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        return label;
    };
    m_overviewPlaceholder = placeholder(tr("Not connected to an engine: delivery health appears here once you are."));
    m_areas->addTab(m_overviewPlaceholder, tr("&Overview"));
    m_deliveriesPlaceholder = placeholder(tr("Not connected to an engine. Choose Engine ▸ Profiles… (Ctrl+Shift+P) to add one, "
                                             "or start with --engine URL and SWITCHBOARD_TOKEN set."));
    m_areas->addTab(m_deliveriesPlaceholder, tr("&Deliveries"));
    m_endpointsPlaceholder = placeholder(tr("Not connected to an engine: its applications and endpoints appear here once you are."));
    m_areas->addTab(m_endpointsPlaceholder, tr("Endpoint&s"));
    setCentralWidget(m_areas);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence(tr("Ctrl+,")));
    file->addSeparator();
    // Quit ends the console, tray included (closing the window only hides it when there is a tray).
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QCoreApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    m_tray = new TrayAlerts(this);
    m_tray->setMuted(m_settings.alertsMuted());
    connect(m_tray, &TrayAlerts::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayAlerts::openLogRequested, this, &MainWindow::showLog);
    connect(m_tray, &TrayAlerts::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_tray, &TrayAlerts::mutedChanged, this, [this](bool muted) { m_settings.setAlertsMuted(muted); });
    // Alerts stay listed in the centre until resolved (and a while after), whatever the status
    // bar shows meanwhile; it opens from the status bar's count, View ▸ Alerts or Ctrl+Shift+A.
    m_alertCentre = new AlertCentre(m_tray->hasTray(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_alertCentre);
    m_alertCentre->hide();
    connect(m_alertCentre, &AlertCentre::openLogRequested, this, &MainWindow::showLog);
    // One Ctrl+F for the whole window, wherever the focus is (the tab bar, the Overview, or
    // nowhere yet): it searches the area shown, and from the Overview the delivery log. Each
    // area having its own key left it dead outside that area, and two would be ambiguous.
    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, &MainWindow::focusSearch);
    addAction(find);
    m_logMenu = menuBar()->addMenu(tr("&Log"));
    m_logMenu->setEnabled(false);
    // Whatever the tab, what the Log menu did is seen in the log.
    connect(m_logMenu, &QMenu::triggered, this, [this] {
        if (m_deliveries)
            m_areas->setCurrentWidget(m_deliveries);
    });
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *alerts = view->addAction(tr("&Alerts"), m_alertCentre, &AlertCentre::showAndFocus);
    alerts->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_engineMenu = menuBar()->addMenu(tr("&Engine"));
    rebuildEngineMenu();
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
    m_backfill = new QLabel(this);
    m_backfill->setObjectName(QStringLiteral("backfillStatus"));
    m_backfill->setToolTip(tr("The recent past is here and live. Older deliveries are being copied from the engine; "
                              "the log's older rows and the totals of longer ranges fill in as they arrive."));
    statusBar()->addPermanentWidget(m_alertCentre->statusButton());
    for (QLabel *l : {m_backfill, m_engine, m_state, m_seq, m_role})
        statusBar()->addPermanentWidget(l);
    setSession(session);
    resize(1280, 800);
    // Most of a large screen: the log has nine columns and a detail pane to fit.
    if (const QScreen *screen = this->screen(); screen && screen->availableSize().width() > 1400)
        resize((screen->availableSize() * 0.88).expandedTo(QSize(1280, 800)));
}

MainWindow::~MainWindow()
{
    m_alertCentre->follow(nullptr, nullptr); // its last changes are kept before the session goes
    // The views read the session: they go first.
    delete m_deliveries;
    m_deliveries = nullptr;
    delete m_endpoints;
    m_endpoints = nullptr;
    delete m_overview;
    m_overview = nullptr;
    delete m_alerts;
    m_alerts = nullptr;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_tray->hasTray() && !qApp->quitOnLastWindowClosed()) {
        hide();
        if (!m_toldAboutTray) {
            m_toldAboutTray = true;
            m_tray->notify({QStringLiteral("tray"), Alert::Severity::Warning, tr("Switchboard keeps running"),
                            tr("Alerts still arrive here. Quit from the tray icon's menu or with Ctrl+Q."), {}, {}, {}, {}});
        }
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::applyAlertSettings()
{
    m_tray->setMuted(m_settings.alertsMuted());
    if (m_alerts)
        m_alerts->setThresholds({double(m_settings.alertFailurePercent()), 5});
}

void MainWindow::setSession(EngineSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->stream(), nullptr, this, nullptr);
    }
    const int index = m_areas->indexOf(m_deliveries ? static_cast<QWidget *>(m_deliveries) : m_deliveriesPlaceholder);
    const bool wasCurrent = m_areas->currentIndex() == index;
    m_areas->removeTab(index);
    delete m_deliveries; // its actions leave the Log menu with it
    m_deliveries = nullptr;
    m_logMenu->clear();
    m_logMenu->setEnabled(false);
    const int overviewIndex = m_areas->indexOf(m_overview ? static_cast<QWidget *>(m_overview) : m_overviewPlaceholder);
    m_areas->removeTab(overviewIndex);
    delete m_overview;
    m_overview = nullptr;
    m_areas->removeTab(m_areas->indexOf(m_endpoints ? static_cast<QWidget *>(m_endpoints) : m_endpointsPlaceholder));
    delete m_endpoints;
    m_endpoints = nullptr;
    delete m_alerts;
    m_alerts = nullptr;
    m_alertCentre->follow(nullptr, nullptr); // kept in the history they came from...
    m_alertCentre->clear();                  // ...and not shown beside another engine's
    if (!session)
        m_ownedSession.reset();
    m_session = session;

    if (session) {
        m_overview = new OverviewView(session, m_areas);
        m_areas->insertTab(overviewIndex, m_overview, tr("&Overview"));
        m_deliveries = new DeliveriesView(session, m_areas);
        m_areas->insertTab(index, m_deliveries, tr("&Deliveries"));
        m_logMenu->clear();
        for (QAction *a : m_deliveries->menuActions()) {
            if (a)
                m_logMenu->addAction(a);
            else
                m_logMenu->addSeparator();
        }
        m_logMenu->setEnabled(true);
        m_endpoints = new EndpointsView(session, m_areas);
        m_areas->insertTab(m_areas->indexOf(m_deliveries) + 1, m_endpoints, tr("Endpoint&s"));
        connect(m_endpoints, &EndpointsView::showInLogRequested, this, &MainWindow::showLog);
        // The Overview's health table opens an endpoint's settings here (its failures go to the log).
        connect(m_overview, &OverviewView::editEndpointRequested, this, [this](const QString &endpointId) {
            m_areas->setCurrentWidget(m_endpoints);
            m_endpoints->selectEndpoint(endpointId);
        });
        connect(m_endpoints, &EndpointsView::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
        connect(m_overview, &OverviewView::openLog, this, &MainWindow::showLog);
        m_alerts = new AlertMonitor(session, this);
        applyAlertSettings();
        connect(m_alerts, &AlertMonitor::raised, this, [this](const Alert &alert) {
            m_tray->notify(alert);
            statusBar()->showMessage(alert.text, 15'000); // a sentence of its own; the title is the tray's
        });
        connect(m_alerts, &AlertMonitor::healthChanged, m_tray, &TrayAlerts::setHealth);
        m_alertCentre->follow(m_alerts, session->reader(), session->store());
        m_alerts->check();
        // The Overview first: the state of things at a glance, then the log to dig in.
        m_areas->setCurrentWidget(m_overview);
        connect(m_deliveries, &DeliveriesView::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
        connect(session->stream(), &StreamConnection::stateChanged, this, &MainWindow::updateStatus);
        connect(session->stream(), &StreamConnection::answeringChanged, this, &MainWindow::updateStatus);
        connect(session, &EngineSession::historyChanged, this, &MainWindow::updateStatus);
        connect(session, &EngineSession::roleKnown, this, &MainWindow::updateStatus);
        connect(session->sync(), &HistorySync::backfillProgress, this, &MainWindow::updateStatus);
        connect(session, &EngineSession::historyGap, this, [this](qint64 from, qint64 to) {
            statusBar()->showMessage(tr("The engine had already pruned changes %1–%2, which this computer never received; "
                                        "the history goes on after them.").arg(from).arg(to));
        });
        session->store()->setRetentionDays(m_settings.retentionDays());
        setWindowTitle(tr("Switchboard — %1").arg(session->displayName()));
    } else {
        m_areas->insertTab(overviewIndex, m_overviewPlaceholder, tr("&Overview"));
        m_areas->insertTab(index, m_deliveriesPlaceholder, tr("&Deliveries"));
        m_areas->insertTab(m_areas->indexOf(m_deliveriesPlaceholder) + 1, m_endpointsPlaceholder, tr("Endpoint&s"));
        if (wasCurrent)
            m_areas->setCurrentIndex(index);
        setWindowTitle(tr("Switchboard"));
    }
    m_deliveriesPlaceholder->setVisible(!session && m_areas->currentWidget() == m_deliveriesPlaceholder);
    updateStatus();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(&m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, [this] {
        if (m_session)
            m_session->store()->setRetentionDays(m_settings.retentionDays());
        applyAlertSettings();
    });
    dialog->open();
}

void MainWindow::showLog(const QString &filter)
{
    if (!m_deliveries)
        return;
    m_areas->setCurrentWidget(m_deliveries); // first: the log takes the focus
    m_deliveries->showFilter(filter);
}

void MainWindow::focusSearch()
{
    if (m_endpoints && m_areas->currentWidget() == m_endpoints) {
        m_endpoints->focusSearch();
        return;
    }
    if (!m_deliveries)
        return;
    m_areas->setCurrentWidget(m_deliveries);
    m_deliveries->focusFilter();
}

void MainWindow::setProfiles(ProfileStore *profiles, TokenVault *vault)
{
    m_profiles = profiles;
    m_vault = vault;
    rebuildEngineMenu();
}

void MainWindow::rebuildEngineMenu()
{
    m_engineMenu->clear();
    QAction *manage = m_engineMenu->addAction(tr("&Profiles…"), this, &MainWindow::showProfiles);
    manage->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    manage->setEnabled(m_profiles);
    if (!m_profiles)
        return;
    const QList<EngineProfile> profiles = m_profiles->profiles();
    if (!profiles.isEmpty())
        m_engineMenu->addSection(tr("Connect to"));
    int number = 1;
    for (const EngineProfile &p : profiles) {
        // Alt+1…9 switches between the first nine engines from anywhere.
        QAction *a = m_engineMenu->addAction(number <= 9 ? tr("&%1 %2").arg(number).arg(p.name) : p.name);
        if (number <= 9)
            a->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_0 + number)));
        a->setCheckable(true);
        a->setChecked(p.id == m_profileId);
        a->setToolTip(p.url.toDisplayString());
        connect(a, &QAction::triggered, this, [this, p] { openProfile(p); });
        ++number;
    }
}

void MainWindow::showProfiles()
{
    if (!m_profiles)
        return;
    auto *dialog = new ProfilesDialog(m_profiles, m_vault, m_profileId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfilesDialog::profilesChanged, this, &MainWindow::rebuildEngineMenu);
    connect(dialog, &ProfilesDialog::connectRequested, this, &MainWindow::openProfile);
    dialog->open();
}

void MainWindow::openProfile(const EngineProfile &profile)
{
    if (!m_vault)
        return;
    // Another engine replaces the Endpoints area: unsaved edits there are asked about first.
    if (m_endpoints && !m_endpoints->confirmLeave()) {
        rebuildEngineMenu(); // the menu's check mark goes back to the current engine
        return;
    }
    statusBar()->showMessage(tr("Connecting to %1…").arg(profile.name));
    QPointer<MainWindow> self(this);
    m_vault->read(profile.id, [self, profile](const QByteArray &token, TokenVault::Location where) {
        if (!self)
            return;
        auto session = std::make_unique<EngineSession>(profile.url, token, EngineSession::historyPathForProfile(profile.id));
        session->setDisplayName(profile.name);
        session->setVerifyTls(profile.verifyTls);
        session->start();
        self->m_profileId = profile.id;
        // The old session outlives the view that reads it; setSession deletes the view.
        std::unique_ptr<EngineSession> previous = std::move(self->m_ownedSession);
        self->m_ownedSession = std::move(session);
        self->setSession(self->m_ownedSession.get());
        previous.reset();
        if (self->m_profiles)
            self->m_profiles->setLastUsed(profile.id);
        self->rebuildEngineMenu();
        self->statusBar()->showMessage(where == TokenVault::Location::Nowhere
                                           ? tr("No token is stored for “%1”: add one in Engine ▸ Profiles.").arg(profile.name)
                                           : tr("Connected to %1.").arg(profile.name),
                                       8000);
        emit self->sessionOpened();
    });
}

QString MainWindow::filterHelpText()
{
    return tr("<h3>Filtering the delivery log</h3>"
              "<p>Type terms separated by spaces; every term must match. Press Enter to apply. "
              "A filter with a mistake turns red, says why, and is not applied.</p>"
              "<table cellpadding=3>"
              "<tr><td><code>status:failed</code></td><td>the last attempt failed (retrying or dead)</td></tr>"
              "<tr><td><code>attempt:failed</code></td><td>some attempt failed, even if a later one succeeded</td></tr>"
              "<tr><td><code>status:dead</code></td><td>every retry used up: dead letters</td></tr>"
              "<tr><td><code>status:retrying</code>, <code>status:pending</code>, <code>status:succeeded</code></td><td>by state</td></tr>"
              "<tr><td><code>code:5xx</code>, <code>code:404</code>, <code>code:&gt;=500</code>, <code>code:none</code></td><td>HTTP status of the last attempt</td></tr>"
              "<tr><td><code>error:timeout</code></td><td>error class: timeout, dns, connect, tls, http, redirect, body-too-large, policy</td></tr>"
              "<tr><td><code>event:call.*</code></td><td>event type, <code>*</code> matches anything</td></tr>"
              "<tr><td><code>endpoint:crm</code>, <code>app:acme</code></td><td>part of a name, uid, description or URL, in any case, or the beginning of an id</td></tr>"
              "<tr><td><code>call:c_42</code></td><td>the deliveries of one call: its call id, exactly as the engine found it in the payload</td></tr>"
              "<tr><td><code>after:-1h</code>, <code>before:2026-11-20T10:00</code></td><td>relative (s, m, h) or absolute, local time</td></tr>"
              "<tr><td><code>-status:succeeded</code></td><td>a leading minus negates a term</td></tr>"
              "<tr><td><code>msg_2Lq…</code>, <code>atmpt_…</code></td><td>a message or attempt id, or its beginning (fast)</td></tr>"
              "<tr><td><code>call_42</code> or <code>\"quoted text\"</code></td><td>words of event types and of responses (a full-text index)</td></tr>"
              "</table>"
              "<p>Keys: Ctrl+F filter, Esc clear the filter, Enter detail, R retry, F follow the delivery's call, Ctrl+Shift+R retry all matching dead letters, Ctrl+End oldest first, Ctrl+Home newest first, "
              "Ctrl+C copy id, Ctrl+Shift+C copy as cURL, Ctrl+E export, Space pause or resume the live log.</p>");
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
    // A stopped engine keeps its connection open and says nothing: without this the stream
    // would still read "Live" while no change arrives.
    if (!m_session->stream()->engineAnswering())
        return tr("Engine not answering since %1").arg(m_session->stream()->silentSince().toString(QStringLiteral("HH:mm:ss")));
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
    // Anything but a live, answering engine stands out: at 3 a.m. "Live" and "not answering"
    // must not look alike.
    const bool healthy = m_session && m_session->stream()->engineAnswering()
                         && m_session->stream()->state() == StreamConnection::State::Live;
    QFont font = m_state->font();
    font.setBold(!healthy);
    m_state->setFont(font);
    QPalette palette = m_state->palette();
    palette.setColor(QPalette::WindowText, healthy ? this->palette().color(QPalette::WindowText) : QColor(0xc0, 0x20, 0x20));
    m_state->setPalette(palette);
    m_backfill->setVisible(false);
    if (!m_session)
        return;
    m_engine->setText(m_session->engine().toDisplayString());
    const qint64 stored = m_session->store()->lastSeq();
    const qint64 lag = std::max<qint64>(0, m_session->stream()->engineLastSeq() - stored);
    // The engine's last seq is only as fresh as its last word: no lag figure from a silent one.
    m_seq->setText(m_session->stream()->engineAnswering() ? tr("seq %1 · lag %2").arg(stored).arg(lag)
                                                          : tr("seq %1 · lag unknown").arg(stored));
    m_role->setText(m_session->role().isEmpty() ? tr("role unknown") : tr("role: %1").arg(m_session->role()));
    m_backfill->setVisible(m_session->sync()->backfilling());
    m_backfill->setText(tr("Copying older history: %1 %").arg(m_session->sync()->backfillPercent()));
}

} // namespace sb::dashboard

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/connection/engineprofile.h"
#include "dashboard/settings/consolesettings.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QTabWidget;

namespace sb::dashboard {

class AlertCentre;
class AlertMonitor;
class DeliveriesView;
class EndpointsView;
class TrayAlerts;
class OverviewView;
class EngineSession;
class ProfileStore;
class TokenVault;

// The console's shell: Overview, Deliveries and Endpoints areas, the alert centre (a dock), and
// a status bar that counts active alerts and says which engine, how the stream is doing, how
// far the local history has got, and the role.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `session` (may be null) stays the caller's; sessions opened from profiles are the window's.
    explicit MainWindow(EngineSession *session = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Enables the Engine menu: profiles to create, edit and switch between.
    void setProfiles(ProfileStore *profiles, TokenVault *vault);
    // Reads the profile's token, then connects to it (the current session closes).
    void openProfile(const sb::dashboard::EngineProfile &profile);
    void showProfiles();
    void showSettings();
    ConsoleSettings &settings() { return m_settings; }
    // Replaces what the window shows with `session`'s history and stream.
    void setSession(EngineSession *session);
    EngineSession *session() const { return m_session; }
    QString profileId() const { return m_profileId; }

    QTabWidget *areas() const { return m_areas; }
    DeliveriesView *deliveries() const { return m_deliveries; }
    OverviewView *overview() const { return m_overview; }
    EndpointsView *endpoints() const { return m_endpoints; }
    AlertMonitor *alerts() const { return m_alerts; }
    TrayAlerts *tray() const { return m_tray; }
    AlertCentre *alertCentre() const { return m_alertCentre; }
    // Switches to the delivery log, filtered.
    void showLog(const QString &filter);
    QString connectionText() const;
    // The filter language as the Help menu (F1) explains it.
    static QString filterHelpText();
    void showFilterHelp();
    // Ctrl+F: the current area's search; from the Overview, the delivery log's filter.
    void focusSearch();

signals:
    // A profile's session is connected and shown (tests wait for it).
    void sessionOpened();

protected:
    // With a tray, closing the window keeps the console running there (alerts keep coming).
    void closeEvent(QCloseEvent *event) override;

private:
    void updateStatus();
    void applyAlertSettings();
    void rebuildEngineMenu();

    EngineSession *m_session = nullptr;
    std::unique_ptr<EngineSession> m_ownedSession;
    ConsoleSettings m_settings;
    ProfileStore *m_profiles = nullptr;
    TokenVault *m_vault = nullptr;
    QString m_profileId;
    QMenu *m_engineMenu = nullptr;
    QMenu *m_logMenu = nullptr; // the log's actions (DeliveriesView::menuActions)
    QWidget *m_deliveriesPlaceholder = nullptr;
    OverviewView *m_overview = nullptr;
    AlertMonitor *m_alerts = nullptr;
    TrayAlerts *m_tray = nullptr;
    AlertCentre *m_alertCentre = nullptr;
    bool m_toldAboutTray = false;
    QWidget *m_overviewPlaceholder = nullptr;
    QTabWidget *m_areas = nullptr;
    DeliveriesView *m_deliveries = nullptr;
    EndpointsView *m_endpoints = nullptr;
    QWidget *m_endpointsPlaceholder = nullptr;
    QLabel *m_engine = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_seq = nullptr;
    QLabel *m_role = nullptr;
    QLabel *m_backfill = nullptr; // the older past still being copied (a first sync)
};

} // namespace sb::dashboard

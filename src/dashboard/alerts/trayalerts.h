// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/alerts/alertrules.h"

#include <QIcon>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace sb::dashboard {

// The console in the system tray: an icon whose colour is the overall health, a menu to show
// the window, mute alerts or quit, and desktop notifications for new alerts; clicking one
// asks for the log filtered to its cause. Without a tray (some desktops, offscreen) alerts
// are still reported through lastNotification() and the signal, for the window's status bar.
class TrayAlerts : public QObject
{
    Q_OBJECT

public:
    explicit TrayAlerts(QObject *parent = nullptr);
    ~TrayAlerts() override;

    bool hasTray() const { return m_tray != nullptr; }
    void setHealth(sb::dashboard::Health health);
    Health health() const { return m_health; }
    void setMuted(bool muted);
    bool muted() const { return m_muted; }

    // Shows `alert` as a desktop notification unless muted.
    void notify(const sb::dashboard::Alert &alert);
    const Alert &lastNotification() const { return m_last; }
    // What clicking the last notification does (tests call it; the tray's messageClicked too).
    void activateLastNotification();

    // A round icon in the health's colour, drawn for every common size so it stays crisp.
    static QIcon iconFor(sb::dashboard::Health health);
    static QString describe(sb::dashboard::Health health);

signals:
    void showWindowRequested();
    void openLogRequested(const QString &filter);
    void mutedChanged(bool muted);
    void quitRequested();
    void notified(const sb::dashboard::Alert &alert);

private:
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_mute = nullptr;
    Health m_health = Health::Unknown;
    bool m_muted = false;
    Alert m_last;
};

} // namespace sb::dashboard

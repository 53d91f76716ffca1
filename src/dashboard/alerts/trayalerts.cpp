// SPDX-License-Identifier: GPL-3.0-or-later
#include "trayalerts.h"

#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace sb::dashboard {

TrayAlerts::TrayAlerts(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(iconFor(Health::Unknown), this);
    m_menu = new QMenu;
    m_menu->addAction(tr("&Show Switchboard"), this, &TrayAlerts::showWindowRequested);
    m_mute = m_menu->addAction(tr("&Mute alerts"));
    m_mute->setCheckable(true);
    connect(m_mute, &QAction::toggled, this, [this](bool on) {
        m_muted = on;
        emit mutedChanged(on);
    });
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayAlerts::quitRequested);
    m_tray->setContextMenu(m_menu);
    m_tray->setToolTip(describe(Health::Unknown));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showWindowRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayAlerts::activateLastNotification);
    m_tray->show();
}

TrayAlerts::~TrayAlerts()
{
    delete m_menu;
}

QString TrayAlerts::describe(Health health)
{
    switch (health) {
    case Health::Good: return tr("Switchboard: deliveries healthy");
    case Health::Warning: return tr("Switchboard: needs attention");
    case Health::Critical: return tr("Switchboard: deliveries failing or engine unreachable");
    case Health::Unknown: break;
    }
    return tr("Switchboard: no data yet");
}

QIcon TrayAlerts::iconFor(Health health)
{
    const QColor colour = health == Health::Good      ? QColor(0x2e, 0x9e, 0x4f)
                        : health == Health::Warning   ? QColor(0xe0, 0x9f, 0x1f)
                        : health == Health::Critical  ? QColor(0xd6, 0x3c, 0x32)
                                                      : QColor(0x9e, 0x9e, 0x9e);
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal ring = std::max<qreal>(1.0, size / 12.0);
        p.setPen(QPen(colour.darker(140), ring));
        p.setBrush(colour);
        p.drawEllipse(QRectF(ring, ring, size - 2 * ring, size - 2 * ring));
        // A plug's two pins: the switchboard motif, legible from 22 px up.
        if (size >= 22) {
            p.setPen(QPen(Qt::white, size / 10.0, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(size * 0.4, size * 0.3), QPointF(size * 0.4, size * 0.55));
            p.drawLine(QPointF(size * 0.6, size * 0.3), QPointF(size * 0.6, size * 0.55));
            p.drawLine(QPointF(size * 0.5, size * 0.62), QPointF(size * 0.5, size * 0.75));
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

void TrayAlerts::setHealth(Health health)
{
    m_health = health;
    if (!m_tray)
        return;
    m_tray->setIcon(iconFor(health));
    m_tray->setToolTip(describe(health));
}

void TrayAlerts::setMuted(bool muted)
{
    m_muted = muted;
    if (m_mute) {
        const QSignalBlocker quiet(m_mute);
        m_mute->setChecked(muted);
    }
}

void TrayAlerts::notify(const Alert &alert)
{
    if (m_muted)
        return;
    m_last = alert;
    emit notified(alert);
    if (m_tray)
        m_tray->showMessage(alert.title, alert.text,
                            alert.severity == Alert::Severity::Critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, 10'000);
}

void TrayAlerts::activateLastNotification()
{
    emit showWindowRequested();
    if (!m_last.logFilter.isEmpty())
        emit openLogRequested(m_last.logFilter);
}

} // namespace sb::dashboard

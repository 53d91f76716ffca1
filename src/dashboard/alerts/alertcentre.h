// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/alerts/alertrules.h"

#include <QDockWidget>
#include <QStringList>
#include <QTimer>

#include <functional>

class QAction;
class QLabel;
class QToolButton;
class QTreeView;

namespace sb::dashboard {

class AlertLogModel;
class AlertMonitor;
class HistoryReader;
class HistoryStore;

// The alert centre: a dock listing current and recent alerts (state, since when, application,
// endpoint, what), where Enter or a double-click opens the log filtered to an alert's cause.
// A status-bar button counts the active alerts ("2 alerts") and opens it, so an alert is never
// just a status-bar line that the next one replaces. Without a system tray it says, once and
// in place, that alerts are only shown here.
class AlertCentre : public QDockWidget
{
    Q_OBJECT

public:
    AlertCentre(bool hasTray, QWidget *parent = nullptr);

    // Follows `monitor` (null: none); names applications with `reader`'s names; keeps the
    // list in `store`, so that the alerts of the night are still listed after a restart.
    void follow(AlertMonitor *monitor, HistoryReader *reader, HistoryStore *store = nullptr);
    // Forgets every alert (another engine).
    void clear();

    AlertLogModel *model() const { return m_model; }
    QTreeView *list() const { return m_list; }
    QToolButton *statusButton() const { return m_button; }
    QLabel *noTrayNote() const { return m_noTray; }
    // Shows the centre with the focus on its list (the status-bar button and Ctrl+Shift+A).
    void showAndFocus();
    // The clock (tests set one).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

signals:
    void openLogRequested(const QString &filter);

private:
    void updateButton();
    void restoreFrom(const QByteArray &json);
    void saveNow();

    AlertLogModel *m_model;
    QTreeView *m_list;
    QLabel *m_noTray;
    QToolButton *m_button;
    QTimer m_expire;
    HistoryReader *m_reader = nullptr;
    HistoryStore *m_store = nullptr;
    QTimer m_save;
    // Restored as active: resolved at the monitor's next look unless it raises them again.
    QStringList m_unconfirmed;
    std::function<QDateTime()> m_clock;
};

} // namespace sb::dashboard

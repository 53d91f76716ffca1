// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace sb::dashboard {

class DeliveriesView;
class EngineSession;

// The console's shell: Overview, Deliveries and Endpoints areas, and a status bar that says
// which engine, how the stream is doing, how far the local history has got, and the role.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(EngineSession *session = nullptr, QWidget *parent = nullptr);

    QTabWidget *areas() const { return m_areas; }
    DeliveriesView *deliveries() const { return m_deliveries; }
    QString connectionText() const;
    // The filter language as the Help menu (F1) explains it.
    static QString filterHelpText();
    void showFilterHelp();

private:
    void updateStatus();

    EngineSession *m_session;
    QTabWidget *m_areas = nullptr;
    DeliveriesView *m_deliveries = nullptr;
    QLabel *m_engine = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_seq = nullptr;
    QLabel *m_role = nullptr;
};

} // namespace sb::dashboard

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QTabWidget;

namespace sb::dashboard {

// The console's shell: Overview, Deliveries and Endpoints areas.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    QTabWidget *areas() const { return m_areas; }

private:
    QTabWidget *m_areas = nullptr;
};

} // namespace sb::dashboard

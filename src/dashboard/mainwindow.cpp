// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>

namespace sb::dashboard {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_areas(new QTabWidget(this))
{
    setWindowTitle(tr("Switchboard"));
    const auto placeholder = [this](const QString &text) {
        auto *label = new QLabel(text, m_areas);
        label->setAlignment(Qt::AlignCenter);
        return label;
    };
    m_areas->addTab(placeholder(tr("Delivery health appears here once an engine is connected.")),
                    tr("&Overview"));
    m_areas->addTab(placeholder(tr("The delivery log appears here once an engine is connected.")),
                    tr("&Deliveries"));
    m_areas->addTab(placeholder(tr("Endpoints appear here once an engine is connected.")),
                    tr("&Endpoints"));
    setCentralWidget(m_areas);
    statusBar()->showMessage(tr("Not connected"));
    resize(1200, 800);
}

} // namespace sb::dashboard

// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertcentre.h"

#include "dashboard/alerts/alertlogmodel.h"
#include "dashboard/alerts/alertmonitor.h"
#include "dashboard/history/historyreader.h"
#include "dashboard/history/historystore.h"
#include "dashboard/widgets/themecolors.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace sb::dashboard {

AlertCentre::AlertCentre(bool hasTray, QWidget *parent)
    : QDockWidget(tr("Alerts"), parent)
    , m_model(new AlertLogModel(this))
    , m_list(new QTreeView(this))
    , m_noTray(new QLabel(this))
    , m_button(new QToolButton(parent))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    setObjectName(QStringLiteral("alertCentre"));
    // The button goes in the window's status bar, outside the dock; with no window (a test,
    // an embedding) the dock owns it so it is not leaked.
    if (!parent)
        m_button->setParent(this);
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAccessibleName(tr("Alerts"));
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(AlertLogModel::State, 130);
    m_list->setColumnWidth(AlertLogModel::Since, 120);
    m_list->setColumnWidth(AlertLogModel::App, 150);
    m_list->setColumnWidth(AlertLogModel::Endpoint, 170);
    // Enter and double-click both come as activated: the log, filtered to the cause.
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString filter = index.data(AlertLogModel::FilterRole).toString();
        if (!filter.isEmpty())
            emit openLogRequested(filter);
    });
    // Said once, here, where the operator looks for alerts: the tray is not silently missing.
    m_noTray->setText(tr("No system tray on this desktop: alerts appear only here and in the status bar, "
                         "not as desktop notifications."));
    m_noTray->setWordWrap(true);
    m_noTray->setVisible(!hasTray);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_noTray);
    layout->addWidget(m_list);
    setWidget(body);

    m_button->setAutoRaise(true);
    m_button->setFocusPolicy(Qt::TabFocus);
    m_button->setAccessibleName(tr("Alerts"));
    m_button->setToolTip(tr("Open the alert centre (Ctrl+Shift+A)"));
    connect(m_button, &QToolButton::clicked, this, &AlertCentre::showAndFocus);
    connect(m_model, &AlertLogModel::activeCountChanged, this, &AlertCentre::updateButton);
    updateButton();

    // Every change is kept, a moment later: a burst of raises is one write.
    m_save.setSingleShot(true);
    m_save.setInterval(500);
    connect(&m_save, &QTimer::timeout, this, &AlertCentre::saveNow);
    connect(m_model, &QAbstractItemModel::rowsInserted, &m_save, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsRemoved, &m_save, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsMoved, &m_save, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, &m_save, qOverload<>(&QTimer::start));

    // Resolved alerts stay a while, then go.
    m_expire.setInterval(60'000);
    connect(&m_expire, &QTimer::timeout, this, [this] { m_model->expire(m_clock()); });
    m_expire.start();
}

void AlertCentre::follow(AlertMonitor *monitor, HistoryReader *reader, HistoryStore *store)
{
    if (m_reader)
        disconnect(m_reader, nullptr, this, nullptr);
    m_reader = reader;
    if (reader) {
        connect(reader, &HistoryReader::namesReady, this, [this](const QHash<QString, QString> &names) { m_model->setNames(names); });
        reader->requestNames();
    }
    if (m_store) {
        if (m_save.isActive())
            saveNow(); // what changed last goes to the history it belongs to
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    m_unconfirmed.clear();
    if (store) {
        connect(store, &HistoryStore::alertsLoaded, this, &AlertCentre::restoreFrom);
        if (store->isOpen())
            restoreFrom(store->savedAlerts());
    }
    if (!monitor)
        return;
    connect(monitor, &AlertMonitor::raised, this, [this](const Alert &alert) {
        m_unconfirmed.removeAll(alert.key);
        m_model->raise(alert, m_clock());
        // A new application may have appeared since the names were read.
        if (m_reader && !alert.appId.isEmpty())
            m_reader->requestNames();
    });
    connect(monitor, &AlertMonitor::cleared, this, [this](const QString &key) { m_model->resolve(key, m_clock()); });
    connect(monitor, &AlertMonitor::checked, this, [this] {
        const QDateTime now = m_clock();
        for (const QString &key : std::exchange(m_unconfirmed, {}))
            m_model->resolve(key, now);
    });
}

void AlertCentre::restoreFrom(const QByteArray &json)
{
    if (json.isEmpty())
        return;
    m_unconfirmed += m_model->restore(QJsonDocument::fromJson(json).array());
    m_model->expire(m_clock());
}

void AlertCentre::saveNow()
{
    m_save.stop();
    if (m_store)
        m_store->saveAlerts(QJsonDocument(m_model->toJson()).toJson(QJsonDocument::Compact));
}

void AlertCentre::clear()
{
    m_model->clear();
}

void AlertCentre::showAndFocus()
{
    show();
    raise();
    m_list->setFocus();
    if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
}

void AlertCentre::updateButton()
{
    const int active = m_model->activeCount();
    // Three strings rather than "%n alert(s)": English has no translation file to pick a plural from.
    m_button->setText(active == 0 ? tr("No alerts") : active == 1 ? tr("1 alert") : tr("%1 alerts").arg(active));
    const ThemeColors c = ThemeColors::of(m_button->palette());
    m_button->setStyleSheet(active == 0 ? QString()
                                        : QStringLiteral("QToolButton { color: %1; font-weight: bold; }")
                                              .arg((m_model->worstActive() == Alert::Severity::Critical ? c.bad : c.warning).name()));
}

} // namespace sb::dashboard

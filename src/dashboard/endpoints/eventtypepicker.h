// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace sb::dashboard {

// The event types an endpoint subscribes to, from the event catalogue: a checkable tree by
// group (checking a group checks all its events) with a search box. Nothing checked means
// every event type, as the engine reads an absent filterTypes.
class EventTypePicker : public QWidget
{
    Q_OBJECT

public:
    explicit EventTypePicker(QWidget *parent = nullptr);

    // nullopt: every event type.
    void setSelection(const std::optional<QStringList> &types);
    std::optional<QStringList> selection() const;
    void setReadOnly(bool readOnly);
    // An operational webhook endpoint picks among the engine's own events (endpoint disabled,
    // message exhausted, …), any other among the catalogue's. Unchecks what it hides.
    void setOperational(bool operational);

    QLineEdit *searchEdit() const { return m_search; }
    QTreeWidget *tree() const { return m_tree; }
    QTreeWidgetItem *groupItem(const QString &group) const;
    QTreeWidgetItem *eventItem(const QString &type) const;

signals:
    void selectionChanged();

private:
    void filter(const QString &text);
    void updateSummary();
    QTreeWidgetItem *otherGroup();
    void addOperationalGroup();
    bool belongsToMode(const QTreeWidgetItem *group) const;

    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    bool m_loading = false;
    bool m_operational = false;
};

} // namespace sb::dashboard

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

    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    bool m_loading = false;
};

} // namespace sb::dashboard

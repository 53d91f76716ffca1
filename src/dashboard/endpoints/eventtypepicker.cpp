// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtypepicker.h"

#include "core/eventcatalogue.h"
#include "core/operationalevents.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sb::dashboard {

namespace {
constexpr int TypeRole = Qt::UserRole;
constexpr int GroupRole = Qt::UserRole + 1;
const QString OtherGroup = QStringLiteral("\x01other");
const QString OperationalGroup = QStringLiteral("\x01operational");
} // namespace

EventTypePicker::EventTypePicker(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Search event types"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search event types"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setAccessibleName(tr("Event types"));
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumHeight(m_tree->fontMetrics().height() * 9);
    m_tree->setMaximumHeight(m_tree->fontMetrics().height() * 14);
    const EventCatalogue &catalogue = EventCatalogue::builtIn();
    for (const EventGroup &g : catalogue.groups()) {
        auto *group = new QTreeWidgetItem(m_tree, {g.title});
        group->setData(0, GroupRole, g.name);
        group->setToolTip(0, g.description);
        group->setFlags(group->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        group->setCheckState(0, Qt::Unchecked);
        for (const EventType &e : catalogue.eventsInGroup(g.name)) {
            auto *item = new QTreeWidgetItem(group, {e.name});
            item->setData(0, TypeRole, e.name);
            item->setToolTip(0, e.description);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
        }
    }
    addOperationalGroup();
    m_summary->setWordWrap(true);
    connect(m_search, &QLineEdit::textChanged, this, &EventTypePicker::filter);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] {
        if (m_loading)
            return;
        updateSummary();
        emit selectionChanged();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);
    layout->addWidget(m_summary);
    setFocusProxy(m_search);
    updateSummary();
}

void EventTypePicker::addOperationalGroup()
{
    const QHash<QString, QString> descriptions{
        {QStringLiteral("endpoint.disabled"), tr("An endpoint was disabled: it answered 410 Gone, failed too long, or by hand.")},
        {QStringLiteral("message.attempt.exhausted"), tr("A message used up its retries: a dead letter.")},
        {QStringLiteral("message.attempt.failing"), tr("A message failed its first attempts and is still being retried.")},
        {QStringLiteral("message.attempt.recovered"), tr("A failing message got through.")},
        {QStringLiteral("endpoint.created"), tr("An endpoint was created.")},
        {QStringLiteral("endpoint.updated"), tr("An endpoint was changed.")},
        {QStringLiteral("endpoint.deleted"), tr("An endpoint was deleted.")},
        {QStringLiteral("background_task.finished"), tr("A bulk retry, recovery or replay finished.")},
    };
    auto *group = new QTreeWidgetItem(m_tree, {tr("Operational events")});
    group->setData(0, GroupRole, OperationalGroup);
    group->setToolTip(0, tr("What the engine tells its operators"));
    group->setFlags(group->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
    group->setCheckState(0, Qt::Unchecked);
    for (const QLatin1StringView type : OperationalEventTypes) {
        auto *item = new QTreeWidgetItem(group, {QString(type)});
        item->setData(0, TypeRole, QString(type));
        item->setToolTip(0, descriptions.value(QString(type)));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
    }
    group->setHidden(true);
    group->setExpanded(true);
}

bool EventTypePicker::belongsToMode(const QTreeWidgetItem *group) const
{
    const QString name = group->data(0, GroupRole).toString();
    return name == OtherGroup || (name == OperationalGroup) == m_operational;
}

void EventTypePicker::setOperational(bool operational)
{
    if (operational == m_operational)
        return;
    m_operational = operational;
    const QSignalBlocker quiet(m_tree);
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool shown = belongsToMode(group);
        group->setHidden(!shown);
        if (!shown) {
            group->setCheckState(0, Qt::Unchecked);
            for (int i = 0; i < group->childCount(); ++i)
                group->child(i)->setCheckState(0, Qt::Unchecked);
        }
    }
    m_search->clear();
    updateSummary();
}

QTreeWidgetItem *EventTypePicker::groupItem(const QString &group) const
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        if (m_tree->topLevelItem(g)->data(0, GroupRole).toString() == group)
            return m_tree->topLevelItem(g);
    }
    return nullptr;
}

QTreeWidgetItem *EventTypePicker::eventItem(const QString &type) const
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, TypeRole).toString() == type)
                return group->child(i);
        }
    }
    return nullptr;
}

QTreeWidgetItem *EventTypePicker::otherGroup()
{
    if (QTreeWidgetItem *other = groupItem(OtherGroup))
        return other;
    auto *other = new QTreeWidgetItem(m_tree, {tr("Not in the catalogue")});
    other->setData(0, GroupRole, OtherGroup);
    other->setFlags(other->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
    other->setCheckState(0, Qt::Unchecked);
    return other;
}

void EventTypePicker::setSelection(const std::optional<QStringList> &types)
{
    m_loading = true;
    {
        const QSignalBlocker quiet(m_tree);
        delete groupItem(OtherGroup); // types of the previous endpoint only
        for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = m_tree->topLevelItem(g);
            for (int i = 0; i < group->childCount(); ++i)
                group->child(i)->setCheckState(0, Qt::Unchecked);
        }
        for (const QString &type : types.value_or(QStringList())) {
            QTreeWidgetItem *item = eventItem(type);
            if (!item) {
                item = new QTreeWidgetItem(otherGroup(), {type});
                item->setData(0, TypeRole, type);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            }
            item->setCheckState(0, Qt::Checked);
        }
    }
    m_loading = false;
    // Auto-tristate parents follow their children only through itemChanged: set them here.
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int checked = 0;
        for (int i = 0; i < group->childCount(); ++i)
            checked += group->child(i)->checkState(0) == Qt::Checked;
        const QSignalBlocker quiet(m_tree);
        group->setData(0, Qt::CheckStateRole, checked == 0 ? Qt::Unchecked
                                                  : checked == group->childCount() ? Qt::Checked
                                                                                    : Qt::PartiallyChecked);
        group->setExpanded(checked > 0 && checked < group->childCount());
    }
    m_tree->viewport()->update();
    updateSummary();
}

std::optional<QStringList> EventTypePicker::selection() const
{
    QStringList out;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->checkState(0) == Qt::Checked)
                out.append(group->child(i)->data(0, TypeRole).toString());
        }
    }
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

void EventTypePicker::setReadOnly(bool readOnly)
{
    // Browsable, not editable: items lose their check box interaction.
    const QSignalBlocker quiet(m_tree);
    const auto apply = [readOnly](QTreeWidgetItem *item) {
        item->setFlags(readOnly ? item->flags() & ~Qt::ItemIsUserCheckable : item->flags() | Qt::ItemIsUserCheckable);
    };
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        apply(group);
        for (int i = 0; i < group->childCount(); ++i)
            apply(group->child(i));
    }
}

void EventTypePicker::filter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool groupMatches = needle.isEmpty() || group->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = groupMatches || item->text(0).contains(needle, Qt::CaseInsensitive)
                || item->toolTip(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match;
        }
        group->setHidden(shown == 0 || !belongsToMode(group));
        group->setExpanded(!needle.isEmpty() && shown > 0);
    }
}

void EventTypePicker::updateSummary()
{
    const auto selected = selection();
    m_summary->setText(selected ? tr("%n event type(s) checked.", nullptr, static_cast<int>(selected->size()))
                                : tr("None checked: the endpoint gets every event type."));
}

} // namespace sb::dashboard

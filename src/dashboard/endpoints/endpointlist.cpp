// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointlist.h"

#include "dashboard/endpoints/endpointdirectory.h"

#include <QHeaderView>

#include <algorithm>

namespace sb::dashboard {

EndpointList::EndpointList(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Endpoint"), tr("URL")});
    setAccessibleName(tr("Endpoints by application"));
    setUniformRowHeights(true);
    setRootIsDecorated(true);
    header()->resizeSection(0, fontMetrics().averageCharWidth() * 30);
}

int EndpointList::rebuild(const EndpointDirectory &directory, const QString &currentId)
{
    clear();
    int count = 0;
    for (const EndpointDirectory::App &a : directory.apps()) {
        auto *app = new QTreeWidgetItem(this, {a.name()});
        app->setData(0, AppRole, a.id());
        app->setToolTip(0, a.id());
        QFont bold = app->font(0);
        bold.setBold(true);
        app->setFont(0, bold);
        app->setFirstColumnSpanned(true);
        for (const QJsonObject &e : a.endpoints) {
            const bool disabled = e.value(QLatin1StringView("disabled")).toBool();
            const QString label = EndpointDirectory::endpointLabel(e);
            const QString url = e.value(QLatin1StringView("url")).toString();
            auto *item = new QTreeWidgetItem(app, {disabled ? tr("%1 (disabled)").arg(label) : label, url});
            item->setData(0, IdRole, e.value(QLatin1StringView("id")).toString());
            item->setData(0, AppRole, a.id());
            item->setToolTip(0, e.value(QLatin1StringView("id")).toString());
            item->setToolTip(1, url);
            if (disabled) {
                item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
                item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
            }
            ++count;
        }
        app->setExpanded(true);
    }
    if (QTreeWidgetItem *item = itemFor(currentId))
        setCurrentItem(item);
    return count;
}

void EndpointList::applySearch(const QString &text)
{
    // Every word somewhere in the endpoint or its application, as people type it: "globex
    // down" finds Globex Logistics' "down: CRM sync".
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    const auto found = [](const QString &word, std::initializer_list<QString> in) {
        return std::any_of(in.begin(), in.end(), [&word](const QString &t) { return t.contains(word, Qt::CaseInsensitive); });
    };
    for (int a = 0; a < topLevelItemCount(); ++a) {
        QTreeWidgetItem *app = topLevelItem(a);
        const auto inApp = [&](const QString &word) { return found(word, {app->text(0), app->toolTip(0)}); };
        const bool appMatches = std::all_of(words.begin(), words.end(), inApp);
        int shown = 0;
        for (int i = 0; i < app->childCount(); ++i) {
            QTreeWidgetItem *item = app->child(i);
            const bool match = appMatches || std::all_of(words.begin(), words.end(), [&](const QString &word) {
                return inApp(word) || found(word, {item->text(0), item->text(1), item->toolTip(0)});
            });
            item->setHidden(!match);
            shown += match;
        }
        app->setHidden(!appMatches && shown == 0);
    }
}

QTreeWidgetItem *EndpointList::itemFor(const QString &endpointId) const
{
    if (endpointId.isEmpty())
        return nullptr;
    for (int a = 0; a < topLevelItemCount(); ++a) {
        QTreeWidgetItem *app = topLevelItem(a);
        for (int i = 0; i < app->childCount(); ++i) {
            if (app->child(i)->data(0, IdRole).toString() == endpointId)
                return app->child(i);
        }
    }
    return nullptr;
}

QTreeWidgetItem *EndpointList::firstEndpoint() const
{
    for (int a = 0; a < topLevelItemCount(); ++a) {
        if (topLevelItem(a)->childCount())
            return topLevelItem(a)->child(0);
    }
    return nullptr;
}

QTreeWidgetItem *EndpointList::firstShownEndpoint() const
{
    for (int a = 0; a < topLevelItemCount(); ++a) {
        const QTreeWidgetItem *app = topLevelItem(a);
        for (int i = 0; !app->isHidden() && i < app->childCount(); ++i) {
            if (!app->child(i)->isHidden())
                return app->child(i);
        }
    }
    return nullptr;
}

QString EndpointList::currentAppId() const
{
    const QTreeWidgetItem *item = currentItem();
    return item ? item->data(0, AppRole).toString() : QString();
}

} // namespace sb::dashboard

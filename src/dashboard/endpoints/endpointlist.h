// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace sb::dashboard {

class EndpointDirectory;

// Every endpoint under its application, as the directory holds them: description (or URL)
// and URL, disabled ones greyed and said so. A search hides what does not match.
class EndpointList : public QTreeWidget
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int AppRole = Qt::UserRole + 1;

    explicit EndpointList(QWidget *parent = nullptr);

    // Rebuilds from `directory`; the current item stays on `currentId` if it is still there.
    // Returns how many endpoints there are.
    int rebuild(const EndpointDirectory &directory, const QString &currentId);
    // Shows only endpoints whose name, URL, id or application contains `text`.
    void applySearch(const QString &text);
    QTreeWidgetItem *itemFor(const QString &endpointId) const;
    QTreeWidgetItem *firstEndpoint() const;
    // The first endpoint the search leaves shown, or null.
    QTreeWidgetItem *firstShownEndpoint() const;
    // The application of the current row (an application row or an endpoint's).
    QString currentAppId() const;
};

} // namespace sb::dashboard

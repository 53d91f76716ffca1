// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidgetItem;

namespace sb::dashboard {

class EndpointDirectory;
class EndpointEditor;
class EndpointList;
class EngineSession;
class HeldCallsPanel;
class TestEventDialog;

// The Endpoints area: every endpoint of every application in a searchable list, grouped by
// application, and an editor for the selected one with Save, Disable/Enable, Delete and a
// test send. Unsaved changes are not lost silently: selecting another endpoint, switching to
// another tab or closing the window asks first. What the token's role may not do is disabled
// and its tooltip says why.
class EndpointsView : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointsView(EngineSession *session, QWidget *parent = nullptr);

    // Asked before deleting, discarding unsaved changes and rotating a secret; answers whether
    // to go ahead. Defaults to a message box.
    void setConfirm(std::function<bool(const QString &question)> confirm);

    EndpointDirectory *directory() const { return m_directory; }
    EndpointEditor *editor() const { return m_editor; }
    EndpointList *list() const { return m_list; }
    HeldCallsPanel *heldCalls() const { return m_held; }
    QLineEdit *searchEdit() const { return m_search; }
    // Ctrl+F: the main window owns the key for every area and sends it here.
    void focusSearch();
    // Down or Enter in the search: the first endpoint it shows, with the keyboard on the list.
    void focusFirstMatch();
    QAction *newAction() const { return m_new; }
    QAction *saveAction() const { return m_save; }
    QAction *toggleAction() const { return m_toggle; }
    QAction *deleteAction() const { return m_delete; }
    QAction *testAction() const { return m_test; }
    QTreeWidgetItem *itemFor(const QString &endpointId) const;

    void reload();
    // Shows the endpoint in the editor, asking first when the editor has unsaved changes;
    // false when the user chose to stay.
    bool selectEndpoint(const QString &endpointId);
    void startNew();
    void save();
    void toggleDisabled();
    void deleteSelected();
    TestEventDialog *openTestEvent();
    // True when nothing unsaved would be lost, or the user chose to discard it.
    bool confirmLeave();
    void setRole(const QString &role);

signals:
    void statusMessage(const QString &text);
    void showInLogRequested(const QString &msgId);
    void listLoaded();
    // The engine stored the endpoint (tests wait for it).
    void saved(const QJsonObject &endpoint);
    void deleted(const QString &endpointId);

private:
    void rebuildList();
    void currentChanged(QTreeWidgetItem *current, QTreeWidgetItem *previous);
    void showEndpoint(const QString &appId, const QJsonObject &endpoint);
    void updateActions();

    EngineSession *m_session;
    EndpointDirectory *m_directory;
    QLineEdit *m_search;
    EndpointList *m_list;
    EndpointEditor *m_editor;
    HeldCallsPanel *m_held = nullptr;
    QLabel *m_listNote;
    QAction *m_new;
    QAction *m_save;
    QAction *m_toggle;
    QAction *m_delete;
    QAction *m_test;
    QTimer *m_reloadSoon;
    QString m_role;
    std::function<bool(const QString &)> m_confirm;
    bool m_reverting = false;
    bool m_saving = false;
};

} // namespace sb::dashboard

// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointsview.h"

#include "dashboard/connection/enginesession.h"
#include "dashboard/endpoints/endpointdirectory.h"
#include "dashboard/endpoints/endpointeditor.h"
#include "dashboard/endpoints/endpointlist.h"
#include "dashboard/endpoints/eventtypepicker.h"
#include "dashboard/endpoints/heldcallspanel.h"
#include "dashboard/endpoints/secretpanel.h"
#include "dashboard/endpoints/testeventdialog.h"
#include "dashboard/widgets/downintolist.h"
#include "dashboard/widgets/leaveguard.h"

#include "core/operationalevents.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QMessageBox>
#include <QPointer>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sb::dashboard {

namespace {
QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}
} // namespace

EndpointsView::EndpointsView(EngineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_directory(new EndpointDirectory(session->client(), this))
    , m_search(new QLineEdit(this))
    , m_list(new EndpointList(this))
    , m_editor(new EndpointEditor(this))
    , m_listNote(new QLabel(this))
    , m_new(new QAction(tr("New"), this))
    , m_save(new QAction(tr("Save"), this))
    , m_toggle(new QAction(tr("Disa&ble"), this))
    , m_delete(new QAction(tr("De&lete…"), this))
    , m_test(new QAction(tr("Send test event…"), this))
    , m_reloadSoon(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search endpoints by name, URL, id or application (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search endpoints"));
    m_listNote->setWordWrap(true);
    m_listNote->setText(tr("Loading endpoints…"));

    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("Start a new endpoint in the selected application (Ctrl+N)"));
    m_save->setShortcut(QKeySequence::Save);
    m_delete->setShortcut(QKeySequence::Delete);
    m_test->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    for (QAction *a : {m_new, m_save, m_test}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    // Delete only from the list: in a text field the key deletes text.
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_delete);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *a : {m_new, m_toggle, m_test})
        m_list->addAction(a);

    connect(m_new, &QAction::triggered, this, &EndpointsView::startNew);
    connect(m_save, &QAction::triggered, this, &EndpointsView::save);
    connect(m_toggle, &QAction::triggered, this, &EndpointsView::toggleDisabled);
    connect(m_delete, &QAction::triggered, this, &EndpointsView::deleteSelected);
    connect(m_test, &QAction::triggered, this, &EndpointsView::openTestEvent);
    connect(m_search, &QLineEdit::textChanged, m_list, &EndpointList::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, &EndpointsView::focusFirstMatch);
    new DownIntoList(m_search, [this] { focusFirstMatch(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &EndpointsView::currentChanged);
    connect(m_editor, &EndpointEditor::edited, this, &EndpointsView::updateActions);
    connect(m_directory, &EndpointDirectory::loaded, this, [this] {
        rebuildList();
        emit listLoaded();
    });
    connect(m_directory, &EndpointDirectory::failed, this, [this](const QString &error) {
        m_listNote->setText(tr("Could not read the endpoints: %1").arg(error));
        m_listNote->show();
    });
    // Endpoints change elsewhere too (another console, the engine disabling one after 410 Gone):
    // reload shortly after the stream says so.
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(300);
    connect(m_reloadSoon, &QTimer::timeout, this, &EndpointsView::reload);
    connect(session->stream(), &StreamConnection::framesReceived, this, [this](const QList<StreamFrame> &frames) {
        for (const StreamFrame &f : frames) {
            if (f.type.startsWith(u"endpoint.") || f.type.startsWith(u"application.")) {
                m_reloadSoon->start();
                return;
            }
        }
    });
    SecretPanel *secret = m_editor->secretPanel();
    secret->setClient(session->client());
    connect(secret, &SecretPanel::statusMessage, this, &EndpointsView::statusMessage);
    setConfirm([this](const QString &question) {
        return QMessageBox::question(this, tr("Endpoints"), question) == QMessageBox::Yes;
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_listNote);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(buttonFor(m_new, left));
    listButtons->addStretch(1);
    leftLayout->addLayout(listButtons);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(scroll, 1);
    // Held calls sit outside the form: they are the engine's state, not settings to save.
    m_held = new HeldCallsPanel(session, right);
    connect(m_held, &HeldCallsPanel::showInLogRequested, this, &EndpointsView::showInLogRequested);
    connect(m_held, &HeldCallsPanel::statusMessage, this, &EndpointsView::statusMessage);
    rightLayout->addWidget(m_held);
    auto *actions = new QHBoxLayout;
    QToolButton *saveButton = buttonFor(m_save, right);
    QToolButton *toggleButton = buttonFor(m_toggle, right);
    QToolButton *deleteButton = buttonFor(m_delete, right);
    QToolButton *testButton = buttonFor(m_test, right);
    actions->addWidget(saveButton);
    actions->addWidget(toggleButton);
    actions->addWidget(deleteButton);
    actions->addStretch(1);
    actions->addWidget(testButton);
    rightLayout->addLayout(actions);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({420, 840});
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_editor);
    setTabOrder(secret->rotateButton(), secret->graceHours());
    setTabOrder(secret->graceHours(), saveButton);
    setTabOrder(saveButton, toggleButton);
    setTabOrder(toggleButton, deleteButton);
    setTabOrder(deleteButton, testButton);
    setTabOrder(testButton, m_held->list());
    setTabOrder(m_held->list(), m_held->sendAgainButton());
    setTabOrder(m_held->sendAgainButton(), m_held->showInLogButton());

    // Selecting another endpoint asks in currentChanged(); another tab or closing asks here.
    new LeaveGuard(this, [this] { return confirmLeave(); });
    connect(session, &EngineSession::roleKnown, this, &EndpointsView::setRole);
    setRole(session->role());
    reload();
}

void EndpointsView::setConfirm(std::function<bool(const QString &question)> confirm)
{
    m_confirm = std::move(confirm);
    m_editor->secretPanel()->setConfirm(m_confirm);
}

void EndpointsView::reload() { m_directory->load(); }

QTreeWidgetItem *EndpointsView::itemFor(const QString &endpointId) const { return m_list->itemFor(endpointId); }

void EndpointsView::rebuildList()
{
    const QString current = m_editor->endpointId();
    QList<QPair<QString, QString>> apps;
    for (const EndpointDirectory::App &a : m_directory->apps())
        apps.append({a.id(), a.name()});
    m_editor->setApplications(apps);
    m_reverting = true;
    const int count = m_list->rebuild(*m_directory, current);
    m_reverting = false;
    m_list->applySearch(m_search->text());
    m_listNote->setText(apps.isEmpty() ? tr("No applications yet: producers create them through the API.")
                                       : count == 0 ? tr("No endpoints yet: New (Ctrl+N) adds one.") : QString());
    m_listNote->setVisible(!m_listNote->text().isEmpty());

    // The shown endpoint changed on the engine: follow, unless it holds unsaved edits.
    if (!m_editor->isNew() && !m_editor->isDirty()) {
        const QJsonObject now = m_directory->endpoint(current);
        if (now.isEmpty())
            showEndpoint(m_editor->appId(), {});
        else if (now != m_editor->loaded())
            showEndpoint(m_directory->appIdOf(current), now);
    }
    if (m_editor->isNew() && !m_editor->isDirty() && !m_list->currentItem() && m_list->firstEndpoint())
        m_list->setCurrentItem(m_list->firstEndpoint());
    updateActions();
}

void EndpointsView::currentChanged(QTreeWidgetItem *current, QTreeWidgetItem *previous)
{
    if (m_reverting || !current)
        return;
    const QString id = current->data(0, EndpointList::IdRole).toString();
    if (id.isEmpty() || id == m_editor->endpointId()) {
        updateActions();
        return; // an application row: the editor keeps what it shows
    }
    if (!confirmLeave()) {
        m_reverting = true;
        m_list->setCurrentItem(previous);
        m_reverting = false;
        return;
    }
    showEndpoint(current->data(0, EndpointList::AppRole).toString(), m_directory->endpoint(id));
}

bool EndpointsView::selectEndpoint(const QString &endpointId)
{
    QTreeWidgetItem *item = m_list->itemFor(endpointId);
    if (!item)
        return false;
    m_list->setCurrentItem(item);
    return m_editor->endpointId() == endpointId;
}

void EndpointsView::showEndpoint(const QString &appId, const QJsonObject &endpoint)
{
    m_editor->load(appId, endpoint);
    m_held->setEndpoint(appId, endpoint);
    m_editor->secretPanel()->setEndpoint(appId, m_editor->endpointId());
    m_editor->secretPanel()->setPublicKey(endpoint.value(QLatin1StringView("publicKey")).toString());
    updateActions();
}

bool EndpointsView::confirmLeave()
{
    if (!m_editor->isDirty())
        return true;
    const QString name = m_editor->isNew() ? tr("the new endpoint") : EndpointDirectory::endpointLabel(m_editor->loaded());
    if (!m_confirm(tr("Discard your unsaved changes to %1?").arg(name)))
        return false;
    m_editor->load(m_editor->isNew() ? m_editor->appId() : m_directory->appIdOf(m_editor->endpointId()), m_editor->loaded());
    updateActions();
    return true;
}

void EndpointsView::startNew()
{
    if (!m_new->isEnabled() || !confirmLeave())
        return;
    const QString app = m_list->currentAppId().isEmpty() ? m_editor->appId() : m_list->currentAppId();
    m_reverting = true;
    m_list->setCurrentItem(nullptr);
    m_reverting = false;
    showEndpoint(app, {});
    m_editor->urlEdit()->setFocus();
    emit statusMessage(tr("New endpoint: fill in at least its URL, then Save (Ctrl+S)."));
}

void EndpointsView::save()
{
    if (!m_save->isEnabled() || m_saving || !m_editor->validate())
        return;
    const bool create = m_editor->isNew();
    const QString app = m_editor->appId();
    // The first operational endpoint also makes the engine's application for them.
    QString path = create && app == OperationalAppId ? QStringLiteral("/api/v1/operational-webhook/endpoint")
                                                     : u"/api/v1/app/" + app + u"/endpoint";
    if (!create)
        path.append(u'/').append(m_editor->endpointId());
    m_saving = true;
    updateActions();
    emit statusMessage(tr("Saving…"));
    QPointer<EndpointsView> self(this);
    const QString editing = m_editor->endpointId();
    const auto done = [self, create, app, editing](const EngineClient::Reply &r) {
        if (!self)
            return;
        self->m_saving = false;
        if (self->m_editor->endpointId() != editing) { // the user moved on meanwhile
            self->updateActions();
            return;
        }
        if (r.status == 200 || r.status == 201) {
            self->m_directory->upsert(app, r.json);
            self->showEndpoint(app, r.json);
            self->rebuildList();
            emit self->statusMessage(create ? tr("Endpoint created.") : tr("Endpoint saved."));
            emit self->saved(r.json);
        } else if (r.status == 422) {
            self->m_editor->showServerErrors(r.json.value(QLatin1StringView("detail")).toArray());
            emit self->statusMessage(tr("The engine refused the endpoint; the form says why."));
        } else {
            self->m_editor->showProblem(tr("Not saved: %1").arg(r.error));
            emit self->statusMessage(tr("Not saved: %1").arg(r.error));
        }
        self->updateActions();
    };
    if (create)
        m_session->client()->post(path, m_editor->body(), done);
    else
        m_session->client()->put(path, m_editor->body(), done);
}

void EndpointsView::toggleDisabled()
{
    if (!m_toggle->isEnabled() || m_editor->isNew())
        return;
    const bool disable = !m_editor->loaded().value(QLatin1StringView("disabled")).toBool();
    const QString app = m_directory->appIdOf(m_editor->endpointId());
    const QString id = m_editor->endpointId();
    QPointer<EndpointsView> self(this);
    QString path = u"/api/v1/app/" + app + u"/endpoint/";
    path.append(id);
    m_session->client()->patch(path, {{QStringLiteral("disabled"), disable}}, [self, app, id, disable](const EngineClient::Reply &r) {
        if (!self)
            return;
        if (r.status != 200) {
            emit self->statusMessage(tr("Could not change the endpoint: %1").arg(r.error));
            return;
        }
        self->m_directory->upsert(app, r.json);
        if (self->m_editor->endpointId() == id)
            self->m_editor->setDisabledOnEngine(disable);
        self->rebuildList();
        emit self->statusMessage(disable ? tr("Endpoint disabled: nothing is delivered to it until it is enabled again.")
                                         : tr("Endpoint enabled."));
        emit self->saved(r.json);
    });
}

void EndpointsView::deleteSelected()
{
    if (!m_delete->isEnabled() || m_editor->isNew())
        return;
    const QJsonObject ep = m_editor->loaded();
    const QString id = m_editor->endpointId();
    const QString app = m_directory->appIdOf(id);
    if (!m_confirm(tr("Delete the endpoint “%1” (%2)? Deliveries still pending for it are dropped; this cannot be undone.")
                       .arg(EndpointDirectory::endpointLabel(ep), ep.value(QLatin1StringView("url")).toString())))
        return;
    QPointer<EndpointsView> self(this);
    QString path = u"/api/v1/app/" + app + u"/endpoint/";
    path.append(id);
    m_session->client()->remove(path, [self, app, id](const EngineClient::Reply &r) {
        if (!self)
            return;
        if (r.status != 204) {
            emit self->statusMessage(tr("Not deleted: %1").arg(r.error));
            return;
        }
        self->m_directory->remove(id);
        if (self->m_editor->endpointId() == id)
            self->showEndpoint(app, {});
        self->rebuildList();
        emit self->statusMessage(tr("Endpoint deleted."));
        emit self->deleted(id);
    });
}

TestEventDialog *EndpointsView::openTestEvent()
{
    if (!m_test->isEnabled() || m_editor->isNew())
        return nullptr;
    auto *dialog = new TestEventDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto types = m_editor->eventTypes()->selection();
    dialog->preselect(m_editor->endpointId(), types ? types->constFirst() : QString());
    connect(dialog, &TestEventDialog::showInLogRequested, this, &EndpointsView::showInLogRequested);
    dialog->show();
    return dialog;
}

void EndpointsView::setRole(const QString &role)
{
    m_role = role;
    m_editor->setReadOnly(role != u"admin");
    m_editor->secretPanel()->setRole(role);
    m_held->setRole(role);
    updateActions();
}

void EndpointsView::updateActions()
{
    const bool admin = m_role == u"admin";
    const bool mayTest = admin || m_role == u"operator";
    const bool saved = !m_editor->isNew();
    const QString who = m_role.isEmpty() ? tr("not yet known") : m_role;
    const QString adminOnly = tr("Changing endpoints needs the admin role; this token is %1.").arg(who);
    m_new->setEnabled(admin && !m_directory->apps().isEmpty());
    m_new->setToolTip(admin ? tr("Start a new endpoint in the selected application (Ctrl+N)") : adminOnly);
    m_save->setEnabled(admin && !m_saving && (m_editor->isDirty() || m_editor->isNew()));
    m_save->setToolTip(admin ? tr("Save the endpoint on the engine (Ctrl+S)") : adminOnly);
    m_toggle->setEnabled(admin && saved);
    const bool disabled = m_editor->loaded().value(QLatin1StringView("disabled")).toBool();
    m_toggle->setText(disabled ? tr("Ena&ble") : tr("Disa&ble"));
    m_toggle->setToolTip(!admin ? adminOnly
                                : disabled ? tr("Deliver to this endpoint again")
                                           : tr("Stop delivering to this endpoint; messages for it are not queued meanwhile"));
    m_delete->setEnabled(admin && saved);
    m_delete->setToolTip(admin ? tr("Delete this endpoint (asks first)") : adminOnly);
    m_test->setEnabled(mayTest && saved);
    m_test->setToolTip(!mayTest ? tr("Sending test events needs the operator or admin role; this token is %1.").arg(who)
                                : saved ? tr("Send an event of your choice to this endpoint and watch the answer (Ctrl+T)")
                                        : tr("Save the endpoint first"));
}

void EndpointsView::focusFirstMatch()
{
    QTreeWidgetItem *item = m_list->firstShownEndpoint();
    if (!item)
        return;
    m_list->setCurrentItem(item);
    m_list->setFocus(Qt::TabFocusReason);
}

void EndpointsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace sb::dashboard

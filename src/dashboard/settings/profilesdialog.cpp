// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilesdialog.h"

#include "dashboard/connection/enginesession.h"
#include "dashboard/connection/profilestore.h"
#include "ui_profilesdialog.h"

#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace sb::dashboard {

ProfilesDialog::ProfilesDialog(ProfileStore *store, TokenVault *vault, const QString &currentId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_store(store)
    , m_vault(vault)
{
    m_ui->setupUi(this);
    m_connect = m_ui->buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    m_ui->problem->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 4px;"));
    m_ui->problem->hide();
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete profile"), question) == QMessageBox::Yes;
    };

    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && !m_loading)
            selectProfile(m_ui->profileList->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, &ProfilesDialog::startNew);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ProfilesDialog::deleteSelected);
    connect(m_ui->buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (!save())
            return;
        emit connectRequested(*m_store->profile(m_editingId));
        accept();
    });
    connect(m_ui->showToken, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->tokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->urlEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_ui->tokenEdit, &QLineEdit::textEdited, this, [this] {
        m_tokenDirty = true;
        setDirty(true);
    });
    connect(m_ui->verifyTls, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            setDirty(true);
    });

    reloadList();
    const QString first = m_ui->profileList->count() ? m_ui->profileList->item(0)->data(Qt::UserRole).toString() : QString();
    if (!currentId.isEmpty() && m_store->profile(currentId))
        selectProfile(currentId);
    else if (!first.isEmpty())
        selectProfile(first);
    else
        startNew();
}

ProfilesDialog::~ProfilesDialog() = default;

QString ProfilesDialog::problemText() const { return m_ui->problem->isVisible() ? m_ui->problem->text() : QString(); }

QString ProfilesDialog::storageNote() const { return m_ui->storageNote->text(); }

void ProfilesDialog::reloadList()
{
    m_loading = true;
    m_ui->profileList->clear();
    for (const EngineProfile &p : m_store->profiles()) {
        auto *item = new QListWidgetItem(p.name, m_ui->profileList);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.url.toDisplayString());
        if (p.id == m_editingId)
            m_ui->profileList->setCurrentItem(item);
    }
    m_loading = false;
    m_ui->deleteButton->setEnabled(!m_editingId.isEmpty());
}

void ProfilesDialog::selectProfile(const QString &id)
{
    const auto profile = m_store->profile(id);
    if (!profile)
        return;
    m_editingId = id;
    reloadList();
    load(*profile);
}

void ProfilesDialog::load(const EngineProfile &profile)
{
    m_loading = true;
    m_ui->nameEdit->setText(profile.name);
    m_ui->urlEdit->setText(profile.url.toString());
    m_ui->verifyTls->setChecked(profile.verifyTls);
    m_ui->tokenEdit->clear();
    m_loading = false;
    m_tokenDirty = false;
    setDirty(false);
    showProblem({});
    if (profile.id.isEmpty()) {
        m_ui->storageNote->clear();
        return;
    }
    m_ui->storageNote->setText(tr("Reading the token…"));
    const QString id = profile.id;
    QPointer<ProfilesDialog> self(this);
    m_vault->read(id, [self, id](const QByteArray &token, TokenVault::Location where) {
        if (!self || self->m_editingId != id || self->m_tokenDirty)
            return; // the user moved on or started typing a new token
        self->m_ui->tokenEdit->setText(QString::fromUtf8(token));
        self->m_ui->storageNote->setText(TokenVault::describe(where, self->m_vault->filePath(id)));
    });
}

void ProfilesDialog::startNew()
{
    m_editingId.clear();
    m_ui->profileList->clearSelection();
    EngineProfile blank;
    blank.url = QUrl(QStringLiteral("http://127.0.0.1:8071"));
    load(blank);
    m_tokenDirty = true;
    setDirty(true);
    m_ui->deleteButton->setEnabled(false);
    m_ui->nameEdit->setFocus();
}

EngineProfile ProfilesDialog::formProfile() const
{
    EngineProfile p;
    p.id = m_editingId;
    p.name = m_ui->nameEdit->text().trimmed();
    p.url = QUrl::fromUserInput(m_ui->urlEdit->text().trimmed());
    if (!m_ui->urlEdit->text().contains(u"://"))
        p.url = QUrl(m_ui->urlEdit->text().trimmed()); // no guessing: "host:8071" is a mistake to point out
    p.verifyTls = m_ui->verifyTls->isChecked();
    return p;
}

void ProfilesDialog::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(dirty);
}

void ProfilesDialog::showProblem(const QString &text)
{
    m_ui->problem->setText(text);
    m_ui->problem->setVisible(!text.isEmpty());
}

bool ProfilesDialog::save()
{
    const EngineProfile wanted = formProfile();
    if (const QString problem = m_store->problemWith(wanted); !problem.isEmpty()) {
        showProblem(problem);
        (wanted.name.isEmpty() || m_store->profileNamed(wanted.name) ? m_ui->nameEdit : m_ui->urlEdit)->setFocus();
        return false;
    }
    if (m_tokenDirty && m_ui->tokenEdit->text().trimmed().isEmpty()) {
        showProblem(tr("Paste the engine's API token (the engine's admin sets it up)."));
        m_ui->tokenEdit->setFocus();
        return false;
    }
    showProblem({});
    if (!m_dirty)
        return true;
    const EngineProfile stored = m_store->save(wanted);
    m_editingId = stored.id;
    if (m_tokenDirty) {
        m_ui->storageNote->setText(tr("Storing the token…"));
        QPointer<ProfilesDialog> self(this);
        const QString id = stored.id;
        m_vault->write(id, m_ui->tokenEdit->text().trimmed().toUtf8(), [self, id](TokenVault::Location where, const QString &error) {
            if (!self)
                return;
            self->m_ui->storageNote->setText(error.isEmpty() ? TokenVault::describe(where, self->m_vault->filePath(id)) : error);
            emit self->tokenStored(where);
        });
    }
    m_tokenDirty = false;
    setDirty(false);
    reloadList();
    emit profilesChanged();
    return true;
}

void ProfilesDialog::deleteSelected()
{
    const auto profile = m_store->profile(m_editingId);
    if (!profile || !m_confirm(tr("Delete the profile “%1”, its stored token and its local history?").arg(profile->name)))
        return;
    m_store->remove(profile->id);
    m_vault->remove(profile->id);
    const QString history = EngineSession::historyPathForProfile(profile->id);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(history + suffix);
    m_editingId.clear();
    reloadList();
    emit profilesChanged();
    if (m_ui->profileList->count())
        selectProfile(m_ui->profileList->item(0)->data(Qt::UserRole).toString());
    else
        startNew();
}

} // namespace sb::dashboard

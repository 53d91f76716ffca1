// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/connection/engineprofile.h"
#include "dashboard/connection/tokenvault.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ProfilesDialog;
}
class QPushButton;

namespace sb::dashboard {

class ProfileStore;

// Create, edit, delete and connect to engine profiles. Settings go to the ProfileStore, the
// token to the TokenVault; the dialog says where the token ended up.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    ProfilesDialog(ProfileStore *store, TokenVault *vault, const QString &currentId, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    // Asked before deleting; answers whether to go ahead. Defaults to a message box.
    void setConfirm(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }

    QString selectedId() const { return m_editingId; }
    QString problemText() const;
    QString storageNote() const;
    QPushButton *connectButton() const { return m_connect; }

    void selectProfile(const QString &id);
    void startNew();
    // Validates and stores; false (with the reason shown) when the form has a problem.
    bool save();
    void deleteSelected();

signals:
    void connectRequested(const sb::dashboard::EngineProfile &profile);
    void profilesChanged();
    // A token write finished (tests wait for it; the note shows the location).
    void tokenStored(sb::dashboard::TokenVault::Location where);

private:
    void reloadList();
    void load(const EngineProfile &profile);
    EngineProfile formProfile() const;
    void setDirty(bool dirty);
    void showProblem(const QString &text);

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    ProfileStore *m_store;
    TokenVault *m_vault;
    QPushButton *m_connect = nullptr;
    QString m_editingId;
    bool m_dirty = false;
    bool m_tokenDirty = false;
    bool m_loading = false;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace sb::dashboard

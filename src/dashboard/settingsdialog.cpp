// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "consolesettings.h"
#include "ui_settingsdialog.h"

namespace sb::dashboard {

SettingsDialog::SettingsDialog(ConsoleSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->retentionDays->setValue(settings->retentionDays());
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

QSpinBox *SettingsDialog::retentionDays() const { return m_ui->retentionDays; }

void SettingsDialog::apply()
{
    m_settings->setRetentionDays(m_ui->retentionDays->value());
    emit applied();
}

} // namespace sb::dashboard

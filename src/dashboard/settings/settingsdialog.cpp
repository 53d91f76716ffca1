// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "dashboard/settings/consolesettings.h"
#include "dashboard/settings/consoletranslations.h"
#include "ui_settingsdialog.h"

namespace sb::dashboard {

SettingsDialog::SettingsDialog(ConsoleSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->retentionDays->setValue(settings->retentionDays());
    m_ui->failurePercent->setValue(settings->alertFailurePercent());
    m_ui->muted->setChecked(settings->alertsMuted());
    for (const ConsoleTranslations::Language &l : ConsoleTranslations::available())
        m_ui->language->addItem(l.name, l.code);
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(settings->language())));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

QSpinBox *SettingsDialog::retentionDays() const { return m_ui->retentionDays; }

QSpinBox *SettingsDialog::failurePercent() const { return m_ui->failurePercent; }

QCheckBox *SettingsDialog::muted() const { return m_ui->muted; }

QComboBox *SettingsDialog::language() const { return m_ui->language; }

void SettingsDialog::apply()
{
    m_settings->setRetentionDays(m_ui->retentionDays->value());
    m_settings->setAlertFailurePercent(m_ui->failurePercent->value());
    m_settings->setAlertsMuted(m_ui->muted->isChecked());
    m_settings->setLanguage(m_ui->language->currentData().toString());
    emit applied();
}

} // namespace sb::dashboard

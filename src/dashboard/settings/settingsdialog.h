// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}
class QCheckBox;
class QComboBox;
class QSpinBox;

namespace sb::dashboard {

class ConsoleSettings;

// The console's preferences. OK writes them to ConsoleSettings and emits applied().
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(ConsoleSettings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QSpinBox *retentionDays() const;
    QSpinBox *failurePercent() const;
    QCheckBox *muted() const;
    QComboBox *language() const;

signals:
    void applied();

private:
    void apply();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    ConsoleSettings *m_settings;
};

} // namespace sb::dashboard

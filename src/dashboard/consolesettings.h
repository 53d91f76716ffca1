// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>

#include <memory>

namespace sb::dashboard {

// The console's own preferences, in the user's settings (QSettings), with their defaults.
class ConsoleSettings
{
public:
    ConsoleSettings();
    explicit ConsoleSettings(const QString &iniPath);

    static constexpr int DefaultRetentionDays = 30;
    static constexpr int MaxRetentionDays = 3650;
    // Days of local history kept per engine; 0 keeps everything.
    int retentionDays() const;
    void setRetentionDays(int days);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sb::dashboard

// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolesettings.h"

namespace sb::dashboard {
namespace {
const QString RetentionKey = QStringLiteral("history/retentionDays");
}

ConsoleSettings::ConsoleSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

ConsoleSettings::ConsoleSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

int ConsoleSettings::retentionDays() const
{
    bool ok = false;
    const int days = m_settings->value(RetentionKey, DefaultRetentionDays).toInt(&ok);
    return ok ? std::clamp(days, 0, MaxRetentionDays) : DefaultRetentionDays;
}

void ConsoleSettings::setRetentionDays(int days)
{
    m_settings->setValue(RetentionKey, std::clamp(days, 0, MaxRetentionDays));
    m_settings->sync();
}

} // namespace sb::dashboard

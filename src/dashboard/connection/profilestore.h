// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/connection/engineprofile.h"

#include <QList>
#include <QSettings>

#include <memory>
#include <optional>

namespace sb::dashboard {

// The engine profiles, kept with QSettings (the user's config file). Reads go to the file
// each time so two console windows never disagree for long; the list is small.
class ProfileStore
{
public:
    // The user's settings; or an INI file of its own (tests, portable setups).
    ProfileStore();
    explicit ProfileStore(const QString &iniPath);

    QList<EngineProfile> profiles() const;
    std::optional<EngineProfile> profile(const QString &id) const;
    std::optional<EngineProfile> profileNamed(const QString &name) const;
    // Inserts or replaces by id; a profile without an id gets one. Returns the stored profile.
    EngineProfile save(EngineProfile profile);
    void remove(const QString &id);

    QString lastUsed() const;
    void setLastUsed(const QString &id);

    // Why a profile cannot be saved ("" when it can): empty name, a name another profile has,
    // a URL that is not http(s).
    QString problemWith(const EngineProfile &profile) const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sb::dashboard

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqldialect.h"

#include <QSqlDatabase>
#include <QString>

namespace sb::engine {

// Versioned schema changes, applied in order at start inside one transaction each and
// recorded in schema_migrations. Statements use SqlDialect placeholders.
class Migrations
{
public:
    static int latestVersion();
    // Brings `db` up to the latest version. Returns false with `error` set if a step failed
    // (that step is rolled back; earlier ones stay).
    static bool apply(QSqlDatabase &db, const SqlDialect &dialect, QString *error);
    static int currentVersion(QSqlDatabase &db);
};

} // namespace sb::engine

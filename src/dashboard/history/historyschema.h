// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sb::dashboard::historyschema {

// Error classes kept per minute in the roll-ups, as the charts stack them.
const QStringList &rollupClasses();
// The roll-up column that counts `errorClass` ("c_body_too_large" for "body-too-large").
QString columnFor(const QString &errorClass);

// Creates the local history's tables, or brings a history written by an older console up to
// the current schema. Returns false with `error` set when the database refuses.
bool prepare(QSqlDatabase &db, QString &error);

} // namespace sb::dashboard::historyschema

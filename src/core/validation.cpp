// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include <QStringList>

namespace sb {

QString describe(const ValidationErrors &errors)
{
    QStringList parts;
    parts.reserve(errors.size());
    for (const ValidationError &e : errors)
        parts.append(e.field.isEmpty() ? e.message : e.field + u": " + e.message);
    return parts.join(u"; ");
}

} // namespace sb

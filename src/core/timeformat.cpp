// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeformat.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace sb {

QString toIsoUtc(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> parseIsoUtc(QStringView text)
{
    static const QRegularExpression zoned(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$)"));
    if (!zoned.match(text.toString()).hasMatch())
        return std::nullopt;
    QString normalised = text.toString();
    // Qt parses at most millisecond precision: cut nanoseconds down to milliseconds.
    static const QRegularExpression longFraction(QStringLiteral(R"((\.\d{3})\d+)"));
    normalised.replace(longFraction, QStringLiteral("\\1"));
    QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

} // namespace sb

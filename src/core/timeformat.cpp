// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeformat.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace sb {

QString toIsoUtc(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // By hand: QDateTime::toString() was a visible cost on the engine's hot path.
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 0 || d.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char buffer[25];
    const auto put = [&buffer](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            buffer[at + i] = static_cast<char>('0' + value % 10);
    };
    put(0, d.year(), 4);
    buffer[4] = '-';
    put(5, d.month(), 2);
    buffer[7] = '-';
    put(8, d.day(), 2);
    buffer[10] = 'T';
    put(11, t.hour(), 2);
    buffer[13] = ':';
    put(14, t.minute(), 2);
    buffer[16] = ':';
    put(17, t.second(), 2);
    buffer[19] = '.';
    put(20, t.msec(), 3);
    buffer[23] = 'Z';
    return QString::fromLatin1(buffer, 24);
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "idgenerator.h"

#include <QDateTime>

namespace sb::tools {

namespace {
constexpr char Crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr char Alphanumeric[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
} // namespace

QString IdGenerator::ulid(QStringView prefix)
{
    QString id;
    id.reserve(prefix.size() + 26);
    id.append(prefix);
    const quint64 ms = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    for (int shift = 45; shift >= 0; shift -= 5)
        id.append(QLatin1Char(Crockford[(ms >> shift) & 31]));
    for (int i = 0; i < 16; ++i)
        id.append(QLatin1Char(Crockford[m_random.bounded(32)]));
    return id;
}

QString IdGenerator::shortId(QStringView prefix, int length)
{
    QString id = prefix.toString();
    for (int i = 0; i < length; ++i)
        id.append(QLatin1Char(Alphanumeric[m_random.bounded(62)]));
    return id;
}

QString IdGenerator::numeric(QStringView prefix, int digits)
{
    QString id = prefix.toString();
    id.append(QLatin1Char(static_cast<char>('1' + m_random.bounded(9))));
    for (int i = 1; i < digits; ++i)
        id.append(QLatin1Char(static_cast<char>('0' + m_random.bounded(10))));
    return id;
}

} // namespace sb::tools

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QString>

namespace sb::tools {

// Makes the platform-side ids the catalogue's samples use: "call_01HZX3K9QW7M2T5VB8N4RJ6CDE"
// (a ULID: 48 bits of milliseconds, then 80 random bits, Crockford base 32), "fc_7Hk2pQ".
// The random part comes from the seeded generator so a seed replays the same scenario; the
// time part keeps ids unique when the same seed runs again against the same engine (ids end
// up in eventId, which the engine keeps unique per application).
class IdGenerator
{
public:
    explicit IdGenerator(quint32 seed) : m_random(seed) {}

    QString ulid(QStringView prefix);
    // prefix + `length` characters of [0-9A-Za-z].
    QString shortId(QStringView prefix, int length);
    // prefix + `digits` decimal digits, e.g. "apt_55821".
    QString numeric(QStringView prefix, int digits);

private:
    QRandomGenerator m_random;
};

} // namespace sb::tools

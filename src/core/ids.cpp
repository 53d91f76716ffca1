// SPDX-License-Identifier: GPL-3.0-or-later
#include "ids.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cstdint>
#include <mutex>

namespace sb::ids {
namespace {

// ASCII order, so that comparing encoded strings compares the numbers.
constexpr char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
using Bytes = std::array<std::uint8_t, 16>;

// Writes the 22 base-62 digits of the 128-bit big-endian `value` to `digits`.
void encode(const Bytes &value, char16_t *digits)
{
    // Repeated division by 62 on four 32-bit limbs: a quarter of the divisions of a
    // byte-wise loop; the API thread makes two ids per event.
    std::array<std::uint32_t, 4> limbs{};
    for (size_t i = 0; i < value.size(); ++i)
        limbs[i / 4] = (limbs[i / 4] << 8) | value[i];
    for (int d = BodyLength - 1; d >= 0; --d) {
        std::uint64_t remainder = 0;
        for (std::uint32_t &limb : limbs) {
            const std::uint64_t acc = (remainder << 32) | limb;
            limb = static_cast<std::uint32_t>(acc / 62);
            remainder = acc % 62;
        }
        digits[d] = static_cast<char16_t>(Alphabet[remainder]);
    }
}

std::optional<Bytes> decode(QStringView body)
{
    if (body.size() != BodyLength)
        return std::nullopt;
    Bytes value{};
    for (QChar c : body) {
        int digit = -1;
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            digit = u - u'0';
        else if (u >= u'A' && u <= u'Z')
            digit = u - u'A' + 10;
        else if (u >= u'a' && u <= u'z')
            digit = u - u'a' + 36;
        if (digit < 0)
            return std::nullopt;
        unsigned carry = static_cast<unsigned>(digit);
        for (auto it = value.rbegin(); it != value.rend(); ++it) {
            const unsigned acc = *it * 62u + carry;
            *it = static_cast<std::uint8_t>(acc & 0xff);
            carry = acc >> 8;
        }
        if (carry != 0)
            return std::nullopt; // larger than 128 bits
    }
    return value;
}

struct Generator
{
    std::mutex mutex;
    qint64 lastMs = -1;
    Bytes last{};
    // Random bytes fetched from the system generator a page at a time: one getrandom() per
    // 400 ids instead of one per id, which showed up in the engine's profile.
    std::array<quint32, 1024> pool{};
    size_t poolUsed = 1024;

    quint32 nextRandom()
    {
        if (poolUsed == pool.size()) {
            QRandomGenerator::system()->fillRange(pool.data(), pool.size());
            poolUsed = 0;
        }
        return pool[poolUsed++];
    }
};

Generator &generator()
{
    static Generator g;
    return g;
}

QString withBody(QLatin1StringView prefix, const Bytes &value)
{
    QString id(prefix.size() + 1 + BodyLength, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(id.data());
    for (const char c : prefix)
        *out++ = static_cast<char16_t>(c);
    *out++ = u'_';
    encode(value, out);
    return id;
}

} // namespace

QString atTime(QLatin1StringView prefix, qint64 ms)
{
    Bytes value{};
    ms = std::max<qint64>(0, ms);
    for (int i = 5; i >= 0; --i) {
        value[static_cast<size_t>(i)] = static_cast<std::uint8_t>(ms & 0xff);
        ms >>= 8;
    }
    return withBody(prefix, value);
}

QString generate(QLatin1StringView prefix)
{
    Generator &g = generator();
    Bytes value{};
    {
        const std::lock_guard lock(g.mutex);
        qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now <= g.lastMs) {
            // Same millisecond (or the clock stepped back): continue from the last id.
            value = g.last;
            for (int i = 15; i >= 6; --i) {
                if (++value[static_cast<size_t>(i)] != 0)
                    break;
            }
        } else {
            g.lastMs = now;
            for (int i = 5; i >= 0; --i) {
                value[static_cast<size_t>(i)] = static_cast<std::uint8_t>(now & 0xff);
                now >>= 8;
            }
            const std::array<quint32, 3> random{g.nextRandom(), g.nextRandom(), g.nextRandom()};
            for (size_t i = 0; i < 10; ++i)
                value[6 + i] = static_cast<std::uint8_t>(random[i / 4] >> (8 * (i % 4)));
            value[6] &= 0x7f; // leave room to increment within one millisecond
        }
        g.last = value;
    }
    return withBody(prefix, value);
}

bool isValid(QStringView id, QLatin1StringView prefix)
{
    if (id.size() != prefix.size() + 1 + BodyLength || !id.startsWith(prefix)
        || id.at(prefix.size()) != u'_')
        return false;
    return decode(id.mid(prefix.size() + 1)).has_value();
}

qint64 timestampMs(QStringView id)
{
    const qsizetype underscore = id.lastIndexOf(u'_');
    if (underscore < 0)
        return -1;
    const std::optional<Bytes> value = decode(id.mid(underscore + 1));
    if (!value)
        return -1;
    qint64 ms = 0;
    for (size_t i = 0; i < 6; ++i)
        ms = (ms << 8) | (*value)[i];
    return ms;
}

} // namespace sb::ids

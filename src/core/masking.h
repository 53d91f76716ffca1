// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace sb {

// One masking rule. A pointer names one place in a payload (RFC 6901, with "*" matching every
// member or element at that step); a field masks every member of that name at any depth; a
// pattern masks what it matches inside every string value at any depth. A rule masks for
// viewers, and for operators too when `operators` is set; admins always see everything.
struct MaskRule
{
    enum class Kind { Pointer, Field, Pattern };
    Kind kind = Kind::Field;
    QString target; // the pointer, the field name or the regular expression
    bool operators = false;

    bool operator==(const MaskRule &) const = default;
};

// Masks payloads, and the engine's answers and stream frames that carry them, for the roles
// that may not read what callers said (docs/api.md, "Masking"). Receivers never see this:
// deliveries send the stored bytes. A masked whole value becomes the string "[masked]"; a
// pattern's match inside a string is replaced by "[masked]", the rest of the string kept.
// Immutable once built, so reader threads may share one.
class Masker
{
public:
    enum class Audience { Viewer, Operator, Admin };

    static QString maskedText() { return QStringLiteral("[masked]"); }
    // E.164 numbers anywhere in strings, and `transcript`, `recording_url`, `summary` fields.
    static QList<MaskRule> defaultRules();
    static QString e164Pattern();

    explicit Masker(QList<MaskRule> rules = defaultRules());

    // Rules as JSON: [{"pointer": "/customer/email"}, {"field": "notes", "operators": true},
    // {"pattern": "…"}], each with exactly one of the three; an empty array masks nothing.
    static Parsed<Masker> fromJson(const QJsonArray &rules);
    QJsonArray toJson() const;

    const QList<MaskRule> &rules() const { return m_rules; }
    // False when no rule applies to `audience`: callers then skip the walk altogether.
    bool masks(Audience audience) const;

    // A payload as `audience` may see it.
    QJsonValue maskPayload(const QJsonValue &payload, Audience audience) const;
    // A receiver's answer (or any text that may echo a payload): JSON text is masked as a
    // payload and written back compact; other text gets the patterns.
    QString maskText(const QString &text, Audience audience) const;
    // An API answer or a stream frame's data: every "payload" member is masked as a payload
    // and every string "response" member as text, at any depth.
    QJsonValue maskAnswer(const QJsonValue &answer, Audience audience) const;

private:
    struct Compiled
    {
        MaskRule rule;
        QStringList tokens;        // Pointer
        QRegularExpression regex;  // Pattern
    };

    bool applies(const Compiled &rule, Audience audience) const;
    QJsonValue walk(const QJsonValue &value, Audience audience) const;
    QString maskString(QString text, Audience audience) const;
    QJsonValue maskAt(const QJsonValue &value, const QStringList &tokens, qsizetype at) const;

    QList<MaskRule> m_rules;
    QList<Compiled> m_compiled;
};

} // namespace sb

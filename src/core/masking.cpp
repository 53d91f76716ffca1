// SPDX-License-Identifier: GPL-3.0-or-later
#include "masking.h"

#include "correlation.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sb {
namespace {

QString unescaped(QString token)
{
    return token.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
}

const QLatin1StringView kindKeys[] = {QLatin1StringView("pointer"), QLatin1StringView("field"), QLatin1StringView("pattern")};

} // namespace

QString Masker::e164Pattern()
{
    // "+" and 7 to 15 digits, the first not 0 (ITU-T E.164), standing alone: not inside a
    // longer run of digits or right after a letter or digit (an id such as "ab+1234567").
    return QStringLiteral("(?<![\\w+])\\+[1-9][0-9]{6,14}(?![0-9])");
}

QList<MaskRule> Masker::defaultRules()
{
    return {
        {MaskRule::Kind::Pattern, e164Pattern(), false},
        {MaskRule::Kind::Field, QStringLiteral("transcript"), false},
        {MaskRule::Kind::Field, QStringLiteral("recording_url"), false},
        {MaskRule::Kind::Field, QStringLiteral("summary"), false},
    };
}

Masker::Masker(QList<MaskRule> rules)
    : m_rules(std::move(rules))
{
    for (const MaskRule &rule : std::as_const(m_rules)) {
        Compiled c{rule, {}, {}};
        if (rule.kind == MaskRule::Kind::Pointer) {
            for (QStringView token : QStringView(rule.target).mid(1).split(u'/'))
                c.tokens.append(unescaped(token.toString()));
        } else if (rule.kind == MaskRule::Kind::Pattern) {
            c.regex = QRegularExpression(rule.target, QRegularExpression::UseUnicodePropertiesOption);
            // Compiled now, so that reader threads sharing this masker only ever read it.
            c.regex.optimize();
        }
        m_compiled.append(std::move(c));
    }
}

Parsed<Masker> Masker::fromJson(const QJsonArray &rules)
{
    ValidationErrors errors;
    QList<MaskRule> parsed;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString at = QStringLiteral("[%1]").arg(i);
        const QJsonObject o = rules.at(i).toObject();
        MaskRule rule;
        int kinds = 0;
        for (int k = 0; k < 3; ++k) {
            if (!o.contains(kindKeys[k]))
                continue;
            ++kinds;
            rule.kind = static_cast<MaskRule::Kind>(k);
            rule.target = o.value(kindKeys[k]).toString();
        }
        if (!rules.at(i).isObject() || kinds != 1) {
            errors.append({at, QStringLiteral("each rule needs exactly one of pointer, field or pattern"), QStringLiteral("value_error")});
            continue;
        }
        const QString field = at + u'.' + kindKeys[static_cast<int>(rule.kind)];
        if (rule.target.isEmpty())
            errors.append({field, QStringLiteral("must be a non-empty string"), QStringLiteral("type_error.str")});
        else if (rule.kind == MaskRule::Kind::Pointer && !correlation::isPointer(rule.target))
            errors.append({field, QStringLiteral("must be a JSON pointer such as /data/customer/phone"), QStringLiteral("value_error")});
        else if (rule.kind == MaskRule::Kind::Pattern && !QRegularExpression(rule.target).isValid())
            errors.append({field, u"not a regular expression: " + QRegularExpression(rule.target).errorString(),
                           QStringLiteral("value_error")});
        const QJsonValue operators = o.value(QLatin1StringView("operators"));
        if (!operators.isUndefined() && !operators.isBool())
            errors.append({at + QStringLiteral(".operators"), QStringLiteral("must be true or false"), QStringLiteral("type_error.bool")});
        rule.operators = operators.toBool();
        parsed.append(rule);
    }
    if (!errors.isEmpty())
        return Parsed<Masker>::failure(errors);
    return Parsed<Masker>::success(Masker(parsed));
}

QJsonArray Masker::toJson() const
{
    QJsonArray out;
    for (const MaskRule &rule : m_rules) {
        QJsonObject o{{kindKeys[static_cast<int>(rule.kind)], rule.target}};
        if (rule.operators)
            o.insert(QStringLiteral("operators"), true);
        out.append(o);
    }
    return out;
}

bool Masker::applies(const Compiled &rule, Audience audience) const
{
    return audience == Audience::Viewer || (audience == Audience::Operator && rule.rule.operators);
}

bool Masker::masks(Audience audience) const
{
    for (const Compiled &rule : m_compiled) {
        if (applies(rule, audience))
            return true;
    }
    return false;
}

QJsonValue Masker::maskPayload(const QJsonValue &payload, Audience audience) const
{
    if (!masks(audience))
        return payload;
    QJsonValue out = payload;
    for (const Compiled &rule : m_compiled) {
        if (rule.rule.kind == MaskRule::Kind::Pointer && applies(rule, audience))
            out = maskAt(out, rule.tokens, 0);
    }
    return walk(out, audience);
}

QJsonValue Masker::maskAt(const QJsonValue &value, const QStringList &tokens, qsizetype at) const
{
    if (at == tokens.size())
        return maskedText();
    const QString &token = tokens.at(at);
    const bool every = token == u"*";
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (every || it.key() == token)
                *it = maskAt(*it, tokens, at + 1);
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        bool ok = false;
        const qsizetype index = every ? -1 : token.toLongLong(&ok);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (every || (ok && i == index))
                a[i] = maskAt(a.at(i), tokens, at + 1);
        }
        return a;
    }
    return value; // the pointer goes on past a scalar: nothing there to mask
}

QJsonValue Masker::walk(const QJsonValue &value, Audience audience) const
{
    if (value.isString())
        return maskString(value.toString(), audience);
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = walk(a.at(i), audience);
        return a;
    }
    if (!value.isObject())
        return value; // numbers, booleans and null hold no text a pattern could find
    QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool named = false;
        for (const Compiled &rule : m_compiled) {
            if (rule.rule.kind == MaskRule::Kind::Field && rule.rule.target == it.key() && applies(rule, audience)) {
                named = true;
                break;
            }
        }
        *it = named ? QJsonValue(maskedText()) : walk(*it, audience);
    }
    return o;
}

QString Masker::maskString(QString text, Audience audience) const
{
    for (const Compiled &rule : m_compiled) {
        if (rule.rule.kind == MaskRule::Kind::Pattern && applies(rule, audience))
            text.replace(rule.regex, maskedText());
    }
    return text;
}

QString Masker::maskText(const QString &text, Audience audience) const
{
    if (!masks(audience) || text.isEmpty())
        return text;
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError) {
            const QJsonValue in = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
            const QJsonValue out = maskPayload(in, audience);
            if (out == in)
                return text; // nothing masked: the receiver's bytes as they were
            return QString::fromUtf8(out.isArray() ? QJsonDocument(out.toArray()).toJson(QJsonDocument::Compact)
                                                   : QJsonDocument(out.toObject()).toJson(QJsonDocument::Compact));
        }
    }
    return maskString(text, audience);
}

QJsonValue Masker::maskAnswer(const QJsonValue &answer, Audience audience) const
{
    if (answer.isArray()) {
        QJsonArray a = answer.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = maskAnswer(a.at(i), audience);
        return a;
    }
    if (!answer.isObject())
        return answer;
    QJsonObject o = answer.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue value = *it;
        if (it.key() == u"payload" && (value.isObject() || value.isArray()))
            *it = maskPayload(value, audience);
        else if (it.key() == u"response" && value.isString())
            *it = maskText(value.toString(), audience);
        else if (value.isObject() || value.isArray())
            *it = maskAnswer(value, audience);
    }
    return o;
}

} // namespace sb

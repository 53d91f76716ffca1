// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonhighlighter.h"

#include <QList>

namespace sb::dashboard {

namespace {
struct Span
{
    int start;
    int length;
    JsonHighlighter::Kind kind;
};

// Strings first (a key is a string followed by a colon), then numbers and literals outside them.
QList<Span> spans(const QString &line)
{
    static const QRegularExpression string(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"?"));
    static const QRegularExpression colon(QStringLiteral("^\\s*:"));
    static const QRegularExpression number(QStringLiteral("-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b"));
    static const QRegularExpression literal(QStringLiteral("\\b(?:true|false|null)\\b"));
    static const QRegularExpression punctuation(QStringLiteral("[{}\\[\\],:]"));
    QList<Span> out;
    QList<bool> taken(line.size(), false);
    for (auto it = string.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        const bool key = colon.match(QStringView(line).mid(m.capturedEnd())).hasMatch();
        out.append({static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()),
                    key ? JsonHighlighter::Kind::Key : JsonHighlighter::Kind::String});
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
            taken[i] = true;
    }
    const auto outside = [&](const QRegularExpression &re, JsonHighlighter::Kind kind) {
        for (auto it = re.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            if (!taken.at(m.capturedStart()))
                out.append({static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()), kind});
        }
    };
    outside(number, JsonHighlighter::Kind::Number);
    outside(literal, JsonHighlighter::Kind::Literal);
    outside(punctuation, JsonHighlighter::Kind::Punctuation);
    return out;
}
} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_key.setForeground(QColor(0x1f, 0x4e, 0x99));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(QColor(0x1b, 0x7a, 0x3d));
    m_number.setForeground(QColor(0xa3, 0x4a, 0x00));
    m_literal.setForeground(QColor(0x8e, 0x24, 0xaa));
    m_literal.setFontWeight(QFont::DemiBold);
    m_punctuation.setForeground(QColor(0x6b, 0x6b, 0x6b));
}

JsonHighlighter::Kind JsonHighlighter::kindAt(const QString &line, int position)
{
    for (const Span &s : spans(line)) {
        if (position >= s.start && position < s.start + s.length)
            return s.kind;
    }
    return Kind::Plain;
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    for (const Span &s : spans(text)) {
        switch (s.kind) {
        case Kind::Key: setFormat(s.start, s.length, m_key); break;
        case Kind::String: setFormat(s.start, s.length, m_string); break;
        case Kind::Number: setFormat(s.start, s.length, m_number); break;
        case Kind::Literal: setFormat(s.start, s.length, m_literal); break;
        case Kind::Punctuation: setFormat(s.start, s.length, m_punctuation); break;
        case Kind::Plain: break;
        }
    }
}

} // namespace sb::dashboard

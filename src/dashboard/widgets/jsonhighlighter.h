// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace sb::dashboard {

// Colours JSON as it is typed: keys, strings, numbers, true/false/null and punctuation.
// Line by line, so it stays cheap on large payloads.
class JsonHighlighter : public QSyntaxHighlighter
{
public:
    explicit JsonHighlighter(QTextDocument *document);

    // The format a position in a line would get (tests look at the colours).
    enum class Kind { Plain, Key, String, Number, Literal, Punctuation };
    static Kind kindAt(const QString &line, int position);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
};

} // namespace sb::dashboard

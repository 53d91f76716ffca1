// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace sb::dashboard {

// One headline figure of the Overview: a title, the value, and its trend against the
// previous period (an arrow, the change, and whether that change is good or bad).
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    // `higherIsBetter` decides the trend's colour; trends of figures with no preference stay neutral.
    enum class Preference { HigherIsBetter, LowerIsBetter, Neutral };

    KpiTile(const QString &title, Preference preference, QWidget *parent = nullptr);

    // `current`/`previous` are the raw figures (NaN: no data); `text` is how to show `current`.
    // Without a current figure the tile shows just the value; without a previous one, the
    // note set below (where the data begins) instead of a trend.
    void setValue(const QString &text, double current, double previous, const QString &unit = {});
    // A figure without a trend (a current state): `note` says so.
    void setValue(const QString &text, const QString &note);
    void setNoComparisonNote(const QString &note) { m_noComparison = note; }
    QString valueText() const;
    QString trendText() const;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_trend;
    Preference m_preference;
    QString m_noComparison;
};

} // namespace sb::dashboard

// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpitile.h"

#include "dashboard/widgets/themecolors.h"

#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace sb::dashboard {

KpiTile::KpiTile(const QString &title, Preference preference, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(QStringLiteral("—"), this))
    , m_trend(new QLabel(this))
    , m_preference(preference)
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::TabFocus); // read out by screen readers as the user tabs through
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_trend);
    setAccessibleName(title);
}

void KpiTile::setValue(const QString &text, const QString &note)
{
    m_value->setText(text);
    setAccessibleDescription(text);
    m_trend->setText(note);
    m_trend->setStyleSheet({});
}

QString KpiTile::valueText() const { return m_value->text(); }

QString KpiTile::trendText() const { return m_trend->text(); }

void KpiTile::setValue(const QString &text, double current, double previous, const QString &unit)
{
    m_value->setText(text);
    setAccessibleDescription(text);
    if (std::isnan(current) || std::isnan(previous)) {
        m_trend->setText(std::isnan(current) ? QString() : m_noComparison);
        m_trend->setStyleSheet({});
        return;
    }
    const double change = current - previous;
    const bool flat = std::abs(change) < 1e-9;
    const QString arrow = flat ? QStringLiteral("→") : change > 0 ? QStringLiteral("▲") : QStringLiteral("▼");
    const QString amount = unit == u"%" ? QString::number(std::abs(change), 'f', 1) + tr(" pts")
                                        // Counts stay whole; rates get a decimal while small.
                                        : QString::number(std::abs(change), 'f',
                                                          std::abs(change) < 10 && change != std::round(change) ? 1 : 0) + unit;
    m_trend->setText(flat ? tr("→ same as the previous period") : tr("%1 %2 vs the previous period").arg(arrow, amount));
    const bool better = m_preference == Preference::HigherIsBetter ? change > 0 : change < 0;
    const ThemeColors colors = ThemeColors::of(palette());
    m_trend->setStyleSheet(flat || m_preference == Preference::Neutral
                               ? QString()
                               : QStringLiteral("color: %1").arg((better ? colors.good : colors.bad).name()));
}

} // namespace sb::dashboard

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sparklinedelegate.h"

#include "dashboard/widgets/themecolors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace sb::dashboard {

SparklineDelegate::SparklineDelegate(int dataRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(dataRole)
{
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QList<double> values = index.data(m_role).value<QList<double>>();
    if (values.isEmpty())
        return;
    const QRectF area = QRectF(option.rect).adjusted(4, 4, -4, -4);
    const double step = values.size() > 1 ? area.width() / double(values.size() - 1) : 0;
    QPainterPath path;
    bool drawing = false;
    double last = -1;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.at(i) < 0) {
            drawing = false; // no traffic: a gap
            continue;
        }
        last = values.at(i);
        const QPointF p(area.left() + step * double(i), area.bottom() - area.height() * std::clamp(last, 0.0, 100.0) / 100.0);
        if (drawing)
            path.lineTo(p);
        else
            path.moveTo(p);
        drawing = true;
    }
    const ThemeColors c = ThemeColors::of(option.palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(last < 0 ? c.neutral : last < 50 ? c.bad : last < 95 ? c.warning : c.good, 1.5));
    painter->drawPath(path);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(120, 20));
}

} // namespace sb::dashboard

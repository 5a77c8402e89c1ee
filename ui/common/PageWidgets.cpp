#include "common/PageWidgets.h"

#include <QFrame>
#include <QLabel>
#include <QScrollArea>

namespace cw::ui {

QScrollArea* scrollingArea(QWidget* inner, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidget(inner);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QLabel* headingLabel(QWidget* parent, qreal scale)
{
    auto* label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * scale);
    label->setFont(f);
    return label;
}

} // namespace cw::ui

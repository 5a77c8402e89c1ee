#include "common/Page.h"

#include <QEvent>

namespace cw::ui {

Page::Page(QWidget* parent)
    : QWidget(parent)
{
}

void Page::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace cw::ui

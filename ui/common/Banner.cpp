#include "common/Banner.h"

#include <QHBoxLayout>
#include <QLabel>

namespace cw::ui {

Banner::Banner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xf3, 0xd8));
    pal.setColor(QPalette::WindowText, QColor(0x5c, 0x44, 0x00));
    setPalette(pal);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_label);
}

void Banner::setText(const QString& text)
{
    m_label->setText(text);
}

QString Banner::text() const
{
    return m_label->text();
}

} // namespace cw::ui

#include "shell/NavigationSidebar.h"

namespace cw::ui {

NavigationSidebar::NavigationSidebar(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationSidebar"));
    setFrameShape(QFrame::NoFrame);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setUniformItemSizes(true);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    setFont(f);
    setStyleSheet(
        QStringLiteral("QListWidget#navigationSidebar { background: palette(window); padding-top: 8px; }"
                       "QListWidget#navigationSidebar::item { padding: 9px 16px; border: none; }"
                       "QListWidget#navigationSidebar::item:selected {"
                       " background: palette(highlight); color: palette(highlighted-text); }"));
}

void NavigationSidebar::addEntry(const QString& text)
{
    addItem(text);
}

void NavigationSidebar::setEntryText(int row, const QString& text)
{
    if (QListWidgetItem* entry = item(row))
        entry->setText(text);
}

QSize NavigationSidebar::sizeHint() const
{
    return {220, QListWidget::sizeHint().height()};
}

} // namespace cw::ui

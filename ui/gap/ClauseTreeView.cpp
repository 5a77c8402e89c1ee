#include "gap/ClauseTreeView.h"

#include <QKeyEvent>

namespace cw::ui {

ClauseTreeView::ClauseTreeView(QWidget* parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("clauseTree"));
    setUniformRowHeights(true); // 1,000+ rows stay fast
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAllColumnsShowFocus(true);
    setTabKeyNavigation(false);
}

void ClauseTreeView::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    Qt::KeyboardModifiers mods = event->modifiers();
    mods.setFlag(Qt::KeypadModifier, false);
    if (mods == Qt::NoModifier && key >= Qt::Key_0 && key <= Qt::Key_4) {
        Q_EMIT statusKeyPressed(key - Qt::Key_0);
        event->accept();
        return;
    }
    if (mods == Qt::NoModifier && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        Q_EMIT nextRequested();
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}

bool ClauseTreeView::focusNextPrevChild(bool next)
{
    if (next) {
        Q_EMIT notesRequested();
        return true;
    }
    return QTreeView::focusNextPrevChild(next);
}

} // namespace cw::ui

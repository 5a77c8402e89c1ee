#include "common/CommittingTextEdit.h"

namespace cw::ui {

CommittingTextEdit::CommittingTextEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    connect(this, &QPlainTextEdit::textChanged, this, [this] { m_edited = true; });
}

void CommittingTextEdit::setTextQuietly(const QString& text)
{
    if (toPlainText() != text)
        setPlainText(text);
    m_edited = false;
}

void CommittingTextEdit::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (m_edited) {
        m_edited = false;
        Q_EMIT editingFinished();
    }
}

} // namespace cw::ui

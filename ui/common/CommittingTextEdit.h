#pragma once

#include <QPlainTextEdit>

namespace cw::ui {

/// A multi-line text field that, like QLineEdit, says when an edit is finished: when it loses
/// focus after its text changed. Its owner commits the text then.
class CommittingTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit CommittingTextEdit(QWidget* parent = nullptr);
    /// Replaces the text without counting it as an edit.
    void setTextQuietly(const QString& text);
    /// Whether the user changed the text since it was last set or committed.
    [[nodiscard]] bool isEdited() const { return m_edited; }

Q_SIGNALS:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    bool m_edited = false;
};

} // namespace cw::ui

#pragma once

#include <QFrame>

class QLabel;

namespace cw::ui {

/// A one-line notice across the top of a page (for example "this workspace is read-only").
class Banner : public QFrame {
    Q_OBJECT
public:
    explicit Banner(QWidget* parent = nullptr);
    void setText(const QString& text);
    [[nodiscard]] QString text() const;

private:
    QLabel* m_label;
};

} // namespace cw::ui

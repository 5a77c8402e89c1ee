#pragma once

#include <QListWidget>

namespace cw::ui {

/// The list of pages down the left side of the main window; row i selects page i.
class NavigationSidebar : public QListWidget {
    Q_OBJECT
public:
    explicit NavigationSidebar(QWidget* parent = nullptr);
    void addEntry(const QString& text);
    void setEntryText(int row, const QString& text);
    [[nodiscard]] QSize sizeHint() const override;
};

} // namespace cw::ui

#pragma once

#include <QWidget>

namespace cw::ui {

/// A page of the main window: it names itself for the sidebar and retranslates itself when the
/// user switches language.
class Page : public QWidget {
    Q_OBJECT
public:
    explicit Page(QWidget* parent = nullptr);

    /// The page's name in the sidebar, in the current language.
    [[nodiscard]] virtual QString title() const = 0;

protected:
    /// Sets every user-visible text; called on QEvent::LanguageChange.
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent* event) override;
};

} // namespace cw::ui

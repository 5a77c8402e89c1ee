#pragma once

#include <QObject>

class QWidget;

namespace cw::ui {

/// Keeps the mouse wheel from editing forms: a combo box, spin box or date field takes wheel input
/// only while it has the keyboard focus. Over any other such field the wheel scrolls the page it
/// sits on, as the user meant (scrolling the finding pane over the Type combo once turned a major
/// into a minor). One filter on the application serves every page, present and future; such
/// fields also lose Qt's "wheel gives focus" policy, so a wheel turn cannot focus and then edit.
class WheelGuard : public QObject {
    Q_OBJECT
public:
    /// Installs the guard on the application once; later calls do nothing.
    static void install();

    /// The field a wheel over `widget` would edit (the widget itself, or the combo or spin box
    /// whose part it is), or nullptr.
    [[nodiscard]] static QWidget* guardedField(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace cw::ui

#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace cw::ui {

/// Every message box of the program goes through here, so that tests can answer them: after
/// setNextAnswer(b) the next box is not shown and returns b (KeePassXC's MessageBox seam).
/// Each box's text is remembered in shownTexts(), shown or answered.
class MessageBoxes {
public:
    using Button = QMessageBox::StandardButton;
    /// A standard button relabelled, e.g. {QMessageBox::Open, tr("Open Read-Only")}.
    using ButtonLabels = std::vector<std::pair<Button, QString>>;

    static Button critical(QWidget* parent, const QString& title, const QString& text);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          QMessageBox::StandardButtons buttons, Button defaultButton,
                          const ButtonLabels& labels = {});
    static Button show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                       QMessageBox::StandardButtons buttons, Button defaultButton,
                       const ButtonLabels& labels = {});

    /// Test seam: the answer to the next box (queued; each box takes one).
    static void setNextAnswer(Button answer);
    /// Texts of the recent boxes (up to 50), oldest first.
    [[nodiscard]] static QStringList shownTexts();
    static void reset();

private:
    static std::vector<Button>& answers();
    static QStringList& texts();
};

} // namespace cw::ui

#include "shell/MessageBoxes.h"

#include <QAbstractButton>
#include <QApplication>

namespace cw::ui {

std::vector<MessageBoxes::Button>& MessageBoxes::answers()
{
    static std::vector<Button> queue;
    return queue;
}

QStringList& MessageBoxes::texts()
{
    static QStringList shown;
    return shown;
}

MessageBoxes::Button MessageBoxes::critical(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBoxes::Button MessageBoxes::warning(QWidget* parent, const QString& title, const QString& text,
                                           QMessageBox::StandardButtons buttons, Button defaultButton,
                                           const ButtonLabels& labels)
{
    return show(parent, QMessageBox::Warning, title, text, buttons, defaultButton, labels);
}

MessageBoxes::Button MessageBoxes::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                        const QString& text, QMessageBox::StandardButtons buttons,
                                        Button defaultButton, const ButtonLabels& labels)
{
    constexpr qsizetype kKeep = 50;
    texts().append(text);
    if (texts().size() > kKeep)
        texts().removeFirst();
    if (!answers().empty()) {
        const Button answer = answers().front();
        answers().erase(answers().begin());
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    if (icon == QMessageBox::NoIcon && !QApplication::windowIcon().isNull())
        box.setIconPixmap(QApplication::windowIcon().pixmap(64));
    for (const auto& [button, label] : labels)
        if (QAbstractButton* b = box.button(button))
            b->setText(label);
    box.exec();
    return box.clickedButton() ? box.standardButton(box.clickedButton()) : QMessageBox::NoButton;
}

void MessageBoxes::setNextAnswer(Button answer)
{
    answers().push_back(answer);
}

QStringList MessageBoxes::shownTexts()
{
    return texts();
}

void MessageBoxes::reset()
{
    answers().clear();
    texts().clear();
}

} // namespace cw::ui

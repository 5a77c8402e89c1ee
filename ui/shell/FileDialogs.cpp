#include "shell/FileDialogs.h"

#include "shell/AppSettings.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

#include <utility>

namespace cw::ui {

std::optional<QString>& FileDialogs::next()
{
    static std::optional<QString> file;
    return file;
}

std::optional<QString> FileDialogs::takeNextFileName()
{
    return std::exchange(next(), std::nullopt);
}

void FileDialogs::setNextFileName(const QString& file)
{
    next() = file;
}

QString FileDialogs::startDirectory()
{
    const QString last = AppSettings::lastDirectory();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void FileDialogs::remember(const QString& file)
{
    if (!file.isEmpty())
        AppSettings::setLastDirectory(QFileInfo(file).absolutePath());
}

QString FileDialogs::getOpenFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (auto file = takeNextFileName())
        return *file;
    const QString file = QFileDialog::getOpenFileName(parent, caption, startDirectory(), filter);
    remember(file);
    return file;
}

QString FileDialogs::getSaveFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (auto file = takeNextFileName())
        return *file;
    const QString file = QFileDialog::getSaveFileName(parent, caption, startDirectory(), filter, nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    remember(file);
    return file;
}

} // namespace cw::ui

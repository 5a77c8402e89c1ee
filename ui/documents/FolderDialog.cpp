#include "documents/FolderDialog.h"

#include <QDir>
#include <QFileDialog>

namespace cw::ui {

std::optional<QString>& FolderDialog::next()
{
    static std::optional<QString> folder;
    return folder;
}

void FolderDialog::setNextFolder(const QString& folder)
{
    next() = folder;
}

QString FolderDialog::getExistingDirectory(QWidget* parent, const QString& caption)
{
    if (auto folder = next()) {
        next().reset();
        return *folder;
    }
    static QString last = QDir::homePath();
    const QString chosen = QFileDialog::getExistingDirectory(parent, caption, last);
    if (!chosen.isEmpty())
        last = chosen;
    return chosen;
}

} // namespace cw::ui

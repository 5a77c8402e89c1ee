#include "common/Paths.h"

#include <QDir>

namespace cw::ui {

std::filesystem::path toPath(const QString& file)
{
    return std::filesystem::path(file.toStdU16String());
}

QString fromPath(const std::filesystem::path& file)
{
    return QDir::toNativeSeparators(QString::fromStdU16String(file.u16string()));
}

} // namespace cw::ui

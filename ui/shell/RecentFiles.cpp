#include "shell/RecentFiles.h"

#include "shell/AppSettings.h"

#include <QFileInfo>

namespace cw::ui {

namespace {
QString normalized(const QString& file)
{
    return QFileInfo(file).absoluteFilePath();
}
} // namespace

RecentFiles::RecentFiles(QObject* parent)
    : QObject(parent)
{
}

QStringList RecentFiles::files()
{
    const QStringList stored = AppSettings::recentFiles();
    QStringList existing;
    for (const QString& file : stored)
        if (QFileInfo::exists(file) && !existing.contains(file) && existing.size() < kMax)
            existing.append(file);
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString& file)
{
    QStringList list = AppSettings::recentFiles();
    const QString path = normalized(file);
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMax)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString& file)
{
    QStringList list = AppSettings::recentFiles();
    if (list.removeAll(normalized(file)) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList& files)
{
    AppSettings::setRecentFiles(files);
    Q_EMIT changed();
}

} // namespace cw::ui

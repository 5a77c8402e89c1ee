#include "shell/AppSettings.h"

#include <QSettings>

namespace cw::ui {

namespace {
QVariant value(QLatin1String key)
{
    return QSettings().value(key);
}

void setValue(QLatin1String key, const QVariant& v)
{
    QSettings().setValue(key, v);
}

constexpr QLatin1String kLanguage("ui/language");
constexpr QLatin1String kActor("audit/actor");
constexpr QLatin1String kRecentFiles("files/recent");
constexpr QLatin1String kLastDirectory("files/lastDirectory");
constexpr QLatin1String kGeometry("window/geometry");
constexpr QLatin1String kState("window/state");
} // namespace

QString AppSettings::language()
{
    return value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    setValue(kLanguage, language);
}

QString AppSettings::actor()
{
    return value(kActor).toString();
}

void AppSettings::setActor(const QString& actor)
{
    setValue(kActor, actor);
}

QStringList AppSettings::recentFiles()
{
    return value(kRecentFiles).toStringList();
}

void AppSettings::setRecentFiles(const QStringList& files)
{
    setValue(kRecentFiles, files);
}

QString AppSettings::lastDirectory()
{
    return value(kLastDirectory).toString();
}

void AppSettings::setLastDirectory(const QString& dir)
{
    setValue(kLastDirectory, dir);
}

QByteArray AppSettings::windowGeometry()
{
    return value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return value(kState).toByteArray();
}

void AppSettings::setWindow(const QByteArray& geometry, const QByteArray& state)
{
    setValue(kGeometry, geometry);
    setValue(kState, state);
}

} // namespace cw::ui

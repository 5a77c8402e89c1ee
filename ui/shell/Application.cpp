#include "shell/Application.h"

#include "common/Version.h"
#include "shell/AppSettings.h"
#include "shell/CommandLine.h"
#include "shell/InstanceChannel.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/StartupProbe.h"
#include "shell/WorkspaceController.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

namespace cw::ui {

void Application::setIdentity()
{
    QCoreApplication::setOrganizationName(QLatin1String(AppSettings::kOrganization));
    QCoreApplication::setApplicationName(QLatin1String(AppSettings::kApplication));
    QCoreApplication::setApplicationVersion(QLatin1String(cw::kVersion));
}

bool Application::needsWindow(int argc, const char* const* argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return !CommandLine::asksForInformation(arguments);
}

void Application::runWithoutWindow()
{
    setIdentity();
    LanguageManager languages;
    languages.applyStartupLanguage();
    CommandLine().answerAndExit(QCoreApplication::arguments());
}

Application::Application(QApplication& app)
    : m_app(app)
{
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QLatin1String(cw::kProductName));
    // Matches packaging/linux/org.conformanceworkbench.ConformanceWorkbench.desktop, so desktops
    // group the windows under the installed launcher and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.conformanceworkbench.ConformanceWorkbench"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/conformance-workbench.svg")));
}

int Application::run()
{
    LanguageManager languages;
    languages.applyStartupLanguage();
    CommandLine commandLine;
    if (!commandLine.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(commandLine.errorText()));
        return 2;
    }

    // One window per workspace: a file already open in another window is brought to the front there.
    if (!commandLine.file().isEmpty() && InstanceChannel::askToRaise(commandLine.file()))
        return 0;

    MainWindow window(languages);
    if (const auto probe = StartupProbe::modeFromEnvironment())
        new StartupProbe(window, *probe); // owned by the window
    window.show();
    if (commandLine.demo())
        window.controller().openDemo();
    else if (!commandLine.file().isEmpty())
        window.controller().openFile(commandLine.file());
    return m_app.exec();
}

} // namespace cw::ui

#include "UiTestSupport.h"

#include "common/Paths.h"
#include "shell/Application.h"
#include "shell/LanguageManager.h"
#include "shell/MessageBoxes.h"

#include <QApplication>
#include <QFocusEvent>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace cwtest {

QApplication& application()
{
    static int argc = 1;
    static char name[] = "ui_tests";
    static char* argv[] = {name, nullptr};
    // Never destroyed: Qt must outlive every static of the test program.
    static auto* app = [] {
        // A fixed locale and time zone, whatever the machine's.
        qputenv("LC_ALL", "C.UTF-8");
        qputenv("LANGUAGE", "");
        qputenv("TZ", "UTC");
        auto* a = new QApplication(argc, argv);
        cw::ui::Application keep(*a); // identity and window icon
        return a;
    }();
    return *app;
}

UiFixture::UiFixture()
{
    application();
    cw::ui::Application::setIdentity();
    const QString home = cw::ui::fromPath(dir.path());
    qputenv("HOME", home.toLocal8Bit());
    qputenv("CW_CONFIG_DIR", (home + QStringLiteral("/config")).toLocal8Bit()); // the signing key
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home + QStringLiteral("/settings"));
    QSettings().clear();
    cw::ui::MessageBoxes::reset();
    useSourceResources();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_languages = std::make_unique<cw::ui::LanguageManager>();
    m_languages->setLanguage(QStringLiteral("en"));
}

UiFixture::~UiFixture()
{
    m_languages.reset();
    processEvents();
}

QString UiFixture::path(const std::string& name) const
{
    return cw::ui::fromPath(dir / name);
}

void processEvents()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
}

void focusOut(QWidget* widget)
{
    QFocusEvent event(QEvent::FocusOut, Qt::TabFocusReason);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace cwtest

// Under LeakSanitizer (the asan preset): fontconfig keeps its caches until the process ends.
extern "C" const char* __lsan_default_suppressions()
{
    return "leak:libfontconfig\n";
}

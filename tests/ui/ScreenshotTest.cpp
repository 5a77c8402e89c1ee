// Not a test: pictures of the window for docs/ and for review, hidden from the normal run. It
// uses the environment as given (unlike the tests), so that the file paths shown look real; give
// it a scratch HOME:
//   HOME=/tmp/li.wei USER=li.wei CW_SCREENSHOT_DIR=/tmp/shots QT_QPA_PLATFORM=xcb
//       xvfb-run -a -s "-screen 0 1400x900x24" build/gui/tests/ui/ui_tests "[screenshot]"
// docs/screenshot.png is dashboard-en.png.
#include "UiTestSupport.h"

#include "shell/Application.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceController.h"

#include <QDir>
#include <QPixmap>

#include <catch2/catch.hpp>

using cw::ui::MainWindow;
using cw::ui::PageId;

namespace {
void shoot(MainWindow& window, const QString& dir, const QString& name)
{
    cwtest::processEvents();
    REQUIRE(window.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

/// The folder from CW_SCREENSHOT_DIR (made if need be), with the application set up as the
/// program does.
QString prepare()
{
    const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    cwtest::application();
    cw::ui::Application::setIdentity();
    cwtest::useSourceResources();
    return dir;
}
} // namespace

TEST_CASE("screenshots", "[.][screenshot]")
{
    const QString dir = prepare();
    cw::ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(languages);
    window.resize(1280, 800);
    window.show();
    shoot(window, dir, QStringLiteral("welcome-en"));
    for (const char* language : {"en", "zh"}) {
        const QString lang = QLatin1String(language);
        languages.setLanguage(lang);
        REQUIRE(window.controller().openDemo());
        shoot(window, dir, QStringLiteral("dashboard-") + lang);
        window.showPage(PageId::Engagement);
        shoot(window, dir, QStringLiteral("engagement-") + lang);
        window.showPage(PageId::GapAnalysis);
        shoot(window, dir, QStringLiteral("gap-analysis-") + lang);
    }
}

// The pages of another workspace (e.g. `conformance demo large.cwb --scale large`), for review:
//   CW_SCREENSHOT_WORKSPACE=large.cwb CW_SCREENSHOT_DIR=/tmp/shots ... ui_tests "[screenshot-workspace]"
TEST_CASE("screenshots of a given workspace", "[.][screenshot-workspace]")
{
    const QString dir = prepare();
    const QString file = qEnvironmentVariable("CW_SCREENSHOT_WORKSPACE");
    REQUIRE_FALSE(file.isEmpty());
    cw::ui::LanguageManager languages;
    MainWindow window(languages);
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.controller().openFile(file));
    for (const char* language : {"en", "zh"}) {
        const QString lang = QLatin1String(language);
        languages.setLanguage(lang);
        window.showPage(PageId::Documents);
        shoot(window, dir, QStringLiteral("workspace-documents-") + lang);
        window.showPage(PageId::Findings);
        shoot(window, dir, QStringLiteral("workspace-findings-") + lang);
    }
}

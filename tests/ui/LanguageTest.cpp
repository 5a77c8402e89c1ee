#include "UiTestSupport.h"

#include "common/Page.h"
#include "shell/AppSettings.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/NavigationSidebar.h"
#include "shell/WorkspaceController.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>

#include <catch2/catch.hpp>

using cw::ui::LanguageManager;
using cw::ui::MainWindow;
using cw::ui::PageId;

namespace {
QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}
} // namespace

TEST_CASE("switching to Chinese retranslates the window at run time, and back", "[language]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    window.show();
    CHECK(menuTitles(window) == QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"),
                                            QStringLiteral("&Settings"), QStringLiteral("&Help")});

    // As the user does it: Settings > Language > 中文.
    auto* chinese = window.findChild<QAction*>(QStringLiteral("actionLanguage_zh"));
    REQUIRE(chinese);
    chinese->trigger();
    cwtest::processEvents();

    CHECK(fx.languages().language() == QStringLiteral("zh"));
    CHECK(chinese->isChecked());
    CHECK(menuTitles(window) == QStringList{QStringLiteral("文件(&F)"), QStringLiteral("编辑(&E)"),
                                            QStringLiteral("设置(&S)"), QStringLiteral("帮助(&H)")});
    auto* sidebar = window.findChild<cw::ui::NavigationSidebar*>();
    CHECK(sidebar->item(0)->text() == QStringLiteral("仪表板"));
    CHECK(sidebar->item(1)->text() == QStringLiteral("项目与范围"));
    CHECK(window.page(PageId::Catalog)->title() == QStringLiteral("标准目录"));
    CHECK(window.findChild<QAction*>(QStringLiteral("actionUndo"))->text() == QStringLiteral("撤销"));
    CHECK(window.findChild<QPushButton*>(QStringLiteral("welcomeDemo"))->text() ==
          QStringLiteral("打开示例"));
    CHECK(cw::ui::AppSettings::language() == QStringLiteral("zh"));

    window.findChild<QAction*>(QStringLiteral("actionLanguage_en"))->trigger();
    cwtest::processEvents();
    CHECK(menuTitles(window).front() == QStringLiteral("&File"));
    CHECK(sidebar->item(0)->text() == QStringLiteral("Dashboard"));
}

TEST_CASE("Qt's own texts are translated too", "[language]")
{
    cwtest::UiFixture fx;
    fx.languages().setLanguage(QStringLiteral("zh"));
    // Qt's translation is optional (it comes with Qt); when installed it serves standard texts.
    const QString translated = QCoreApplication::translate("QPlatformTheme", "Cancel");
    if (QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                          QStringLiteral("/qtbase_zh_CN.qm")))
        CHECK(translated == QStringLiteral("取消"));
}

TEST_CASE("the first start follows the system locale, later starts the saved choice", "[language]")
{
    cwtest::UiFixture fx;
    CHECK(LanguageManager::languageForLocale(QLocale(QLocale::Chinese, QLocale::China)) ==
          QStringLiteral("zh"));
    CHECK(LanguageManager::languageForLocale(QLocale(QLocale::Chinese, QLocale::Taiwan)) ==
          QStringLiteral("zh"));
    CHECK(LanguageManager::languageForLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)) ==
          QStringLiteral("en"));
    CHECK(LanguageManager::languageForLocale(QLocale(QLocale::German, QLocale::Germany)) ==
          QStringLiteral("en"));

    cw::ui::AppSettings::setLanguage(QString());
    LanguageManager first;
    first.applyStartupLanguage(); // the test environment's locale is C
    CHECK(first.language() == QStringLiteral("en"));

    cw::ui::AppSettings::setLanguage(QStringLiteral("zh"));
    LanguageManager later;
    later.applyStartupLanguage();
    CHECK(later.language() == QStringLiteral("zh"));
    CHECK(QCoreApplication::translate("cw::ui::MainWindow", "&File") == QStringLiteral("文件(&F)"));
    CHECK_FALSE(later.setLanguage(QStringLiteral("fr")));
}

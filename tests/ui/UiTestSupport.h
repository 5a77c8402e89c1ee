#pragma once

#include "TestSupport.h"

#include "shell/MainWindow.h"
#include "shell/PageId.h"
#include "shell/WorkspaceController.h"

#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <memory>

class QApplication;
class QWidget;

namespace cw::ui {
class LanguageManager;
}

namespace cwtest {

/// The test program's QApplication, made on first use in the C locale and UTC (the platform,
/// offscreen, comes from the environment CMake sets).
QApplication& application();

/// Per test case: a temporary directory serving as HOME and settings location, test-mode
/// standard paths, no pending dialog answers, English, resources from the source tree.
class UiFixture {
public:
    UiFixture();
    ~UiFixture();
    UiFixture(const UiFixture&) = delete;
    UiFixture& operator=(const UiFixture&) = delete;

    [[nodiscard]] cw::ui::LanguageManager& languages() { return *m_languages; }
    [[nodiscard]] QString path(const std::string& name) const;

    TempDir dir;

private:
    std::unique_ptr<cw::ui::LanguageManager> m_languages;
};

/// Delivers posted events (language changes, queued signals, deferred deletes).
void processEvents();

/// Sends focus-out to `widget`, as when the user moves to another field.
void focusOut(QWidget* widget);

/// Opens the demo in `window`, shows the window at 1280 x 800 and shows page `id`; returns the
/// page as `P` (the test fails when it is not one).
template <class P> P* showDemoPage(cw::ui::MainWindow& window, cw::ui::PageId id)
{
    REQUIRE(window.controller().openDemo());
    window.resize(1280, 800);
    window.show();
    window.showPage(id);
    auto* page = qobject_cast<P*>(window.page(id));
    REQUIRE(page);
    return page;
}

} // namespace cwtest

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& list)
    {
        return "{ \"" + list.join(QStringLiteral("\", \"")).toStdString() + "\" }";
    }
};
} // namespace Catch

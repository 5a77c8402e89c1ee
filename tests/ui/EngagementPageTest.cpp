#include "UiTestSupport.h"

#include "common/Banner.h"
#include "common/CommittingTextEdit.h"
#include "common/Paths.h"
#include "engagement/Engagement.h"
#include "engagement/EngagementPage.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/MessageBoxes.h"
#include "shell/WorkspaceController.h"
#include "shell/WorkspaceSession.h"
#include "storage/AuditTrail.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using cw::ui::MainWindow;
using cw::ui::PageId;

namespace {

struct EngagementWindow {
    explicit EngagementWindow(cwtest::UiFixture& fx)
        : window(fx.languages())
    {
        const QString file = fx.path("engagement.cwb");
        auto ws = cw::Workspace::create(cw::ui::toPath(file), cw::NewWorkspace{"Original name", "en"});
        ws.reset();
        REQUIRE(window.controller().openFile(file));
        window.show();
        window.showPage(PageId::Engagement);
        page = window.page(PageId::Engagement);
    }

    [[nodiscard]] cw::Engagement stored() const { return cw::loadEngagement(*window.session().workspace()); }
    template <class T> [[nodiscard]] T* field(const char* name) const
    {
        auto* w = page->findChild<T*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }
    void trigger(const char* actionName)
    {
        auto* action = window.findChild<QAction*>(QLatin1String(actionName));
        REQUIRE(action);
        REQUIRE(action->isEnabled());
        action->trigger();
    }

    MainWindow window;
    QWidget* page = nullptr;
};

/// Types into a line edit as a user would and presses Return.
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    edit->insert(text); // as typed (QTest::keyClicks cannot type Chinese)
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

TEST_CASE("editing the engagement name can be undone and redone from the Edit menu", "[engagement][undo]")
{
    cwtest::UiFixture fx;
    EngagementWindow ew(fx);
    auto* name = ew.field<QLineEdit>("engagementName");
    CHECK(name->text() == QStringLiteral("Original name"));

    typeInto(name, QStringLiteral("恒云 certification"));
    CHECK(ew.stored().name == "恒云 certification");
    CHECK(ew.window.session().undoStack()->count() == 1);
    CHECK(ew.window.findChild<QAction*>(QStringLiteral("actionUndo"))->text() ==
          QStringLiteral("Undo Change Engagement Name"));

    ew.trigger("actionUndo");
    CHECK(ew.stored().name == "Original name");
    CHECK(name->text() == QStringLiteral("Original name"));

    ew.trigger("actionRedo");
    CHECK(ew.stored().name == "恒云 certification");
    CHECK(name->text() == QStringLiteral("恒云 certification"));

    // Each step is one audited core call: creation, edit, undo, redo.
    const auto trail = cw::listAuditTrail(*ew.window.session().workspace(), {"engagement", "1", 0});
    REQUIRE(trail.size() == 5);
    CHECK(trail[3].newValue == std::optional<std::string>("Original name"));
    CHECK(trail[4].newValue == std::optional<std::string>("恒云 certification"));
}

TEST_CASE("the organization, scope and language fields commit as undoable steps", "[engagement][undo]")
{
    cwtest::UiFixture fx;
    EngagementWindow ew(fx);
    typeInto(ew.field<QLineEdit>("organizationEn"), QStringLiteral("Hengyun Data Services Co., Ltd."));
    typeInto(ew.field<QLineEdit>("organizationZh"), QStringLiteral("恒云数据服务有限公司"));

    auto* scope = ew.field<cw::ui::CommittingTextEdit>("scope");
    scope->setFocus();
    QTest::keyClicks(scope, QStringLiteral("Data centre operations"));
    CHECK(ew.stored().scope.empty()); // not yet: still editing
    cwtest::focusOut(scope);
    CHECK(ew.stored().scope == "Data centre operations");

    auto* language = ew.field<QComboBox>("engagementLanguage");
    CHECK(language->currentData().toString() == QStringLiteral("en"));
    language->setCurrentIndex(1);
    Q_EMIT language->activated(1);

    const cw::Engagement e = ew.stored();
    CHECK(e.organizationEn == "Hengyun Data Services Co., Ltd.");
    CHECK(e.organizationZh == "恒云数据服务有限公司");
    CHECK(e.language == "zh");
    QUndoStack& stack = *ew.window.session().undoStack();
    CHECK(stack.count() == 4);

    stack.undo();
    stack.undo();
    CHECK(ew.stored().language == "en");
    CHECK(ew.stored().scope.empty());
    CHECK(language->currentData().toString() == QStringLiteral("en"));
    CHECK(scope->toPlainText().isEmpty());
}

TEST_CASE("an edit the core refuses is reported and leaves no undo step", "[engagement]")
{
    cwtest::UiFixture fx;
    EngagementWindow ew(fx);
    cw::ui::MessageBoxes::setNextAnswer(QMessageBox::Ok);
    auto* name = ew.field<QLineEdit>("engagementName");
    name->clear();
    QTest::keyClick(name, Qt::Key_Return);
    cwtest::processEvents(); // the error box is queued

    REQUIRE(cw::ui::MessageBoxes::shownTexts().size() == 1);
    CHECK(cw::ui::MessageBoxes::shownTexts().front().contains(QStringLiteral("must not be empty")));
    CHECK(ew.stored().name == "Original name");
    CHECK(name->text() == QStringLiteral("Original name"));
    CHECK(ew.window.session().undoStack()->count() == 0);
}

TEST_CASE("unchanged fields make no undo step", "[engagement]")
{
    cwtest::UiFixture fx;
    EngagementWindow ew(fx);
    auto* name = ew.field<QLineEdit>("engagementName");
    typeInto(name, QStringLiteral("Original name"));
    Q_EMIT name->editingFinished();
    CHECK(ew.window.session().undoStack()->count() == 0);
}

TEST_CASE("the name from the preferences is recorded in the audit trail", "[engagement]")
{
    cwtest::UiFixture fx;
    cw::ui::AppSettings::setActor(QStringLiteral("Zhang Wei")); // as the Preferences dialog saves it
    EngagementWindow ew(fx);
    typeInto(ew.field<QLineEdit>("engagementName"), QStringLiteral("Audited edit"));
    const auto trail = cw::listAuditTrail(*ew.window.session().workspace(), {"engagement", "1", 1});
    REQUIRE(trail.size() == 1);
    CHECK(trail.front().actor == "Zhang Wei");
}

TEST_CASE("a read-only workspace shows read-only fields and says why", "[engagement][readonly]")
{
    cwtest::UiFixture fx;
    const QString file = fx.path("locked.cwb");
    auto writer = cw::Workspace::create(cw::ui::toPath(file), cw::NewWorkspace{"Locked", "en"});
    MainWindow window(fx.languages());
    cw::ui::MessageBoxes::setNextAnswer(QMessageBox::Open); // "Open Read-Only"
    REQUIRE(window.controller().openFile(file));
    REQUIRE(window.session().isReadOnly());
    auto* page = window.page(PageId::Engagement);

    auto* name = page->findChild<QLineEdit*>(QStringLiteral("engagementName"));
    CHECK(name->text() == QStringLiteral("Locked"));
    CHECK(name->isReadOnly());
    CHECK(page->findChild<cw::ui::CommittingTextEdit*>()->isReadOnly());
    CHECK_FALSE(page->findChild<QComboBox*>()->isEnabled());
    auto* banner = page->findChild<cw::ui::Banner*>(QStringLiteral("readOnlyBanner"));
    CHECK_FALSE(banner->isHidden());
    CHECK(banner->text().contains(QStringLiteral("opened for reading only")));
}

TEST_CASE("with no workspace the engagement page says so", "[engagement]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    auto* name = window.page(PageId::Engagement)->findChild<QLineEdit*>(QStringLiteral("engagementName"));
    CHECK_FALSE(name->isVisibleTo(window.page(PageId::Engagement)));
}

TEST_CASE("an edit still in progress is saved when the workspace is closed", "[engagement]")
{
    cwtest::UiFixture fx;
    EngagementWindow ew(fx);
    QApplication::setActiveWindow(&ew.window);
    auto* name = ew.field<QLineEdit>("engagementName");
    name->setFocus();
    REQUIRE(name->hasFocus());
    name->selectAll();
    name->insert(QStringLiteral("Typed, then Ctrl+W"));

    ew.trigger("actionClose");
    REQUIRE_FALSE(ew.window.session().isOpen());
    auto ws = cw::Workspace::open(cw::ui::toPath(fx.path("engagement.cwb")));
    CHECK(cw::loadEngagement(*ws).name == "Typed, then Ctrl+W");
}

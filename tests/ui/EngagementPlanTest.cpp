#include "UiTestSupport.h"

#include "common/CommittingTextEdit.h"
#include "common/Page.h"
#include "common/Paths.h"
#include "engagement/EngagementPlan.h"
#include "engagement/PlanSection.h"
#include "shell/FileDialogs.h"
#include "shell/MainWindow.h"
#include "shell/MessageBoxes.h"
#include "shell/WorkspaceController.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QCalendarWidget>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

using cw::ui::MainWindow;
using cw::ui::MessageBoxes;
using cw::ui::PageId;

namespace {

struct PlanWindow {
    explicit PlanWindow(cwtest::UiFixture& fx)
        : window(fx.languages())
    {
        const QString file = fx.path("plan.cwb");
        auto ws = cw::Workspace::create(cw::ui::toPath(file), cw::NewWorkspace{"Plan test", "en"});
        ws.reset();
        REQUIRE(window.controller().openFile(file));
        window.show();
        window.showPage(PageId::Engagement);
        page = window.page(PageId::Engagement);
    }

    [[nodiscard]] cw::EngagementPlan stored() const
    {
        return cw::loadEngagementPlan(*window.session().workspace());
    }
    template <class T> [[nodiscard]] T* field(const char* name) const
    {
        auto* w = page->findChild<T*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }
    [[nodiscard]] QUndoStack& stack() const { return *window.session().undoStack(); }

    MainWindow window;
    QWidget* page = nullptr;
};

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    edit->insert(text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

TEST_CASE("a planned date lands in the workspace and can be undone", "[engagement][plan][undo]")
{
    cwtest::UiFixture fx;
    PlanWindow pw(fx);
    auto* stage1 = pw.field<QLineEdit>("planStage1");
    typeInto(stage1, QStringLiteral("2027-01-19"));
    CHECK(pw.stored().plannedStage1 == "2027-01-19");
    REQUIRE(pw.stack().count() == 1);
    CHECK(pw.stack().undoText() == QStringLiteral("Change Planned Stage 1 Audit"));

    pw.stack().undo();
    CHECK(pw.stored().plannedStage1.empty());
    CHECK(stage1->text().isEmpty());
    pw.stack().redo();
    CHECK(stage1->text() == QStringLiteral("2027-01-19"));
}

TEST_CASE("the calendar button opens a calendar whose click sets and commits the date",
          "[engagement][plan][undo]")
{
    cwtest::UiFixture fx;
    PlanWindow pw(fx);
    auto* stage2 = pw.field<QLineEdit>("planStage2");
    typeInto(stage2, QStringLiteral("2027-03-10"));
    auto* button = pw.field<QToolButton>("planStage2Calendar");
    REQUIRE(button->menu());
    CHECK(button->menu()->findChild<QCalendarWidget*>() == nullptr); // made on first use

    Q_EMIT button->menu()->aboutToShow();
    auto* calendar = button->menu()->findChild<QCalendarWidget*>();
    REQUIRE(calendar);
    CHECK(calendar->selectedDate() == QDate(2027, 3, 10)); // opens on the field's date
    Q_EMIT calendar->clicked(QDate(2027, 4, 2));
    CHECK(stage2->text() == QStringLiteral("2027-04-02"));
    CHECK(pw.stored().plannedStage2 == "2027-04-02");
    CHECK(pw.stack().count() == 2);

    Q_EMIT button->menu()->aboutToShow(); // reopened: the same calendar, on the new date
    CHECK(button->menu()->findChildren<QCalendarWidget*>().size() == 1);
    CHECK(calendar->selectedDate() == QDate(2027, 4, 2));
}

TEST_CASE("a malformed date is reported, changes nothing and leaves no undo step", "[engagement][plan]")
{
    cwtest::UiFixture fx;
    PlanWindow pw(fx);
    auto* trial = pw.field<QLineEdit>("planTrialOperationStart");
    typeInto(trial, QStringLiteral("2026-06-01"));
    REQUIRE(pw.stored().trialOperationStart == "2026-06-01");
    MessageBoxes::reset();
    MessageBoxes::setNextAnswer(QMessageBox::Ok);

    typeInto(trial, QStringLiteral("2026-02-30"));
    cwtest::processEvents(); // the error box is queued
    REQUIRE(MessageBoxes::shownTexts().size() == 1);
    CHECK(MessageBoxes::shownTexts().front().contains(QStringLiteral("trial_operation_start")));
    CHECK(pw.stored().trialOperationStart == "2026-06-01");
    CHECK(trial->text() == QStringLiteral("2026-06-01"));
    CHECK(pw.stack().count() == 1);
}

TEST_CASE("services, sites, body and CNCA categories commit as undoable steps", "[engagement][plan][undo]")
{
    cwtest::UiFixture fx;
    PlanWindow pw(fx);
    auto* services = pw.field<cw::ui::CommittingTextEdit>("planServices");
    services->setFocus();
    QTest::keyClicks(services, QStringLiteral("Service desk"));
    QTest::keyClick(services, Qt::Key_Return);
    QTest::keyClick(services, Qt::Key_Return);
    QTest::keyClicks(services, QStringLiteral("Data centre operations"));
    cwtest::focusOut(services);
    CHECK(pw.stored().services == std::vector<std::string>{"Service desk", "Data centre operations"});

    typeInto(pw.field<QLineEdit>("planCertificationBody"), QStringLiteral("中诚认证有限公司"));
    CHECK(pw.stored().certificationBody == "中诚认证有限公司");

    auto* categories = pw.field<QListWidget>("planCncaCategories");
    REQUIRE(categories->count() == 14);
    QListWidgetItem* infrastructure = nullptr;
    for (int i = 0; i < categories->count(); ++i)
        if (categories->item(i)->text().startsWith(QStringLiteral("L 04.01")))
            infrastructure = categories->item(i);
    REQUIRE(infrastructure);
    CHECK(infrastructure->text().contains(QStringLiteral("Infrastructure operation and maintenance")));
    infrastructure->setCheckState(Qt::Checked);
    CHECK(pw.stored().cncaCategories == std::vector<std::string>{"L 04.01"});
    CHECK(pw.stack().count() == 3);

    pw.stack().undo();
    CHECK(pw.stored().cncaCategories.empty());
    CHECK(infrastructure->checkState() == Qt::Unchecked);
    pw.stack().undo();
    pw.stack().undo();
    CHECK(pw.stored().services.empty());
    CHECK(services->toPlainText().isEmpty());
}

TEST_CASE("a logo is chosen with a preview, cleared, and the change undone", "[engagement][plan]")
{
    cwtest::UiFixture fx;
    PlanWindow pw(fx);
    QImage image(120, 40, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString file = fx.path("logo.png");
    REQUIRE(image.save(file));

    cw::ui::FileDialogs::setNextFileName(file);
    pw.field<QPushButton>("planChooseLogo")->click();
    CHECK(cw::logoMimeType(pw.stored().logo) == "image/png");
    CHECK_FALSE(pw.field<QLabel>("planLogo")->pixmap().isNull());
    auto* clear = pw.field<QPushButton>("planClearLogo");
    REQUIRE(clear->isEnabled());
    clear->click();
    CHECK(pw.stored().logo.empty());
    CHECK(pw.field<QLabel>("planLogo")->pixmap().isNull());
    pw.stack().undo();
    CHECK_FALSE(pw.stored().logo.empty());

    // Not an image: said so, nothing changes.
    const QString text = fx.path("notes.png");
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("just text");
    }
    MessageBoxes::reset();
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    const int steps = pw.stack().count();
    cw::ui::FileDialogs::setNextFileName(text);
    pw.field<QPushButton>("planChooseLogo")->click();
    REQUIRE(MessageBoxes::shownTexts().size() == 1);
    CHECK(MessageBoxes::shownTexts().front().contains(QStringLiteral("notes.png")));
    CHECK(pw.stack().count() == steps);
}

TEST_CASE("certification plan screenshot", "[.][screenshot]")
{
    const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    REQUIRE(window.controller().openDemo());
    window.resize(1280, 800);
    window.show();
    window.showPage(PageId::Engagement);
    cwtest::processEvents();
    auto* plan = window.page(PageId::Engagement)->findChild<cw::ui::PlanSection*>();
    REQUIRE(plan);
    auto* scroll = window.page(PageId::Engagement)->findChild<QScrollArea*>();
    REQUIRE(scroll);
    scroll->ensureWidgetVisible(plan->findChild<QPushButton*>(QStringLiteral("planClearLogo")));
    cwtest::processEvents();
    REQUIRE(window.grab().save(dir + QStringLiteral("/engagement-plan-en.png")));
}

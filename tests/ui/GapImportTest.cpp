#include "UiTestSupport.h"

#include "assessment/Assessment.h"
#include "assessment/AssessmentResults.h"
#include "assessment/ChecklistImport.h"
#include "common/LongAction.h"
#include "common/Paths.h"
#include "gap/GapAnalysisPage.h"
#include "gap/ImportChecklistWizard.h"
#include "shell/MainWindow.h"
#include "shell/MessageBoxes.h"
#include "shell/WorkspaceController.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <sqlite3.h>

using cw::AssessmentStatus;
using cw::ui::GapAnalysisPage;
using cw::ui::ImportChecklistWizard;
using cw::ui::MainWindow;
using cw::ui::PageId;

namespace {

struct ImportWindow {
    explicit ImportWindow(cwtest::UiFixture& fx)
        : window(fx.languages())
    {
        page = cwtest::showDemoPage<GapAnalysisPage>(window, PageId::GapAnalysis);
        cw::NewAssessment init;
        init.name = "From the old spreadsheet";
        init.date = "2026-11-02";
        id = cw::createAssessment(ws(), init);
        page->selectAssessment(id);
        REQUIRE(page->assessmentId() == id);
    }
    [[nodiscard]] cw::Workspace& ws() const { return *window.session().workspace(); }
    [[nodiscard]] AssessmentStatus status(const std::string& ref) const
    {
        return cw::loadResult(ws(), id, {"iso20000-1:2018", ref}).status;
    }

    MainWindow window;
    GapAnalysisPage* page = nullptr;
    std::int64_t id = 0;
};

QString writeCsv(cwtest::UiFixture& fx, const std::string& name, const QByteArray& text)
{
    const QString path = fx.path(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

const QByteArray kChecklist = "Clause,Status,Findings\n"
                              "4.1,Yes,Context reviewed with the service manager\n"
                              "4.2,Partly,Interested parties listed but not their needs\n"
                              "4.3,Maybe,Scope statement unclear\n"
                              "99.9,Yes,No such clause\n";

} // namespace

TEST_CASE("import wizard: the mapping is guessed, bad rows are named and nothing is imported",
          "[gap][import]")
{
    cwtest::UiFixture fx;
    ImportWindow iw(fx);
    const QString path = writeCsv(fx, "checklist.csv", kChecklist);

    ImportChecklistWizard wizard(iw.window.session(), iw.id,
                                 {{"iso20000-1:2018", QStringLiteral("ISO/IEC 20000-1")}});
    wizard.show();
    wizard.setFile(fx.path("missing.csv"));
    wizard.next(); // refused: the file cannot be read, and the message names it
    CHECK(wizard.currentId() == ImportChecklistWizard::FilePage);
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("importFileError"))
              ->text()
              .contains(QStringLiteral("missing.csv")));

    // A damaged workbook is refused with its name, not a crash.
    wizard.setFile(writeCsv(fx, "damaged.xlsx", QByteArrayLiteral("PK\x03\x04 not really a workbook")));
    wizard.next();
    CHECK(wizard.currentId() == ImportChecklistWizard::FilePage);
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("importFileError"))
              ->text()
              .contains(QStringLiteral("damaged.xlsx")));

    wizard.setFile(path);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportChecklistWizard::MappingPage);
    const cw::ChecklistMapping m = wizard.mapping();
    CHECK(m.headerRow == std::optional<std::size_t>(0));
    CHECK(m.columnOf(cw::ChecklistField::Ref) == std::optional<std::size_t>(0));
    CHECK(m.columnOf(cw::ChecklistField::Status) == std::optional<std::size_t>(1));
    CHECK(m.columnOf(cw::ChecklistField::Notes) == std::optional<std::size_t>(2));
    auto* vocabulary = wizard.findChild<QTableWidget*>(QStringLiteral("importVocabulary"));
    CHECK(vocabulary->rowCount() == 3); // Yes, Partly, Maybe

    wizard.next();
    REQUIRE(wizard.currentId() == ImportChecklistWizard::PreviewPage);
    CHECK_FALSE(wizard.preview().ok());
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    const QString summary = wizard.findChild<QLabel*>(QStringLiteral("importSummary"))->text();
    CHECK(summary.contains(QStringLiteral("4, 5"))); // the bad rows by their row number
    auto* table = wizard.findChild<QTableWidget*>(QStringLiteral("importPreview"));
    REQUIRE(table->rowCount() == 4);
    CHECK(table->item(0, 4)->text().isEmpty());
    CHECK(table->item(2, 0)->text() == QStringLiteral("4"));
    CHECK_FALSE(table->item(2, 4)->text().isEmpty());
    CHECK_FALSE(table->item(3, 4)->text().isEmpty());

    // Even pushed through, the core takes none of it.
    const int steps = iw.window.session().undoStack()->count();
    cw::ui::MessageBoxes::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(iw.page->importChecklist(wizard.sheet(), wizard.mapping()));
    cwtest::processEvents();
    CHECK(iw.window.session().undoStack()->count() == steps);
    CHECK(iw.status("4.1") == AssessmentStatus::NotAssessed);
    CHECK(iw.status("4.2") == AssessmentStatus::NotAssessed);

    // Teaching it the word leaves only the unknown clause.
    wizard.back();
    wizard.setStatusWord(QStringLiteral("Maybe"), AssessmentStatus::Partial);
    wizard.next();
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("importSummary"))
              ->text()
              .contains(QStringLiteral("rows: 5")));
}

TEST_CASE("import wizard: a clean checklist is imported as one undoable step", "[gap][import][undo]")
{
    cwtest::UiFixture fx;
    ImportWindow iw(fx);
    const QString path = writeCsv(fx, "checklist.csv",
                                  "Clause,Status,Findings\n"
                                  "4.1,Yes,Context reviewed with the service manager\n"
                                  "4.2,Partly,Interested parties listed but not their needs\n"
                                  "4.3,Maybe,Scope statement unclear\n");
    bool driven = false;
    QTimer::singleShot(0, &iw.window, [&] {
        auto* wizard = qobject_cast<ImportChecklistWizard*>(QApplication::activeModalWidget());
        REQUIRE(wizard);
        wizard->setFile(path);
        wizard->next();
        wizard->setStatusWord(QStringLiteral("Maybe"), AssessmentStatus::Partial);
        wizard->next();
        REQUIRE(wizard->currentId() == ImportChecklistWizard::PreviewPage);
        CHECK(wizard->preview().ok());
        REQUIRE(wizard->button(QWizard::FinishButton)->isEnabled());
        driven = true;
        wizard->button(QWizard::FinishButton)->click();
    });
    iw.page->findChild<QPushButton*>(QStringLiteral("importChecklist"))->click();
    REQUIRE(driven);
    QUndoStack& undo = *iw.window.session().undoStack();
    REQUIRE(undo.count() == 1);
    CHECK(iw.status("4.1") == AssessmentStatus::Conformant);
    CHECK(iw.status("4.2") == AssessmentStatus::Partial);
    CHECK(iw.status("4.3") == AssessmentStatus::Partial);
    CHECK(cw::loadResult(iw.ws(), iw.id, {"iso20000-1:2018", "4.1"}).notes ==
          "Context reviewed with the service manager");

    undo.undo();
    CHECK(iw.status("4.1") == AssessmentStatus::NotAssessed);
    CHECK(iw.status("4.2") == AssessmentStatus::NotAssessed);
    CHECK(cw::loadResult(iw.ws(), iw.id, {"iso20000-1:2018", "4.1"}).notes.empty());
    undo.redo();
    CHECK(iw.status("4.3") == AssessmentStatus::Partial);
}

TEST_CASE("a checklist import can be cancelled: nothing recorded, no undo step", "[gap][import][undo]")
{
    cwtest::UiFixture fx;
    ImportWindow iw(fx);
    const QString path = writeCsv(fx, "checklist.csv",
                                  "Clause,Status,Findings\n"
                                  "4.1,Yes,Context reviewed\n"
                                  "4.2,Partly,Needs not listed\n");
    const cw::Sheet sheet = cw::readSheetFile(cw::ui::toPath(path));
    const cw::ChecklistMapping mapping = cw::detectChecklistMapping(sheet);
    QUndoStack& undo = *iw.window.session().undoStack();
    const int steps = undo.count();

    // Another connection holds the file, so the import's worker waits at its first read while
    // Cancel is pressed; the workspace is then free again before the import begins writing.
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(iw.ws().file().string().c_str(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
    bool cancelled = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &iw.window, [&] {
        if (auto* action = iw.window.findChild<cw::ui::LongAction*>()) {
            action->requestCancel();
            cancelled = true;
            sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
            poll.stop();
        }
    });
    poll.start(5);
    CHECK_FALSE(iw.page->importChecklist(sheet, mapping));
    sqlite3_close(other);
    CHECK(cancelled);
    CHECK(undo.count() == steps);
    CHECK(iw.status("4.1") == AssessmentStatus::NotAssessed);
    CHECK(iw.status("4.2") == AssessmentStatus::NotAssessed);

    // Not cancelled, the same import lands as one step.
    CHECK(iw.page->importChecklist(sheet, mapping));
    CHECK(undo.count() == steps + 1);
    CHECK(iw.status("4.1") == AssessmentStatus::Conformant);
}

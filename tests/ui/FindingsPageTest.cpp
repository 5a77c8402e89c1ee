#include "UiTestSupport.h"

#include "common/Banner.h"
#include "common/Paths.h"
#include "demo/Demo.h"
#include "findings/CorrectiveActionModel.h"
#include "findings/FindingDetailPanel.h"
#include "findings/FindingListModel.h"
#include "findings/FindingQuery.h"
#include "findings/FindingsPage.h"
#include "findings/VerificationDialog.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/MessageBoxes.h"
#include "shell/WorkspaceController.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

using cw::ui::FindingListModel;
using cw::ui::FindingsPage;
using cw::ui::MainWindow;
using cw::ui::MessageBoxes;
using cw::ui::PageId;

namespace {

/// The demo engagement on the Findings & actions page, "today" pinned to the demo's 2026-11-22.
struct FindingsWindow {
    explicit FindingsWindow(cwtest::UiFixture& fx)
        : window(fx.languages())
    {
        REQUIRE(window.controller().openDemo());
        ws().setClock(std::make_shared<cw::FixedClock>(cw::parseUtc("2026-11-22T09:00:00Z", "test")));
        window.resize(1280, 800);
        window.show();
        window.showPage(PageId::Findings);
        page = qobject_cast<FindingsPage*>(window.page(PageId::Findings));
        REQUIRE(page);
        page->reload();
    }

    [[nodiscard]] cw::Workspace& ws() const { return *window.session().workspace(); }
    [[nodiscard]] QUndoStack& undo() const { return *window.session().undoStack(); }
    [[nodiscard]] std::int64_t select(const std::string& code) const
    {
        const std::int64_t id = cw::findingByCode(ws(), code).id;
        page->showFinding(id);
        REQUIRE(page->detail()->findingId() == id);
        return id;
    }
    [[nodiscard]] QStringList codes() const
    {
        QStringList list;
        for (int r = 0; r < page->listModel()->rowCount(); ++r)
            list << QString::fromStdString(page->listModel()->finding(r)->finding.code);
        return list;
    }
    template <class T> [[nodiscard]] T* child(const char* name) const
    {
        auto* w = page->findChild<T*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }

    MainWindow window;
    FindingsPage* page = nullptr;
};

/// Types into a field and presses Return, as a user finishing an edit.
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    edit->insert(text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

TEST_CASE("the findings page's models pass QAbstractItemModelTester", "[findings][model]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    auto* page = qobject_cast<FindingsPage*>(window.page(PageId::Findings));
    REQUIRE(page);
    using Tester = QAbstractItemModelTester;
    Tester list(page->listModel(), Tester::FailureReportingMode::Fatal);
    Tester actions(page->detail()->actionModel(), Tester::FailureReportingMode::Fatal);

    REQUIRE(window.controller().openDemo());
    CHECK(page->listModel()->rowCount() == 10);
    auto& ws = *window.session().workspace();
    page->showFinding(cw::findingByCode(ws, "NC-2026-003").id);
    CHECK(page->detail()->actionModel()->rowCount() == 2);
    page->setTypeFilter(cw::FindingType::Minor);
    CHECK(page->listModel()->rowCount() == 4);
    cw::CorrectiveAction a;
    a.description = "Second check of the known-error article";
    a.owner = "Liu Yang";
    a.dueDate = "2026-12-20";
    CHECK(page->detail()->addAction(a));
    CHECK(page->detail()->actionModel()->rowCount() == 3);
    window.session().undoStack()->undo();
    fx.languages().setLanguage(QStringLiteral("zh"));
    cwtest::processEvents();
    window.controller().closeWorkspace();
    CHECK(page->listModel()->rowCount() == 0);
    CHECK(page->detail()->actionModel()->rowCount() == 0);
}

TEST_CASE("the demo findings register: open majors first, overdue marked", "[findings]")
{
    cwtest::UiFixture fx;
    FindingsWindow fw(fx);
    CHECK(fw.codes() == QStringList{QStringLiteral("NC-2026-004"), QStringLiteral("NC-2026-003"),
                                    QStringLiteral("NC-2026-002"), QStringLiteral("NC-2026-005"),
                                    QStringLiteral("NC-2026-006"), QStringLiteral("OBS-2026-001"),
                                    QStringLiteral("OBS-2026-002"), QStringLiteral("NC-2026-001"),
                                    QStringLiteral("OFI-2026-001"), QStringLiteral("PF-2026-001")});
    auto* model = fw.page->listModel();
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model->data(model->index(row, column), role);
    };
    CHECK(cell(0, FindingListModel::TypeColumn).toString() == QStringLiteral("Major nonconformity"));
    CHECK(cell(0, FindingListModel::StateColumn).toString() == QStringLiteral("Action planned"));
    CHECK(cell(0, FindingListModel::OriginColumn).toString() == QStringLiteral("IA-2026-02"));
    CHECK(cell(0, FindingListModel::DueColumn).toString() == QStringLiteral("2026-11-30"));
    CHECK(cell(0, FindingListModel::OwnerColumn).toString() == QStringLiteral("Sun Hao, Huang Jie"));
    CHECK(cell(0, FindingListModel::ClausesColumn).toString() == QStringLiteral("8.7.3.2, A.5.18, A.8.2"));
    CHECK_FALSE(cell(0, FindingListModel::DueColumn, Qt::ForegroundRole).isValid()); // due, not overdue
    // NC-2026-003's second-round action was due on 15 November.
    CHECK(model->finding(1)->overdue);
    CHECK(cell(1, FindingListModel::DueColumn).toString() == QStringLiteral("2026-11-15"));
    CHECK(cell(1, FindingListModel::DueColumn, Qt::ForegroundRole).isValid());
    CHECK(cell(1, FindingListModel::DueColumn, Qt::ToolTipRole).toString() ==
          QStringLiteral("Corrective actions overdue: 1"));
    CHECK(cell(4, FindingListModel::OriginColumn).toString().startsWith(QStringLiteral("Complaint")));

    const QString majors = fw.child<QLabel>("openMajors")->text();
    CHECK(majors.contains(QStringLiteral("Open major nonconformities: 1.")));
    CHECK(majors.contains(QStringLiteral("NC-2026-004")));
    CHECK_FALSE(majors.contains(QStringLiteral("NC-2026-001"))); // closed
    CHECK(fw.child<QLabel>("findingCount")->text() ==
          QStringLiteral("10 shown · 7 open · 1 overdue corrective actions"));

    // The first finding is shown below.
    CHECK(fw.page->detail()->findingId() == cw::findingByCode(fw.ws(), "NC-2026-004").id);
    CHECK(fw.child<QLabel>("findingState")->text() == QStringLiteral("Action planned"));
    CHECK(fw.page->detail()->actionModel()->rowCount() == 2);
}

TEST_CASE("the findings register filters by type, state and overdue", "[findings][filter]")
{
    cwtest::UiFixture fx;
    FindingsWindow fw(fx);
    fw.page->setTypeFilter(cw::FindingType::Major);
    CHECK(fw.codes() == QStringList{QStringLiteral("NC-2026-004"), QStringLiteral("NC-2026-001")});
    fw.page->setOpenOnly(true);
    CHECK(fw.codes() == QStringList{QStringLiteral("NC-2026-004")});
    fw.page->setOpenOnly(false);
    fw.page->setTypeFilter(std::nullopt);
    fw.page->setStateFilter(cw::FindingState::Closed);
    CHECK(fw.codes() == QStringList{QStringLiteral("NC-2026-001"), QStringLiteral("OFI-2026-001"),
                                    QStringLiteral("PF-2026-001")});
    fw.page->setStateFilter(std::nullopt);
    fw.page->setOverdueOnly(true);
    CHECK(fw.codes() == QStringList{QStringLiteral("NC-2026-003")});
    CHECK(fw.page->detail()->findingId() == cw::findingByCode(fw.ws(), "NC-2026-003").id);
    fw.page->setOverdueOnly(false);
    CHECK(fw.page->listModel()->rowCount() == 10);

    // Clause: what the core selects for every demo finding, typed into the filter field.
    bool narrowed = false;
    for (const QString& clause : {QStringLiteral("8"), QStringLiteral("8.6"), QStringLiteral("9.2")}) {
        QStringList expected;
        for (const auto& row : cw::listFindings(fw.ws()))
            if (cw::citesClause(row.finding.clauses, clause.toStdString()))
                expected << QString::fromStdString(row.finding.code);
        fw.page->findChild<QLineEdit*>(QStringLiteral("clauseFilter"))->setText(clause);
        CHECK(fw.codes() == expected);
        narrowed = narrowed || (!expected.isEmpty() && expected.size() < 10);
    }
    CHECK(narrowed); // the demo's findings cite different clauses
    fw.page->setClauseFilter(QStringLiteral("99.9"));
    CHECK(fw.page->listModel()->rowCount() == 0);
    fw.page->setClauseFilter(QString());
    CHECK(fw.page->listModel()->rowCount() == 10);

    // Showing a finding the filters hide clears them.
    fw.page->setClauseFilter(QStringLiteral("99.9"));
    fw.page->setTypeFilter(cw::FindingType::Observation);
    (void)fw.select("NC-2026-006");
    CHECK(fw.page->listModel()->rowCount() == 10);
}

TEST_CASE("many open majors: five are named, the rest are one click away", "[findings][filter]")
{
    cwtest::UiFixture fx;
    FindingsWindow fw(fx);
    fw.page->setTypeFilter(cw::FindingType::Observation); // a filter that hides the new ones
    for (int i = 1; i <= 6; ++i) {
        cw::Finding f;
        f.type = cw::FindingType::Major;
        f.source = cw::FindingSource::Other;
        f.title = "Major gap " + std::to_string(i);
        f.statement = "No evidence.";
        f.clauses = {{"iso20000-1:2018", "8.2.1"}};
        f.raisedOn = "2026-11-20";
        REQUIRE(fw.page->createFinding(f));
        CHECK(fw.page->detail()->findingId() > 0); // shown, the hiding filter cleared
        CHECK(fw.page->listModel()->rowOf(fw.page->detail()->findingId()) >= 0);
    }
    auto* majors = fw.child<QLabel>("openMajors");
    CHECK(majors->text().contains(QStringLiteral("Open major nonconformities: 7.")));
    CHECK(majors->text().contains(QStringLiteral("and 2 more: show them all")));
    CHECK(majors->text().count(QStringLiteral("<b>")) == 5);

    fw.page->setOverdueOnly(true);
    Q_EMIT majors->linkActivated(QStringLiteral("majors"));
    CHECK(fw.codes().size() == 7);
    for (int r = 0; r < fw.page->listModel()->rowCount(); ++r) {
        CHECK(fw.page->listModel()->finding(r)->finding.type == cw::FindingType::Major);
        CHECK(fw.page->listModel()->finding(r)->open());
    }
    CHECK(fw.child<QCheckBox>("openFilter")->isChecked());
    CHECK_FALSE(fw.child<QCheckBox>("overdueFilter")->isChecked());
}

TEST_CASE("editing a finding is one undo step that undo restores", "[findings][undo]")
{
    cwtest::UiFixture fx;
    FindingsWindow fw(fx);
    const std::int64_t id = fw.select("NC-2026-005");
    const cw::FindingSnapshot before = cw::snapshotFinding(fw.ws(), id);

    auto* title = fw.child<QLineEdit>("finding_title");
    typeInto(title, QStringLiteral("Supplier reviews missing for two suppliers"));
    REQUIRE(fw.undo().count() == 1);
    CHECK(fw.undo().undoText() == QStringLiteral("Edit Title of NC-2026-005"));
    CHECK(cw::loadFinding(fw.ws(), id).title == "Supplier reviews missing for two suppliers");
    CHECK(fw.page->listModel()
              ->data(
                  fw.page->listModel()->index(fw.page->listModel()->rowOf(id), FindingListModel::TitleColumn))
              .toString() == QStringLiteral("Supplier reviews missing for two suppliers"));

    REQUIRE(
        fw.page->detail()->setField(cw::FindingField::RootCause, QStringLiteral("No supplier owner named")));
    CHECK(cw::loadFinding(fw.ws(), id).rootCause == "No supplier owner named");

    // A corrective action, edited in the table.
    cw::CorrectiveAction a;
    a.description = "Name an owner for every supplier";
    REQUIRE(fw.page->detail()->addAction(a));
    auto* actions = fw.page->detail()->actionModel();
    REQUIRE(actions->rowCount() == 1);
    CHECK(actions->setData(actions->index(0, cw::ui::CorrectiveActionModel::OwnerColumn),
                           QStringLiteral("Wang Fang")));
    CHECK(actions->setData(actions->index(0, cw::ui::CorrectiveActionModel::DueColumn),
                           QStringLiteral("2026-12-20")));
    CHECK(cw::snapshotFinding(fw.ws(), id).actions.front().owner == "Wang Fang");
    CHECK(fw.undo().count() == 5);

    while (fw.undo().canUndo())
        fw.undo().undo();
    CHECK(cw::snapshotFinding(fw.ws(), id) == before);
    CHECK(title->text() == QString::fromStdString(before.finding.title));
}

TEST_CASE("a refused lifecycle step shows the core's message and changes nothing", "[findings][lifecycle]")
{
    cwtest::UiFixture fx;
    FindingsWindow fw(fx);
    const std::int64_t id = fw.select("NC-2026-004");
    const cw::FindingSnapshot before = cw::snapshotFinding(fw.ws(), id);

    // Closing a nonconformity whose action was not verified effective.
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(fw.page->detail()->takeStep(cw::FindingStep::Close));
    REQUIRE_FALSE(MessageBoxes::shownTexts().isEmpty());
    CHECK(MessageBoxes::shownTexts().back() ==
          QStringLiteral("finding NC-2026-004 cannot be closed: its corrective action has not been verified "
                         "effective"));

    // The step offered now (implement) is refused until every action is implemented.
    auto* implement = fw.child<QPushButton>("findingStep_implement");
    CHECK_FALSE(implement->toolTip().isEmpty());
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(implement, Qt::LeftButton);
    CHECK(MessageBoxes::shownTexts().back().startsWith(QStringLiteral("finding NC-2026-004 cannot")));
    CHECK(fw.undo().count() == 0);
    CHECK(cw::snapshotFinding(fw.ws(), id) == before);
}

TEST_CASE("a nonconformity goes to verified closure, each step undoable", "[findings][lifecycle][undo]")
{
    cwtest::UiFixture fx;
    FindingsWindow fw(fx);
    const std::int64_t id = fw.select("NC-2026-002"); // implemented, awaiting verification
    const cw::FindingSnapshot before = cw::snapshotFinding(fw.ws(), id);

    cw::Verification v;
    v.verifiedBy = "Ma Li";
    v.verifiedOn = "2026-11-22";
    v.effective = true;
    v.notes = "Competence matrix complete for all 14 roles.";
    REQUIRE(fw.page->detail()->verify(v, QStringLiteral("Checked at the follow-up")));
    CHECK(cw::loadFinding(fw.ws(), id).state == cw::FindingState::Verified);
    CHECK(fw.child<QLabel>("findingHistory")->text().contains(QStringLiteral("Checked at the follow-up")));

    auto* close = fw.child<QPushButton>("findingStep_close");
    fw.child<QLineEdit>("findingStepComment")->setText(QStringLiteral("Closed by the SMS manager"));
    QTest::mouseClick(close, Qt::LeftButton);
    CHECK(cw::loadFinding(fw.ws(), id).state == cw::FindingState::Closed);
    CHECK(cw::snapshotFinding(fw.ws(), id).transitions.back().comment == "Closed by the SMS manager");
    CHECK(fw.undo().undoText() == QStringLiteral("Close NC-2026-002"));
    // A closed finding is frozen in the detail.
    CHECK(fw.child<QLineEdit>("finding_title")->isReadOnly());

    fw.undo().undo();
    CHECK(cw::loadFinding(fw.ws(), id).state == cw::FindingState::Verified);
    fw.undo().undo();
    CHECK(cw::snapshotFinding(fw.ws(), id) == before);
    fw.undo().redo();
    CHECK(cw::loadFinding(fw.ws(), id).state == cw::FindingState::Verified);
}

TEST_CASE("Verify effectiveness checks what was typed before it closes and keeps it", "[findings][lifecycle]")
{
    cwtest::UiFixture fx;
    FindingsWindow fw(fx);
    const std::int64_t id = fw.select("NC-2026-002"); // implemented, awaiting verification
    const auto trailBefore = fw.ws().db().execAndGet("SELECT count(*) FROM audit_trail").getInt64();

    QStringList problems;
    bool stillOpenAfterRefusal = false;
    QString notesKept;
    // Drives the modal dialog: OK with "Verified by" empty, then with a bad date, then as it should be.
    QTimer::singleShot(0, [&] {
        // No REQUIRE here: an exception must not leave through the dialog's event loop.
        auto* dialog = qobject_cast<cw::ui::VerificationDialog*>(QApplication::activeModalWidget());
        auto* by = dialog ? dialog->findChild<QLineEdit*>(QStringLiteral("verificationBy")) : nullptr;
        auto* on = dialog ? dialog->findChild<QLineEdit*>(QStringLiteral("verificationOn")) : nullptr;
        auto* notes = dialog ? dialog->findChild<QPlainTextEdit*>() : nullptr;
        if (!by || !on || !notes) {
            if (dialog)
                dialog->reject();
            return;
        }
        by->clear();
        notes->setPlainText(QStringLiteral("Matrix checked for all roles"));
        dialog->accept();
        problems << dialog->problem();
        stillOpenAfterRefusal = dialog->isVisible();
        by->setText(QStringLiteral("Ma Li"));
        on->setText(QStringLiteral("2026-11-31"));
        dialog->accept();
        problems << dialog->problem();
        notesKept = notes->toPlainText();
        on->setText(QStringLiteral("2026-11-22"));
        dialog->accept();
    });
    QTest::mouseClick(fw.child<QPushButton>("findingStep_verify"), Qt::LeftButton);

    REQUIRE(problems.size() == 2);
    CHECK(stillOpenAfterRefusal);
    CHECK(problems[0].contains(QStringLiteral("who verified the effectiveness is not given")));
    CHECK(problems[1].contains(QStringLiteral("'2026-11-31', is not a date")));
    CHECK(notesKept == QStringLiteral("Matrix checked for all roles"));
    // Only the accepted verification was written.
    const auto s = cw::snapshotFinding(fw.ws(), id);
    CHECK(s.finding.state == cw::FindingState::Verified);
    REQUIRE(s.verifications.size() == 1);
    CHECK(s.verifications.back().verifiedBy == "Ma Li");
    CHECK(s.verifications.back().notes == "Matrix checked for all roles");
    CHECK(fw.ws().db().execAndGet("SELECT count(*) FROM audit_trail").getInt64() > trailBefore);
}

TEST_CASE("a read-only workspace shows the findings but allows no edit", "[findings][readonly]")
{
    cwtest::UiFixture fx;
    const QString file = fx.path("demo-locked.cwb");
    auto writer = cw::createDemoWorkspace(cw::ui::toPath(file), "en");
    MainWindow window(fx.languages());
    MessageBoxes::setNextAnswer(QMessageBox::Open); // "Open Read-Only"
    REQUIRE(window.controller().openFile(file));
    REQUIRE(window.session().isReadOnly());
    auto* page = qobject_cast<FindingsPage*>(window.page(PageId::Findings));
    CHECK(page->listModel()->rowCount() == 10);
    CHECK_FALSE(page->findChild<cw::ui::Banner*>(QStringLiteral("findingsBanner"))->isHidden());
    CHECK_FALSE(page->findChild<QPushButton*>(QStringLiteral("newFinding"))->isEnabled());
    page->showFinding(cw::findingByCode(*window.session().workspace(), "NC-2026-004").id);
    CHECK(page->findChild<QLineEdit*>(QStringLiteral("finding_title"))->isReadOnly());
    CHECK_FALSE(page->findChild<QPushButton*>(QStringLiteral("findingStep_implement"))->isEnabled());
    auto* actions = page->detail()->actionModel();
    REQUIRE(actions->rowCount() == 2);
    CHECK_FALSE(actions->flags(actions->index(0, 1)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(page->detail()->setField(cw::FindingField::Title, QStringLiteral("Changed")));
    CHECK_FALSE(page->detail()->takeStep(cw::FindingStep::Implement));
    CHECK(window.session().undoStack()->count() == 0);
}

TEST_CASE("the audits and findings pages fit a small window", "[findings][audits][layout]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    REQUIRE(window.controller().openDemo());
    for (const PageId id : {PageId::Audits, PageId::Findings}) {
        const QSize hint = window.page(id)->minimumSizeHint();
        INFO(static_cast<int>(id) << ": " << hint.width() << "x" << hint.height());
        CHECK(hint.width() <= 760);
        CHECK(hint.height() <= 600);
    }
}

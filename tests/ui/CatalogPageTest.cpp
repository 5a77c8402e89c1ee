#include "UiTestSupport.h"

#include "catalog/CatalogChooser.h"
#include "catalog/CatalogPage.h"
#include "catalog/CatalogStore.h"
#include "catalog/CatalogTreeModel.h"
#include "catalog/RequirementDetailsView.h"
#include "catalog/RequirementFilterModel.h"
#include "catalog/RequirementTreePane.h"
#include "common/Paths.h"
#include "demo/Demo.h"
#include "shell/Application.h"
#include "shell/FileDialogs.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/MessageBoxes.h"
#include "shell/WorkspaceController.h"
#include "shell/WorkspaceSession.h"
#include "storage/AuditTrail.h"
#include "storage/Workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>
#include <QUrl>

#include <catch2/catch.hpp>

using cw::ui::CatalogPage;
using cw::ui::CatalogTreeModel;

namespace {

constexpr const char* k20000 = "iso20000-1:2018";

/// A catalog page over its own session, as the main window builds it.
struct CatalogFixture {
    explicit CatalogFixture(bool demo = true)
    {
        if (demo)
            session.setWorkspace(cw::createDemoWorkspace(cw::ui::toPath(fx.path("demo.cwb")), "en"));
        page = std::make_unique<CatalogPage>(session, fx.languages());
        page->resize(1100, 700);
    }

    template <class T> [[nodiscard]] T* child(const char* name) const
    {
        auto* w = page->findChild<T*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }
    [[nodiscard]] CatalogTreeModel& model() const { return *page->treePane()->model(); }
    [[nodiscard]] QAbstractItemModel& shown() const { return *page->treePane()->filter(); }
    [[nodiscard]] QString details() const
    {
        return child<cw::ui::RequirementDetailsView>("requirementDetails")->toPlainText();
    }
    [[nodiscard]] std::size_t catalogsInWorkspace() const
    {
        return cw::listWorkspaceCatalogs(*session.workspace()).size();
    }

    cwtest::UiFixture fx;
    cw::ui::WorkspaceSession session;
    std::unique_ptr<CatalogPage> page;
};

/// Every node of `model` below `parent`, depth first, as its ref (or display text for a group).
QStringList walk(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QStringList out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QString ref = index.data(CatalogTreeModel::RefRole).toString();
        out << (ref.isEmpty() ? index.data().toString() : ref);
        out << walk(model, index);
    }
    return out;
}

QStringList topLevel(const QAbstractItemModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data().toString();
    return out;
}

} // namespace

TEST_CASE("the main window's catalog page shows the demo's ISO/IEC 20000-1 clause tree", "[catalog]")
{
    cwtest::UiFixture fx;
    const QString file = fx.path("demo.cwb");
    (void)cw::createDemoWorkspace(cw::ui::toPath(file), "en");
    cw::ui::MainWindow window(fx.languages());
    REQUIRE(window.controller().openFile(file));
    window.showPage(cw::ui::PageId::Catalog);
    auto* page = qobject_cast<CatalogPage*>(window.page(cw::ui::PageId::Catalog));
    REQUIRE(page);
    CHECK(page->title() == QStringLiteral("Catalog"));
    CHECK(page->currentCatalogId() == QLatin1String(k20000));

    // The demo holds all three built-in catalogs, so no built-in one is listed below them.
    auto* chooser = page->findChild<cw::ui::CatalogChooser*>();
    REQUIRE(chooser->count() == 3);
    CHECK(chooser->itemData(0).toString() == QLatin1String(k20000));
    CHECK(chooser->itemData(1).toString() == QStringLiteral("iso27001:2022"));
    CHECK(chooser->itemData(2).toString() == QStringLiteral("iso9001:2015"));
    CHECK(chooser->itemText(0).startsWith(QStringLiteral("ISO/IEC 20000-1:2018 Information technology")));

    const CatalogTreeModel& model = *page->treePane()->model();
    CHECK(model.nodeCount() == 77);
    CHECK(walk(model).size() == 77);
    CHECK(topLevel(model) ==
          QStringList({QStringLiteral("4  Context of the organization"), QStringLiteral("5  Leadership"),
                       QStringLiteral("6  Planning"),
                       QStringLiteral("7  Support of the service management system"),
                       QStringLiteral("8  Operation of the service management system"),
                       QStringLiteral("9  Performance evaluation"), QStringLiteral("10  Improvement")}));
    const QModelIndex incident = model.indexOf("8.6.1");
    CHECK(incident.data().toString() == QStringLiteral("8.6.1  Incident management"));
    CHECK(incident.data(CatalogTreeModel::AssessableRole).toBool());
    CHECK(incident.parent().data(CatalogTreeModel::RefRole).toString() == QStringLiteral("8.6"));
    CHECK_FALSE(incident.parent().data(CatalogTreeModel::AssessableRole).toBool());
    CHECK(page->findChild<QLabel*>(QStringLiteral("catalogInfo"))
              ->text()
              .startsWith(QStringLiteral("77 clauses, 57 of them assessable · content version 1.0.0")));
}

TEST_CASE("the catalog tree model passes the model tester in both views", "[catalog][model]")
{
    CatalogFixture cf;
    CatalogTreeModel& model = cf.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&cf.shown(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 7);
    model.setView(CatalogTreeModel::View::ProcessGroups);
    CHECK(model.rowCount() == 5);
    cf.fx.languages().setLanguage(QStringLiteral("zh")); // dataChanged over the whole tree
    cf.page->treePane()->filter()->setSearchText(QStringLiteral("变更"));
    cf.page->treePane()->filter()->setSearchText(QString());
    model.setView(CatalogTreeModel::View::Clauses);
    CHECK(model.nodeCount() == 77);
}

TEST_CASE("searching finds clauses by their English or Chinese text and keeps their parents",
          "[catalog][search]")
{
    CatalogFixture cf;
    auto* search = cf.child<QLineEdit>("catalogSearch");
    search->setText(QStringLiteral("事件"));
    // Hand-checked against the catalog: these ten have 事件 in the Chinese title or a question.
    CHECK(walk(cf.shown()) ==
          QStringList({QStringLiteral("7"), QStringLiteral("7.3"), QStringLiteral("7.4"), QStringLiteral("8"),
                       QStringLiteral("8.2"), QStringLiteral("8.2.3"), QStringLiteral("8.5"),
                       QStringLiteral("8.5.3"), QStringLiteral("8.6"), QStringLiteral("8.6.1"),
                       QStringLiteral("8.6.2"), QStringLiteral("8.6.3"), QStringLiteral("8.7"),
                       QStringLiteral("8.7.3"), QStringLiteral("8.7.3.3"), QStringLiteral("9"),
                       QStringLiteral("9.4"), QStringLiteral("10"), QStringLiteral("10.1")}));
    CHECK(cf.child<QLabel>("catalogMatches")->text() == QStringLiteral("Clauses found: 10"));
    CHECK(cf.page->treePane()->select(QStringLiteral("8.6.1")));
    CHECK(cf.page->currentRef() == QStringLiteral("8.6.1"));

    search->setText(QStringLiteral("  INCIDENT   management ")); // every word, any case
    CHECK(walk(cf.shown()).contains(QStringLiteral("8.6.1")));
    CHECK_FALSE(walk(cf.shown()).contains(QStringLiteral("4.1")));

    search->setText(QStringLiteral("no such words anywhere"));
    CHECK(cf.shown().rowCount() == 0);
    CHECK(cf.child<QLabel>("catalogMatches")->text() ==
          QStringLiteral("No clause matches “no such words anywhere”."));
    CHECK(cf.page->currentRef() == QStringLiteral("8.6.1")); // the details stay

    search->clear();
    CHECK(walk(cf.shown()).size() == 77);
    CHECK(cf.child<QLabel>("catalogMatches")->isHidden());
}

TEST_CASE("a requirement's details show its questions, evidence, documents and mapped clauses",
          "[catalog][details]")
{
    CatalogFixture cf;
    REQUIRE(cf.page->selectRequirement(QLatin1String(k20000), QStringLiteral("10.1")));
    const QString text = cf.details();
    CHECK(text.contains(QStringLiteral("10.1  Nonconformity and corrective action")));
    CHECK(text.contains(QStringLiteral("不符合及纠正措施")));
    CHECK(text.contains(QStringLiteral("Level 2 (procedure)")));
    CHECK(text.contains(QStringLiteral("Management system requirements")));
    CHECK(text.contains(QStringLiteral("Audit questions")));
    CHECK(text.contains(QStringLiteral("Evidence an auditor expects")));
    CHECK(text.contains(QStringLiteral("Record, Level 4 (record or form)")));
    // Sorted by catalog id, then clause: 27001 first, then 9001's two.
    CHECK(text.contains(
        QStringLiteral("ISO/IEC 27001:2022 10.2 Nonconformity and corrective action — equivalent")));
    CHECK(text.contains(QStringLiteral("ISO 9001:2015 10.2.1")));
    CHECK(text.contains(QStringLiteral("ISO 9001:2015 10.2.2")));

    // Clicking the first mapped clause jumps to it, in its own catalog.
    auto* details = cf.child<cw::ui::RequirementDetailsView>("requirementDetails");
    Q_EMIT details->anchorClicked(QUrl(QStringLiteral("mapped:0")));
    CHECK(cf.page->currentCatalogId() == QStringLiteral("iso27001:2022"));
    CHECK(cf.page->currentRef() == QStringLiteral("10.2"));
    CHECK(cf.child<QComboBox>("catalogChooser")->currentData().toString() == QStringLiteral("iso27001:2022"));
    CHECK(cf.details().contains(
        QStringLiteral("ISO/IEC 20000-1:2018 10.1 Nonconformity and corrective action — equivalent")));

    // A heading lists its sub-clauses as links.
    REQUIRE(cf.page->selectRequirement(QLatin1String(k20000), QStringLiteral("8.6")));
    CHECK(cf.details().contains(QStringLiteral("8.6.3  Problem management")));
    Q_EMIT details->anchorClicked(QUrl(QStringLiteral("clause:2")));
    CHECK(cf.page->currentRef() == QStringLiteral("8.6.3"));
}

TEST_CASE("the process-group view lists the 2011 groups with their requirements in clause order",
          "[catalog][groups]")
{
    CatalogFixture cf;
    REQUIRE(cf.page->selectRequirement(QLatin1String(k20000), QStringLiteral("8.6.2")));
    auto* viewSwitch = cf.child<QComboBox>("catalogViewSwitch");
    CHECK_FALSE(viewSwitch->isHidden());
    viewSwitch->setCurrentIndex(1);
    CHECK(cf.model().view() == CatalogTreeModel::View::ProcessGroups);
    CHECK(topLevel(cf.shown()) ==
          QStringList({QStringLiteral("Service delivery processes"), QStringLiteral("Relationship processes"),
                       QStringLiteral("Resolution processes"), QStringLiteral("Control processes"),
                       QStringLiteral("Management system requirements")}));
    const QModelIndex resolution = cf.shown().index(2, 0);
    CHECK(walk(cf.shown(), resolution) ==
          QStringList({QStringLiteral("8.6.1"), QStringLiteral("8.6.2"), QStringLiteral("8.6.3")}));
    CHECK(walk(cf.shown(), cf.shown().index(1, 0)) ==
          QStringList({QStringLiteral("8.3.1"), QStringLiteral("8.3.2"), QStringLiteral("8.3.4.1"),
                       QStringLiteral("8.3.4.2")}));
    CHECK(cf.page->currentRef() == QStringLiteral("8.6.2")); // the selection follows
    CHECK(cf.model().nodeCount() == 5 + 57);

    // Headings are not in this view: going to one switches back to the clauses.
    REQUIRE(cf.page->selectRequirement(QLatin1String(k20000), QStringLiteral("8.6")));
    CHECK(cf.model().view() == CatalogTreeModel::View::Clauses);
    CHECK(viewSwitch->currentIndex() == 0);

    // ISO/IEC 27001 has no process groups: no switch.
    REQUIRE(cf.page->selectRequirement(QStringLiteral("iso27001:2022"), QStringLiteral("A.5.1")));
    CHECK(viewSwitch->isHidden());
}

TEST_CASE("the whole catalog's required documented information is listed", "[catalog][documents]")
{
    CatalogFixture cf;
    auto* view = cf.child<QTableView>("requiredDocumentsView");
    const QAbstractItemModel& docs = *view->model();
    REQUIRE(docs.rowCount() == 29);
    CHECK(docs.index(0, 0).data().toString() == QStringLiteral("4.3"));
    CHECK(docs.index(0, 1).data().toString() == QStringLiteral("Scope of the service management system"));
    CHECK(docs.index(0, 2).data().toString() == QStringLiteral("Document"));
    CHECK(docs.index(0, 3).data().toString() == QStringLiteral("Level 1"));
    CHECK(docs.index(28, 0).data().toString() == QStringLiteral("10.2"));
    CHECK(docs.index(28, 2).data().toString() == QStringLiteral("Record"));
    auto* tabs = cf.child<QTabWidget>("catalogTabs");
    CHECK(tabs->tabText(1) == QStringLiteral("Required Documented Information (29)"));
    tabs->setCurrentIndex(1);
    Q_EMIT view->activated(docs.index(17, 1)); // 8.6.1, incident records
    CHECK(tabs->currentIndex() == 0);
    CHECK(cf.page->currentRef() == QStringLiteral("8.6.1"));
}

TEST_CASE("switching the language shows the catalog in Chinese", "[catalog][language]")
{
    CatalogFixture cf;
    REQUIRE(cf.page->selectRequirement(QLatin1String(k20000), QStringLiteral("8.6.1")));
    cf.fx.languages().setLanguage(QStringLiteral("zh"));
    cwtest::processEvents();
    CHECK(cf.model().indexOf("8.6.1").data().toString() == QStringLiteral("8.6.1  事件管理"));
    const QString text = cf.details();
    CHECK(text.indexOf(QStringLiteral("事件管理")) < text.indexOf(QStringLiteral("Incident management")));
    CHECK(cf.child<QComboBox>("catalogChooser")
              ->itemText(1)
              .startsWith(QStringLiteral("ISO/IEC 27001:2022 信息安全")));
}

TEST_CASE("a broken CSV catalog is reported and nothing is added", "[catalog][import]")
{
    CatalogFixture cf;
    const auto csv = cf.fx.dir / "broken.csv";
    cwtest::writeFile(csv, "ref,title_en,level\nA.1,Scope,7\n");
    const std::size_t trail = cw::listAuditTrail(*cf.session.workspace(), {}).size();
    cw::ui::FileDialogs::setNextFileName(cw::ui::fromPath(csv));
    cw::ui::MessageBoxes::setNextAnswer(QMessageBox::Ok);
    cf.child<QPushButton>("importCatalogButton")->click();

    REQUIRE(cw::ui::MessageBoxes::shownTexts().size() == 1);
    const QString message = cw::ui::MessageBoxes::shownTexts().front();
    CHECK(message.startsWith(QStringLiteral("The catalog in broken.csv could not be imported.")));
    CHECK(message.contains(QStringLiteral("line 2, column 'level': '7' is not a document level 1-4")));
    CHECK(cf.catalogsInWorkspace() == 3);
    CHECK(cw::listAuditTrail(*cf.session.workspace(), {}).size() == trail);
    CHECK(cf.child<QComboBox>("catalogChooser")->count() == 3);
    CHECK(cf.page->currentCatalogId() == QLatin1String(k20000));
}

TEST_CASE("a CSV checklist is imported and shown", "[catalog][import]")
{
    CatalogFixture cf;
    const auto csv = cf.fx.dir / "supplier-check.csv";
    cwtest::writeFile(csv, "ref,parent,title_en,title_zh,questions_en,questions_zh\n"
                           "S,,Supplier checks,供方检查,,\n"
                           "S.1,S,Contracts,合同,Who signs?|Where kept?,谁签署？|存放在哪里？\n");
    cw::ui::FileDialogs::setNextFileName(cw::ui::fromPath(csv));
    cf.child<QPushButton>("importCatalogButton")->click();

    CHECK(cw::ui::MessageBoxes::shownTexts().isEmpty());
    CHECK(cf.catalogsInWorkspace() == 4);
    CHECK(cf.page->currentCatalogId() == QStringLiteral("custom:supplier-check"));
    CHECK(walk(cf.shown()) == QStringList({QStringLiteral("S"), QStringLiteral("S.1")}));
    CHECK(cf.child<QComboBox>("catalogViewSwitch")->isHidden());
    REQUIRE(cf.page->selectRequirement(QStringLiteral("custom:supplier-check"), QStringLiteral("S.1")));
    CHECK(cf.details().contains(QStringLiteral("Who signs?")));
    CHECK(cf.details().contains(QStringLiteral("谁签署？")));
}

TEST_CASE("a built-in catalog is browsed, then added to the workspace after confirmation", "[catalog][add]")
{
    CatalogFixture cf(false);
    const QString file = cf.fx.path("empty.cwb");
    cf.session.setWorkspace(cw::Workspace::create(cw::ui::toPath(file), cw::NewWorkspace{"Empty", "en"}));
    const std::size_t before = cf.catalogsInWorkspace();
    auto* chooser = cf.child<QComboBox>("catalogChooser");
    auto* add = cf.child<QPushButton>("addCatalogButton");
    REQUIRE(chooser->findData(QStringLiteral("iso9001:2015")) >= 0);
    REQUIRE(cf.page->selectRequirement(QStringLiteral("iso9001:2015"), QStringLiteral("10.2.1")));
    CHECK(chooser->currentText().endsWith(QStringLiteral("(built in, not in the workspace)")));
    CHECK(cf.details().contains(QStringLiteral("Add this catalog to the workspace")));
    CHECK_FALSE(add->isHidden());
    REQUIRE(add->isEnabled());

    cw::ui::MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    add->click();
    CHECK(cf.catalogsInWorkspace() == before);

    cw::ui::MessageBoxes::setNextAnswer(QMessageBox::Yes);
    add->click();
    CHECK(cf.catalogsInWorkspace() == before + 1);
    CHECK(cw::workspaceHasCatalog(*cf.session.workspace(), "iso9001:2015"));
    CHECK(cf.page->currentCatalogId() == QStringLiteral("iso9001:2015"));
    CHECK(cf.page->currentRef() == QStringLiteral("10.2.1")); // the selection stays
    CHECK_FALSE(chooser->currentText().contains(QStringLiteral("built in")));
    CHECK(add->isHidden());
    CHECK(cw::ui::MessageBoxes::shownTexts().size() == 2);
    CHECK(cw::ui::MessageBoxes::shownTexts().back().startsWith(
        QStringLiteral("Add ISO 9001:2015 to this workspace?")));
}

TEST_CASE("without a workspace the built-in catalogs can be browsed but not added", "[catalog]")
{
    CatalogFixture cf(false);
    auto* chooser = cf.child<QComboBox>("catalogChooser");
    CHECK(chooser->count() == 3);
    CHECK(cf.page->currentCatalogId() == QLatin1String(k20000));
    CHECK(cf.model().nodeCount() == 77);
    CHECK_FALSE(cf.child<QPushButton>("addCatalogButton")->isEnabled());
    CHECK_FALSE(cf.child<QPushButton>("importCatalogButton")->isEnabled());
    REQUIRE(cf.page->selectRequirement(QLatin1String(k20000), QStringLiteral("10.1")));
    CHECK(cf.details().contains(QStringLiteral("Open a workspace holding this catalog")));
}

TEST_CASE("a read-only workspace's catalogs are shown, but nothing can be added", "[catalog][readonly]")
{
    CatalogFixture cf(false);
    const QString file = cf.fx.path("demo.cwb");
    (void)cw::createDemoWorkspace(cw::ui::toPath(file), "en");
    cf.session.setWorkspace(cw::Workspace::open(cw::ui::toPath(file), cw::OpenMode::ReadOnly));
    REQUIRE(cf.session.isReadOnly());
    CHECK(cf.child<QComboBox>("catalogChooser")->count() == 3);
    auto* import = cf.child<QPushButton>("importCatalogButton");
    CHECK_FALSE(import->isEnabled());
    CHECK(import->toolTip() == QStringLiteral("The workspace is opened read-only."));
    REQUIRE(cf.page->selectRequirement(QLatin1String(k20000), QStringLiteral("10.1")));
    CHECK(
        cf.details().contains(QStringLiteral("ISO/IEC 27001:2022 10.2 Nonconformity and corrective action")));
}

TEST_CASE("the catalog page's Chinese translation is complete and built in", "[catalog][translation]")
{
    cwtest::UiFixture fx;
    const std::string ts = cwtest::readFile(cwtest::dataDir() / "translations" / "catalog_zh_CN.ts");
    CHECK(ts.find("type=\"unfinished\"") == std::string::npos);
    CHECK(ts.find("<translation></translation>") == std::string::npos);
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/catalog_zh_CN.qm")));
    CHECK(translator.translate("cw::ui::CatalogPage", "Catalog") == QStringLiteral("标准目录"));
    CHECK(translator.translate("cw::ui::RequirementTreePane", "Process groups (2011)") ==
          QStringLiteral("过程组（2011 版）"));
}

// Not a test: pictures of the catalog page, hidden like those of ScreenshotTest.cpp and taken by
// the same command (tag [screenshot], CW_SCREENSHOT_DIR).
TEST_CASE("catalog screenshots", "[.][screenshot]")
{
    const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    cwtest::application();
    cw::ui::Application::setIdentity();
    cwtest::useSourceResources();
    cw::ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    cw::ui::MainWindow window(languages);
    window.resize(1280, 800);
    window.show();
    auto* page = qobject_cast<CatalogPage*>(window.page(cw::ui::PageId::Catalog));
    REQUIRE(page);
    const auto shoot = [&](const QString& name) {
        cwtest::processEvents();
        REQUIRE(window.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    };
    for (const char* language : {"en", "zh"}) {
        const QString lang = QLatin1String(language);
        languages.setLanguage(lang);
        REQUIRE(window.controller().openDemo());
        window.showPage(cw::ui::PageId::Catalog);
        REQUIRE(page->selectRequirement(QLatin1String(k20000), QStringLiteral("10.1")));
        shoot(QStringLiteral("catalog-") + lang);
        page->findChild<QLineEdit*>(QStringLiteral("catalogSearch"))->setText(QStringLiteral("事件"));
        REQUIRE(page->selectRequirement(QLatin1String(k20000), QStringLiteral("8.6.1")));
        page->findChild<QComboBox*>(QStringLiteral("catalogViewSwitch"))->setCurrentIndex(1);
        shoot(QStringLiteral("catalog-groups-search-") + lang);
        page->findChild<QLineEdit*>(QStringLiteral("catalogSearch"))->clear();
        page->findChild<QComboBox*>(QStringLiteral("catalogViewSwitch"))->setCurrentIndex(0);
        page->findChild<QTabWidget*>(QStringLiteral("catalogTabs"))->setCurrentIndex(1);
        shoot(QStringLiteral("catalog-documents-") + lang);
        page->findChild<QTabWidget*>(QStringLiteral("catalogTabs"))->setCurrentIndex(0);
    }
    window.controller().closeWorkspace();
    window.showPage(cw::ui::PageId::Catalog);
    REQUIRE(page->selectRequirement(QStringLiteral("iso27001:2022"), QStringLiteral("A.5.24")));
    shoot(QStringLiteral("catalog-no-workspace-zh"));
}

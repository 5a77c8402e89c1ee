// The document tree of a large register reads only what a view shows (issue 8).
#include "UiTestSupport.h"

#include "documents/DocumentRegister.h"
#include "documents/DocumentTreeModel.h"
#include "documents/DocumentsPage.h"
#include "shell/MainWindow.h"
#include "shell/PageId.h"
#include "shell/WorkspaceController.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

using cw::ui::DocumentsPage;
using cw::ui::DocumentTreeModel;
using cw::ui::MainWindow;
using cw::ui::PageId;

TEST_CASE("a flat register of 10,000 top documents opens without reading it all", "[documents][performance]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    auto* page = cwtest::showDemoPage<DocumentsPage>(window, PageId::Documents);
    cw::Workspace& ws = *window.session().workspace();
    ws.write("Bulk import", [&](cw::WriteContext&) {
        for (int i = 0; i < 10000; ++i) {
            cw::Document doc;
            doc.code = "FLAT-" + std::to_string(100000 + i);
            doc.title = "Top document " + std::to_string(i);
            doc.level = 1;
            (void)cw::createDocument(ws, doc);
        }
    });
    const QString file = window.session().filePath();
    const qsizetype roots = page->treeModel()->rowCount();
    REQUIRE(roots > 10000);
    window.controller().closeWorkspace();
    REQUIRE(window.controller().openFile(file));
    window.showPage(PageId::Documents);
    cwtest::processEvents();
    auto* tree = page->treeModel();
    CHECK(tree->rowCount() == roots);
    // The view laid out every top row, but only the batch on screen was read.
    CHECK(tree->batchesRead() <= 2);
    const int before = tree->batchesRead();
    const QModelIndex top = tree->index(0, DocumentTreeModel::DocumentColumn);
    CHECK(tree->data(top).toString().startsWith(QStringLiteral("FLAT-100000")));
    // A row far down is read when asked for.
    const QModelIndex deep = tree->index(9000, DocumentTreeModel::DocumentColumn);
    CHECK(tree->data(deep).toString().startsWith(QStringLiteral("FLAT-109000")));
    CHECK(tree->batchesRead() == before + 1);
}

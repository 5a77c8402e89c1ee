#include "documents/DocumentsPage.h"

#include "catalog/CatalogStore.h"
#include "common/Banner.h"
#include "common/EmptyState.h"
#include "common/PageWidgets.h"
#include "common/RefreshWhenShown.h"
#include "documents/AttachmentsPanel.h"
#include "documents/CoveragePanel.h"
#include "documents/DocumentDetailsPanel.h"
#include "documents/DocumentFilterBar.h"
#include "documents/DocumentQuery.h"
#include "documents/DocumentTableModel.h"
#include "documents/DocumentTreeModel.h"
#include "documents/RecordsPanel.h"
#include "documents/VersionsPanel.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QVBoxLayout>

namespace cw::ui {

namespace {
enum DetailTab { DetailsTab, VersionsTab, AttachmentsTab, RecordsTab };
enum ViewTab { TreeTab, ListTab };
enum PageTab { RegisterTab, CoverageTab };
/// Top-level documents up to this many are shown unfolded when a workspace opens.
constexpr int kExpandedRoots = 50;

} // namespace

DocumentsPage::DocumentsPage(WorkspaceSession& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_noWorkspace(new EmptyState(this))
    , m_content(new QWidget(this))
    , m_search(new QLineEdit(m_content))
    , m_new(new QPushButton(m_content))
    , m_delete(new QPushButton(m_content))
    , m_banner(new Banner(m_content))
    , m_tabs(new QTabWidget(m_content))
    , m_treeModel(new DocumentTreeModel(session, this))
    , m_tableModel(new DocumentTableModel(session, this))
    , m_coverage(new CoveragePanel(m_tabs))
{
    setObjectName(QStringLiteral("documentsPage"));
    m_search->setObjectName(QStringLiteral("documentSearch"));
    m_new->setObjectName(QStringLiteral("newDocument"));
    m_delete->setObjectName(QStringLiteral("deleteDocument"));
    m_banner->setObjectName(QStringLiteral("documentsBanner"));
    m_tabs->setObjectName(QStringLiteral("documentsTabs"));
    m_tabs->setDocumentMode(true);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);

    auto* bar = new QWidget(m_content);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(16, 10, 16, 10);
    row->setSpacing(8);
    row->addWidget(m_search, 1);
    row->addSpacing(12);
    row->addWidget(m_new);
    row->addWidget(m_delete);

    m_tabs->addTab(buildRegisterTab(), QString());
    m_tabs->addTab(m_coverage, QString());

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(bar);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_noWorkspace);
    m_stack->addWidget(m_content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_refresher = new RefreshWhenShown(*this, m_session, [this] { workspaceChanged(); }, [this] { refresh(); });
    // Results as you type: the core's full-text search runs on every change of the text.
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_search->text().trimmed().isEmpty())
            m_views->setCurrentIndex(ListTab);
        applyFilter();
    });
    connect(m_filters, &DocumentFilterBar::filterChanged, this, &DocumentsPage::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &DocumentsPage::newDocument);
    connect(m_delete, &QPushButton::clicked, this, &DocumentsPage::deleteCurrent);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == CoverageTab && m_coverageStale)
            reloadCoverage();
    });
    connect(m_coverage, &CoveragePanel::starterSetRequested, this, &DocumentsPage::createStarterSet);
    connect(m_coverage, &CoveragePanel::documentRequested, this, [this](const QString& code) {
        std::optional<std::int64_t> id;
        m_session.run([&](cw::Workspace& ws) { id = cw::findDocument(ws, code.toStdString()); });
        if (id) {
            m_tabs->setCurrentIndex(RegisterTab);
            m_views->setCurrentIndex(TreeTab);
            selectDocument(*id);
        }
    });

    retranslateUi();
    workspaceChanged();
}

DocumentsPage::~DocumentsPage() = default;

QWidget* DocumentsPage::buildRegisterTab()
{
    auto* splitter = new QSplitter(Qt::Horizontal, m_tabs);
    splitter->setObjectName(QStringLiteral("documentsSplitter"));

    m_views = new QTabWidget(splitter);
    m_views->setObjectName(QStringLiteral("documentViews"));
    m_tree = new QTreeView(m_views);
    m_tree->setObjectName(QStringLiteral("documentTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DocumentTreeModel::DocumentColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(DocumentTreeModel::StatusColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(DocumentTreeModel::NextReviewColumn,
                                           QHeaderView::ResizeToContents);
    // Size those columns by the rows on screen: the default measures the first 1,000 rows,
    // which would read them all in a large register.
    m_tree->header()->setResizeContentsPrecision(0);

    auto* list = new QWidget(m_views);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(6, 6, 6, 6);
    m_filters = new DocumentFilterBar(list);
    m_count = new QLabel(list);
    m_count->setObjectName(QStringLiteral("documentCount"));
    m_table = new QTableView(list);
    m_table->setObjectName(QStringLiteral("documentTable"));
    m_table->setModel(m_tableModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DocumentTableModel::CodeColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(DocumentTableModel::TitleColumn, 230);
    // Fixed widths: sizing to contents would read every row.
    m_table->setColumnWidth(DocumentTableModel::CodeColumn, 112);
    m_table->setColumnWidth(DocumentTableModel::LevelColumn, 44);
    m_table->setColumnWidth(DocumentTableModel::TypeColumn, 96);
    m_table->setColumnWidth(DocumentTableModel::StatusColumn, 92);
    m_table->setColumnWidth(DocumentTableModel::VersionColumn, 56);
    m_table->setColumnWidth(DocumentTableModel::OwnerColumn, 80);
    m_table->setColumnWidth(DocumentTableModel::NextReviewColumn, 180);
    listLayout->addWidget(m_filters);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_count);
    m_views->addTab(m_tree, QString());
    // Scroll areas: the window can be made smaller than the filters and buttons are wide.
    m_views->addTab(scrollingArea(list, m_views), QString());

    m_detailTabs = new QTabWidget(splitter);
    m_detailTabs->setObjectName(QStringLiteral("documentTabs"));
    m_details = new DocumentDetailsPanel(m_detailTabs);
    m_versions = new VersionsPanel(m_detailTabs);
    m_attachments = new AttachmentsPanel(m_detailTabs);
    m_records = new RecordsPanel(m_detailTabs);
    m_detailTabs->addTab(scrollingArea(m_details, m_detailTabs), QString());
    m_detailTabs->addTab(scrollingArea(m_versions, m_detailTabs), QString());
    m_detailTabs->addTab(scrollingArea(m_attachments, m_detailTabs), QString());
    m_detailTabs->addTab(scrollingArea(m_records, m_detailTabs), QString());

    splitter->addWidget(m_views);
    splitter->addWidget(m_detailTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({680, 500});
    splitter->setChildrenCollapsible(false);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& i) {
                if (!m_syncing && i.isValid())
                    showDocument(m_treeModel->data(i, DocumentTreeModel::IdRole).toLongLong());
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& i) {
                if (!m_syncing && i.isValid())
                    showDocument(m_tableModel->data(i, DocumentTableModel::IdRole).toLongLong());
            });
    connect(m_tableModel, &QAbstractItemModel::modelReset, this, &DocumentsPage::updateCount);
    connect(m_views, &QTabWidget::currentChanged, this, &DocumentsPage::syncSelection);

    connect(m_details, &DocumentDetailsPanel::fieldCommitted, this,
            [this](cw::DocumentField f, const QString& v) { editField(f, v); });
    connect(m_details, &DocumentDetailsPanel::clausesCommitted, this,
            [this](const QString& t) { editClauses(t); });
    connect(m_details, &DocumentDetailsPanel::transitionRequested, this, &DocumentsPage::requestTransition);
    connect(m_versions, &VersionsPanel::newVersionRequested, this, &DocumentsPage::requestNewVersion);
    connect(m_versions, &VersionsPanel::summaryEditRequested, this, &DocumentsPage::requestSummaryEdit);
    connect(m_attachments, &AttachmentsPanel::addRequested, this, &DocumentsPage::requestAttach);
    connect(m_attachments, &AttachmentsPanel::filesDropped, this,
            [this](const QStringList& f) { attachFiles(f); });
    connect(m_attachments, &AttachmentsPanel::exportRequested, this, &DocumentsPage::requestExport);
    connect(m_attachments, &AttachmentsPanel::openRequested, this, &DocumentsPage::openAttachment);
    connect(m_attachments, &AttachmentsPanel::removeRequested, this,
            [this](std::int64_t id) { removeAttachment(id); });
    connect(m_records, &RecordsPanel::addRequested, this, &DocumentsPage::requestRecordEntry);
    connect(m_records, &RecordsPanel::removeRequested, this,
            [this](std::int64_t id) { removeRecordEntry(id); });
    return splitter;
}

QString DocumentsPage::title() const
{
    return tr("Documents");
}

void DocumentsPage::retranslateUi()
{
    m_noWorkspace->setTexts(
        tr("No workspace is open"),
        tr("Create or open a workspace to keep its register of documents under control."));
    m_search->setPlaceholderText(
        tr("Search codes, titles, change summaries and comments (中文 or English)…"));
    m_new->setText(tr("New Document…"));
    m_delete->setText(tr("Delete…"));
    m_tabs->setTabText(RegisterTab, tr("Register"));
    m_tabs->setTabText(CoverageTab, tr("Required Documents Coverage"));
    m_views->setTabText(TreeTab, tr("Hierarchy"));
    m_views->setTabText(ListTab, tr("List"));
    m_detailTabs->setTabText(DetailsTab, tr("Details"));
    m_detailTabs->setTabText(VersionsTab, tr("Version History"));
    m_detailTabs->setTabText(AttachmentsTab, tr("Attachments"));
    m_detailTabs->setTabText(RecordsTab, tr("Record Entries"));
    m_filters->retranslateUi();
    m_details->retranslateUi();
    m_versions->retranslateUi();
    m_attachments->retranslateUi();
    m_records->retranslateUi();
    m_coverage->retranslateUi();
    m_treeModel->languageChanged();
    m_tableModel->languageChanged();
    updateCount();
    updateActions();
}

void DocumentsPage::workspaceChanged()
{
    m_currentId = 0;
    m_currentRow.reset();
    m_catalogs.clear();
    m_mainCatalog.clear();
    m_search->clear();
    m_filters->clear();
    m_treeModel->reload();
    refresh();
    if (const int roots = m_treeModel->rowCount(); roots > 0) {
        // A register is a few top documents with the rest below them: open those. A flat register
        // of thousands of top documents stays folded, so only the rows on screen are read.
        if (roots <= kExpandedRoots)
            m_tree->expandToDepth(0);
        m_tree->setCurrentIndex(m_treeModel->index(0, 0));
    }
}

void DocumentsPage::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const bool open = m_session.isOpen();
    m_stack->setCurrentWidget(open ? m_content : static_cast<QWidget*>(m_noWorkspace));
    if (open) {
        std::vector<cw::CatalogSummary> catalogs;
        std::vector<std::string> owners;
        m_session.run([&](cw::Workspace& ws) {
            catalogs = cw::listWorkspaceCatalogs(ws);
            owners = cw::documentOwners(ws);
        });
        m_mainCatalog = catalogs.empty() ? std::string() : catalogs.front().id;
        for (const auto& c : catalogs)
            if (c.id == "iso20000-1:2018")
                m_mainCatalog = c.id;
        m_filters->setOwners(owners);
        reloadTree();
        m_syncing = true;
        m_tableModel->refresh(); // same filter: keeps the scroll position when the count is the same
        m_syncing = false;
        syncSelection();
        m_coverageStale = true;
        if (m_tabs->currentIndex() == CoverageTab)
            reloadCoverage();
        m_banner->setText(
            m_session.isReadOnly()
                ? tr("This workspace is read-only: the register can be viewed, searched and exported, "
                     "not changed.")
                : QString());
        m_banner->setVisible(m_session.isReadOnly());
    } else {
        m_treeModel->reload();
        m_tableModel->reload();
    }
    showCurrent();
    updateActions();
    m_refreshing = false;
}

void DocumentsPage::reloadTree()
{
    // Keep what was expanded: the model reads those documents' children again.
    std::vector<std::int64_t> expanded;
    std::vector<QModelIndex> pending{QModelIndex()};
    while (!pending.empty()) {
        const QModelIndex parent = pending.back();
        pending.pop_back();
        for (int r = 0; r < m_treeModel->rowCount(parent); ++r) {
            const QModelIndex child = m_treeModel->index(r, 0, parent);
            if (m_tree->isExpanded(child)) {
                expanded.push_back(m_treeModel->data(child, DocumentTreeModel::IdRole).toLongLong());
                pending.push_back(child);
            }
        }
    }
    const QModelIndex top = m_tree->indexAt(QPoint(0, 0));
    const std::int64_t topId =
        top.isValid() ? m_treeModel->data(top, DocumentTreeModel::IdRole).toLongLong() : 0;
    m_syncing = true;
    m_treeModel->reload();
    for (const std::int64_t id : expanded)
        if (const QModelIndex i = m_treeModel->reveal(id); i.isValid())
            m_tree->expand(i);
    if (const QModelIndex i = topId ? m_treeModel->reveal(topId) : QModelIndex(); i.isValid())
        m_tree->scrollTo(i, QAbstractItemView::PositionAtTop);
    m_syncing = false;
}

void DocumentsPage::applyFilter()
{
    cw::DocumentFilter filter = m_filters->filter();
    filter.text = m_search->text().trimmed().toStdString();
    m_syncing = true;
    m_tableModel->setFilter(filter);
    m_syncing = false;
    syncSelection();
}

void DocumentsPage::updateCount()
{
    if (!m_count || !m_session.isOpen()) {
        if (m_count)
            m_count->clear();
        return;
    }
    m_count->setText(tr("Documents shown: %1").arg(m_tableModel->rowCount()));
}

void DocumentsPage::syncSelection()
{
    if (m_currentId == 0)
        return;
    m_syncing = true;
    if (m_views->currentIndex() == TreeTab) {
        const QModelIndex i = m_treeModel->reveal(m_currentId);
        if (i.isValid() && m_tree->currentIndex() != i) {
            m_tree->setCurrentIndex(i);
            m_tree->scrollTo(i);
        }
    } else {
        // Only among the rows read (and the page of the current row): finding a row elsewhere
        // would read the whole register.
        if (m_table->currentIndex().isValid())
            (void)m_tableModel->row(m_table->currentIndex().row());
        const int row = m_tableModel->rowOfLoaded(m_currentId);
        if (row >= 0)
            m_table->setCurrentIndex(m_tableModel->index(row, 0));
        else
            m_table->clearSelection();
    }
    m_syncing = false;
}

void DocumentsPage::selectDocument(std::int64_t id)
{
    m_refresher->flush(); // the page may be hidden with a refresh pending
    showDocument(id);
    syncSelection();
    if (m_views->currentIndex() != TreeTab) {
        m_syncing = true;
        if (const QModelIndex i = m_treeModel->reveal(id); i.isValid())
            m_tree->setCurrentIndex(i);
        m_syncing = false;
    }
}

void DocumentsPage::showDocument(std::int64_t id)
{
    if (id == m_currentId && m_currentRow)
        return;
    m_currentId = id;
    showCurrent();
    updateActions();
}

bool DocumentsPage::editable() const
{
    return m_session.isOpen() && !m_session.isReadOnly();
}

QString DocumentsPage::currentCode() const
{
    return m_currentRow ? QString::fromStdString(m_currentRow->code) : QString();
}

void DocumentsPage::updateActions()
{
    m_new->setEnabled(editable());
    m_delete->setEnabled(editable() && m_currentRow.has_value());
}

} // namespace cw::ui

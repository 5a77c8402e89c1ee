#pragma once

#include "common/Page.h"

// moc (Qt 6.4) cannot parse <concepts>, which documents/Document.h reaches through <compare>;
// it needs only the type names.
#ifndef Q_MOC_RUN
#include "catalog/Catalog.h"
#include "documents/Document.h"
#include "documents/DocumentRegister.h"
#include "documents/DocumentVersions.h"
#endif

#include <QStringList>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTemporaryDir;
class QTreeView;
class QVBoxLayout;

namespace cw {
class Workspace;
}

namespace cw::ui {

class AttachmentsPanel;
class Banner;
class CoveragePanel;
class DocumentCommand;
class DocumentDetailsPanel;
class DocumentFilterBar;
class DocumentTableModel;
class DocumentTreeModel;
class EmptyState;
class RecordsPanel;
class VersionsPanel;
class RefreshWhenShown;
class WorkspaceSession;

/// The document register: the hierarchy as a tree and the register as a filterable, searchable
/// table (both lazy over the core's query API); for the selected document its details, version
/// history, attachments and record entries; and the coverage of the required documented
/// information with the starter set. Every change is one undoable step and one core call.
class DocumentsPage : public Page {
    Q_OBJECT
public:
    explicit DocumentsPage(WorkspaceSession& session, QWidget* parent = nullptr);
    ~DocumentsPage() override;
    [[nodiscard]] QString title() const override;

    [[nodiscard]] DocumentTableModel* tableModel() const { return m_tableModel; }
    [[nodiscard]] DocumentTreeModel* treeModel() const { return m_treeModel; }
    [[nodiscard]] QTreeView* tree() const { return m_tree; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QLineEdit* searchField() const { return m_search; }
    [[nodiscard]] DocumentFilterBar* filterBar() const { return m_filters; }

    /// The document shown on the right, or 0.
    [[nodiscard]] std::int64_t currentDocument() const { return m_currentId; }
    /// Shows a document and selects it in the tree and (when loaded) the table.
    void selectDocument(std::int64_t id);

    // Each of these is one undoable step on the session's undo stack; false when nothing
    // changed (no document, read-only, same value, or the core refused it with a message).
    bool editField(cw::DocumentField field, const QString& value);
    bool editClauses(const QString& text);
    bool changeStatus(cw::DocumentStatus to, const QString& comment, const QString& effectiveDate = {});
    bool startNewVersion(cw::VersionStep step, const QString& changeSummary);
    bool editChangeSummary(std::int64_t versionId, const QString& changeSummary);
    /// Creates a document deriving from the document with `parentCode` (empty: none); its id.
    std::optional<std::int64_t> createDocument(cw::Document doc, const QString& parentCode);
    /// Deletes the document shown after a confirmation.
    bool deleteCurrent();
    bool attachFiles(const QStringList& files);
    bool removeAttachment(std::int64_t attachmentId);
    /// Writes an attachment into `folder`; its path, or empty when refused (with a message).
    QString exportAttachment(std::int64_t attachmentId, const QString& folder);
    bool addRecordEntry(const cw::RecordEntry& entry);
    bool removeRecordEntry(std::int64_t entryId);
    /// Creates the starter register after a confirmation.
    bool createStarterSet();

public Q_SLOTS:
    void newDocument();
    void requestTransition(cw::DocumentStatus to);

protected:
    void retranslateUi() override;

private:
    [[nodiscard]] QWidget* buildRegisterTab();
    void workspaceChanged();
    void refresh();
    void applyFilter();
    void reloadTree();
    void reloadCoverage();
    void showDocument(std::int64_t id);
    void showCurrent();
    void syncSelection();
    void updateActions();
    void updateCount();
    [[nodiscard]] bool editable() const;
    [[nodiscard]] QString currentCode() const;
    bool push(DocumentCommand* command);
    bool snapshotStep(std::int64_t id, bool withContent, const std::function<void(cw::Workspace&)>& action,
                      const QString& text);
    void requestNewVersion(cw::VersionStep step);
    void requestSummaryEdit(std::int64_t versionId, const QString& current);
    void requestAttach();
    void requestExport(std::int64_t attachmentId);
    void openAttachment(std::int64_t attachmentId);
    void requestRecordEntry();
    [[nodiscard]] QString clauseTitles(const std::vector<cw::ClauseLink>& links);
    [[nodiscard]] QString today();

    WorkspaceSession& m_session;
    RefreshWhenShown* m_refresher = nullptr;
    std::int64_t m_currentId = 0;
    std::optional<cw::DocumentRow> m_currentRow;
    std::string m_mainCatalog;
    std::map<std::string, cw::Catalog> m_catalogs;
    bool m_refreshing = false;
    bool m_syncing = false;
    bool m_coverageStale = true;
    std::unique_ptr<QTemporaryDir> m_openDir;

    QStackedWidget* m_stack;
    EmptyState* m_noWorkspace;
    QWidget* m_content;
    QLineEdit* m_search;
    QPushButton* m_new;
    QPushButton* m_delete;
    Banner* m_banner;
    QTabWidget* m_tabs;
    QTabWidget* m_views = nullptr;
    DocumentFilterBar* m_filters = nullptr;
    QLabel* m_count = nullptr;
    DocumentTreeModel* m_treeModel;
    DocumentTableModel* m_tableModel;
    QTreeView* m_tree = nullptr;
    QTableView* m_table = nullptr;
    QTabWidget* m_detailTabs = nullptr;
    DocumentDetailsPanel* m_details = nullptr;
    VersionsPanel* m_versions = nullptr;
    AttachmentsPanel* m_attachments = nullptr;
    RecordsPanel* m_records = nullptr;
    CoveragePanel* m_coverage;
};

} // namespace cw::ui

#pragma once

#include "catalog/Catalog.h"
#include "common/Page.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace cw::ui {

class CatalogChooser;
class LanguageManager;
class RequiredDocumentsModel;
class RequirementDetailsView;
class RequirementTreePane;
class RefreshWhenShown;
class WorkspaceSession;
struct MappedClause;

/// The requirement catalogs: the workspace's own and the built-in ones, as a clause tree (or the
/// 2011 process groups) with search in both languages; the selected requirement's questions,
/// evidence hint, required documented information and mapped clauses of the other standards;
/// and the catalog's whole list of required documented information.
class CatalogPage : public Page {
    Q_OBJECT
public:
    CatalogPage(WorkspaceSession& session, const LanguageManager& languages, QWidget* parent = nullptr);
    ~CatalogPage() override;
    [[nodiscard]] QString title() const override;

    [[nodiscard]] QString currentCatalogId() const;
    /// The ref of the requirement whose details are shown; empty when none is.
    [[nodiscard]] QString currentRef() const { return m_shownRef; }
    /// Shows `catalogId` and selects `ref` in it; false when either is not there.
    bool selectRequirement(const QString& catalogId, const QString& ref);
    [[nodiscard]] RequirementTreePane* treePane() const { return m_tree; }

protected:
    void retranslateUi() override;

private:
    void refreshCatalogs(bool reload);
    void showCurrentCatalog();
    void showSelection();
    void applyLanguage();
    void updateInfo();
    void addBuiltin();
    void importCatalog();
    [[nodiscard]] std::shared_ptr<const cw::Catalog> catalog(const std::string& id, bool inWorkspace);
    [[nodiscard]] std::vector<MappedClause> mappedClauses(const std::string& ref);
    [[nodiscard]] QString language() const;

    WorkspaceSession& m_session;
    RefreshWhenShown* m_refresher = nullptr;
    const LanguageManager& m_languages;
    QLabel* m_catalogLabel;
    CatalogChooser* m_chooser;
    QPushButton* m_add;
    QPushButton* m_import;
    QLabel* m_info;
    QTabWidget* m_tabs;
    QSplitter* m_splitter;
    RequirementTreePane* m_tree;
    RequirementDetailsView* m_details;
    QTableView* m_documentsView;
    RequiredDocumentsModel* m_documents;

    std::map<std::string, std::shared_ptr<const cw::Catalog>> m_cache; ///< workspace copies and built-ins
    std::vector<std::string> m_workspaceIds; ///< the catalogs of the workspace, as last listed
    std::shared_ptr<const cw::Catalog> m_shown;
    bool m_shownInWorkspace = false;
    QString m_shownRef;
};

} // namespace cw::ui

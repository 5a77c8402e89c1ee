#pragma once

#ifndef Q_MOC_RUN
#include "assessment/ChecklistImport.h"
#include "assessment/Spreadsheet.h"
#endif

#include <QWizard>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QWizardPage;

namespace cw::ui {

class WorkspaceSession;

/// Import an existing spreadsheet checklist into an assessment: choose the CSV or XLSX file,
/// map its columns to our fields (prefilled by cw::detectChecklistMapping()) and its status
/// words to our statuses, then preview every row with its problems. Finish is only possible
/// when no row has a problem, so nothing is ever half-imported; the import itself is left to
/// the caller (GapAnalysisPage makes it one undoable step).
class ImportChecklistWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, PreviewPage };

    /// `catalogs`: the assessment's catalogs (id, title), the first being the default.
    ImportChecklistWizard(WorkspaceSession& session, std::int64_t assessmentId,
                          std::vector<std::pair<std::string, QString>> catalogs, QWidget* parent = nullptr);

    /// Puts a file name in the first page (as typing it would).
    void setFile(const QString& path);
    [[nodiscard]] const cw::Sheet& sheet() const { return m_sheet; }
    /// The mapping as the second page sets it.
    [[nodiscard]] cw::ChecklistMapping mapping() const;
    [[nodiscard]] const cw::ChecklistPreview& preview() const { return m_preview; }

    /// Chooses the field of a sheet column (0 = A) on the mapping page; nullopt ignores it.
    void setColumnField(std::size_t column, std::optional<cw::ChecklistField> field);
    /// Chooses what a status word of the sheet means on the mapping page.
    void setStatusWord(const QString& word, cw::AssessmentStatus status);

    /// The name of one of our fields, or "(ignore)".
    [[nodiscard]] static QString fieldName(std::optional<cw::ChecklistField> field);

    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    QWizardPage* buildFilePage();
    QWizardPage* buildMappingPage();
    QWizardPage* buildPreviewPage();
    void retranslateUi();
    void browse();
    void loadSheetNames();
    void fillMapping(const cw::ChecklistMapping& mapping);
    void fillColumns();
    void fillVocabulary();
    void computePreview();
    [[nodiscard]] std::optional<std::size_t> headerRow() const;

    WorkspaceSession& m_session;
    std::int64_t m_assessmentId;
    std::vector<std::pair<std::string, QString>> m_catalogs;
    cw::Sheet m_sheet;
    std::vector<std::size_t> m_shownColumns; ///< the sheet column of each line of m_columns
    cw::ChecklistPreview m_preview;
    std::vector<std::pair<QString, std::optional<cw::AssessmentStatus>>> m_words;

    QLineEdit* m_file = nullptr;
    QComboBox* m_sheetName = nullptr;
    QLabel* m_fileError = nullptr;
    QComboBox* m_header = nullptr;
    QComboBox* m_catalog = nullptr;
    QTableWidget* m_columns = nullptr;
    QTableWidget* m_vocabulary = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_previewTable = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace cw::ui

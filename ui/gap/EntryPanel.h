#pragma once

#include "assessment/AssessmentResults.h"

#include <QWidget>

#include <array>
#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cw {
struct Requirement;
}

namespace cw::ui {

class Banner;
class CommittingTextEdit;

/// The right-hand side of the Gap analysis page: one requirement with its questions and evidence
/// hint (read-only), the status buttons and the notes. It does not write: it says what the user
/// asked for, and the page turns that into an undoable edit.
class EntryPanel : public QWidget {
    Q_OBJECT
public:
    explicit EntryPanel(QWidget* parent = nullptr);

    /// Shows `row` (nullptr: nothing selected); `requirement` is its catalog entry, if known.
    /// Fields the user is editing keep their text when the same requirement is shown again; call
    /// commitPending() before showing another one.
    void showRequirement(const cw::WorksheetRow* row, const cw::Requirement* requirement);
    [[nodiscard]] std::optional<cw::RequirementKey> key() const { return m_key; }
    void setReadOnly(bool readOnly);
    /// Opens the justification field for marking the requirement not applicable.
    void beginNotApplicable();
    /// Moves the keyboard focus to the first note field.
    void focusNotes();
    /// Commits every field the user changed (as when leaving it).
    void commitPending();
    void retranslateUi();

Q_SIGNALS:
    void statusRequested(cw::AssessmentStatus status, const QString& justification);
    void fieldCommitted(cw::ResultField field, const QString& value);
    /// Ctrl+Enter in a field: save and go to the next requirement.
    void nextRequested();
    /// Escape in a field: back to the clause tree.
    void treeRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void commitJustification();
    void setJustificationVisible(bool visible);
    [[nodiscard]] QWidget* buildStatusRow();
    [[nodiscard]] QWidget* buildNotesForm();

    std::optional<cw::RequirementKey> m_key;
    cw::AssessmentStatus m_status = cw::AssessmentStatus::NotAssessed;
    bool m_readOnly = false;
    QString m_storedJustification;
    QLabel* m_heading;
    QLabel* m_subheading;
    Banner* m_exclusion;
    QLabel* m_statusLabel;
    QButtonGroup* m_statusGroup;
    std::array<QPushButton*, 5> m_statusButtons{};
    QWidget* m_justificationRow;
    QLabel* m_justificationLabel;
    QLineEdit* m_justification;
    QLabel* m_justificationMessage;
    QLabel* m_questionsTitle;
    QLabel* m_questions;
    QLabel* m_evidenceHintTitle;
    QLabel* m_evidenceHint;
    QLabel* m_maturityLabel;
    QComboBox* m_maturity;
    QLabel* m_notesLabel;
    CommittingTextEdit* m_notes;
    QLabel* m_interviewedLabel;
    QLineEdit* m_interviewed;
    QLabel* m_evidenceLabel;
    CommittingTextEdit* m_evidence;
    QLabel* m_gapLabel;
    CommittingTextEdit* m_gap;
    QLabel* m_recommendationLabel;
    CommittingTextEdit* m_recommendation;
    QLabel* m_keysHint;
};

} // namespace cw::ui

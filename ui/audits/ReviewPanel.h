#pragma once

#include "review/ManagementReview.h"

#include <QWidget>

#include <map>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cw::ui {

class CommittingTextEdit;
class ReviewOutputModel;
class WorkspaceSession;

/// Management reviews (clause 9.3): the meeting record, the ten inputs (pre-filled from the
/// workspace's data when the review is created; each can be filled again from the data), the
/// conclusions, and the outputs. Every edit is one undoable step.
class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPanel(WorkspaceSession& session, QWidget* parent = nullptr);

    void reload();
    void retranslateUi();
    void commitPending();
    [[nodiscard]] std::int64_t reviewId() const { return m_reviewId; }
    void selectReview(std::int64_t id);
    bool newReview();
    bool setInput(cw::ReviewInput input, const QString& text);
    [[nodiscard]] ReviewOutputModel* outputModel() const { return m_outputs; }

private:
    struct InputRow {
        QLabel* label = nullptr;
        CommittingTextEdit* text = nullptr;
        QPushButton* refill = nullptr;
    };
    void addOutput(cw::OutputKind kind);

    WorkspaceSession& m_session;
    std::int64_t m_reviewId = 0;
    std::optional<cw::ManagementReview> m_review;
    QLabel* m_reviewLabel;
    QComboBox* m_reviews;
    QPushButton* m_new;
    QWidget* m_body;
    QLabel* m_empty;
    std::map<cw::ReviewField, QLabel*> m_labels;
    std::map<cw::ReviewField, QLineEdit*> m_lines;
    CommittingTextEdit* m_conclusions;
    QLabel* m_inputsTitle;
    QLabel* m_inputsHint;
    std::map<cw::ReviewInput, InputRow> m_inputs;
    QLabel* m_outputsTitle;
    QTableView* m_outputTable;
    ReviewOutputModel* m_outputs;
    QPushButton* m_addDecision;
    QPushButton* m_addAction;
    QPushButton* m_removeOutput;
};

} // namespace cw::ui

#pragma once

#include "findings/CorrectiveActions.h" // first: see FindingListModel.h

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cw::ui {

/// Asks who verified the effectiveness of a nonconformity's corrective actions, when, with what
/// result, and a comment for the finding's history.
class VerificationDialog : public QDialog {
    Q_OBJECT
public:
    VerificationDialog(const QString& code, const QString& verifier, const QString& today,
                       QWidget* parent = nullptr);
    [[nodiscard]] cw::Verification verification() const;
    [[nodiscard]] QString comment() const;

    /// The rule OK must pass: it returns why the verification would be refused (empty: none). A
    /// refused verification keeps the dialog open with the reason shown and what was typed kept.
    using Validator = std::function<QString(const cw::Verification&)>;
    void setValidator(Validator validator) { m_validator = std::move(validator); }
    /// The reason shown after a refused OK (empty when none is shown).
    [[nodiscard]] QString problem() const;

    void accept() override;

private:
    Validator m_validator;
    QLabel* m_problem;
    QLineEdit* m_by;
    QLineEdit* m_on;
    QCheckBox* m_effective;
    QPlainTextEdit* m_notes;
    QLineEdit* m_comment;
};

} // namespace cw::ui

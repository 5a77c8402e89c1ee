#pragma once

#include "findings/CorrectiveActions.h" // first: see FindingListModel.h

#include <QDialog>

class QCheckBox;
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

private:
    QLineEdit* m_by;
    QLineEdit* m_on;
    QCheckBox* m_effective;
    QPlainTextEdit* m_notes;
    QLineEdit* m_comment;
};

} // namespace cw::ui

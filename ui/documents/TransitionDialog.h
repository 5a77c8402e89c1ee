#pragma once

// moc (Qt 6.4) cannot parse <concepts>, which documents/Document.h reaches through <compare>;
// it needs only the type names.
#ifndef Q_MOC_RUN
#include "documents/Document.h"
#endif

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace cw::ui {

/// Asks for the comment of a status move (and, for an approval, the effective date).
class TransitionDialog : public QDialog {
    Q_OBJECT
public:
    TransitionDialog(const QString& document, cw::DocumentStatus from, cw::DocumentStatus to,
                     const QString& today, QWidget* parent = nullptr);

    [[nodiscard]] QString comment() const;
    /// "YYYY-MM-DD"; empty unless approving.
    [[nodiscard]] QString effectiveDate() const;

private:
    QPlainTextEdit* m_comment;
    QLineEdit* m_effective = nullptr;
};

} // namespace cw::ui
